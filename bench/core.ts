/**
 * Scoring core benchmark (one core, this process's main thread): the
 * detector's synchronous per-post work over the workload, against JSON.parse
 * of the same posts' message bodies.
 *
 * Timed per post, exactly:
 *   scorePost(post, model)  normalise (entities, RT, URLs, mentions, hashtags,
 *                           tokens, case/diacritic folding), language id,
 *                           lexicon + hashed features + logistic model
 *                           (classify), casualty/magnitude extraction, and
 *                           for posts that pass the gate the place
 *                           (gazetteer) and content hashes
 *   partitionOf(scored)     stage 1's routing: the partition (category
 *                           family) of a gated post, by the engine's own
 *                           exported partitionOf (checked against the
 *                           partition head the engine loads).
 * Not timed here: routing among the family's active candidates and the
 * window/threshold update, which need the stored state (they are in the
 * replay benchmark).
 *
 * Baselines on the same message bodies: JSON.parse, and parseIngestMessage
 * (JSON.parse + zod validation, what the Lambda does before scoring).
 */
import { parseArgs } from 'node:util';
import {
  createDetector,
  defaultModel,
  InMemoryEventStateStore,
  partitionOf,
  scorePost,
} from '../functions/domain/detector';
import { parseIngestMessage } from '../functions/domain/ingest';
import type { Post } from '../functions/domain/post';
import { emit, gc, loadWorkload, median } from './common';

/** Per pass over the workload: medians of CPU time (headline: robust to other load on a shared machine) and wall time. */
export interface Stat {
  cpuMedianMs: number;
  mainThreadCpuMedianMs: number;
  wallMedianMs: number;
  wallMinMs: number;
  postsPerSec: number;
  postsPerSecWall: number;
  nsPerPost: number;
  cpuRunsMs: number[];
  wallRunsMs: number[];
}

/**
 * Sanity check of what is timed: for a sample of gated posts, each alone on a
 * fresh detector, the keys the engine loads first must include the post's
 * partition head as partitionOf gives it.
 */
async function checkStateKeys(
  posts: readonly Post[],
  model: ReturnType<typeof defaultModel>,
  sample = 150,
): Promise<{ checked: number; mismatches: string[] }> {
  const mismatches: string[] = [];
  let checked = 0;
  for (const p of posts) {
    if (checked >= sample) break;
    const s = scorePost(p, model);
    if (!s.gated) continue;
    checked++;
    const inner = new InMemoryEventStateStore();
    let first: readonly string[] | undefined;
    const store = {
      load: (k: readonly string[]) => {
        first ??= [...k];
        return inner.load(k);
      },
      save: inner.save.bind(inner),
    };
    await (await createDetector({ store }).processBatch([p])).commit();
    const k = `p#${partitionOf(s)}`;
    if (!first?.includes(k)) mismatches.push(`${p.id}: engine loaded ${JSON.stringify(first)}, partitionOf says ${k}`);
  }
  return { checked, mismatches: mismatches.slice(0, 5) };
}

export interface CoreResult {
  workload: string;
  /** Sanity check: the state keys timed here are the ones the engine loads. */
  candidateKeyCheck: { checked: number; mismatches: string[] };
  posts: number;
  messages: number;
  bodyBytes: number;
  gatedPosts: number;
  placedPosts: number;
  warmupPasses: number;
  repetitions: number;
  core: Stat;
  jsonParse: Stat;
  parseIngest: Stat;
  ratioToJsonParse: number;
  ratioToJsonParseWall: number;
  targets: { postsPerSec: number; maxRatio: number; postsPerSecMet: boolean; ratioMet: boolean };
}

interface Runs {
  wall: number[];
  cpu: number[];
  thread: number[];
}

/**
 * Wall time, this process's CPU time (user + system, all threads: the
 * headline) and the main thread's CPU time of each repetition, ms.
 *
 * No forced GC before a repetition: a full gc() leaves V8 marking/sweeping
 * the whole heap (~100 MB: the gazetteer and the loaded workload) on its
 * helper threads during the next pass, which doubled the CPU time charged
 * to it (see docs/benchmarks.md). The passes' own garbage collection
 * (scavenges, on the main and helper threads) is counted.
 */
