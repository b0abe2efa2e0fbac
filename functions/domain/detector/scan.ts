/**
 * The one word scanner of the detector and of place extraction: one pass over
 * a text, token kinds, no strings built.
 *
 * It decodes nothing and allocates nothing per token: each token is a range
 * of the text (`start`/`end`, for case and punctuation around it) and a range
 * of folded characters (`chars`, lower case, no accents, no apostrophes,
 * Arabic letter forms unified; tokens separated by one space, so that the
 * folded key of consecutive words "new york" is itself a range). `ph` holds
 * the FNV-1a hash (hash.ts) of every prefix of each token's folded form, so
 * the token's hash, the hash of its first four or six letters and of any
 * stem are array reads.
 *
 * In social mode (posts) URLs, mentions and the "RT @x:" prefix are skipped,
 * hashtags are split into their words ("#PrayForLyon" -> pray, for, lyon)
 * and their folded bodies kept; a plain scan (place names) reads words only.
 *
 * Token kinds: a word (letters, digits and marks of a spaced script, joined
 * by inner apostrophes: "don't", "L'Aquila", "Ankara'da") or a Han/Kana run
 * (no spaces between words: matched by substring). Each word has a case
 * class and a script; the scan counts letters per script (language
 * identification reads the script first).
 */

import { charCode } from './hash';

/** Case class of a token: what capitalisation says about it being a name. */
export enum Case {
  /** Starts lower case ("paris") or with a digit. */
  Lower = 0,
  /** Starts upper case, not all caps ("Paris"). */
  Cap = 1,
  /** All letters upper case, 2+ characters ("PARIS", "TX"). */
  Upper = 2,
  /** A script without case (Arabic, Devanagari, Han, Kana...): no cue either way. */
  None = 3,
}

/** Scripts the scan tells apart (letters counted per script). */
export enum Script {
  Latin = 0,
  Arabic = 1,
  Cyrillic = 2,
  Devanagari = 3,
  Greek = 4,
  Hangul = 5,
  Han = 6,
  Kana = 7,
  Other = 8,
  Hebrew = 9,
  Bengali = 10,
}
export const NSCRIPTS = 11;

/** Token flags. */
export const TOK = {
  /** A Han/Kana run. */
  cjk: 1,
  /** Holds a digit. */
  digit: 2,
  /** Holds a letter. */
  letter: 4,
  /** Holds a character beyond ASCII. */
  high: 8,
  /** Part of a hashtag. */
  tag: 16,
} as const;

const FNV = 0x811c9dc5;
const PRIME = 0x01000193;

/**
 * Elided articles, pronouns and prepositions of French and Italian (and
 * Catalan): written glued to the next word by an apostrophe ("L'explosion",
 * "dell'esplosione", "qu'il"), they are dropped and the word after them read
 * as a word of its own, as Lucene's ElisionFilter does. Joined, they hid
 * every category term behind them. Other apostrophes join as before ("don't",
 * "aujourd'hui", "Ankara'da", "O'Brien"). Folded forms.
 */
const ELISIONS = new Set([
  'l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'lorsqu', 'puisqu', 'jusqu', 'quoiqu', 'presqu',
  'dell', 'dall', 'nell', 'sull', 'all', 'coll', 'un', 'quest', 'quell', 'nessun', 'tutt',
]);
/** The longest of ELISIONS. */
const ELISION_MAX = 6;

// Character classes: 1 word character (letter, digit, mark), 2 separator, 3 Han/Kana; 0 not computed yet.
const CLASS = new Uint8Array(65536);
for (let c = 0; c < 128; c++) CLASS[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;
const WORD_RE = /^[\p{L}\p{N}\p{M}]$/u;
const CJK_RE = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]$/u;

export function classOf(c: number): number {
  let k = CLASS[c] as number;
  if (k === 0) {
    // Surrogates (emoji, rare scripts) are never word characters here.
    const ch = String.fromCharCode(c);
    k = c >= 0xd800 && c <= 0xdfff ? 2 : CJK_RE.test(ch) ? 3 : WORD_RE.test(ch) ? 1 : 2;
    CLASS[c] = k;
  }
  return k;
}

