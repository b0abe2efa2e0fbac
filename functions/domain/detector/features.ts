/**
 * The significance model's features, one function for training
 * (tools/data/train.ts) and serving (score.ts): hashed word unigrams,
 * bigrams and 6-letter stems from the scanner's hashes (no strings), the
 * English glosses of the non-English lexicon terms found (how posts in other
 * languages reach the weights learned on mostly English posts), the
 * lexicon's class slots (and each category's slot beside a report cue), and
 * language-independent post features (a number next to a casualty word, a
 * year named, "!", a link, a retweet, all caps).
 */
import { hashStr } from './hash';
import { CUE_INDEX, type LexResult, NCATS, NLEX } from './lexicon';
import { type Scan, TOK } from './scan';

export { hashStr };

export const HASH_BITS = 18;
export const DIM = 1 << HASH_BITS;
const MASK = DIM - 1;
/** Reserved slots after the hashed space: two per lexicon class (present, strong), the post features, then one per category beside a report cue. */
export const LEX_BASE = DIM;
export const META_BASE = DIM + NLEX * 2;
export const META = {
  rt: 0,
  url: 1,
  caps: 2,
  short: 3,
  long: 4,
  number: 5,
  noCat: 6,
  exclaim: 7,
  numCasualty: 8,
  year: 9,
} as const;
/**
 * One slot per category named beside a report cue (casualties, deaths, an eyewitness, breaking news, emergency
 * response, damage). The bare class slot learns the category word's every use in the training posts, mostly English
 * and mostly aftermath (prayers, donations, "the earthquake" recalled): its weight went negative for earthquake and
 * fire, and the lexicon-only model, all that reads a post in another language, held their reports under the gate.
 * Crossed with a report cue, the same word learns what a report of it looks like.
 */
export const REPORT_BASE = META_BASE + 10;
export const TOTAL_DIM = REPORT_BASE + NCATS;
/** Tokens read for word features (the rest of a long post adds little). */
const MAX_TOKENS = 160;
/** Room `featurize` needs in its output. */
export const MAX_FEATURES = 3 * MAX_TOKENS + 32 + 2 * NLEX + 16 + NCATS;

function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
const STEM_SALT = 0x5bd1e995;

/**
 * Writes the feature indices of a scanned post (read by the full lexicon pass
 * into `lex`) into `out` (MAX_FEATURES long); returns the count. `isRetweet`:
 * the "RT" prefix or the platform's retweet field.
 */
export function featurize(scan: Scan, lex: LexResult, isRetweet: boolean, out: Int32Array): number {
  let n = 0;
  const nt = Math.min(scan.n, MAX_TOKENS);
  let prev = 0;
  // Post length in words: a Han/Kana run (no spaces) counts one word per two characters.
  let words = 0;
  for (let i = 0; i < nt; i++) {
    const h = scan.hash(i);
    words += ((scan.flags[i] as number) & TOK.cjk) === 0 ? 1 : ((scan.fLen[i] as number) + 1) >> 1;
    out[n++] = h & MASK;
    if ((scan.fLen[i] as number) >= 7 && ((scan.flags[i] as number) & TOK.cjk) === 0) out[n++] = mix(scan.prefixHash(i, 6), STEM_SALT) & MASK;
    if (i > 0) out[n++] = mix(prev, h) & MASK;
    prev = h;
  }
  for (let k = 0; k < lex.ng; k++) out[n++] = (lex.gloss[k] as number) & MASK;
  let anyCat = false;
  const s = lex.scores;
  const reportCue =
    (s[CUE_INDEX.casualty] as number) > 0 ||
    (s[CUE_INDEX.dead] as number) > 0 ||
    (s[CUE_INDEX.eyewitness] as number) > 0 ||
    (s[CUE_INDEX.breaking] as number) > 0 ||
    (s[CUE_INDEX.rescue] as number) > 0 ||
    (s[CUE_INDEX.impact] as number) > 0;
  for (let k = 0; k < NLEX; k++) {
    const v = lex.scores[k] as number;
    if (v > 0) {
      out[n++] = LEX_BASE + k * 2;
      if (v >= 1.5) out[n++] = LEX_BASE + k * 2 + 1;
      if (k < NCATS) {
        anyCat = true;
        if (reportCue) out[n++] = REPORT_BASE + k;
      }
    }
  }
  if (isRetweet) out[n++] = META_BASE + META.rt;
  if (scan.hasUrl) out[n++] = META_BASE + META.url;
  if (scan.asciiLetters > 0 && scan.asciiUpper / scan.asciiLetters > 0.6 && nt > 2) out[n++] = META_BASE + META.caps;
  // Author metadata (followers, verified) is absent from the training data,
  // so it is not a model feature: the event layer uses it as credibility.
  if (words < 6) out[n++] = META_BASE + META.short;
  else if (words > 20) out[n++] = META_BASE + META.long;
  if (lex.hasNumber) out[n++] = META_BASE + META.number;
  // No language feature: in the training data the language says which corpus a row came from, not whether it reports a crisis.
  if (!anyCat) out[n++] = META_BASE + META.noCat;
  if (scan.exclaims > 0) out[n++] = META_BASE + META.exclaim;
  if (lex.numCasualty) out[n++] = META_BASE + META.numCasualty;
  if (lex.year > 0) out[n++] = META_BASE + META.year;
  return n;
}
