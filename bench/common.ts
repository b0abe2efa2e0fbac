/** Shared by the benchmark phases: the machine, the workload (stream), statistics. */

import { existsSync } from 'node:fs';
import { arch, availableParallelism, cpus, loadavg, platform, totalmem } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseIngestMessage } from '../functions/domain/ingest';
import type { Post } from '../functions/domain/post';
import { REPO_ROOT } from '../resources/repo';
import { readJsonl } from '../tools/data/jsonl';
import { toBatches } from '../tools/local/send';

export const REPO = REPO_ROOT;
export const POSTS_PER_MESSAGE = 100;

export interface Machine {
  cpu: string;
  cores: number;
  node: string;
  platform: string;
  memGb: number;
  loadAvg1m: number;
}

export function machine(): Machine {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: availableParallelism(),
    node: process.version,
    platform: `${platform()} ${arch()}`,
    memGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    loadAvg1m: Math.round(loadavg()[0]! * 100) / 100,
  };
}

/** The dev stream (TOCSIN_DEV_STREAM, default ../shared/data/streams/dev.jsonl.gz), else the generated sample stream. */
export function devStreamPath(): string {
  return (
    process.env.TOCSIN_DEV_STREAM ??
    resolve(process.env.TOCSIN_DATA ?? resolve(REPO, '../shared/data'), 'streams/dev.jsonl.gz')
  );
}

/** The second workload: dev-heavy beside the dev stream (the same ten events under a realistic background, ~50 posts/min). */
export function heavyStreamPath(): string {
  return join(dirname(devStreamPath()), 'dev-heavy.jsonl.gz');
}

export interface Workload {
  label: string;
  /** Raw posts as read (one JSON object each). */
  raw: unknown[];
  /** Ingest message bodies of POSTS_PER_MESSAGE posts, as the Lambda receives them. */
  bodies: string[];
  /** Per body, the posts that pass parseIngestMessage (what the detector scores). */
  batches: Post[][];
  posts: Post[];
  rejected: number;
}

export async function loadWorkload(): Promise<Workload> {
  const path = devStreamPath();
  let raw: unknown[];
  let label: string;
  if (existsSync(path)) {
    raw = [];
    for await (const l of readJsonl(path)) if (!l.error) raw.push(l.value);
    const name = basename(path).replace(/\.jsonl(\.gz)?$/, '');
    label = `${name === 'dev' ? 'dev stream' : name} ${path.replace(`${resolve(REPO, '..')}/`, '../')} (${raw.length} posts)`;
  } else {
    const url = pathToFileURL(resolve(REPO, 'tools/data/sample-stream.ts')).href;
    if (!existsSync(fileURLToPath(url)))
      throw new Error(`no workload: neither ${path} nor tools/data/sample-stream.ts exists`);
    const mod = (await import(url)) as { generateStream(o: { seed: number }): { posts: unknown[] } };
    raw = mod.generateStream({ seed: 42 }).posts;
    label = `generated sample stream, seed 42 (${raw.length} posts)`;
  }
  const bodies = [...toBatches(raw as { source?: unknown }[], POSTS_PER_MESSAGE, 'bench')];
  const batches: Post[][] = [];
  let rejected = 0;
  for (const b of bodies) {
    const p = parseIngestMessage(b);
    if (!p.ok) throw new Error(`workload message not a post batch: ${p.field}: ${p.reason}`);
    batches.push(p.posts);
    rejected += p.rejected.length;
  }
  return { label, raw, bodies, batches, posts: batches.flat(), rejected };
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Nearest-rank percentile (p in 0..100). */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

export const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

/** A phase run as a child process prints its result as the last line of stdout, prefixed with this. */
export const RESULT_PREFIX = '@@bench-result ';
export function emit(result: unknown): void {
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
}

/** Each ingest message's clock, by batch id: the newest createdAt sent so far, as a replay's clock runs. */
export function ingestClocks(bodies: readonly string[]): Map<string, Date> {
  const clocks = new Map<string, Date>();
  let newest = 0;
  for (const b of bodies) {
    const m = JSON.parse(b) as { batchId: string; posts: { createdAt?: unknown }[] };
    for (const p of m.posts) if (typeof p.createdAt === 'string') newest = Math.max(newest, Date.parse(p.createdAt));
    clocks.set(m.batchId, new Date(newest));
  }
  return clocks;
}
