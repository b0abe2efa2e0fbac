/**
 * The sharded fan-out at 10,000 customers, on the local pipeline (DynamoDB
 * Local + fauxqs, the real handlers via startLocalEnvironment +
 * startPipeline).
 *
 * Set-up (not timed): CUSTOMERS customers (BENCH_FANOUT_CUSTOMERS, default
 * 10,000; --quick: 1,000), one in ten of the intelligence sector, which a
 * twitter bar withholds from; the rest are entitled to everything. Items are
 * written as the CLI writes them (with their shard), topics created, nothing
 * subscribed (fauxqs accepts a publish to a topic without subscribers).
 *
 * Timed, for each shard-worker concurrency of CONCURRENCIES: one alert
 * version stored in the alerts table (the outbox) -> the alerts stream ->
 * the splitter -> shard jobs -> the workers, until the ledger holds a final
 * decision for every customer (the workers' results, counted from the
 * pipeline's onFanOut hook, then checked in the ledger). Reported: the time
 * to the last decision, decisions and publishes per second, the jobs run, the
 * mean time of each call the workers make (ledger write, publish), and the
 * CPU seconds each process spent meanwhile (the bench process running every
 * handler, DynamoDB Local's JVM, fauxqs), which says which one limits.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CreateTopicCommand } from '@aws-sdk/client-sns';
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Alert } from '../functions/domain/alert';
import { CustomerSchema } from '../functions/domain/customer';
import { shardOf } from '../functions/domain/shard';
import type { FanOutDeps } from '../functions/fan-out/fan-out';
import { CUSTOMER_TOPIC_PREFIX, FAN_OUT_SHARD, FAN_OUT_SHARDS, TABLES } from '../resources';
import { adminContext } from '../tools/admin/context';
import { barSector } from '../tools/admin/policies';
import { startLocalEnvironment } from '../tools/local/environment';
import { startPipeline } from '../tools/local/pipeline';
import { emit, percentile } from './common';

const { values: args } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
const CUSTOMERS = Number(process.env.BENCH_FANOUT_CUSTOMERS ?? (args.quick ? 1000 : 10_000));
const CONCURRENCIES = (process.env.BENCH_FANOUT_CONCURRENCY ?? (args.quick ? '4' : '2,8')).split(',').map(Number);
const TARGET_MS = 60_000;
/**
 * A job that runs out of its invocation's 30 s (DynamoDB Local slows under
 * load) fails and comes back after the visibility timeout: 30 s here rather
 * than the queue's 180 s, so that one slow job does not hide the throughput.
 */
const VISIBILITY_SECONDS = 30;

export interface FanOutRun {
  /** Shard batches in flight at once (Lambda: FAN_OUT_SHARD.maxConcurrency invocations). */
  concurrency: number;
  /** Alert version stored -> last customer decided (decisions counted once per customer, a redone job's included). */
  wallMs: number;
  /** Alert version stored -> first shard job's decisions reported. */
  firstJobMs: number;
  decided: number;
  delivered: number;
  withheld: number;
  publishes: number;
  decisionsPerSec: number;
  /** Jobs run: the version's first job, the shards it handed on, and continuations of shards above a page. */
  jobs: number;
  /** Customers per non-empty job. */
  customersPerJob: { mean: number; max: number };
  /** Mean and p95 ms of each call the workers made, as the handler saw it (queueing in the emulator included). */
  callMs: Record<
    'ledgerGet' | 'ledgerGetMany' | 'ledgerCreate' | 'ledgerMark' | 'publish',
    { n: number; mean: number; p95: number }
  >;
  /** CPU seconds per process during the run. */
  cpuSeconds: { bench: number; dynamoDbLocal: number; fauxqs: number };
  ledgerChecked: boolean;
}

export interface FanOutBenchResult {
  workload: string;
  customers: number;
  shards: number;
  pageSize: number;
  barredShare: number;
  /** Per run: emulators started, customers written, topics created. */
  setupMs: number[];
  runs: FanOutRun[];
  targetMs: number;
}

/** CPU seconds (user + system) of a process, from /proc (Linux). */
function cpuOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return 0;
  }
}

