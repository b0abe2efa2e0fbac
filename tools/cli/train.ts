/**
 * npm run train [-- --data ../shared/data --out models/significance.json --epochs 3 --seed 1 --exclude-events REGEX]
 *
 * Trains the significance model (logistic regression, hashed features,
 * AdaGrad SGD with a seeded shuffle: deterministic) on train/labeled.jsonl.gz.
 * Posts whose id appears in any streams/*.jsonl.gz are excluded (no leakage
 * into the evaluation streams). Writes models/significance.json.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { extractFeatures, LEX_BASE, TOTAL_DIM } from '../../functions/domain/detector/features';
import { gazetteer } from '../../functions/domain/detector/gazetteer';
import { detectLanguage } from '../../functions/domain/detector/lang';
import { lexiconScores, NLEX } from '../../functions/domain/detector/lexicon';
import { modelToFile } from '../../functions/domain/detector/model';
import { normalize } from '../../functions/domain/detector/normalize';
import { REPO_ROOT } from '../../resources/repo';
import { readJsonl } from '../data/jsonl';
import { labelOf } from '../data/labels';
import { mulberry32 } from '../data/random';
import { runMain } from './main';

function options() {
  const { values: args } = parseArgs({
    options: {
      data: { type: 'string', default: '../shared/data' },
      out: { type: 'string', default: 'models/significance.json' },
      epochs: { type: 'string', default: '3' },
      seed: { type: 'string', default: '1' },
      /** Leave out whole events (regex on the dataset's event name), to measure generalisation to unseen events. */
      'exclude-events': { type: 'string', default: '' },
      lr: { type: 'string', default: '0.1' },
      l2: { type: 'string', default: '1e-5' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (args.help) {
    console.log(
      'usage: npm run train [-- --data DIR --out FILE --epochs 3 --seed 1 --exclude-events REGEX --lr 0.1 --l2 1e-5]',
    );
    process.exit(0);
  }
  return {
    dataDir: resolve(REPO_ROOT, args.data),
    outPath: resolve(REPO_ROOT, args.out),
    epochs: Number(args.epochs),
    seed: Number(args.seed),
    excludeRe: args['exclude-events'] ? new RegExp(args['exclude-events'], 'i') : null,
    lr: Number(args.lr),
    l2: Number(args.l2),
  };
}

/** The records of a JSONL file; training data is never partly read, so a bad line stops the run. */
async function* records<T>(path: string): AsyncGenerator<T> {
  for await (const l of readJsonl(path)) {
    if (l.error !== undefined) throw new Error(`${path} line ${l.line}: ${l.error}`);
    yield l.value as T;
  }
}

async function main(): Promise<void> {
  const { dataDir, outPath, epochs, seed, excludeRe, lr, l2 } = options();
  const trainFile = join(dataDir, 'train/labeled.jsonl.gz');
  if (!existsSync(trainFile)) throw new Error(`no training data at ${trainFile} (use --data DIR)`);
  const excluded = new Set<string>();
  const streamsDir = join(dataDir, 'streams');
  if (existsSync(streamsDir)) {
    for (const f of readdirSync(streamsDir)
      .filter((f) => /\.jsonl(\.gz)?$/.test(f))
      .sort()) {
      for await (const p of records<{ id: string }>(join(streamsDir, f))) excluded.add(p.id);
    }
  }
  const g = gazetteer();
  const cityTokens = new Map<string, [number, number]>();
  for (const k of g.cities.keys()) if (!k.includes(' ')) cityTokens.set(k, [0, 0]);

  const rows: { f: Int32Array; y: number; holdout: boolean }[] = [];
  const lex = new Float32Array(NLEX);
  const buf = new Int32Array(4096);
  let skipped = 0;
  let leak = 0;
  for await (const d of records<{
    id: string;
    text: string;
    label: string;
    dataset: string;
    infoType?: string;
    event?: string;
  }>(trainFile)) {
    if (excluded.has(d.id) || (excludeRe && d.event && excludeRe.test(d.event))) {
      leak++;
      continue;
    }
    const n = normalize(d.text);
    if (n.upperRatio < 0.6) {
      for (let i = 0; i < n.raw.length; i++) {
        const c = cityTokens.get(n.tokens[i] as string);
        if (!c) continue;
        const r = n.raw[i] as string;
        if (r[0] !== undefined && r[0] !== r[0].toLowerCase()) c[0]++;
        else c[1]++;
      }
    }
    const y = labelOf(d);
    if (y < 0) {
      skipped++;
      continue;
    }
    const lang = detectLanguage(n.tokens);
    lexiconScores(n.tokens, n.hashtags, lex);
    const k = extractFeatures(
      {
        tokens: n.tokens,
        lex,
        isRetweet: n.isRetweet,
        hasUrl: n.hasUrl,
        upperRatio: n.upperRatio,
        followers: undefined,
        verified: undefined,
        hasAuthor: false,
        lang,
        hasNumber: /\d/.test(n.clean),
      },
      buf,
    );
    let h = 0;
    for (let i = 0; i < d.id.length; i++) h = (h * 31 + d.id.charCodeAt(i)) >>> 0;
    rows.push({ f: buf.slice(0, k), y, holdout: h % 10 === 0 });
  }
  const npos = rows.filter((r) => r.y === 1 && !r.holdout).length;
  const nneg = rows.filter((r) => r.y === 0 && !r.holdout).length;
  process.stderr.write(
    `rows ${rows.length} (pos ${npos}, neg ${nneg}), skipped ${skipped}, excluded as in eval streams ${leak}\n`,
  );
  // Balance classes.
  const wPos = (npos + nneg) / (2 * npos);
  const wNeg = (npos + nneg) / (2 * nneg);
  const w = new Float32Array(TOTAL_DIM);
  const g2 = new Float32Array(TOTAL_DIM).fill(1e-2);
  let bias = 0;
  let gb = 1e-2;
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
    process.stderr.write(`epoch ${ep + 1}: loss ${(loss / order.length).toFixed(4)}\n`);
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
  process.stderr.write(`holdout: n ${scored.length}, AUC ${auc.toFixed(4)}, accuracy@${threshold} ${acc.toFixed(4)}\n`);
  const ambiguousNames = [...cityTokens.entries()]
    .filter(([, [cap, low]]) => cap + low >= 4 && low / (cap + low) > 0.3)
    .map(([k]) => k)
    .sort();
  const file = modelToFile({
    weights: w,
    bias,
    lexBias: lbias,
    lexWeights: lw,
    threshold,
    ambiguousNames,
    meta: { trainedRows: train.length, holdoutAuc: Number(auc.toFixed(4)), epochs, seed, excludedEvalIds: leak },
  });
  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(outPath, `${JSON.stringify(file)}\n`);
  process.stderr.write(`wrote ${outPath} (${ambiguousNames.length} ambiguous city names)\n`);
}

runMain('train', main);