/** The value of an Arabic-Indic, Persian/Urdu, Devanagari or Bengali digit, else -1. */
export function nativeDigit(c: number): number {
  if (c >= 0x660 && c <= 0x669) return c - 0x660;
  if (c >= 0x6f0 && c <= 0x6f9) return c - 0x6f0;
  if (c >= 0x966 && c <= 0x96f) return c - 0x966;
  if (c >= 0x9e6 && c <= 0x9ef) return c - 0x9e6;
  return -1;
}
/** The last code unit nativeDigit() reads (the word loop's range check). */
const NATIVE_DIGIT_MAX = 0x9ef;

/** A letter, digit or mark of a spaced script, or a Han/Kana character. */
export function isWordChar(c: number): boolean {
  return (c < 128 ? (CLASS[c] as number) : classOf(c)) !== 2;
}

// Folding: FOLD[c] is the folded code unit, or DROP (a mark, an apostrophe, tatweel), or EXPAND (several: "ß" -> "ss"); 0 not computed.
const DROP = 1;
const EXPAND = 2;
const FOLD = new Uint16Array(65536);
for (let c = 0; c < 128; c++) FOLD[c] = c >= 65 && c <= 90 ? c + 32 : c;
FOLD[39] = DROP;
const EXPANSIONS = new Map<number, string>();
const LATIN_MARKS = /[\u0300-\u036f]/g;
const ARABIC_MARKS = /[\u064b-\u065f\u0670\u0640]/g;
/** Niqqud and cantillation: Hebrew is mostly written without them, and a pointed word is the same word. */
const HEBREW_MARKS = /[\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7]/g;
/** Hebrew final letters fold to their base letters (ך ם ן ף ץ -> כ מ נ פ צ), as Lucene's Hebrew folding does: a prefix or suffix moves the final form. */
const HEBREW_FINALS: Record<string, string> = { ך: 'כ', ם: 'מ', ן: 'נ', ף: 'פ', ץ: 'צ' };
/**
 * Inside a word and dropped: direction marks and isolates (LRM, RLM, embeddings:
 * right-to-left text carries them anywhere), the zero-width joiner (Bengali
 * and Devanagari conjuncts: "র‍্যাব"), and the Hebrew geresh and gershayim of
 * acronyms and loan letters ("צה״ל", "ג׳"). The zero-width non-joiner still
 * separates (Persian writes it between a word's parts: docs/detector.md).
 */
const IGNORED_IN_WORD = [0x200d, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x5f3, 0x5f4];
for (const c of IGNORED_IN_WORD) {
  CLASS[c] = 1;
  FOLD[c] = DROP;
}

