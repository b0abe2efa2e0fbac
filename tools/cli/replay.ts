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
import { admitPosts } from '../../functions/domain/ingest';
import type { Post } from '../../functions/domain/post';
import { SourceRegistry } from '../../functions/domain/sources';
import { readPosts } from '../data/post-file';
import { evaluate, type Metrics } from '../eval/judge';
import { formatMetrics } from '../eval/report';
import { readTruth, streamOrder } from '../eval/streams';
import { ReplayClock } from '../local/replay-clock';
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

/**
 * What the score function would admit of a recorded stream, judged by the
 * replay's own clock (tools/local/replay-clock.ts) batch by batch, as
 * `npm start -- --stream` sends it: known sources only (under their canonical
 * names), createdAt within the ingest window. Rejections are counted by reason.
 */
export function admitReplay(
  posts: readonly Post[],
  batchSize: number,
  reject: (reason: string) => void,
  registry = SourceRegistry.of(),
): Post[] {
  const clock = new ReplayClock();
  const out: Post[] = [];
  for (let i = 0; i < posts.length; i += batchSize) {
    const chunk = posts.slice(i, i + batchSize);
    const batchId = `replay-${i}`;
    clock.sent(
      batchId,
      chunk.map((p) => p.createdAt),
    );
    const bySource = Map.groupBy(chunk, (p) => p.source);
    const kept = new Map<Post, Post>();
    for (const [source, group] of bySource) {
      const a = admitPosts(
        { ok: true, batchId, source, posts: group, positions: group.map((_, j) => j), rejected: [] },
        registry,
        clock.clock(batchId),
      );
      if (!a.ok) {
        for (const _ of group) reject(`source: ${a.reason}`);
        continue;
      }
      for (const r of a.rejected) reject(`${r.field.replace(/\[\d+\]/, '')}: ${r.reason.replace(/\S+T\S+Z/g, 'TIME')}`);
      const admitted = new Map(a.posts.map((p) => [p.id, p]));
      for (const p of group) {
        const q = admitted.get(p.id);
        if (q) kept.set(p, q);
      }
    }
    for (const p of chunk) {
      const q = kept.get(p);
      if (q) out.push(q);
    }
  }
  return out;
}

export async function replayFile(
  stream: string,
  truthFile?: string,
  batchSize = 100,
  progress = false,
  modelFile?: string,
): Promise<ReplayFileResult> {
  const t0 = performance.now();
  const read = await readPosts(stream);
  const { rejected } = read;
  const posts = admitReplay(read.posts, batchSize, (reason) => rejected.set(reason, (rejected.get(reason) ?? 0) + 1));
  const invalid = read.invalid + read.posts.length - posts.length;
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
