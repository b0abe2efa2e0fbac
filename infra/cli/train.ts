/**
 * npm run train [-- --data ../shared/data --out models/significance.json --epochs 3 --seed 1 --exclude-events REGEX]
 *
 * Trains the significance model (logistic regression, hashed features,
 * AdaGrad SGD with a seeded shuffle: deterministic) on train/labeled.jsonl.gz.
 * Posts whose id appears in any streams/*.jsonl.gz are excluded (no leakage
 * into the evaluation streams). Writes models/significance.json.
 */
import { createReadStream, readdirSync, existsSync, writeFileSync, mkdirSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalize } from '../../functions/domain/detector/normalize';
import { detectLanguage } from '../../functions/domain/detector/lang';
import { lexiconScores, NLEX } from '../../functions/domain/detector/lexicon';
import { extractFeatures, TOTAL_DIM, LEX_BASE } from '../../functions/domain/detector/features';
import { modelToFile } from '../../functions/domain/detector/model';
import { singleWordPlaceNames } from '../../functions/domain/places';
import { mulberry32 } from '../random';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : def;
}

const dataDir = resolve(repo, arg('data', '../shared/data'));
const outPath = resolve(repo, arg('out', 'models/significance.json'));
const epochs = Number(arg('epochs', '3'));
const seed = Number(arg('seed', '1'));
/** Optional: leave out whole events (regex on the dataset's event name), to measure generalisation to unseen events. */
const excludeEvents = arg('exclude-events', '');
const excludeRe = excludeEvents ? new RegExp(excludeEvents, 'i') : null;

/**
 * Target: "this post reports an incident happening / its direct impact"
 * (what a breaking-event alert is built from). Aftermath chatter (donations,
 * sympathy) and off-topic posts are negatives; ambiguous classes are skipped.
 */
const POS = new Set(['on-topic', 'Relevant', 'caution_and_advice', 'displaced_people_and_evacuations', 'infrastructure_and_utility_damage', 'injured_or_dead_people', 'missing_or_found_people']);
const NEG = new Set(['off-topic', 'Not related', 'Not applicable', 'Not Relevant', 'not_humanitarian', 'rescue_volunteering_or_donation_effort', 'sympathy_and_support']);
const T26_POS_INFO = new Set(['Affected individuals', 'Infrastructure and utilities', 'Caution and advice']);
const T26_NEG_INFO = new Set(['Donations and volunteering', 'Sympathy and support']);

export function labelOf(d: { dataset: string; label: string; infoType?: string }): number {
  if (d.dataset === 'CrisisLexT26') {
    if (d.label === 'Not related' || d.label === 'Not applicable') return 0;
    if (d.infoType && T26_NEG_INFO.has(d.infoType)) return 0;
    if (d.label === 'Related and informative' && d.infoType && T26_POS_INFO.has(d.infoType)) return 1;
    return d.label === 'Related - but not informative' ? 0 : -1;
  }
  return POS.has(d.label) ? 1 : NEG.has(d.label) ? 0 : -1;
}

async function* lines(path: string): AsyncGenerator<string> {
  const input = path.endsWith('.gz') ? createReadStream(path).pipe(createGunzip()) : createReadStream(path);
  const rl = createInterface({ input, crlfDelay: Infinity });
  for await (const l of rl) if (l.trim()) yield l;
}


async function main(): Promise<void> {
  const trainFile = join(dataDir, 'train/labeled.jsonl.gz');
  if (!existsSync(trainFile)) throw new Error(`no training data at ${trainFile} (use --data DIR)`);
  const excluded = new Set<string>();
  const streamsDir = join(dataDir, 'streams');
  if (existsSync(streamsDir)) {
    for (const f of readdirSync(streamsDir).filter((f) => /\.jsonl(\.gz)?$/.test(f)).sort()) {
      for await (const l of lines(join(streamsDir, f))) excluded.add((JSON.parse(l) as { id: string }).id);
    }
  }
  const cityTokens = new Map<string, [number, number]>();
  for (const k of singleWordPlaceNames(5000)) cityTokens.set(k, [0, 0]);

  const rows: { f: Int32Array; y: number; holdout: boolean }[] = [];
  const lex = new Float32Array(NLEX);
  const buf = new Int32Array(4096);
  let skipped = 0;
  let leak = 0;
  for await (const l of lines(trainFile)) {
    const d = JSON.parse(l) as { id: string; text: string; label: string; dataset: string; infoType?: string; event?: string };
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
    const k = extractFeatures({ tokens: n.tokens, lex, isRetweet: n.isRetweet, hasUrl: n.hasUrl, upperRatio: n.upperRatio, followers: undefined, verified: undefined, hasAuthor: false, lang, hasNumber: /\d/.test(n.clean) }, buf);
    let h = 0;
    for (let i = 0; i < d.id.length; i++) h = (h * 31 + d.id.charCodeAt(i)) >>> 0;
    rows.push({ f: buf.slice(0, k), y, holdout: h % 10 === 0 });
  }
  const npos = rows.filter((r) => r.y === 1 && !r.holdout).length;
  const nneg = rows.filter((r) => r.y === 0 && !r.holdout).length;
  process.stderr.write(`rows ${rows.length} (pos ${npos}, neg ${nneg}), skipped ${skipped}, excluded as in eval streams ${leak}\n`);
  // Balance classes.
  const wPos = (npos + nneg) / (2 * npos);
  const wNeg = (npos + nneg) / (2 * nneg);
  const w = new Float32Array(TOTAL_DIM);
  const g2 = new Float32Array(TOTAL_DIM).fill(1e-2);
  let bias = 0;
  let gb = 1e-2;
  const lr = Number(arg('lr', '0.1'));
  const l2 = Number(arg('l2', '1e-5'));
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
  let fp = 0;
  let auc = 0;
  const P = scored.filter((s) => s.y === 1).length;
  const N = scored.length - P;
  for (const s of scored) {
    if (s.y === 1) tp++;
    else {
      fp++;
      auc += tp;
    }
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
  writeFileSync(outPath, JSON.stringify(file) + '\n');
  process.stderr.write(`wrote ${outPath} (${ambiguousNames.length} ambiguous city names)\n`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