function time(fn: () => number, warmup: number, reps: number, into: Runs = { wall: [], cpu: [], thread: [] }): Runs {
  let sink = 0;
  for (let i = 0; i < warmup; i++) sink += fn();
  for (let i = 0; i < reps; i++) {
    const c0 = process.cpuUsage();
    const th0 = process.threadCpuUsage();
    const t0 = process.hrtime.bigint();
    sink += fn();
    into.wall.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const th = process.threadCpuUsage(th0);
    const c = process.cpuUsage(c0);
    into.cpu.push((c.user + c.system) / 1000);
    into.thread.push((th.user + th.system) / 1000);
  }
  if (sink === 0.5) console.error('unreachable');
  return into;
}

export async function runCore(opts: { warmup?: number; reps?: number } = {}): Promise<CoreResult> {
  const w = await loadWorkload();
  const warmup = opts.warmup ?? 3;
  const reps = opts.reps ?? 9;
  const model = defaultModel();
  const posts: Post[] = w.posts;
  const n = posts.length;

  let gated = 0;
  let placed = 0;
  for (const p of posts) {
    const s = scorePost(p, model);
    if (s.gated) gated++;
    if (s.place) placed++;
  }

  const corePass = (): number => {
    let acc = 0;
    for (let i = 0; i < n; i++) {
      const s = scorePost(posts[i] as Post, model);
      if (s.gated) acc += partitionOf(s)?.length ?? 0;
      acc += s.cat;
    }
    return acc;
  };
  const bodies = w.bodies;
  const jsonPass = (): number => {
    let acc = 0;
    for (const b of bodies) acc += (JSON.parse(b) as { posts: unknown[] }).posts.length;
    return acc;
  };
  const ingestPass = (): number => {
    let acc = 0;
    for (const b of bodies) {
      const r = parseIngestMessage(b);
      if (r.ok) acc += r.posts.length;
    }
    return acc;
  };

  // Interleave so that drifting machine load hits all three alike.
  const core = time(corePass, warmup, 0);
  const json = time(jsonPass, warmup, 0);
  const ingest = time(ingestPass, warmup, 0);
  // One full collection before the timed passes (the warm-ups' garbage), none between them.
  gc();
  for (let r = 0; r < reps; r++) {
    time(corePass, 0, 1, core);
    time(jsonPass, 0, 1, json);
    time(ingestPass, 0, 1, ingest);
  }
  const stat = (runs: Runs): Stat => {
    const cpu = median(runs.cpu);
    const wall = median(runs.wall);
    return {
      cpuMedianMs: round(cpu),
      mainThreadCpuMedianMs: round(median(runs.thread)),
      wallMedianMs: round(wall),
      wallMinMs: round(Math.min(...runs.wall)),
      postsPerSec: Math.round(n / (cpu / 1000)),
      postsPerSecWall: Math.round(n / (wall / 1000)),
      nsPerPost: Math.round((cpu * 1e6) / n),
      cpuRunsMs: runs.cpu.map(round),
      wallRunsMs: runs.wall.map(round),
    };
  };
  const c = stat(core);
  const ratio = median(core.cpu) / median(json.cpu);
  const TARGET_PPS = 250_000;
  const TARGET_RATIO = 10;
  const candidateKeyCheck = await checkStateKeys(posts, model);
  return {
    workload: w.label,
    candidateKeyCheck,
    posts: n,
    messages: bodies.length,
    bodyBytes: bodies.reduce((s, b) => s + Buffer.byteLength(b), 0),
    gatedPosts: gated,
    placedPosts: placed,
    warmupPasses: warmup,
    repetitions: reps,
    core: c,
    jsonParse: stat(json),
    parseIngest: stat(ingest),
    ratioToJsonParse: round(ratio),
    ratioToJsonParseWall: round(median(core.wall) / median(json.wall)),
    targets: {
      postsPerSec: TARGET_PPS,
      maxRatio: TARGET_RATIO,
      postsPerSecMet: c.postsPerSec >= TARGET_PPS,
      ratioMet: ratio <= TARGET_RATIO,
    },
  };
}

const round = (x: number) => Math.round(x * 100) / 100;

if (import.meta.main) {
  const quick = parseArgs({ options: { quick: { type: 'boolean', default: false } } }).values.quick;
  emit(await runCore(quick ? { warmup: 2, reps: 5 } : {}));
}
