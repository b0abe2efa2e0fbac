/**
 * The significance model: logistic regression over hashed features, weights
 * quantised to int8 and stored base64 in models/significance.json.
 */
import { z } from 'zod';
import { LEX_BASE, TOTAL_DIM } from './features';

/** v2: features from the one scanner (scan.ts) and the multilingual lexicons (seeds/). */
export const MODEL_FORMAT = 'tocsin-significance-v2';

export const ModelFileSchema = z.object({
  format: z.literal(MODEL_FORMAT),
  dim: z.number().int().positive(),
  bias: z.number(),
  scale: z.number().positive(),
  weights: z.string(),
  ambiguousNames: z.array(z.string()),
  commonWords: z.array(z.string()),
  threshold: z.number().min(0).max(1),
  lexBias: z.number(),
  lexWeights: z.array(z.number()),
  meta: z.record(z.string(), z.union([z.string(), z.number()])),
});

export interface ModelFile {
  format: typeof MODEL_FORMAT;
  dim: number;
  bias: number;
  scale: number;
  /** base64 of Int8Array(dim). */
  weights: string;
  /** City names (folded) that are mostly common words in the training text. */
  ambiguousNames: string[];
  /**
   * Words (folded, 3 letters or more) the training text writes mostly in lower case, seen 20 times or more: no
   * proper noun ("Hurricane Warning", "Storm Worst" name no storm).
   */
  commonWords: string[];
  /** Probability above which a post counts as crisis evidence. */
  threshold: number;
  /** Language-independent model over the lexicon/metadata slots only (used for non-English posts). */
  lexBias: number;
  lexWeights: number[];
  meta: Record<string, string | number>;
}

export interface Model {
  weights: Float32Array;
  bias: number;
  lexBias: number;
  /** Weights of slots LEX_BASE.. (lexicon and metadata features). */
  lexWeights: Float32Array;
  threshold: number;
  ambiguousNames: string[];
  commonWords: string[];
  meta: Record<string, string | number>;
}

/** A model from its file's JSON (checked: format, dimension, every field). */
export function modelFromFile(json: unknown): Model {
  const parsed = ModelFileSchema.safeParse(json);
  if (!parsed.success) throw new Error(`not a ${MODEL_FORMAT} model file: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
  const f = parsed.data;
  if (f.dim !== TOTAL_DIM || f.lexWeights.length !== TOTAL_DIM - LEX_BASE) throw new Error(`model dimension ${f.dim} (${f.lexWeights.length} lexicon weights), the features have ${TOTAL_DIM} (${TOTAL_DIM - LEX_BASE})`);
  const bytes = Buffer.from(f.weights, 'base64');
  if (bytes.byteLength !== f.dim) throw new Error(`model weights hold ${bytes.byteLength} values, dimension ${f.dim}`);
  const q = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const weights = new Float32Array(f.dim);
  for (let i = 0; i < f.dim; i++) weights[i] = (q[i] as number) * f.scale;
  return { weights, bias: f.bias, lexBias: f.lexBias, lexWeights: Float32Array.from(f.lexWeights), threshold: f.threshold, ambiguousNames: f.ambiguousNames, commonWords: f.commonWords, meta: f.meta };
}

export function modelToFile(m: { weights: Float32Array; bias: number; lexBias: number; lexWeights: Float32Array; threshold: number; ambiguousNames: string[]; commonWords: string[]; meta: Record<string, string | number> }): ModelFile {
  let maxAbs = 1e-9;
  for (let i = 0; i < m.weights.length; i++) maxAbs = Math.max(maxAbs, Math.abs(m.weights[i] as number));
  const scale = maxAbs / 127;
  const q = new Int8Array(m.weights.length);
  for (let i = 0; i < m.weights.length; i++) q[i] = Math.max(-127, Math.min(127, Math.round((m.weights[i] as number) / scale)));
  return {
    format: MODEL_FORMAT,
    dim: m.weights.length,
    bias: m.bias,
    scale,
    weights: Buffer.from(q.buffer).toString('base64'),
    ambiguousNames: m.ambiguousNames,
    commonWords: m.commonWords,
    threshold: m.threshold,
    lexBias: m.lexBias,
    lexWeights: Array.from(m.lexWeights, (x) => Math.round(x * 10000) / 10000),
    meta: m.meta,
  };
}

/** Language-independent probability from the lexicon/metadata slots only. */
export function predictLex(m: Model, idx: Int32Array, n: number): number {
  let z = m.lexBias;
  const base = m.weights.length - m.lexWeights.length;
  for (let i = 0; i < n; i++) {
    const k = (idx[i] as number) - base;
    if (k >= 0) z += m.lexWeights[k] as number;
  }
  return 1 / (1 + Math.exp(-z));
}

export function predict(m: Model, idx: Int32Array, n: number): number {
  let z = m.bias;
  const w = m.weights;
  for (let i = 0; i < n; i++) z += w[idx[i] as number] as number;
  return 1 / (1 + Math.exp(-z));
}
