/**
 * npm run replay -- --stream FILE.jsonl[.gz] --out alerts.jsonl [--truth TRUTH.json] [--batch 100] [--json metrics.json] [--model models/x.json]
 *
 * Runs the detector in process (in-memory state) over a post stream in
 * batches, writes one JSON line per alert version, prints progress on stderr
 * and, with --truth, the judge's figures (tools/eval/judge.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Alert } from '../../functions/domain/alert';
import { type ModelFile, modelFromFile } from '../../functions/domain/detector/model';
import { replayPosts } from '../../functions/domain/detector/replay';
import { readPosts } from '../data/post-file';
import { evaluate, type Metrics } from '../eval/judge';
import { formatMetrics } from '../eval/report';
import { readTruth, streamOrder } from '../eval/streams';
import { runMain } from './main';

export interface ReplayFileResult {
  alerts: Alert[];
  metrics: Metrics | null;
  /** Posts in = posts (valid) + invalid; posts = scored + duplicates. */
  posts: number;
  invalid: number;
  rejected: Map<string, number>;
  scored: number;
  duplicates: number;
  seconds: number;
}

export async function replayFile(
  stream: string,
  truthFile?: string,
  batchSize = 100,
  progress = false,
  modelFile?: string,
): Promise<ReplayFileResult> {
  const t0 = performance.now();
  const { posts, invalid, rejected } = await readPosts(stream);
  let lastPct = -1;
  const model = modelFile ? modelFromFile(JSON.parse(readFileSync(modelFile, 'utf8')) as ModelFile) : undefined;
  const r = await replayPosts(posts, {
    batchSize,
    ...(model ? { model } : {}),
    ...(progress
      ? {
          onBatch: (done: number, n: number) => {
            const pct = Math.floor((100 * done) / posts.length / 10) * 10;
            if (pct !== lastPct) {
              lastPct = pct;
              process.stderr.write(`replay: ${done}/${posts.length} posts, ${n} alert versions\n`);
            }
          },
        }
      : {}),
  });
  const metrics = truthFile ? evaluate(r.alerts, readTruth(truthFile), streamOrder(posts)) : null;
  const { scored, duplicates } = r;
  if (scored + duplicates !== posts.length)
    throw new Error(`accounting broken: ${posts.length} posts given, ${scored} scored + ${duplicates} duplicates`);
  return {
    alerts: r.alerts,
    metrics,
    posts: posts.length,
    invalid,
    rejected,
    scored,
    duplicates,
    seconds: (performance.now() - t0) / 1000,
  };
}

const USAGE =
  'usage: npm run replay -- --stream FILE.jsonl[.gz] --out alerts.jsonl [--truth TRUTH.json] [--batch 100] [--json metrics.json] [--model FILE]';

async function main(): Promise<void> {
  const { values: args } = parseArgs({
    options: {
      stream: { type: 'string' },
      out: { type: 'string' },
      truth: { type: 'string' },
      batch: { type: 'string', default: '100' },
      json: { type: 'string' },
      model: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (args.help || !args.stream || !args.out) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(args.help ? 0 : 2);
  }
  const r = await replayFile(
    resolve(args.stream),
    args.truth ? resolve(args.truth) : undefined,
    Number(args.batch),
    true,
    args.model ? resolve(args.model) : undefined,
  );
  writeFileSync(resolve(args.out), r.alerts.map((a) => `${JSON.stringify(a)}\n`).join(''));
  process.stderr.write(`replayed in ${r.seconds.toFixed(1)} s; ${r.alerts.length} alert versions -> ${args.out}\n`);
  process.stderr.write(
    `posts in ${r.posts + r.invalid} = scored ${r.scored} + duplicates ${r.duplicates} + rejected ${r.invalid}\n`,
  );
  for (const [reason, n] of [...r.rejected].sort((a, b) => b[1] - a[1]))
    process.stderr.write(`  rejected ${n}: ${reason}\n`);
  if (r.metrics) {
    process.stdout.write(`${formatMetrics(r.metrics)}\n`);
    if (args.json) writeFileSync(resolve(args.json), `${JSON.stringify(r.metrics, null, 2)}\n`);
  }
}

if (import.meta.main) runMain('replay', main);
