/**
 * The geoparser's own view of a text: word tokens with their offsets, case
 * and what follows them (a comma, a hyphen before a number), and the folded
 * form the gazetteer keys use. The same folding builds the keys (build.ts)
 * and reads the posts, so a name matches exactly when its words match.
 */

/** Case class of a token: what capitalisation says about it being a name. */
export enum Case {
  /** Starts lower case ("paris"). */
  Lower = 0,
  /** Starts upper case, not all caps ("Paris"). */
  Cap = 1,
  /** All letters upper case, 2+ letters ("PARIS", "TX"). */
  Upper = 2,
  /** A script without case (Arabic, Devanagari, Han, Kana...): no cue either way. */
  None = 3,
}

export interface Tokens {
  /** Folded keys (lower case, no accents, no apostrophes, Arabic letter forms unified). */
  keys: string[];
  /** Folded part before an inner apostrophe ("ankara" of "Ankara'da", "boston" of "Boston's"), else ''. */
  stems: string[];
  raw: string[];
  cases: Case[];
  /** A comma (or an opening parenthesis) directly follows the token. */
  commaAfter: boolean[];
  /** The token touches a digit through a hyphen or slash, or holds one ("AR-15", "F-16", "M4"). */
  coded: boolean[];
  /** First token of a sentence (start of text, after . ! ? : or a line break): its capital says nothing. */
  sentenceStart: boolean[];
  /** Han/Kana run (no spaces between words): matched by substring. */
  cjk: boolean[];
  /** Joined by a hyphen to a capitalised word or a letter: after ("Metro-North") or before ("A-Rod", "Jay-Z" is after). */
  hyphenCapAfter: boolean[];
  hyphenCapBefore: boolean[];
  /** Cue-list bits of each word (cues.ts CUE), filled by the extractor. */
  cue: number[];
  /** hashStr of each key (the gazetteer's and the cue lists' lookups reuse it). */
  hashes: number[];
}

import { hashStr } from '../detector/hash';

const DIACRITICS = /[\u0300-\u036f]/g;
const ARABIC_MARKS = /[\u064b-\u065f\u0670\u0640]/g;
const NON_ASCII = /[\u0080-\uffff]/;
const WORD = /[\p{L}\p{M}\p{N}]/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** 1 word char, 2 not, 3 CJK word char; 0 not computed yet. */
const CLASS = new Uint8Array(65536);
for (let c = 0; c < 128; c++) CLASS[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;
function charClass(c: number): number {
  let k = CLASS[c] as number;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = c >= 0xd800 && c <= 0xdfff ? 2 : CJK.test(ch) ? 3 : WORD.test(ch) ? 1 : 2;
    CLASS[c] = k;
  }
  return k;
}