/** The fold of one code unit, as a string (computed once per code unit). */
function foldUnit(c: number): string {
  const d = String.fromCharCode(c).toLowerCase().normalize('NFD');
  // Bengali stays decomposed: "ো" typed as one code unit or as "ে" + "া" is one spelling, and "য়" is "য" + nukta either way.
  if (c >= 0x980 && c <= 0x9ff) return d;
  return d
    .replace(LATIN_MARKS, '')
    .replace(HEBREW_MARKS, '')
    .normalize('NFC')
    .replace(/ß/g, 'ss')
    .replace(/['’ʼ]/g, '')
    .replace(ARABIC_MARKS, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/[ىی]/g, 'ي')
    .replace(/ک/g, 'ك')
    // Urdu heh goal and its teh marbuta are Arabic heh ("لاہور" is "لاهور"); heh doachashmee (ھ, aspiration) and bari ye (ے) stay: Urdu's own letters.
    .replace(/[ةہۃ]/g, 'ه')
    .replace(/[ךםןףץ]/g, (f) => HEBREW_FINALS[f] as string)
    .replace(/ς/g, 'σ');
}

function foldOf(c: number): number {
  let f = FOLD[c] as number;
  if (f === 0) {
    const d = nativeDigit(c);
    const s = d >= 0 ? String.fromCharCode(48 + d) : c >= 0xd800 && c <= 0xdfff ? String.fromCharCode(c) : foldUnit(c);
    if (s.length === 0) f = DROP;
    else if (s.length === 1) f = charCode(s, 0);
    else {
      f = EXPAND;
      EXPANSIONS.set(c, s);
    }
    // A code unit that folds to a sentinel's value (controls 1, 2) is not a word character: never read.
    FOLD[c] = f;
  }
  return f;
}

/** Folds a string as the scanner folds a token's characters (lower case, no accents or apostrophes, Arabic forms unified, Persian ی ک as Arabic ي ك). */
export function foldChars(s: string): string {
  // ASCII without an apostrophe (or the controls 1 and 2, FOLD's sentinels) folds to its lower case: one string, not one per character appended (hashtags, per post).
  // The length read once: its lookup is megamorphic too (see charCode).
  const n = s.length;
  let ascii = true;
  for (let i = 0; i < n && ascii; i++) {
    const c = charCode(s, i);
    ascii = c > 2 && c < 128 && c !== 39;
  }
  if (ascii) return s.toLowerCase();
  let out = '';
  for (let i = 0; i < n; i++) {
    const c = charCode(s, i);
    const f = c < 128 ? (FOLD[c] as number) : foldOf(c);
    if (f === DROP) continue;
    out += f === EXPAND ? (EXPANSIONS.get(c) as string) : String.fromCharCode(f);
  }
  return out;
}

// Case of a code unit: 1 lower, 2 upper, 3 caseless; 0 not computed.
const CASE = new Uint8Array(65536);
for (let c = 0; c < 128; c++) CASE[c] = c >= 97 && c <= 122 ? 1 : c >= 65 && c <= 90 ? 2 : 3;
const UPPER_RE = /^\p{Lu}$/u;
const LOWER_RE = /^\p{Ll}$/u;
function caseOfUnit(c: number): number {
  let k = CASE[c] as number;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = c >= 0xd800 && c <= 0xdfff ? 3 : LOWER_RE.test(ch) ? 1 : UPPER_RE.test(ch) ? 2 : 3;
    CASE[c] = k;
  }
  return k;
}

function scriptOf(c: number): Script {
  if (c < 0x250 || (c >= 0x1e00 && c <= 0x1eff)) return Script.Latin;
  if (c < 0x370) return Script.Other;
  if (c < 0x400 || (c >= 0x1f00 && c <= 0x1fff)) return Script.Greek;
  if (c < 0x530) return Script.Cyrillic;
  if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff))
    return Script.Arabic;
  if (c >= 0x900 && c <= 0x97f) return Script.Devanagari;
  if (c >= 0x980 && c <= 0x9ff) return Script.Bengali;
  if ((c >= 0x590 && c <= 0x5ff) || (c >= 0xfb1d && c <= 0xfb4f)) return Script.Hebrew;
  if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)) return Script.Hangul;
  if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x31f0 && c <= 0x31ff) || (c >= 0xff66 && c <= 0xff9f)) return Script.Kana;
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3005) return Script.Han;
  return Script.Other;
}
const SCRIPT = new Uint8Array(65536).fill(255);
function scriptOfUnit(c: number): number {
  let s = SCRIPT[c] as number;
  if (s === 255) {
    s = scriptOf(c);
    SCRIPT[c] = s;
  }
  return s;
}

/** Hashtag body characters: letters, digits, marks and the underscore (ASCII fast path). */
function isTagChar(c: number): boolean {
  if (c < 128) return c === 95 || (CLASS[c] as number) === 1;
  return classOf(c) !== 2;
}

/** ASCII \w: a mention's characters. */
function isAsciiWord(c: number): boolean {
  return c < 128 && (c === 95 || (CLASS[c] as number) === 1);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || c === 0x3000 || c === 0x2028 || c === 0x2029;
}

