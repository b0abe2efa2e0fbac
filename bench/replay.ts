/**
 * Replay benchmark: the full in-process detector (createDetector on an
 * InMemoryEventStateStore) over the workload in messages of 100 posts,
 * processBatch + commit per message, as the score function does per message
 * (without the AWS calls). Throughput, CPU time per post, peak memory, and
 * the state store's traffic per message (for the cost model).
 *
 * Repetition 1 runs on an instrumented store that also sizes every item read
 * and written (DynamoDB request units: a consistent BatchGetItem costs 1 RRU
 * per 4 KB per item, a missing key 1; a TransactWriteItems put 2 WRU per KB;
 * items over GZIP_OVER are stored gzipped by the DynamoDB adapter, so they
 * are sized gzipped). Repetition 2 samples memory after a full collection
 * (its baseline). Neither is timed, nor a third warm-up: the timed
 * repetitions that follow (on a store that only counts, one full collection
 * before the first, none between them, as the core's passes) measure the
 * warm detector a long-running function is, not the JIT compiling it (on
 * this 0.5-s workload the first passes ran 10-20 % slower).
 */
import { parseArgs } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { GZIP_OVER } from '../functions/adapters/dynamo-event-store';
import type { Alert } from '../functions/domain/alert';
import {
  createDetector,
  type EventStateStore,
  InMemoryEventStateStore,
  type StatePut,
  type StoredState,
} from '../functions/domain/detector';
import { emit, gc, loadWorkload, median } from './common';

export interface StoreTraffic {
  loads: number;
  keysRequested: number;
  itemsRead: number;
  bytesRead: number;
  rru: number;
  saves: number;
  itemsWritten: number;
  bytesWritten: number;
  wru: number;
  maxItemBytes: number;
}

/** DynamoDB item size of a state item: attribute names + values (pk, sk, v, data|z, expiresAt); `gz`: its gzipped bytes. */
function itemBytes(key: string, data: string, gz: number | undefined): number {
  const body = gz !== undefined ? 1 + gz : 4 + Buffer.byteLength(data);
  return 2 + Buffer.byteLength(key) + 2 + 5 + 1 + 4 + body + 9 + 6;
}

export class InstrumentedStore implements EventStateStore {
  readonly t: StoreTraffic = {
    loads: 0,
    keysRequested: 0,
    itemsRead: 0,
    bytesRead: 0,
    rru: 0,
    saves: 0,
    itemsWritten: 0,
    bytesWritten: 0,
    wru: 0,
    maxItemBytes: 0,
  };
  /**
   * The gzipped body of each item written over GZIP_OVER, by key, as the DynamoDB adapter stores it: a sized store does
   * the adapter's CPU work (gzip on write, gunzip on read), not a gzip per item read.
   */
  private readonly gzipped = new Map<string, { version: number; z: Buffer }>();
  constructor(
    private readonly inner: EventStateStore,
    private readonly sized: boolean,
  ) {}

  async load(keys: readonly string[]): Promise<Map<string, StoredState>> {
    const out = await this.inner.load(keys);
    const t = this.t;
    t.loads += Math.ceil(new Set(keys).size / 100) || 1;
    t.keysRequested += keys.length;
    t.itemsRead += out.size;
    if (this.sized) {
      for (const k of new Set(keys)) {
        const v = out.get(k);
        if (!v) {
          t.rru += 1;
          continue;
        }
        const g = this.gzipped.get(k);
        let gz: number | undefined;
        if (g && g.version === v.version) {
          // What the adapter's read costs: the stored body gunzipped.
          gunzipSync(g.z);
          gz = g.z.length;
        } else if (Buffer.byteLength(v.data) > GZIP_OVER) gz = gzipSync(v.data).length;
        const b = itemBytes(k, v.data, gz);
        t.bytesRead += b;
        t.rru += Math.ceil(b / 4096);
        t.maxItemBytes = Math.max(t.maxItemBytes, b);
      }
    }
    return out;
  }

  async save(puts: readonly StatePut[]): Promise<void> {
    await this.inner.save(puts);
    const t = this.t;
    t.saves += Math.ceil(puts.length / 100);
    t.itemsWritten += puts.length;
    if (this.sized) {
      for (const p of puts) {
        let gz: number | undefined;
        if (Buffer.byteLength(p.data) > GZIP_OVER) {
          const z = gzipSync(p.data);
          this.gzipped.set(p.key, { version: p.expectedVersion + 1, z });
          gz = z.length;
        } else this.gzipped.delete(p.key);
        const b = itemBytes(p.key, p.data, gz);
        t.bytesWritten += b;
        t.wru += 2 * Math.ceil(b / 1024);
        t.maxItemBytes = Math.max(t.maxItemBytes, b);
      }
    }
  }
}

