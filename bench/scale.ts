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
 * evidence), lag (done minus sent) per stage, the backlog left, and the CPU
 * each process used (this process with its worker threads, fauxqs, DynamoDB
 * Local): the emulator that runs out of CPU is the limit.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
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
  /** Messages per partition per state load and commit (AWS: up to 10; fauxqs hands out one per FIFO group per receive). */
  stage2MessagesPerBatch: number;
  /** Handler invocations: duration p50 (ms) and records per invocation, per stage. */
  invocations: { score: { p50Ms: number; records: number }; aggregate: { p50Ms: number; records: number } };
  alertVersionsCreated: number;
  /** CPU used per second of wall time (1.0 = one core busy): this process (sender + worker threads), fauxqs, DynamoDB Local. */
  coresBusy: { pipeline: number; fauxqs: number; dynamo: number; machine: number };
  errors: string[];
}

export interface ScaleResult {
  workload: string;
  cores: number;
  runs: ScaleRun[];
  /** Sustained posts/s with 2 and 4 workers per stage over 1. */
  ratio2: number;
  ratio4: number;
  limit: string;
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
  const stage1 = new Map<string, { at: number; posts: number; evidenceMessages: number }>();
  const stage2Done = new Map<string, number>();
  const stage2: AggregateOutcome[] = [];
  const invocations = { score: [] as [number, number][], aggregate: [] as [number, number][] };
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
            else if (typeof m.invocationMs === 'number')
              invocations[m.stage as 'score' | 'aggregate'].push([m.invocationMs, Number(m.records)]);
            else if (m.error) errors.push(`${m.stage}: ${m.error}`);
            else if (m.stage === 'score') {
              const o = m as unknown as MessageOutcome & { at: number };
              if (o.batchId)
                stage1.set(o.batchId, { at: m.at, posts: o.postsIn, evidenceMessages: o.evidenceMessages });
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
    const cpu0 = { self: selfCpuSeconds(), fauxqs: cpuSecondsOf(pids.fauxqs), dynamo: cpuSecondsOf(pids.dynamo) };
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
    const cpu1 = { self: selfCpuSeconds(), fauxqs: cpuSecondsOf(pids.fauxqs), dynamo: cpuSecondsOf(pids.dynamo) };
    const wall = (tEnd - t0) / 1000;
    const queueDepthAtEnd = {
      ingest: await queueDepth(env.clients.sqs, env.queues.ingestUrl),
      evidence: await queueDepth(env.clients.sqs, env.queues.evidenceUrl),
    };

    // A message is done end to end when stage 1 scored it and stage 2 applied each of its evidence messages.
    const doneAt = (batchId: string): { s1?: number; e2e?: number } => {
      const s1 = stage1.get(batchId);
      if (!s1) return {};
      if (s1.evidenceMessages === 0) return { s1: s1.at, e2e: s1.at };
      const parts = [...stage2Done].filter(([id]) => id.startsWith(`${batchId}#`)).map(([, at]) => at);
      return { s1: s1.at, ...(parts.length >= s1.evidenceMessages ? { e2e: Math.max(...parts) } : {}) };
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
        pipeline: Math.round(((cpu1.self - cpu0.self) / wall) * 100) / 100,
        fauxqs: Math.round(((cpu1.fauxqs - cpu0.fauxqs) / wall) * 100) / 100,
        dynamo: Math.round(((cpu1.dynamo - cpu0.dynamo) / wall) * 100) / 100,
        machine: availableParallelism(),
      },
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

/** Duration p50 (ms) and mean records of a stage's invocations ([ms, records] each). */
function invocationSummary(xs: [number, number][]): { p50Ms: number; records: number } {
  return {
    p50Ms: Math.round(
      percentile(
        xs.map(([ms]) => ms),
        50,
      ),
    ),
    records: Math.round((xs.reduce((n, [, r]) => n + r, 0) / Math.max(1, xs.length)) * 10) / 10,
  };
}

/** Which process ran out of CPU in the largest run, and by how much. */
function limitOf(runs: ScaleRun[]): string {
  const last = runs.at(-1)!;
  const c = last.coresBusy;
  const used = c.pipeline + c.fauxqs + c.dynamo;
  const top = (
    [
      ['the pipeline process (sender + worker threads)', c.pipeline],
      ['fauxqs (one Node thread: 1.0 at most)', c.fauxqs],
      ['DynamoDB Local', c.dynamo],
    ] as const
  ).reduce((a, b) => (b[1] > a[1] ? b : a));
  const agg = last.invocations.aggregate;
  return (
    `stage 2 (end to end): fauxqs hands out one message per FIFO group per receive (AWS: up to 10), so each partition ` +
    `applies ${last.stage2MessagesPerBatch} message(s) per state load and commit, and an aggregate invocation ` +
    `(${agg.records} record(s), one per active partition) takes ${agg.p50Ms} ms (p50) on DynamoDB Local: at most about ` +
    `${Math.round((1000 / Math.max(1, agg.p50Ms)) * agg.records)} evidence messages/s whatever the number of workers. ` +
    `CPU with ${last.workersPerStage} workers per stage: ${used.toFixed(2)} of ${c.machine} cores used by the three processes ` +
    `(pipeline ${c.pipeline}, fauxqs ${c.fauxqs}, DynamoDB Local ${c.dynamo}; busiest ${top[0]}); the machine is shared ` +
    `(load average ${machine().loadAvg1m}), so neighbours take the rest`
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
  const base = runs[0]!.sustainedPostsPerSec || NaN;
  const result: ScaleResult = {
    workload: `${w.label}, cycled, re-timed live, messages of ${POSTS_PER_MESSAGE}`,
    cores: machine().cores,
    runs,
    ratio2: Math.round((runs[1]!.sustainedPostsPerSec / base) * 100) / 100,
    ratio4: Math.round((runs[2]!.sustainedPostsPerSec / base) * 100) / 100,
    limit: limitOf(runs),
  };
  emit(result);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