/** Folds one token: lower case, accents and apostrophes removed, ß -> ss, Arabic diacritics and letter variants unified. */
export function foldWord(s: string): string {
  const l = s.toLowerCase();
  if (!NON_ASCII.test(l)) return l.indexOf("'") >= 0 ? l.replace(/'/g, '') : l;
  return l
    .normalize('NFD')
    .replace(DIACRITICS, '')
    .normalize('NFC')
    .replace(/ß/g, 'ss')
    .replace(/['’ʼ]/g, '')
    .replace(ARABIC_MARKS, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه');
}

function caseOf(r: string): Case {
  const c = r.charCodeAt(0);
  if (c < 128) {
    if (c < 65 || c > 90) return Case.Lower;
    for (let i = 1; i < r.length; i++) {
      const d = r.charCodeAt(i);
      if (d >= 97 && d <= 122) return Case.Cap;
    }
    return r.length >= 2 ? Case.Upper : Case.Cap;
  }
  const first = String.fromCodePoint(r.codePointAt(0) as number);
  if (UPPER.test(first)) return LOWER.test(r) ? Case.Cap : r.length >= 2 ? Case.Upper : Case.Cap;
  return LOWER.test(first) ? Case.Lower : Case.None;
}

function isApos(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2bc;
}

/** Tokenises a text for place matching (see Tokens). */
export function tokenize(text: string): Tokens {
  const t: Tokens = {
    keys: [],
    stems: [],
    raw: [],
    cases: [],
    commaAfter: [],
    coded: [],
    sentenceStart: [],
    cjk: [],
    hyphenCapAfter: [],
    hyphenCapBefore: [],
    cue: [],
    hashes: [],
  };
  const n = text.length;
  let i = 0;
  let sentence = true;
  while (i < n) {
    let c = text.charCodeAt(i);
    let k = c < 128 ? (CLASS[c] as number) : charClass(c);
    if (k === 2) {
      if (
        c === 46 ||
        c === 33 ||
        c === 63 ||
        c === 10 ||
        c === 58 ||
        c === 0x3002 ||
        c === 0xff01 ||
        c === 0xff1f ||
        c === 0x061f ||
        c === 0x0964
      ) {
        // "U.S." and "St. Louis": a full stop after a one- or two-letter token is an abbreviation, not a sentence end.
        const prev = t.raw[t.raw.length - 1];
        if (!(c === 46 && prev !== undefined && prev.length <= 2 && i > 0 && charClass(text.charCodeAt(i - 1)) === 1))
          sentence = true;
      }
      i++;
      continue;
    }
    const start = i;
    let apos = -1;
    let digits = false;
    let letters = false;
    // ASCII case seen while scanning: most tokens need no regex and no folding beyond toLowerCase.
    let upper = 0;
    let lower = 0;
    let high = false;
    if (k === 3) {
      while (i < n && charClass(text.charCodeAt(i)) === 3) i++;
    } else {
      while (i < n) {
        c = text.charCodeAt(i);
        k = c < 128 ? (CLASS[c] as number) : charClass(c);
        if (k === 1) {
          if (c >= 48 && c <= 57) digits = true;
          else {
            letters = true;
            if (c >= 97 && c <= 122) lower++;
            else if (c >= 65 && c <= 90) upper++;
            else high = true;
          }
          i++;
          continue;
        }
        // Inner apostrophe followed by a letter: one token ("L'Aquila", "Ankara'da").
        if (isApos(c) && i + 1 < n && charClass(text.charCodeAt(i + 1)) === 1 && !/\d/.test(text[i + 1] as string)) {
          if (apos < 0) apos = i - start;
          i++;
          continue;
        }
        break;
      }
    }
    const r = text.slice(start, i);
    const isCjk = charClass(r.charCodeAt(0)) === 3;
    t.raw.push(r);
    const ascii = !high && !isCjk;
    t.keys.push(isCjk ? r : ascii && apos < 0 ? (upper > 0 ? r.toLowerCase() : r) : foldWord(r));
    t.stems.push(apos > 0 ? foldWord(r.slice(0, apos)) : '');
    t.hashes.push(hashStr(t.keys[t.keys.length - 1] as string));
    const c0 = r.charCodeAt(0);
    t.cases.push(
      isCjk
        ? Case.None
        : ascii
          ? c0 >= 65 && c0 <= 90
            ? lower === 0 && upper >= 2
              ? Case.Upper
              : Case.Cap
            : Case.Lower
          : caseOf(r),
    );
    t.cjk.push(isCjk);
    t.sentenceStart.push(sentence);
    sentence = false;
    // What follows: ", " / " (" for "City, ST"; "-15" or "/15" for model codes.
    let j = i;
    while (j < n && text.charCodeAt(j) === 32) j++;
    const next = text.charCodeAt(j);
    t.commaAfter.push(next === 44 || next === 40 || next === 0x060c || next === 0xff0c || next === 0x3001);
    const after = text.charCodeAt(i);
    const digitNext =
      (after === 45 || after === 47) && i + 1 < n && text.charCodeAt(i + 1) >= 48 && text.charCodeAt(i + 1) <= 57;
    const before = start > 1 ? text.charCodeAt(start - 1) : 0;
    const digitBefore =
      (before === 45 || before === 47) &&
      start > 1 &&
      text.charCodeAt(start - 2) >= 48 &&
      text.charCodeAt(start - 2) <= 57;
    t.coded.push(digitNext || digitBefore || (digits && letters));
    t.hyphenCapAfter.push(after === 45 && i + 1 < n && UPPER.test(text[i + 1] as string));
    t.hyphenCapBefore.push(before === 45 && start > 1 && UPPER.test(text[start - 2] as string));
  }
  return t;
}

/** The folded key of a name, as the tokeniser reads it in a post (words joined by one space; CJK runs as they are). */
export function nameKey(name: string): string {
  return tokenize(name).keys.join(' ');
}
