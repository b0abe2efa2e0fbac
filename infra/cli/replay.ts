/**
 * npm run replay -- --stream FILE.jsonl[.gz] --out alerts.jsonl [--truth TRUTH.json] [--batch 100] [--json metrics.json] [--model models/x.json]
 *
 * Runs the detector in process (in-memory state) over a post stream in
 * batches, writes one JSON line per alert version, prints progress on stderr
 * and, with --truth, the judge's figures (tools/eval/judge.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { replayPosts } from '../../functions/domain/detector/replay';
import { evaluate, type Metrics } from '../../tools/eval/judge';
import { readTruth, streamOrder } from '../../tools/eval/streams';
import { formatMetrics } from '../../tools/eval/report';
import { readPosts } from '../../tools/data/post-file';
import { modelFromFile, type ModelFile } from '../../functions/domain/detector/model';

export interface ReplayFileResult {
  alerts: import('../../functions/domain/alert').Alert[];
  metrics: Metrics | null;
  /** Posts in = posts (valid) + invalid; posts = scored + duplicates. */
  posts: number;
  invalid: number;
  rejected: Map<string, number>;
  scored: number;
  duplicates: number;
  seconds: number;
}

export async function replayFile(stream: string, truthFile?: string, batchSize = 100, progress = false, modelFile?: string): Promise<ReplayFileResult> {
  const t0 = performance.now();
  const { posts, invalid, rejected } = readPosts(stream);
  let lastPct = -1;
  const model = modelFile ? modelFromFile(JSON.parse(readFileSync(modelFile, 'utf8')) as ModelFile) : undefined;
  const r = await replayPosts(posts, {
    batchSize,
    ...(model ? { model } : {}),
    onBatch: progress
      ? (done, n) => {
          const pct = Math.floor((100 * done) / posts.length / 10) * 10;
          if (pct !== lastPct) {
            lastPct = pct;
            process.stderr.write(`replay: ${done}/${posts.length} posts, ${n} alert versions\n`);
          }
        }
      : undefined,
  });
  const metrics = truthFile ? evaluate(r.alerts, readTruth(truthFile), streamOrder(posts)) : null;
  const { scored, duplicates } = r;
  if (scored + duplicates !== posts.length) throw new Error(`accounting broken: ${posts.length} posts given, ${scored} scored + ${duplicates} duplicates`);
  return { alerts: r.alerts, metrics, posts: posts.length, invalid, rejected, scored, duplicates, seconds: (performance.now() - t0) / 1000 };
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const stream = arg('stream');
  const out = arg('out');
  if (!stream || !out) {
    process.stderr.write('usage: npm run replay -- --stream FILE.jsonl[.gz] --out alerts.jsonl [--truth TRUTH.json] [--batch 100] [--json metrics.json] [--model FILE]\n');
    process.exit(2);
  }
  const truth = arg('truth');
  const modelArg = arg('model');
  const r = await replayFile(resolve(stream), truth ? resolve(truth) : undefined, Number(arg('batch') ?? '100'), true, modelArg ? resolve(modelArg) : undefined);
  writeFileSync(resolve(out), r.alerts.map((a) => JSON.stringify(a)).join('\n') + (r.alerts.length ? '\n' : ''));
  process.stderr.write(`replayed in ${r.seconds.toFixed(1)} s; ${r.alerts.length} alert versions -> ${out}\n`);
  process.stderr.write(`posts in ${r.posts + r.invalid} = scored ${r.scored} + duplicates ${r.duplicates} + rejected ${r.invalid}\n`);
  for (const [reason, n] of [...r.rejected].sort((a, b) => b[1] - a[1])) process.stderr.write(`  rejected ${n}: ${reason}\n`);
  if (r.metrics) {
    process.stdout.write(formatMetrics(r.metrics) + '\n');
    const j = arg('json');
    if (j) writeFileSync(resolve(j), JSON.stringify(r.metrics, null, 2) + '\n');
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
