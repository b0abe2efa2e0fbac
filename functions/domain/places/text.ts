/**
 * The geoparser's view of a text: the detector's scanner's words
 * (detector/scan.ts: folded keys and their hashes, case, offsets) and what
 * the text says around each (a comma after it, a hyphen and a number, a
 * sentence start). The same scanner folds the gazetteer's names (build.ts,
 * nameKey) and reads the posts, so a name matches exactly when its words do.
 */
import { Case, foldChars, foldedKey, Scan, TOK } from '../detector/scan';

export { Case };

/** Folds one word as the scanner does (lower case, no accents, no apostrophes, Arabic letter forms unified). */
export const foldWord = foldChars;

const UPPER = /\p{Lu}/u;

/** Sentence ends: . ! ? : line break, and their CJK, Arabic and Devanagari forms. */
function sentenceEnd(c: number): boolean {
  return (
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
  );
}

/**
 * A scan's words with the place cues around them. Reused from post to post
 * (arrays grow, never shrink); entries at n and n + 1 hold neutral values, so
 * looking one or two words past the end reads "nothing there".
 */
export class Tokens {
  scan: Scan = new Scan();
  n = 0;
  /** Case class (scan.ts Case); NONE_CASE past the end. */
  cases = new Uint8Array(64);
  /** A comma (or an opening parenthesis) directly follows the token. */
  commaAfter = new Uint8Array(64);
  /** The token touches a digit through a hyphen or slash, or holds one ("AR-15", "F-16", "M4"). */
  coded = new Uint8Array(64);
  /** First token of a sentence (start of text, after . ! ? : or a line break): its capital says nothing. */
  sentenceStart = new Uint8Array(64);
  /** Joined by a hyphen to a capitalised word or a letter: after ("Metro-North") or before ("A-Rod"). */
  hyphenCapAfter = new Uint8Array(64);
  hyphenCapBefore = new Uint8Array(64);
  /** Cue-list bits of each word (cues.ts CUE), filled by the extractor. */
  cue = new Int32Array(64);

  /** Token i's folded key ('' past the end). */
  key(i: number): string {
    return i >= 0 && i < this.n ? this.scan.key(i) : '';
  }
  hash(i: number): number {
    return this.scan.hash(i);
  }
  /** Folded part before an inner apostrophe ("ankara" of "Ankara'da", "boston" of "Boston's"), else ''. */
  stem(i: number): string {
    return this.scan.stem(i);
  }
  raw(i: number): string {
    return i >= 0 && i < this.n ? this.scan.raw(i) : '';
  }
  /** A Han/Kana run (no spaces between words: matched by substring). */
  cjk(i: number): boolean {
    return i < this.n && ((this.scan.flags[i] as number) & TOK.cjk) !== 0;
  }

  /** Reads the cues around the scan's words. */
  read(scan: Scan): this {
    this.scan = scan;
    const n = scan.n;
    this.n = n;
    if (this.cases.length < n + 2) {
      const m = 2 * n + 2;
      this.cases = new Uint8Array(m);
      this.commaAfter = new Uint8Array(m);
      this.coded = new Uint8Array(m);
      this.sentenceStart = new Uint8Array(m);
      this.hyphenCapAfter = new Uint8Array(m);
      this.hyphenCapBefore = new Uint8Array(m);
      this.cue = new Int32Array(m);
    }
    const text = scan.text;
    const len = text.length;
    let sentence = true;
    let prevEnd = 0;
    for (let i = 0; i < n; i++) {
      const start = scan.start[i] as number;
      const end = scan.end[i] as number;
      // Punctuation between the previous word and this one: a sentence end, unless it is the full stop of "U.S." or "St. Louis".
      for (let j = prevEnd; j < start; j++) {
        const c = text.charCodeAt(j);
        if (!sentenceEnd(c)) continue;
        // Inside a skipped link or handle ("t.co/x", "https:"), not the end of a sentence.
        const d = text.charCodeAt(j + 1);
        if (c !== 10 && ((d >= 48 && d <= 57) || (d >= 65 && d <= 90) || (d >= 97 && d <= 122) || d === 47)) continue;
        const prevLen = i > 0 ? (scan.end[i - 1] as number) - (scan.start[i - 1] as number) : 99;
        if (!(c === 46 && i > 0 && prevLen <= 2 && j === prevEnd)) sentence = true;
      }
      this.sentenceStart[i] = sentence ? 1 : 0;
      sentence = false;
      this.cases[i] = scan.cases[i] as number;
      let j = end;
      while (j < len && text.charCodeAt(j) === 32) j++;
      const next = text.charCodeAt(j);
      // A comma, an opening parenthesis or a semicolon (any script's) ends the name's phrase.
      this.commaAfter[i] =
        next === 44 ||
        next === 40 ||
        next === 59 ||
        next === 0x060c ||
        next === 0x061b ||
        next === 0xff0c ||
        next === 0xff1b ||
        next === 0x3001
          ? 1
          : 0;
      const after = text.charCodeAt(end);
      const a1 = text.charCodeAt(end + 1);
      const digitNext = (after === 45 || after === 47) && a1 >= 48 && a1 <= 57;
      const before = start > 1 ? text.charCodeAt(start - 1) : 0;
      const b2 = start > 1 ? text.charCodeAt(start - 2) : 0;
      const digitBefore = (before === 45 || before === 47) && b2 >= 48 && b2 <= 57;
      const f = scan.flags[i] as number;
      this.coded[i] = digitNext || digitBefore || (f & (TOK.digit | TOK.letter)) === (TOK.digit | TOK.letter) ? 1 : 0;
      this.hyphenCapAfter[i] =
        after === 45 && end + 1 < len && (a1 < 128 ? a1 >= 65 && a1 <= 90 : UPPER.test(text[end + 1] as string))
          ? 1
          : 0;
      this.hyphenCapBefore[i] =
        before === 45 && start > 1 && (b2 < 128 ? b2 >= 65 && b2 <= 90 : UPPER.test(text[start - 2] as string)) ? 1 : 0;
      this.cue[i] = 0;
      prevEnd = end;
    }
    // Past the end: no case a rule looks for, no comma, no cue.
    for (let i = n; i < n + 2; i++) {
      this.cases[i] = NONE_CASE;
      this.commaAfter[i] = 0;
      this.coded[i] = 0;
      this.sentenceStart[i] = 0;
      this.hyphenCapAfter[i] = 0;
      this.hyphenCapBefore[i] = 0;
      this.cue[i] = 0;
    }
    return this;
  }
}

/** The case value past the last token: equal to no Case. */
export const NONE_CASE = 255;

/** The folded key of a name, as the scanner reads it in a post (words joined by one space; Han/Kana runs as they are). */
export function nameKey(name: string): string {
  return foldedKey(name);
}