/** Case-insensitive ASCII "http://", "https://" or "www." at i. */
function urlAt(s: string, i: number, n: number): boolean {
  const c = charCode(s, i) | 32;
  if (c === 119) return i + 3 < n && (charCode(s, i + 1) | 32) === 119 && (charCode(s, i + 2) | 32) === 119 && charCode(s, i + 3) === 46;
  if (c !== 104 || i + 6 >= n) return false;
  if ((charCode(s, i + 1) | 32) !== 116 || (charCode(s, i + 2) | 32) !== 116 || (charCode(s, i + 3) | 32) !== 112) return false;
  let j = i + 4;
  if ((charCode(s, j) | 32) === 115) j++;
  return charCode(s, j) === 58 && charCode(s, j + 1) === 47 && charCode(s, j + 2) === 47;
}

/** A truncated link ("http…", "https:/" at the end of a cut post): a chunk starting "http" that reaches the end or holds "…". */
function truncatedUrlAt(s: string, i: number, n: number): number {
  if ((charCode(s, i) | 32) !== 104 || i + 3 >= n) return -1;
  if ((charCode(s, i + 1) | 32) !== 116 || (charCode(s, i + 2) | 32) !== 116 || (charCode(s, i + 3) | 32) !== 112) return -1;
  let j = i + 4;
  let ellipsis = false;
  while (j < n && !isSpace(charCode(s, j))) {
    if (charCode(s, j) === 0x2026) ellipsis = true;
    j++;
  }
  return j === n || ellipsis ? j : -1;
}

const ENTITY_RE = /&(amp|lt|gt|quot|apos|nbsp|#\d{1,6}|#x[0-9a-fA-F]{1,5});/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
function decodeEntity(_m: string, e: string): string {
  const named = NAMED[e];
  if (named !== undefined) return named;
  const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
  return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
}

/** HTML entities decoded; double-encoded ones (&amp;amp;) exist in the wild: decoded twice at most. */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  const once = s.replace(ENTITY_RE, decodeEntity);
  return once.indexOf('&') < 0 ? once : once.replace(ENTITY_RE, decodeEntity);
}


/** One scanned text; reused from text to text (its arrays grow, never shrink). */
export class Scan {
  /** The text scanned (entities decoded in social mode). */
  text = '';
  /** Tokens. */
  n = 0;
  start = new Int32Array(64);
  end = new Int32Array(64);
  /** Folded characters of token i: chars[fOff[i], fOff[i] + fLen[i]) (fLen >= 1). */
  fOff = new Int32Array(64);
  fLen = new Int32Array(64);
  /** Folded length of the part before an inner apostrophe ("ankara" of "Ankara'da"), else 0. */
  stemLen = new Int32Array(64);
  flags = new Uint8Array(64);
  cases = new Uint8Array(64);
  scripts = new Uint8Array(64);
  /** Folded characters, one space after each token. */
  chars = new Uint16Array(256);
  /** ph[k]: FNV-1a of chars[fOff[i] .. k] for the token i holding k. */
  ph = new Uint32Array(256);
  /** Letters per script (Script). */
  scriptLetters = new Int32Array(NSCRIPTS);
  /** ASCII letters and the upper-case ones (shouting / all-caps headlines). */
  asciiLetters = 0;
  asciiUpper = 0;
  /** "!" (and its full-width and Spanish forms). */
  exclaims = 0;
  /** "?" (and its full-width, Spanish and Arabic forms; not inside links). */
  questions = 0;
  isRetweet = false;
  hasUrl = false;
  /** Hashtags scanned; their folded bodies are tag(0 .. nTags - 1). */
  nTags = 0;
  private nc = 0;
  /**
   * Scratch kept from scan to scan, counted rather than emptied: `a.length =
   * 0` drops an array's backing store, and the next push allocates a new one
   * (per post, for the GC). keys[i] is token i's folded form when keyScan[i]
   * is this scan's number.
   */
  private tagBuf: string[] = [];
  private keys: string[] = new Array<string>(64).fill('');
  private keyScan = new Int32Array(64);
  private scanNo = 0;

  /** Folded hashtag bodies (unsplit: "qldfloods"), a copy. */
  get tags(): string[] {
    return this.tagBuf.slice(0, this.nTags);
  }

