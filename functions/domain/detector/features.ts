/**
 * Hashed sparse binary features for the significance model. Word unigrams,
 * bigrams, 6-letter stems (cheap cross-lingual/morphological transfer),
 * lexicon categories/cues (which is how French, Spanish and German posts share
 * weights learned on mostly English data), and a few metadata bits.
 */
import { NLEX, LEX_KEYS } from './lexicon';
import { hashStr } from './hash';

export { hashStr };

/**
 * English glosses of the lexicon classes ("translated seed terms"): a French
 * "fusillade" or German "Erdbeben" also fires the English word features the
 * model learned, so the mostly-English training data transfers.
 */
const GLOSS: Record<string, string[]> = {
  attack: ['shooting', 'attack'], explosion: ['explosion'], fire: ['fire'], earthquake: ['earthquake'], storm: ['storm'],
  flood: ['flood', 'flooding'], crash: ['crash'], collapse: ['collapse'], unrest: ['riot'],
  casualty: ['injured', 'killed'], breaking: ['breaking'], eyewitness: ['omg'], rescue: ['evacuated'],
};
let glossHashes: number[][] | null = null;

export const HASH_BITS = 18;
export const DIM = 1 << HASH_BITS;
const MASK = DIM - 1;
/** Reserved slots after the hashed space. */
export const LEX_BASE = DIM;
export const META_BASE = DIM + NLEX * 2;
export const META = { rt: 0, url: 1, caps: 2, verified: 3, fol0: 4, fol1: 5, fol2: 6, fol3: 7, fol4: 8, short: 9, long: 10, number: 11, noauthor: 12, langEn: 13, langOther: 14, noCat: 15 } as const;
export const TOTAL_DIM = META_BASE + 16;

function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export interface FeatureInput {
  tokens: readonly string[];
  lex: Float32Array;
  isRetweet: boolean;
  hasUrl: boolean;
  upperRatio: number;
  followers: number | undefined;
  verified: boolean | undefined;
  hasAuthor: boolean;
  lang: string;
  hasNumber: boolean;
  /** hashStr() of each token when already known (normalize's lastTokenHashes()). */
  hashes?: Uint32Array;
}

const tokHash = new Uint32Array(512);

/** Writes feature indices into `out`, returns the count. `out` must hold >= 3*tokens+64. */
export function extractFeatures(f: FeatureInput, out: Int32Array): number {
  let n = 0;
  const toks = f.tokens;
  const nt = Math.min(toks.length, 160);
  const hashes = f.hashes;
  for (let i = 0; i < nt; i++) {
    const t = toks[i] as string;
    const h = hashes !== undefined ? (hashes[i] as number) : hashStr(t);
    tokHash[i] = h;
    out[n++] = h & MASK;
    if (t.length >= 7) out[n++] = hashStr(t, 0x12345, 6) & MASK;
    if (i > 0) out[n++] = mix(tokHash[i - 1] as number, h) & MASK;
  }
  let anyCat = false;
  const translate = f.lang !== 'en' && f.lang !== 'und';
  for (let k = 0; k < NLEX; k++) {
    const v = f.lex[k] as number;
    if (v > 0) {
      if (translate) for (const h of (glossHashes ??= LEX_KEYS.map((key) => (GLOSS[key] ?? []).map((w) => hashStr(w) & MASK)))[k] as number[]) out[n++] = h;
      out[n++] = LEX_BASE + k * 2;
      if (v >= 1.5) out[n++] = LEX_BASE + k * 2 + 1;
      if (k < 9) anyCat = true;
    }
  }
  if (f.isRetweet) out[n++] = META_BASE + META.rt;
  if (f.hasUrl) out[n++] = META_BASE + META.url;
  if (f.upperRatio > 0.6 && nt > 2) out[n++] = META_BASE + META.caps;
  // Author metadata (followers, verified) is absent from the training data,
  // so it is not a model feature: the event layer uses it as credibility.
  if (nt < 6) out[n++] = META_BASE + META.short;
  else if (nt > 20) out[n++] = META_BASE + META.long;
  if (f.hasNumber) out[n++] = META_BASE + META.number;
  out[n++] = META_BASE + (f.lang === 'en' ? META.langEn : META.langOther);
  if (!anyCat) out[n++] = META_BASE + META.noCat;
  return n;
}