export interface ReplayResult {
  workload: string;
  posts: number;
  /** Posts that passed the gate (evidence), as processBatch counts them. */
  evidencePosts: number;
  messages: number;
  /** Untimed passes before the timed ones (the sized one and the memory one included). */
  warmupPasses: number;
  repetitions: number;
  wallMs: number[];
  cpuMs: number[];
  postsPerSec: number;
  postsPerSecCpu: number;
  cpuNsPerPost: number;
  alertVersions: number;
  distinctAlerts: number;
  alertVersionsPerPost: number;
  meanAlertBytes: number;
  memory: {
    baselineRssMb: number;
    peakRssMb: number;
    baselineHeapMb: number;
    peakHeapMb: number;
    maxRssMbProcess: number;
  };
  traffic: StoreTraffic;
  perMessage: {
    loads: number;
    saves: number;
    itemsRead: number;
    itemsWritten: number;
    rru: number;
    wru: number;
    kbRead: number;
    kbWritten: number;
  };
}

export async function runReplay(opts: { warmup?: number; reps?: number } = {}): Promise<ReplayResult> {
  const w = await loadWorkload();
  const reps = opts.reps ?? 5;
  const warmup = Math.max(2, opts.warmup ?? 3);
  const mb = (b: number) => Math.round((b / 2 ** 20) * 10) / 10;

  const once = async (sized: boolean, sampleMemory: boolean) => {
    const store = new InstrumentedStore(new InMemoryEventStateStore(), sized);
    const detector = createDetector({ store });
    const alerts: Alert[] = [];
    let evidence = 0;
    if (sampleMemory) gc();
    const m0 = process.memoryUsage();
    let peakRss = m0.rss;
    let peakHeap = m0.heapUsed;
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    for (const batch of w.batches) {
      const r = await detector.processBatch(batch);
      alerts.push(...r.alerts);
      evidence += r.evidence;
      await r.commit();
      if (sampleMemory) {
        const m = process.memoryUsage();
        if (m.rss > peakRss) peakRss = m.rss;
        if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
      }
    }
    const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
    const c = process.cpuUsage(c0);
    return {
      wallMs,
      cpuMs: (c.user + c.system) / 1000,
      alerts,
      evidence,
      traffic: store.t,
      mem: {
        baselineRssMb: mb(m0.rss),
        peakRssMb: mb(peakRss),
        baselineHeapMb: mb(m0.heapUsed),
        peakHeapMb: mb(peakHeap),
      },
    };
  };

  const first = await once(true, false);
  const memory = await once(false, true);
  for (let i = 2; i < warmup; i++) await once(false, false);
  gc();
  const timed = [] as Awaited<ReturnType<typeof once>>[];
  for (let i = 0; i < reps; i++) timed.push(await once(false, false));
  const wallMs = timed.map((r) => r.wallMs);
  const cpuMs = timed.map((r) => r.cpuMs);
  const n = w.posts.length;
  const msgs = w.batches.length;
  const t = first.traffic;
  const alerts = first.alerts;
  const r1 = (x: number) => Math.round(x * 100) / 100;
  return {
    workload: w.label,
    posts: n,
    evidencePosts: first.evidence,
    messages: msgs,
    warmupPasses: warmup,
    repetitions: reps,
    wallMs: wallMs.map(r1),
    cpuMs: cpuMs.map(r1),
    postsPerSec: Math.round(n / (median(wallMs) / 1000)),
    postsPerSecCpu: Math.round(n / (median(cpuMs) / 1000)),
    cpuNsPerPost: Math.round((median(cpuMs) * 1e6) / n),
    alertVersions: alerts.length,
    distinctAlerts: new Set(alerts.map((a) => a.alertId)).size,
    alertVersionsPerPost: alerts.length / n,
    meanAlertBytes: Math.round(
      alerts.reduce((s, a) => s + Buffer.byteLength(JSON.stringify(a)), 0) / Math.max(1, alerts.length),
    ),
    memory: { ...memory.mem, maxRssMbProcess: mb(process.resourceUsage().maxRSS * 1024) },
    traffic: t,
    perMessage: {
      loads: r1(t.loads / msgs),
      saves: r1(t.saves / msgs),
      itemsRead: r1(t.itemsRead / msgs),
      itemsWritten: r1(t.itemsWritten / msgs),
      rru: r1(t.rru / msgs),
      wru: r1(t.wru / msgs),
      kbRead: r1(t.bytesRead / 1024 / msgs),
      kbWritten: r1(t.bytesWritten / 1024 / msgs),
    },
  };
}

if (import.meta.main) {
  const quick = parseArgs({ options: { quick: { type: 'boolean', default: false } } }).values.quick;
  emit(await runReplay(quick ? { warmup: 2, reps: 2 } : {}));
}