  /** Hashtag k's folded body (k < nTags). */
  tag(k: number): string {
    return this.tagBuf[k] as string;
  }

  /** hashStr() of token i's folded form. */
  hash(i: number): number {
    return this.ph[(this.fOff[i] as number) + (this.fLen[i] as number) - 1] as number;
  }

  /** hashStr() of the first `len` folded characters of token i (1 <= len <= fLen[i]). */
  prefixHash(i: number, len: number): number {
    return this.ph[(this.fOff[i] as number) + len - 1] as number;
  }

  /** Token i's folded form (built on first use, then kept until the next scan). */
  key(i: number): string {
    if (this.keyScan[i] === this.scanNo) return this.keys[i] as string;
    let k: string;
    {
      const o = this.fOff[i] as number;
      const len = this.fLen[i] as number;
      // Short keys (most words) by concatenation, flat below V8's cons-string length and twice as fast as apply().
      if (len <= 12) {
        k = '';
        for (let j = o; j < o + len; j++) k += String.fromCharCode(this.chars[j] as number);
      } else k = String.fromCharCode.apply(null, this.chars.subarray(o, o + len) as unknown as number[]);
      this.keys[i] = k;
      this.keyScan[i] = this.scanNo;
    }
    return k;
  }

  /** chars[from, to) of the token being read is one of ELISIONS. */
  private elided(from: number, to: number): boolean {
    const len = to - from;
    if (len === 0 || len > ELISION_MAX) return false;
    let w = '';
    for (let j = from; j < to; j++) w += String.fromCharCode(this.chars[j] as number);
    return ELISIONS.has(w);
  }

  /** The folded part of token i before its inner apostrophe ('' when none). */
  stem(i: number): string {
    const L = this.stemLen[i] as number;
    if (L === 0) return '';
    const o = this.fOff[i] as number;
    return String.fromCharCode.apply(null, this.chars.subarray(o, o + L) as unknown as number[]);
  }

  /** Token i as written. */
  raw(i: number): string {
    return this.text.slice(this.start[i], this.end[i]);
  }

  /** Folded characters [off, off + w.length) equal `w`. */
  eqAt(off: number, w: string): boolean {
    const c = this.chars;
    const n = w.length;
    for (let j = 0; j < n; j++) if (c[off + j] !== charCode(w, j)) return false;
    return true;
  }

  /** Token i's folded form equals `w`. */
  eq(i: number, w: string): boolean {
    return (this.fLen[i] as number) === w.length && this.eqAt(this.fOff[i] as number, w);
  }