/** This process's emulator children, by what they run. */
function emulatorPids(): { java: number[]; fauxqs: number[] } {
  const out = { java: [] as number[], fauxqs: [] as number[] };
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      const cmd = readFileSync(`/proc/${d}/cmdline`, 'utf8');
      if (cmd.includes('DynamoDBLocal')) out.java.push(Number(d));
      else if (cmd.includes('fauxqs')) out.fauxqs.push(Number(d));
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

const sum = (pids: number[]) => pids.reduce((n, p) => n + cpuOf(p), 0);
const selfCpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

const stats = (xs: number[]) => ({
  n: xs.length,
  mean: xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN,
  p95: percentile(xs, 95),
});

/** A fresh local environment with the customers onboarded (each run its own: the stream reader starts at the stream's horizon). */
async function setUp() {
  const env = await startLocalEnvironment({ visibilityTimeoutSeconds: VISIBILITY_SECONDS });
  const ctx = adminContext('local', env.clients, async () => undefined);
  const ids = Array.from({ length: CUSTOMERS }, (_, i) => `bench-${String(i).padStart(5, '0')}`);
  const barred = (i: number) => i % 10 === 0;
  const year = (n: number) => new Date(Date.UTC(new Date().getUTCFullYear() + n, 0, 1)).toISOString();
  const now = new Date().toISOString();
  const items = ids.map((id, i) => ({
    kind: 'customer',
    shard: shardOf(id, FAN_OUT_SHARDS.count),
    ...CustomerSchema.parse({
      id,
      name: id,
      sector: barred(i) ? 'intelligence' : 'finance',
      contract: { status: 'active', tier: 'standard', startsAt: year(-1), endsAt: year(2) },
      entitlements: { categories: [], regions: [], minSeverity: 1 },
      createdAt: now,
      updatedAt: now,
      version: 1,
    }),
  }));
  for (let i = 0; i < items.length; i += 25) {
    let req: Record<string, unknown>[] = items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } }));
    while (req.length > 0) {
      const r = await env.clients.doc.send(new BatchWriteCommand({ RequestItems: { [TABLES.customers.id]: req } }));
      req = (r.UnprocessedItems?.[TABLES.customers.id] as Record<string, unknown>[] | undefined) ?? [];
    }
  }
  for (let i = 0; i < ids.length; i += 100)
    await Promise.all(
      ids
        .slice(i, i + 100)
        .map((id) => env.clients.sns.send(new CreateTopicCommand({ Name: `${CUSTOMER_TOPIC_PREFIX}${id}` }))),
    );
  await barSector(ctx, 'twitter', 'intelligence', new Date(Date.now() - 60_000).toISOString());
  return { env, ctx, ids, now, pids: emulatorPids() };
}

