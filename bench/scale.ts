/**
 * Scale benchmark (issue 11): the local two-stage pipeline with 1, 2 and 4
 * workers per stage. Each worker is a thread running one handler instance
 * with one batch in flight (bench/scale-worker.ts), as one Lambda instance
 * runs: N score workers poll the standard ingest queue, N aggregate workers
 * the FIFO evidence queue (at most one batch per partition group in flight,
 * whatever N is). DynamoDB Local and fauxqs run in their own processes.
 *
 * For each N, on fresh emulators: the workload's posts (cycled, ids made new,
 * createdAt re-timed to the 100 ms before their message is sent, so the
 * stream is live) are offered at BENCH_SCALE_RATE posts/s in messages of 100
 * for BENCH_SCALE_SECONDS. Measured over the send window after a warm-up:
 * posts scored per second (stage 1), posts done end to end per second (a
 * message is done when stage 1 scored it and stage 2 applied all of its
 * evidence), lag (done minus sent) per stage, the backlog left, the CPU
 * each process used (this process, its score and aggregate threads apart,
 * fauxqs, DynamoDB Local), and per invocation the thread's CPU and the time
 * it waited on each emulator: where the time goes when workers are added.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { anyMessage } from '../functions/adapters/ingest-message';
import { sendIngestMessages } from '../functions/adapters/ingest-queue';
import { sqsSafeJson } from '../functions/adapters/sqs-json';
import type { AggregateOutcome } from '../functions/aggregate/aggregate-messages';
import type { Post } from '../functions/domain/post';
import type { MessageOutcome } from '../functions/score/score-message';
import { startLocalEnvironment } from '../tools/local/environment';
import { queueDepth } from '../tools/local/resources';
import { emit, loadWorkload, machine, POSTS_PER_MESSAGE, percentile } from './common';
import { type DynamoLocalProbe, probeDynamoLocal } from './dynamo-local-probe';
import type { ScaleWorkerData } from './scale-worker';

export interface ScaleRun {
  workersPerStage: number;
  offeredPostsPerSec: number;
  seconds: number;
  warmupSeconds: number;
  postsSent: number;
  /** Posts scored by stage 1 per second of the measured window. */
  stage1PostsPerSec: number;
  /** Posts done end to end (stage 1, and stage 2 for their evidence) per second of the measured window. */
  sustainedPostsPerSec: number;
  /** Lag (done minus sent), ms, of the messages sent in the measured window that were done by its end. */
  stage1LagMs: { p50: number; p99: number };
  endToEndLagMs: { p50: number; p99: number; firstFifthP50: number; lastFifthP50: number };
  /** Messages sent in the window and not done by its end (growing lag: the pipeline does not keep up). */
  notDoneAtEnd: number;
  queueDepthAtEnd: { ingest: number; evidence: number };
  stage2Batches: number;
  /** Messages per partition per state load and commit (up to 10, as on AWS: tools/local/fauxqs-fifo.mjs). */
  stage2MessagesPerBatch: number;
  /** Handler invocations per stage: duration p50 and records, and where the time went (means, ms). */
  invocations: { score: InvocationSummary; aggregate: InvocationSummary };
  alertVersionsCreated: number;
  /**
   * CPU used per second of wall time (1.0 = one core busy): this process
   * (sender, worker threads, V8's helper threads), of which the score and the
   * aggregate worker threads; fauxqs; DynamoDB Local.
   */
  coresBusy: {
    pipeline: number;
    scoreThreads: number;
    aggregateThreads: number;
    fauxqs: number;
    dynamo: number;
    machine: number;
  };
  loadAverage: { start: number; end: number };
  errors: string[];
}

export interface ScaleResult {
  workload: string;
  cores: number;
  runs: ScaleRun[];
  /** Sustained posts/s with 2 and 4 workers per stage over 1. */
  ratio2: number;
  ratio4: number;
  /** DynamoDB Local alone, with 1, 2, 4 and 8 callers (bench/dynamo-local-probe.ts). */
  dynamoLocal: DynamoLocalProbe[];
  limit: string;
}

export interface InvocationSummary {
  p50Ms: number;
  records: number;
  /** Means per invocation: its duration, the thread's CPU, the time a DynamoDB Local call and a fauxqs call were outstanding. */
  meanMs: number;
  cpuMs: number;
  dynamoWaitMs: number;
  sqsWaitMs: number;
}

interface Invocation {
  ms: number;
  records: number;
  cpuMs: number;
  dynamoWaitMs: number;
  sqsWaitMs: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const CLK_TCK = 100;

/** CPU seconds a process has used (Linux /proc; 0 elsewhere). */
function cpuSecondsOf(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(f[11]) + Number(f[12])) / CLK_TCK;
  } catch {
    return 0;
  }
}
const selfCpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