  /** Scans `text` (see the module comment); `social`: a post (URLs, mentions, hashtags, entities), else plain words. */
  scan(text: string, social: boolean): this {
    const s = social ? decodeEntities(text) : text;
    this.text = s;
    this.n = 0;
    this.nc = 0;
    if (++this.scanNo === 0x7fffffff) {
      this.keyScan.fill(0);
      this.scanNo = 1;
    }
    this.scriptLetters.fill(0);
    this.asciiLetters = 0;
    this.asciiUpper = 0;
    this.exclaims = 0;
    this.questions = 0;
    this.isRetweet = false;
    this.hasUrl = false;
    this.nTags = 0;
    const n = s.length;
    // Folding expands a code unit to at most 3 ("ǆ" -> "dz", "ﬃ" stays): room for every token and its space.
    if (this.chars.length < 3 * n + 8) {
      this.chars = new Uint16Array(3 * n + 64);
      this.ph = new Uint32Array(3 * n + 64);
    }
    let i = 0;
    if (social) i = this.retweetPrefix(s, n);
    while (i < n) {
      const c = charCode(s, i);
      const k = c < 128 ? (CLASS[c] as number) : classOf(c);
      if (k === 2) {
        if (social) {
          if (c === 64 && i + 1 < n && isAsciiWord(charCode(s, i + 1))) {
            // @mention: up to 30 ASCII word characters.
            let j = i + 1;
            while (j < n && j <= i + 30 && isAsciiWord(charCode(s, j))) j++;
            i = j;
            continue;
          }
          if (c === 35 && i + 1 < n && isTagChar(charCode(s, i + 1))) {
            i = this.hashtag(s, i + 1, n);
            continue;
          }
          if (c === 33 || c === 0xff01 || c === 0xa1) this.exclaims++;
          else if (c === 63 || c === 0xff1f || c === 0xbf || c === 0x61f) this.questions++;
        }
        i++;
        continue;
      }
      if (social) {
        // A link where a word starts ("https://...", "www.", a truncated "http…").
        const prev = i > 0 ? charCode(s, i - 1) : 32;
        if ((c | 32) === 104 || (c | 32) === 119) {
          if (!isAsciiWord(prev) && urlAt(s, i, n)) {
            this.hasUrl = true;
            while (i < n && !isSpace(charCode(s, i))) i++;
            continue;
          }
          const t = isAsciiWord(prev) ? -1 : truncatedUrlAt(s, i, n);
          if (t >= 0) {
            this.hasUrl = true;
            i = t;
            continue;
          }
        }
        // An inline retweet ("... RT @x: text") keeps the text, not the marker. ("RT" ending the text is no marker: its
        // character past the end is not read, a NaN index turned classOf's table load generic.)
        if (c === 82 && charCode(s, i + 1) === 84 && !isAsciiWord(prev) && i + 2 < n && !isWordChar(charCode(s, i + 2))) {
          let j = i + 2;
          while (j < n && isSpace(charCode(s, j))) j++;
          if (j > i + 2 && charCode(s, j) === 64) {
            i = j;
            continue;
          }
        }
      }
      i = this.word(s, i, n, k === 3, 0, n);
    }
    return this;
  }

  /** "RT @x:" / "MT" at the start: a retweet; returns where the text starts. */
  private retweetPrefix(s: string, n: number): number {
    let i = 0;
    while (i < n && isSpace(charCode(s, i))) i++;
    const a = charCode(s, i);
    if ((a === 82 || a === 77) && charCode(s, i + 1) === 84 && !isAsciiWord(charCode(s, i + 2))) {
      this.isRetweet = true;
      return i + 2;
    }
    return 0;
  }

  /** The hashtag whose body starts at b: its folded body kept, its words scanned (split at case changes, digits and underscores). */
  private hashtag(s: string, b: number, n: number): number {
    let q = b;
    while (q < n && isTagChar(charCode(s, q))) q++;
    this.tagBuf[this.nTags++] = foldChars(s.slice(b, q));
    let i = b;
    while (i < q) {
      const c = charCode(s, i);
      if (c === 95) {
        i++;
        continue;
      }
      const k = c < 128 ? (CLASS[c] as number) : classOf(c);
      i = this.word(s, i, q, k === 3, TOK.tag, q);
    }
    return q;
  }

