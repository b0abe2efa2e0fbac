/**
 * The significance model's training (logistic regression over hashed
 * features, AdaGrad SGD with a seeded shuffle: deterministic) on
 * train/labeled.jsonl.gz. Rows whose id appears in any streams/*.jsonl.gz are
 * left out (no leakage into the evaluation streams); whole events can be held
 * out as well (leave-event-out evaluation). Used by `npm run train`
 * (tools/cli/train.ts) and in process by `npm run eval` (tools/eval).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { featurize, LEX_BASE, MAX_FEATURES, TOTAL_DIM } from '../../functions/domain/detector/features';
import { LexResult, readLexicon } from '../../functions/domain/detector/lexicon';
import { type ModelFile, modelToFile } from '../../functions/domain/detector/model';
import { Case, Scan } from '../../functions/domain/detector/scan';
import { singleWordPlaceNames } from '../../functions/domain/places';
import { readJsonl } from './jsonl';
import { labelOf } from './labels';
import { mulberry32 } from './random';

/** Default training settings (the committed model's). */
export const TRAINING = { epochs: 3, seed: 1, lr: 0.1, l2: 1e-5 } as const;
/**
 * Uses after which a word the training text writes mostly in lower case is a common word, not a name: rarer words
 * say too little ("Rai", a typhoon's name, is 7 of its 12 uses lower case, in other languages' words).
 */
const COMMON_MIN_USES = 20;

export interface TrainOptions {
  dataDir: string;
  epochs?: number;
  seed?: number;
  lr?: number;
  l2?: number;
  /** Holds out every row whose `event` it accepts. */
  excludeEvent?: (event: string) => boolean;
  /** Sees every row that goes into the model (not held out, not in a stream). */
  onRowUsed?: (row: TrainingRow) => void;
  log?: (line: string) => void;
}

export interface TrainResult {
  file: ModelFile;
  /** Rows left out because their id is in an evaluation stream. */
  excludedStreamIds: number;
  /** Rows left out per held-out event. */
  heldOutRows: Record<string, number>;
}

export type TrainingRow = z.infer<typeof TrainingRow>;
const TrainingRow = z.object({
  id: z.string(),
  text: z.string(),
  label: z.string(),
  dataset: z.string(),
  infoType: z
    .string()
    .nullish()
    .transform((x) => x ?? undefined),
  event: z
    .string()
    .nullish()
    .transform((x) => x ?? undefined),
});

export function trainingFile(dataDir: string): string {
  return join(dataDir, 'train/labeled.jsonl.gz');
}

/** The stream files whose post ids training leaves out. */
export function excludedStreamFiles(dataDir: string): string[] {
  const dir = join(dataDir, 'streams');
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /\.jsonl(\.gz)?$/.test(f))
        .sort()
        .map((f) => join(dir, f))
    : [];
}

/** The records of a JSONL file, parsed with `schema`; training data is never partly read, so a bad line stops the run. */
async function* records<T>(path: string, schema: z.ZodType<T>): AsyncGenerator<T> {
  for await (const l of readJsonl(path)) {
    if (l.error !== undefined) throw new Error(`${path} line ${l.line}: ${l.error}`);
    const r = schema.safeParse(l.value);
    if (!r.success)
      throw new Error(`${path} line ${l.line}: ${r.error.issues[0]?.path.join('.')}: ${r.error.issues[0]?.message}`);
    yield r.data;
  }
}

const StreamPostId = z.object({ id: z.string() });