async function runOnce(
  posts: Post[],
  workers: number,
  rate: number,
  seconds: number,
  warmup: number,
): Promise<ScaleRun> {
  const env = await startLocalEnvironment({ visibilityTimeoutSeconds: 120 });
  const errors: string[] = [];
  const threads: Worker[] = [];
  const stage1 = new Map<string, { at: number; posts: number; evidenceParts: number }>();
  const stage2Done = new Map<string, number>();
  const stage2: AggregateOutcome[] = [];
  const invocations = { score: [] as Invocation[], aggregate: [] as Invocation[] };
  /** Each worker thread's CPU so far (ms), by stage. */
  const threadCpu = { score: new Map<Worker, number>(), aggregate: new Map<Worker, number>() };
  const stageCpuMs = (stage: 'score' | 'aggregate') => [...threadCpu[stage].values()].reduce((n, x) => n + x, 0);
  try {
    const endpoints = {
      dynamoEndpoint: env.dynamoEndpoint,
      awsEndpoint: env.awsEndpoint,
      region: env.region,
      queues: env.queues,
    };
    let ready = 0;
    for (const stage of ['score', 'aggregate'] as const)
      for (let i = 0; i < workers; i++) {
        const data: ScaleWorkerData = { stage, endpoints, env: env.environmentOf(stage) };
        const w = new Worker(new URL('./scale-worker.ts', import.meta.url), { workerData: data });
        w.on(
          'message',
          (m: { stage: string; at: number; ready?: boolean; error?: string } & Record<string, unknown>) => {
            if (m.ready) ready++;
            else if (typeof m.invocationMs === 'number') {
              invocations[stage].push({
                ms: m.invocationMs,
                records: Number(m.records),
                cpuMs: Number(m.cpuMs),
                dynamoWaitMs: Number(m.dynamoWaitMs),
                sqsWaitMs: Number(m.sqsWaitMs),
              });
              threadCpu[stage].set(w, Number(m.threadCpuMs));
            } else if (m.error) errors.push(`${m.stage}: ${m.error}`);
            else if (m.stage === 'score') {
              const o = m as unknown as MessageOutcome & { at: number };
              if (o.batchId) stage1.set(o.batchId, { at: m.at, posts: o.postsIn, evidenceParts: o.evidenceParts });
            } else if (m.stage === 'aggregate' && !('stopped' in m)) {
              const o = m as unknown as AggregateOutcome & { at: number };
              stage2.push(o);
              for (const id of o.messageIds) stage2Done.set(id, m.at);
            }
          },
        );
        w.on('error', (e) => errors.push(`worker: ${String(e)}`));
        threads.push(w);
      }
    while (ready < threads.length) await sleep(100);

    const perTick = Math.round(rate / 10);
    const sent: { batchId: string; at: number; posts: number }[] = [];
    const pids = env.emulators.pids();
    const load0 = loadavg()[0]!;
    const cpu0 = {
      self: selfCpuSeconds(),
      fauxqs: cpuSecondsOf(pids.fauxqs),
      dynamo: cpuSecondsOf(pids.dynamo),
      score: stageCpuMs('score'),
      aggregate: stageCpuMs('aggregate'),
    };
    const t0 = Date.now();
    let cursor = 0;
    let k = 0;
    const inflight = new Set<Promise<void>>();
    for (let tick = 0; tick < seconds * 10; tick++) {
      const due = t0 + tick * 100;
      if (due > Date.now()) await sleep(due - Date.now());
      const now = Date.now();
      const batch: Post[] = [];
      for (let i = 0; i < perTick; i++, cursor++) {
        const p = posts[cursor % posts.length]!;
        const cycle = Math.floor(cursor / posts.length);
        batch.push({
          ...p,
          id: `${p.id}~${workers}.${cycle}`,
          createdAt: new Date(now - 100 + Math.floor((i * 100) / perTick)).toISOString(),
        });
      }
      const messages = [];
      for (let i = 0; i < batch.length; i += POSTS_PER_MESSAGE) {
        const batchId = `scale${workers}-${k++}`;
        const chunk = batch.slice(i, i + POSTS_PER_MESSAGE);
        sent.push({ batchId, at: now, posts: chunk.length });
        messages.push(anyMessage(sqsSafeJson({ batchId, source: 'twitter', posts: chunk })));
      }
      const p = sendIngestMessages(env.clients.sqs, env.queues.ingestUrl, messages)
        .then(() => undefined)
        .catch((e: unknown) => void errors.push(`send: ${String(e)}`))
        .finally(() => inflight.delete(p));
      inflight.add(p);
    }
    await Promise.all(inflight);
    const tEnd = Date.now();
    const cpu1 = {
      self: selfCpuSeconds(),
      fauxqs: cpuSecondsOf(pids.fauxqs),
      dynamo: cpuSecondsOf(pids.dynamo),
      score: stageCpuMs('score'),
      aggregate: stageCpuMs('aggregate'),
    };
    const wall = (tEnd - t0) / 1000;
    const queueDepthAtEnd = {
      ingest: await queueDepth(env.clients.sqs, env.queues.ingestUrl),
      evidence: await queueDepth(env.clients.sqs, env.queues.evidenceUrl),
    };

    // A message is done end to end when stage 1 scored it and stage 2 applied each of its evidence parts.
    const doneAt = (batchId: string): { s1?: number; e2e?: number } => {
      const s1 = stage1.get(batchId);
      if (!s1) return {};
      if (s1.evidenceParts === 0) return { s1: s1.at, e2e: s1.at };
      const parts = [...stage2Done].filter(([id]) => id.startsWith(`${batchId}#`)).map(([, at]) => at);
      return { s1: s1.at, ...(parts.length >= s1.evidenceParts ? { e2e: Math.max(...parts) } : {}) };
    };
    const from = t0 + warmup * 1000;
    const windowS = (tEnd - from) / 1000;
    const measured = sent.filter((m) => m.at >= from);
    const done = measured.map((m) => ({ ...m, ...doneAt(m.batchId) }));
    const s1Posts = [...stage1.values()].filter((x) => x.at >= from && x.at <= tEnd).reduce((n, x) => n + x.posts, 0);
    const e2ePosts = sent
      .map((m) => ({ m, d: doneAt(m.batchId) }))
      .filter(({ d }) => d.e2e !== undefined && d.e2e >= from && d.e2e <= tEnd)
      .reduce((n, { m }) => n + m.posts, 0);
    const s1Lags = done.filter((d) => d.s1 !== undefined && d.s1 <= tEnd).map((d) => d.s1! - d.at);
    const e2e = done.filter((d) => d.e2e !== undefined && d.e2e <= tEnd);
    const e2eLags = e2e.map((d) => d.e2e! - d.at);
    const fifth = Math.max(1, Math.floor(measured.length / 5));
    const lagOf = (xs: typeof measured) =>
      xs.map((m) => {
        const d = doneAt(m.batchId).e2e;
        // Not done by the end: at least the time it has waited.
        return (d !== undefined && d <= tEnd ? d : tEnd) - m.at;
      });
    const r0 = (x: number) => Math.round(x);
    const cores = (cpuSeconds: number) => Math.round((cpuSeconds / wall) * 100) / 100;
    return {
      workersPerStage: workers,
      offeredPostsPerSec: rate,
      seconds,
      warmupSeconds: warmup,
      postsSent: sent.reduce((n, m) => n + m.posts, 0),
      stage1PostsPerSec: r0(s1Posts / windowS),
      sustainedPostsPerSec: r0(e2ePosts / windowS),
      stage1LagMs: { p50: r0(percentile(s1Lags, 50)), p99: r0(percentile(s1Lags, 99)) },
      endToEndLagMs: {
        p50: r0(percentile(e2eLags, 50)),
        p99: r0(percentile(e2eLags, 99)),
        firstFifthP50: r0(percentile(lagOf(measured.slice(0, fifth)), 50)),
        lastFifthP50: r0(percentile(lagOf(measured.slice(-fifth)), 50)),
      },
      notDoneAtEnd: measured.length - e2e.length,
      queueDepthAtEnd,
      stage2Batches: stage2.length,
      stage2MessagesPerBatch:
        Math.round((stage2.reduce((n, o) => n + o.messageIds.length, 0) / Math.max(1, stage2.length)) * 100) / 100,
      invocations: { score: invocationSummary(invocations.score), aggregate: invocationSummary(invocations.aggregate) },
      alertVersionsCreated: stage2.reduce((n, o) => n + o.alertsCreated, 0),
      coresBusy: {
        pipeline: cores(cpu1.self - cpu0.self),
        scoreThreads: cores((cpu1.score - cpu0.score) / 1000),
        aggregateThreads: cores((cpu1.aggregate - cpu0.aggregate) / 1000),
        fauxqs: cores(cpu1.fauxqs - cpu0.fauxqs),
        dynamo: cores(cpu1.dynamo - cpu0.dynamo),
        machine: availableParallelism(),
      },
      loadAverage: { start: load0, end: loadavg()[0]! },
      errors: [...new Set(errors)].slice(0, 10),
    };
  } finally {
    await Promise.all(
      threads.map(
        (w) =>
          new Promise<void>((resolve) => {
            const timer = setTimeout(() => void w.terminate().then(() => resolve()), 5000);
            w.on('message', (m: { stopped?: boolean }) => {
              if (m.stopped) {
                clearTimeout(timer);
                void w.terminate().then(() => resolve());
              }
            });
            w.postMessage('stop');
          }),
      ),
    );
    await env.stop();
  }
}

