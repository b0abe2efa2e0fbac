/**
 * A post's text as words, for callers outside the scoring path (tests,
 * tools): the scanner's tokens (scan.ts) as strings. The detector itself
 * reads the scan directly.
 */
import { Scan } from './scan';

export { decodeEntities } from './scan';

export interface Normalized {
  /** Lower-case, accent-folded tokens (letters and digits; Han/Kana runs whole). */
  tokens: string[];
  /** The same tokens as written (for capitalisation cues). */
  raw: string[];
  /** Folded hashtag bodies (unsplit), for substring cues such as #qldfloods. */
  hashtags: string[];
  isRetweet: boolean;
  hasUrl: boolean;
  /** Fraction of ASCII letters that are upper case (shouting / all-caps headlines). */
  upperRatio: number;
}

/** Entities decoded, the "RT @x:" prefix, links and mentions dropped, hashtags split into words, words folded. */
export function normalize(text: string, scan: Scan = new Scan()): Normalized {
  scan.scan(text, true);
  const tokens: string[] = [];
  const raw: string[] = [];
  for (let i = 0; i < scan.n; i++) {
    tokens.push(scan.key(i));
    raw.push(scan.raw(i));
  }
  return {
    tokens,
    raw,
    hashtags: [...scan.tags],
    isRetweet: scan.isRetweet,
    hasUrl: scan.hasUrl,
    upperRatio: scan.asciiLetters > 0 ? scan.asciiUpper / scan.asciiLetters : 0,
  };
}