  /**
   * One token from i (a word, or a Han/Kana run when `cjk`), folded and
   * hashed as it is read; returns where it ends. In a hashtag (`tag`) the
   * word also ends at a case change ("PrayFor"), between letters and digits
   * and before the last capital of a capital run followed by lower case
   * ("NYCFire" -> NYC, Fire). `lim`: the end of the text or hashtag.
   */
  private word(s: string, i: number, lim: number, cjk: boolean, tag: number, _n: number): number {
    const t = this.n;
    if (t === this.start.length) this.grow();
    const chars = this.chars;
    const ph = this.ph;
    let o = this.nc;
    const fOff = o;
    // As an int32 from the start (FNV is above 2^31): the loop's hash stays a 32-bit integer; ph stores the same bits.
    let h = FNV | 0;
    let flags = tag | (cjk ? TOK.cjk : 0);
    let script = -1;
    let upper = 0;
    let lower = 0;
    let stem = 0;
    let elided = false;
    const start = i;
    const c0 = charCode(s, i);
    let prevCase = 0;
    let prevDigit = false;
    // ASCII letters and capitals, added to the scan's counts at the end (not one field write per letter).
    let latin = 0;
    let asciiUpper = 0;
    // Lower-case ASCII letters outside Han/Kana runs (most characters): no case, class or script work. In a hashtag
    // not after a digit ("2013fire" splits there): a lower-case letter after a letter never splits one.
    const plain = !cjk && tag === 0;
    while (i < lim) {
      const c = charCode(s, i);
      if (c >= 97 && c <= 122 && (plain || (!cjk && !prevDigit))) {
        // The whole run of such letters in one tight loop; the counts and the case state once per run, not per letter.
        let j = i;
        let x = c;
        for (;;) {
          chars[o] = x;
          h = Math.imul(h ^ x, PRIME);
          ph[o++] = h;
          if (++j >= lim) break;
          x = charCode(s, j);
          if (x < 97 || x > 122) break;
        }
        lower += j - i;
        latin += j - i;
        if (script < 0) script = Script.Latin;
        prevCase = 1;
        prevDigit = false;
        i = j;
        continue;
      }
      let f: number;
      if (c < 128) {
        const k = CLASS[c] as number;
        if (k !== 1) {
          // An inner apostrophe followed by a letter joins ("don't", "L'Aquila", "Ankara'da").
          if (c === 39 && !cjk && !tag && i + 1 < lim && i > start) {
            const d = charCode(s, i + 1);
            if ((d < 48 || d > 57) && (d < 128 ? (CLASS[d] as number) === 1 : classOf(d) === 1)) {
              if (stem === 0 && this.elided(fOff, o)) {
                elided = true;
                break;
              }
              if (stem === 0) stem = o - fOff;
              i++;
              continue;
            }
          }
          // A double quote between Hebrew letters is gershayim typed on a Latin keyboard ("צה"ל"): dropped, the word goes on.
          if (c === 34 && script === Script.Hebrew && i + 1 < lim && scriptOfUnit(charCode(s, i + 1)) === Script.Hebrew && classOf(charCode(s, i + 1)) === 1) {
            i++;
            continue;
          }
          break;
        }
        if (cjk) break;
        const digit = c <= 57;
        if (tag && i > start) {
          const cs = digit ? 3 : c >= 97 ? 1 : 2;
          if (digit !== prevDigit || (cs === 2 && prevCase === 1) || (cs === 2 && prevCase === 2 && i + 1 < lim && CASE[charCode(s, i + 1)] === 1)) break;
          prevCase = cs;
        } else prevCase = digit ? 3 : c >= 97 ? 1 : 2;
        prevDigit = digit;
        if (digit) {
          flags |= TOK.digit;
          f = c;
        } else {
          flags |= TOK.letter;
          latin++;
          if (c <= 90) {
            upper++;
            asciiUpper++;
            f = c + 32;
          } else {
            lower++;
            f = c;
          }
          if (script < 0) script = Script.Latin;
        }
      } else {
        const k = classOf(c);
        if (k === 2 || (k === 3) !== cjk) {
          if ((c === 0x2019 || c === 0x2bc) && !cjk && !tag && i + 1 < lim && i > start) {
            const d = charCode(s, i + 1);
            if ((d < 48 || d > 57) && (d < 128 ? (CLASS[d] as number) === 1 : classOf(d) === 1)) {
              if (stem === 0 && this.elided(fOff, o)) {
                elided = true;
                break;
              }
              if (stem === 0) stem = o - fOff;
              i++;
              continue;
            }
          }
          break;
        }
        // Korean writes counters right after numbers ("3명", "10주년"): the number is a word of its own.
        if (prevDigit && !cjk && scriptOfUnit(c) === Script.Hangul) break;
        // Arabic-Indic, Persian/Urdu, Devanagari and Bengali digits are digits, folded to ASCII: "٣ قتلى", "۵ کشته" count as "3 dead".
        const nd = c >= 0x660 && c <= NATIVE_DIGIT_MAX ? nativeDigit(c) : -1;
        if (nd >= 0) {
          if (tag && i > start && !prevDigit) break;
          prevDigit = true;
          prevCase = 3;
          flags |= TOK.digit;
          f = 48 + nd;
          chars[o] = f;
          h = Math.imul(h ^ f, PRIME);
          ph[o++] = h;
          i++;
          continue;
        }
        const cs = caseOfUnit(c);
        if (tag && i > start && !cjk) {
          if (prevDigit || (cs === 2 && prevCase === 1) || (cs === 2 && prevCase === 2 && i + 1 < lim && caseOfUnit(charCode(s, i + 1)) === 1)) break;
        }
        prevCase = cs;
        prevDigit = false;
        flags |= TOK.high | TOK.letter;
        if (cs === 2) upper++;
        else if (cs === 1) lower++;
        const sc = scriptOfUnit(c);
        if (script < 0 && sc !== Script.Other) script = sc;
        this.scriptLetters[sc] = (this.scriptLetters[sc] as number) + 1;
        f = FOLD[c] as number;
        if (f === 0) f = foldOf(c);
        if (f === DROP) {
          i++;
          continue;
        }
        if (f === EXPAND) {
          const e = EXPANSIONS.get(c) as string;
          for (let j = 0; j < e.length; j++) {
            const x = e.charCodeAt(j);
            chars[o] = x;
            h = Math.imul(h ^ x, PRIME);
            ph[o++] = h;
          }
          i++;
          continue;
        }
      }
      chars[o] = f;
      h = Math.imul(h ^ f, PRIME);
      ph[o++] = h;
      i++;
    }
    if (latin > 0) {
      flags |= TOK.letter;
      if (script < 0) script = Script.Latin;
      this.asciiLetters += latin;
      this.asciiUpper += asciiUpper;
      this.scriptLetters[Script.Latin] = (this.scriptLetters[Script.Latin] as number) + latin;
    }
    // An elided article: no token; the word after the apostrophe is read next.
    if (elided) return i + 1;
    if (i === start) return i + 1;
    if (o === fOff) return i; // only marks: no token
    chars[o++] = 32;
    this.nc = o;
    this.start[t] = start;
    this.end[t] = i;
    this.fOff[t] = fOff;
    this.fLen[t] = o - 1 - fOff;
    this.stemLen[t] = stem;
    this.flags[t] = flags;
    this.scripts[t] = script < 0 ? (cjk ? Script.Han : Script.Latin) : script;
    let cas: Case;
    if (cjk) cas = Case.None;
    else if (c0 < 128) cas = c0 >= 65 && c0 <= 90 ? (lower === 0 && upper >= 2 ? Case.Upper : Case.Cap) : Case.Lower;
    else {
      const k = caseOfUnit(c0);
      cas = k === 2 ? (lower > 0 ? Case.Cap : i - start >= 2 ? Case.Upper : Case.Cap) : k === 1 ? Case.Lower : Case.None;
    }
    this.cases[t] = cas;
    this.n = t + 1;
    return i;
  }

  private grow(): void {
    const m = this.start.length * 2;
    const g32 = (a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
      const b = new Int32Array(m);
      b.set(a);
      return b;
    };
    const g8 = (a: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> => {
      const b = new Uint8Array(m);
      b.set(a);
      return b;
    };
    this.start = g32(this.start);
    this.end = g32(this.end);
    this.fOff = g32(this.fOff);
    this.fLen = g32(this.fLen);
    this.stemLen = g32(this.stemLen);
    this.flags = g8(this.flags);
    this.cases = g8(this.cases);
    this.scripts = g8(this.scripts);
    const ks = new Int32Array(m);
    ks.set(this.keyScan);
    this.keyScan = ks;
    for (let i = this.keys.length; i < m; i++) this.keys.push('');
  }
}

/** The folded words of a plain text (no social handling), joined by one space: the gazetteer's and the lexicons' keys. */
export function foldedKey(text: string, scan: Scan = new Scan()): string {
  scan.scan(text, false);
  const parts: string[] = [];
  for (let i = 0; i < scan.n; i++) parts.push(scan.key(i));
  return parts.join(' ');
}