export async function trainModel(opts: TrainOptions): Promise<TrainResult> {
  const epochs = opts.epochs ?? TRAINING.epochs;
  const seed = opts.seed ?? TRAINING.seed;
  const log = opts.log ?? (() => {});
  const trainFile = trainingFile(opts.dataDir);
  if (!existsSync(trainFile)) throw new Error(`no training data at ${trainFile} (use --data DIR or TOCSIN_DATA)`);
  const excluded = new Set<string>();
  for (const f of excludedStreamFiles(opts.dataDir)) {
    for await (const p of records(f, StreamPostId)) excluded.add(p.id);
  }
  const cityTokens = new Map<string, [number, number]>();
  for (const k of singleWordPlaceNames(5000)) cityTokens.set(k, [0, 0]);
  // Every word's capitalised / lower-case uses after a post's first word (a first word is capitalised whatever it is).
  const wordCases = new Map<string, [number, number]>();

  const rows: { f: Int32Array; y: number; holdout: boolean }[] = [];
  const scan = new Scan();
  const lex = new LexResult();
  const buf = new Int32Array(MAX_FEATURES);
  let skipped = 0;
  let leak = 0;
  let streamIds = 0;
  const heldOutRows: Record<string, number> = {};
  for await (const d of records(trainFile, TrainingRow)) {
    const heldOut = d.event !== undefined && (opts.excludeEvent?.(d.event) ?? false);
    if (excluded.has(d.id) || heldOut) {
      leak++;
      if (heldOut) heldOutRows[d.event as string] = (heldOutRows[d.event as string] ?? 0) + 1;
      else streamIds++;
      continue;
    }
    opts.onRowUsed?.(d);
    scan.scan(d.text, true);
    if (scan.asciiUpper < 0.6 * scan.asciiLetters || scan.asciiLetters === 0) {
      for (let i = 0; i < scan.n; i++) {
        const c = cityTokens.get(scan.key(i));
        if (!c) continue;
        const k = scan.cases[i] as Case;
        if (k === Case.Cap || k === Case.Upper) c[0]++;
        else c[1]++;
      }
      for (let i = 1; i < scan.n; i++) {
        const k = scan.cases[i] as Case;
        if (k !== Case.Cap && k !== Case.Lower) continue;
        const key = scan.key(i);
        let c = wordCases.get(key);
        if (!c) {
          c = [0, 0];
          wordCases.set(key, c);
        }
        c[k === Case.Cap ? 0 : 1]++;
      }
    }
    const y = labelOf(d);
    if (y < 0) {
      skipped++;
      continue;
    }
    // The features serving computes (score.ts): the same scan, lexicon pass and featurize.
    readLexicon(scan, lex, true);
    const k = featurize(scan, lex, scan.isRetweet, buf);
    let h = 0;
    for (let i = 0; i < d.id.length; i++) h = (h * 31 + d.id.charCodeAt(i)) >>> 0;
    rows.push({ f: buf.slice(0, k), y, holdout: h % 10 === 0 });
  }
  const npos = rows.filter((r) => r.y === 1 && !r.holdout).length;
  const nneg = rows.filter((r) => r.y === 0 && !r.holdout).length;
  log(
    `rows ${rows.length} (pos ${npos}, neg ${nneg}), skipped ${skipped}, excluded as in eval streams ${streamIds}, held-out events ${leak - streamIds}`,
  );
  // Balance classes.
  const wPos = (npos + nneg) / (2 * npos);
  const wNeg = (npos + nneg) / (2 * nneg);
  const w = new Float32Array(TOTAL_DIM);
  const g2 = new Float32Array(TOTAL_DIM).fill(1e-2);
  let bias = 0;
  let gb = 1e-2;
  const lr = opts.lr ?? TRAINING.lr;
  const l2 = opts.l2 ?? TRAINING.l2;
  const train = rows.filter((r) => !r.holdout);
  const rnd = mulberry32(seed);
  const order = Array.from(train.keys());
  for (let ep = 0; ep < epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      const t = order[i] as number;
      order[i] = order[j] as number;
      order[j] = t;
    }
    let loss = 0;
    for (const oi of order) {
      const r = train[oi] as { f: Int32Array; y: number };
      let z = bias;
      for (let i = 0; i < r.f.length; i++) z += w[r.f[i] as number] as number;
      const p = 1 / (1 + Math.exp(-z));
      const cw = r.y === 1 ? wPos : wNeg;
      loss += -cw * (r.y === 1 ? Math.log(p + 1e-9) : Math.log(1 - p + 1e-9));
      const grad = cw * (p - r.y);
      for (let i = 0; i < r.f.length; i++) {
        const k = r.f[i] as number;
        const gk = grad + l2 * (w[k] as number);
        g2[k] = (g2[k] as number) + gk * gk;
        w[k] = (w[k] as number) - (lr * gk) / Math.sqrt(g2[k] as number);
      }
      gb += grad * grad;
      bias -= (lr * grad) / Math.sqrt(gb);
    }
    log(`epoch ${ep + 1}: loss ${(loss / order.length).toFixed(4)}`);
  }
  // Language-independent model: the same data, lexicon/metadata slots only.
  const nLex = TOTAL_DIM - LEX_BASE;
  const lw = new Float32Array(nLex);
  const lg2 = new Float32Array(nLex).fill(1e-2);
  let lbias = 0;
  let lgb = 1e-2;
  for (let ep = 0; ep < epochs; ep++) {
    for (const oi of order) {
      const r = train[oi] as { f: Int32Array; y: number };
      let z = lbias;
      for (let i = 0; i < r.f.length; i++) {
        const k = (r.f[i] as number) - LEX_BASE;
        if (k >= 0) z += lw[k] as number;
      }
      const p = 1 / (1 + Math.exp(-z));
      const grad = (r.y === 1 ? wPos : wNeg) * (p - r.y);
      for (let i = 0; i < r.f.length; i++) {
        const k = (r.f[i] as number) - LEX_BASE;
        if (k < 0) continue;
        lg2[k] = (lg2[k] as number) + grad * grad;
        lw[k] = (lw[k] as number) - (lr * grad) / Math.sqrt(lg2[k] as number);
      }
      lgb += grad * grad;
      lbias -= (lr * grad) / Math.sqrt(lgb);
    }
  }
  // Holdout metrics.
  const hold = rows.filter((r) => r.holdout);
  const scored = hold.map((r) => {
    let z = bias;
    for (let i = 0; i < r.f.length; i++) z += w[r.f[i] as number] as number;
    return { p: 1 / (1 + Math.exp(-z)), y: r.y };
  });
  scored.sort((a, b) => b.p - a.p);
  let tp = 0;
  let auc = 0;
  const P = scored.filter((s) => s.y === 1).length;
  const N = scored.length - P;
  for (const s of scored) {
    if (s.y === 1) tp++;
    else auc += tp;
  }
  auc /= P * N;
  const threshold = 0.5;
  const acc = scored.filter((s) => (s.p >= threshold ? 1 : 0) === s.y).length / scored.length;
  log(`holdout: n ${scored.length}, AUC ${auc.toFixed(4)}, accuracy@${threshold} ${acc.toFixed(4)}`);
  const ambiguousNames = [...cityTokens.entries()]
    .filter(([, [cap, low]]) => cap + low >= 4 && low / (cap + low) > 0.3)
    .map(([k]) => k)
    .sort();
  const commonWords = [...wordCases.entries()]
    .filter(([k, [cap, low]]) => k.length >= 3 && cap + low >= COMMON_MIN_USES && low > cap)
    .map(([k]) => k)
    .sort();
  const file = modelToFile({
    weights: w,
    bias,
    lexBias: lbias,
    lexWeights: lw,
    threshold,
    ambiguousNames,
    commonWords,
    // The held-out events go into meta only when there are any, so that the committed model stays byte-identical.
    meta: {
      trainedRows: train.length,
      holdoutAuc: Number(auc.toFixed(4)),
      epochs,
      seed,
      excludedEvalIds: leak,
      ...(leak > streamIds ? { heldOutEvents: Object.keys(heldOutRows).sort().join(',') } : {}),
    },
  });
  return { file, excludedStreamIds: streamIds, heldOutRows };
}