/** A stage's invocations: duration p50 (ms), and means of records, CPU and waits. */
function invocationSummary(xs: Invocation[]): InvocationSummary {
  const mean = (f: (x: Invocation) => number, digits = 1) =>
    Math.round((xs.reduce((n, x) => n + f(x), 0) / Math.max(1, xs.length)) * 10 ** digits) / 10 ** digits;
  return {
    p50Ms: Math.round(
      percentile(
        xs.map((x) => x.ms),
        50,
      ),
    ),
    records: mean((x) => x.records),
    meanMs: mean((x) => x.ms),
    cpuMs: mean((x) => x.cpuMs),
    dynamoWaitMs: mean((x) => x.dynamoWaitMs),
    sqsWaitMs: mean((x) => x.sqsWaitMs),
  };
}

/** What bounded the largest run, from its own figures. */
function limitOf(runs: ScaleRun[], dynamoLocal: DynamoLocalProbe[]): string {
  const last = runs.at(-1)!;
  const c = last.coresBusy;
  const used = c.pipeline + c.fauxqs + c.dynamo;
  const kept = last.notDoneAtEnd <= last.offeredPostsPerSec / POSTS_PER_MESSAGE; // at most a second's messages behind
  const part = (s: InvocationSummary) => {
    const rest = Math.max(0, s.meanMs - s.cpuMs - s.dynamoWaitMs - s.sqsWaitMs);
    return (
      `${s.records} record(s), p50 ${s.p50Ms} ms, mean ${s.meanMs} ms: ${s.cpuMs} ms CPU, ${s.dynamoWaitMs} ms waiting on ` +
      `DynamoDB Local, ${s.sqsWaitMs} ms on fauxqs, ${Math.round(rest)} ms none of these (waiting for a core)`
    );
  };
  return (
    `${last.workersPerStage} workers per stage, ${last.offeredPostsPerSec} posts/s offered: ` +
    (kept
      ? 'end to end kept up. '
      : `end to end did not keep up (${last.notDoneAtEnd} messages of the window not done at its end). `) +
    `Stage 2 runs at most one batch per partition (FIFO group) at once, whatever the workers. ` +
    `Aggregate invocations: ${part(last.invocations.aggregate)}. Score invocations: ${part(last.invocations.score)}. ` +
    `CPU: ${used.toFixed(2)} of ${c.machine} cores used by the three processes (pipeline ${c.pipeline}: score threads ` +
    `${c.scoreThreads}, aggregate threads ${c.aggregateThreads}, the rest the sender and V8's helper threads; fauxqs ` +
    `${c.fauxqs}; DynamoDB Local ${c.dynamo}); load average ${last.loadAverage.start} at the start, ` +
    `${last.loadAverage.end} at the end (neighbours take the rest). DynamoDB Local alone, load and commit pairs a ` +
    `second with ${dynamoLocal.map((p) => p.clients).join(' / ')} callers: ` +
    `${dynamoLocal.map((p) => p.pairsPerSec).join(' / ')} (p50 ${dynamoLocal.map((p) => p.p50Ms).join(' / ')} ms; ` +
    `its cores ${dynamoLocal.map((p) => p.dynamoCores).join(' / ')})`
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
  const quick = values.quick ?? false;
  const seconds = Number(process.env.BENCH_SCALE_SECONDS ?? (quick ? 12 : 30));
  const rate = Number(process.env.BENCH_SCALE_RATE ?? 6000);
  const warmup = Math.min(5, seconds / 4);
  const w = await loadWorkload();
  const runs: ScaleRun[] = [];
  for (const workers of [1, 2, 4]) {
    process.stderr.write(`  scale: ${workers} worker(s) per stage, ${rate} posts/s offered for ${seconds} s …\n`);
    const r = await runOnce(w.posts, workers, rate, seconds, warmup);
    process.stderr.write(
      `  scale: ${workers}: ${r.sustainedPostsPerSec} posts/s end to end, lag p50 ${r.endToEndLagMs.p50} ms, cores ${JSON.stringify(r.coresBusy)}\n`,
    );
    runs.push(r);
  }
  process.stderr.write('  scale: DynamoDB Local alone, 1 to 8 callers …\n');
  const dynamoLocal = await probeDynamoLocal([1, 2, 4, 8], quick ? 3 : 6);
  const base = runs[0]!.sustainedPostsPerSec || NaN;
  const result: ScaleResult = {
    workload: `${w.label}, cycled, re-timed live, messages of ${POSTS_PER_MESSAGE}`,
    cores: machine().cores,
    runs,
    ratio2: Math.round((runs[1]!.sustainedPostsPerSec / base) * 100) / 100,
    ratio4: Math.round((runs[2]!.sustainedPostsPerSec / base) * 100) / 100,
    dynamoLocal,
    limit: limitOf(runs, dynamoLocal),
  };
  emit(result);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