async function main(): Promise<void> {
  const runs: FanOutRun[] = [];
  const setupMs: number[] = [];
  for (const [n, concurrency] of CONCURRENCIES.entries()) {
    const setupStart = Date.now();
    const { env, ctx, ids, now, pids } = await setUp();
    setupMs.push(Date.now() - setupStart);
    const calls: Record<keyof FanOutRun['callMs'], number[]> = {
      ledgerGet: [],
      ledgerGetMany: [],
      ledgerCreate: [],
      ledgerMark: [],
      publish: [],
    };
    const timed =
      <A extends unknown[], R>(into: number[], f: (...a: A) => Promise<R>) =>
      async (...a: A): Promise<R> => {
        const t = performance.now();
        try {
          return await f(...a);
        } finally {
          into.push(performance.now() - t);
        }
      };
    let delivered = 0;
    let withheld = 0;
    let jobs = 0;
    const perJob: number[] = [];
    let firstAt = 0;
    let done: () => void = () => undefined;
    const finished = new Promise<void>((r) => {
      done = r;
    });
    const alert: Alert = {
      alertId: `bench-fanout-${n}`,
      version: 1,
      category: 'explosion',
      severity: 4,
      level: 'flash',
      title: 'Explosion in Houston, US',
      location: { name: 'Houston, US', lat: 29.76, lon: -95.37, country: 'US' },
      firstSeenAt: now,
      triggeredAt: now,
      evidence: ['p1', 'p2'],
      sources: ['twitter'],
      authors: 5,
      posts: 6,
      terms: ['explosion'],
      scoreParts: { authors: 1 },
    };
    // Completion is read off the ledger's own successful writes: each customer counted once, when its record becomes final.
    const final = new Map<string, 'delivered' | 'withheld'>();
    const settled = (alertId: string, customerId: string, outcome: 'delivered' | 'withheld') => {
      if (alertId !== alert.alertId || final.has(customerId)) return;
      firstAt ||= performance.now();
      final.set(customerId, outcome);
      if (outcome === 'delivered') delivered++;
      else withheld++;
      if (final.size === CUSTOMERS) done();
    };
    const pipeline = await startPipeline(
      env,
      {
        // Jobs that completed (a job that failed reports nothing; its retry reports what it did).
        onFanOut: (alertId, _v, r) => {
          if (alertId !== alert.alertId) return;
          jobs++;
          const k = r.delivered + r.withheld + r.failed + r.alreadyDecided;
          if (k > 0) perJob.push(k);
        },
      },
      {
        shardConcurrency: concurrency,
        wrapFanOut: (d: FanOutDeps) => ({
          ...d,
          deliveries: {
            get: timed(calls.ledgerGet, (c: string, a: string, v: number) => d.deliveries.get(c, a, v)),
            getMany: timed(calls.ledgerGetMany, (cs: readonly string[], a: string, v: number) =>
              d.deliveries.getMany!(cs, a, v),
            ),
            create: timed(calls.ledgerCreate, async (r: Parameters<FanOutDeps['deliveries']['create']>[0]) => {
              const written = await d.deliveries.create(r);
              if (written && r.outcome === 'withheld') settled(r.alertId, r.customerId, 'withheld');
              return written;
            }),
            replace: async (r, e) => {
              const written = await d.deliveries.replace(r, e);
              if (written) settled(r.alertId, r.customerId, 'withheld');
              return written;
            },
            markDelivered: timed(
              calls.ledgerMark,
              async (c: string, a: string, v: number, x: Parameters<FanOutDeps['deliveries']['markDelivered']>[3]) => {
                const written = await d.deliveries.markDelivered(c, a, v, x);
                if (written) settled(a, c, 'delivered');
                return written;
              },
            ),
            markFailed: (c, a, v, f) => d.deliveries.markFailed(c, a, v, f),
          },
          publisher: { publish: timed(calls.publish, (arn: string, m) => d.publisher.publish(arn, m)) },
        }),
      },
    );
    const cpu0 = { bench: selfCpu(), dynamoDbLocal: sum(pids.java), fauxqs: sum(pids.fauxqs) };
    const t0 = performance.now();
    await ctx.alerts.put(alert);
    const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 10 * TARGET_MS).unref());
    const outcome = await Promise.race([finished.then(() => 'done' as const), timeout]);
    const wallMs = performance.now() - t0;
    const cpuSeconds = {
      bench: selfCpu() - cpu0.bench,
      dynamoDbLocal: sum(pids.java) - cpu0.dynamoDbLocal,
      fauxqs: sum(pids.fauxqs) - cpu0.fauxqs,
    };
    await pipeline.waitIdle(10 * TARGET_MS);
    await pipeline.stop();
    // Checked in the ledger itself, not only from the writes seen.
    let inLedger = 0;
    for (let i = 0; i < ids.length; i += 200) {
      const recs = await Promise.all(ids.slice(i, i + 200).map((id) => ctx.deliveries.get(id, alert.alertId, 1)));
      inLedger += recs.filter((r) => r?.outcome === 'delivered' || r?.outcome === 'withheld').length;
    }
    runs.push({
      concurrency,
      wallMs: outcome === 'done' ? wallMs : Number.NaN,
      firstJobMs: firstAt - t0,
      decided: final.size,
      delivered,
      withheld,
      publishes: calls.publish.length,
      decisionsPerSec: (final.size / wallMs) * 1000,
      jobs,
      customersPerJob: { mean: stats(perJob).mean, max: Math.max(0, ...perJob) },
      callMs: {
        ledgerGet: stats(calls.ledgerGet),
        ledgerGetMany: stats(calls.ledgerGetMany),
        ledgerCreate: stats(calls.ledgerCreate),
        ledgerMark: stats(calls.ledgerMark),
        publish: stats(calls.publish),
      },
      cpuSeconds,
      ledgerChecked: inLedger === CUSTOMERS,
    });
    await env.stop();
  }
  emit({
    workload: `${CUSTOMERS} customers (${CUSTOMERS / 10} of a barred sector), one alert version per run, ${FAN_OUT_SHARDS.count} shards of up to ${FAN_OUT_SHARDS.pageSize} customers a job, ${FAN_OUT_SHARD.batchSize} jobs a batch, visibility timeout ${VISIBILITY_SECONDS} s`,
    customers: CUSTOMERS,
    shards: FAN_OUT_SHARDS.count,
    pageSize: FAN_OUT_SHARDS.pageSize,
    barredShare: 0.1,
    setupMs,
    runs,
    targetMs: TARGET_MS,
  } satisfies FanOutBenchResult);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
