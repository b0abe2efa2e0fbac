/**
 * npm run bench [-- --quick] [--only core,replay,e2e,connector,scale,stages,fanout] [--tsx-only]
 *   (core and replay run twice per workload: under tsx and as an esbuild bundle
 *   built as the score Lambda's, bench/bundle.ts; --tsx-only skips the bundle)
 *   (stages: the scale run's in-process stage measurements on the dev stream and on
 *   dev-heavy beside it, and the capacity and cost models, without the local pipeline)
 *
 * Runs each benchmark in its own child process (fresh heap and JIT, clean
 * peak-memory figures), prints a table with the workload and the machine,
 * and writes every number to bench/results/latest.json. See
 * docs/benchmarks.md for what each number means.
 *
 *   BENCH_E2E_SECONDS  length of the end-to-end load test (default 60; --quick: 10)
 *   BENCH_E2E_RATE     posts/s sent in it (default 1000)
 *   BENCH_E2E_SCORE_CONCURRENCY  score batches in flight locally (default 1, startPipeline's default)
 *   BENCH_CUSTOMERS    customers assumed by the cost model (default 50)
 *   BENCH_VERSIONS_PER_EVENT  alert versions per alerted event for an extra cost line per workload
 *                      (default: only the measured runs' own)
 *   BENCH_FANOUT_CUSTOMERS    customers of the fan-out benchmark (default 10,000; --quick: 1,000)
 *   BENCH_FANOUT_CONCURRENCY  shard-worker batches in flight locally, one run each (default 2,8; --quick: 4)
 *   BENCH_SCALE_RATE   posts/s offered to the local two-stage pipeline in the scale runs (default 6000)
 *   BENCH_SCALE_SECONDS  length of each scale run (default 30; --quick: 12)
 *   TOCSIN_DEV_STREAM  workload file (default ../shared/data/streams/dev.jsonl.gz;
 *                      when absent, the generated stream of tools/data/sample-stream.ts)
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { FUNCTIONS, INGEST } from '../resources';
import { burstModeModel, DEFAULT_SWITCH_TIMING, leaveSeconds } from '../tools/capacity/burst-mode';
import { capacityModel, keyedCapacity, SCENARIOS } from '../tools/capacity/capacity';
import {
  type CostAssumptions,
  costPerMillionPosts,
  DEFAULT_ASSUMPTIONS,
  PRICES_AS_OF,
} from '../tools/capacity/cost-model';
import { DEFAULT_FAN_OUT_ASSUMPTIONS, fanOutCapacity, shardedFanOut } from '../tools/capacity/fan-out';
import { DEFAULT_AWS, type MeasuredStages } from '../tools/capacity/stages';
import { bundlePhase, LAMBDA_NODE_OPTIONS } from './bundle';
import { devStreamPath, heavyStreamPath, machine, POSTS_PER_MESSAGE, REPO, RESULT_PREFIX } from './common';
import type { ConnectorBenchResult } from './connector';
import { connectorCostPerDay } from './connector-cost';
import type { CoreResult } from './core';
import type { E2EResult } from './e2e';
import type { FanOutBenchResult } from './fan-out';
import type { ReplayResult } from './replay';
import type { ScaleResult } from './scale';
import type { StagesResult } from './stages';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    'tsx-only': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  },
});
if (args.help) {
  console.log('usage: npm run bench [-- --quick] [--only core,replay,e2e,connector,scale,fanout] [--tsx-only]');
  process.exit(0);
}
const only = new Set((args.only ?? 'core,replay,e2e,connector,scale,fanout').split(','));
// The scale run measures the stages too.
if (only.has('scale')) only.add('stages');
const quick = args.quick ?? false;
const e2eSeconds = Number(process.env.BENCH_E2E_SECONDS ?? (quick ? 10 : 60));

/** A phase in its own process: bench/<file> under tsx, or the bundle of it that bench/bundle.ts built. */
function phase<T>(file: string, env: Record<string, string> = {}, bundle?: string): Promise<T> {
  const entry = bundle ? [...LAMBDA_NODE_OPTIONS, bundle] : ['--import', 'tsx', join(REPO, 'bench', file)];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', ...entry, ...(quick ? ['--quick'] : [])], {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: {
        ...process.env,
        BENCH_E2E_SECONDS: String(e2eSeconds),
        POWERTOOLS_LOG_LEVEL: process.env.POWERTOOLS_LOG_LEVEL ?? 'ERROR',
        ...env,
      },
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith(RESULT_PREFIX));
      if (!line) return reject(new Error(`bench/${file} exited with ${code} without a result:\n${out.slice(-2000)}`));
      resolve(JSON.parse(line.slice(RESULT_PREFIX.length)) as T);
    });
  });
}

const log = (s: string) => process.stderr.write(`${s}\n`);
const fmt = (x: number, d = 0) =>
  Number.isFinite(x) ? x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d }) : 'n/a';
const yes = (b: boolean) => (b ? 'MET' : 'NOT MET');

/**
 * The core and the replay on each workload beside each other, with the share
 * of posts that pass the gate (the part that pays for place extraction and
 * state): a target met on one workload is not met on the other unless its
 * own line says so.
 */
/** Issue 9: the in-process replay at 50,000 posts per CPU-second or more. */
const REPLAY_TARGET_PPS = 50_000;

function sideBySide(
  r: { core?: CoreResult; coreHeavy?: CoreResult; replay?: ReplayResult; replayHeavy?: ReplayResult },
  lines: string[],
): void {
  const rows = [
    { core: r.core, replay: r.replay },
    { core: r.coreHeavy, replay: r.replayHeavy },
  ].filter((w) => w.core || w.replay);
  if (rows.length < 2) return;
  const pct = (x: number) => `${fmt(100 * x, 1)}%`;
  const cell = (v: number | undefined, target: number) =>
    v === undefined ? 'not run' : `${fmt(v)} (${fmt((100 * v) / target)}% of ${fmt(target)})`;
  const labelOf = (w: (typeof rows)[number]) => (w.core ?? w.replay)?.workload ?? '';
  const width = Math.max(...rows.map((w) => labelOf(w).length), 8);
  lines.push('', 'Workloads side by side (the dev stream is the headline; posts/s by CPU time)');
  lines.push(
    `  ${'workload'.padEnd(width)} ${'gated'.padStart(7)}  ${'scoring core, posts/s'.padEnd(34)} replay, posts per CPU-second`,
  );
  for (const w of rows) {
    const gated = w.core
      ? w.core.gatedPosts / w.core.posts
      : w.replay
        ? w.replay.evidencePosts / w.replay.posts
        : Number.NaN;
    lines.push(
      `  ${labelOf(w).padEnd(width)} ${pct(gated).padStart(7)}  ${cell(w.core?.core.postsPerSec, w.core?.targets.postsPerSec ?? 250_000).padEnd(34)} ${cell(w.replay?.postsPerSecCpu, REPLAY_TARGET_PPS)}`,
    );
  }
}

/** The scoring core's and the replay's figures, on dev and dev-heavy, from tsx and from the Lambda's bundle. */
interface SpeedResults {
  core?: CoreResult;
  /** The same on dev-heavy (when present): the dev stream stays the headline. */
  coreHeavy?: CoreResult;
  replay?: ReplayResult;
  replayHeavy?: ReplayResult;
  /** The same phases from an esbuild bundle built as the score Lambda's (bench/bundle.ts). */
  coreBundle?: { dev: CoreResult; heavy: CoreResult | undefined };
  replayBundle?: { dev: ReplayResult; heavy: ReplayResult | undefined };
}

/**
 * tsx against the Lambda-like bundle, per workload: the same phase built two
 * ways, run back to back. The ratio is the bundle's CPU time over tsx's for
 * the same posts (under 1: the bundle is faster).
 */
function tsxAgainstBundle(r: SpeedResults, lines: string[]): void {
  // "dev stream /path/dev.jsonl.gz (21263 posts)" -> "dev stream"
  const name = (x: { workload: string } | undefined) => x?.workload.replace(/ (\/|\.\.\/).*$/, '') ?? '';
  const rows = [
    { what: `scoring core, ${name(r.core)}`, tsx: r.core?.core, bundle: r.coreBundle?.dev.core },
    { what: `scoring core, ${name(r.coreHeavy)}`, tsx: r.coreHeavy?.core, bundle: r.coreBundle?.heavy?.core },
  ]
    .map((x) => ({ what: x.what, tsx: x.tsx?.postsPerSec, bundle: x.bundle?.postsPerSec }))
    .concat([
      { what: `replay, ${name(r.replay)}`, tsx: r.replay?.postsPerSecCpu, bundle: r.replayBundle?.dev.postsPerSecCpu },
      {
        what: `replay, ${name(r.replayHeavy)}`,
        tsx: r.replayHeavy?.postsPerSecCpu,
        bundle: r.replayBundle?.heavy?.postsPerSecCpu,
      },
    ])
    .flatMap((x) =>
      x.tsx !== undefined && x.bundle !== undefined ? [{ what: x.what, tsx: x.tsx, bundle: x.bundle }] : [],
    );
  if (rows.length === 0) return;
  lines.push(
    '',
    `tsx against the bundle the score Lambda ships (esbuild with infra/constructs/bundling.ts's options, node ${LAMBDA_NODE_OPTIONS.join(' ')}; bench/bundle.ts), posts/s by CPU time`,
  );
  const width = Math.max(...rows.map((x) => x.what.length));
  lines.push(`  ${''.padEnd(width)} ${'tsx'.padStart(9)} ${'bundle'.padStart(9)}  bundle time / tsx time`);
  for (const x of rows)
    lines.push(
      `  ${x.what.padEnd(width)} ${fmt(x.tsx).padStart(9)} ${fmt(x.bundle).padStart(9)}  ${fmt(x.tsx / x.bundle, 2)}`,
    );
}

const LATEST = join(REPO, 'bench/results/latest.json');
const latest = (): Record<string, unknown> =>
  existsSync(LATEST) ? (JSON.parse(readFileSync(LATEST, 'utf8')) as Record<string, unknown>) : {};

/** The handler CPU per customer of the last `--only fanout` run kept in latest.json, if any. */
function lastFanOutCpuMsPerCustomer(): number | undefined {
  const v = (latest() as { fanout?: { capacity?: { cpuMsPerCustomer?: unknown } } }).fanout?.capacity?.cpuMsPerCustomer;
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/**
 * Without a fan-out run on this machine: the handler CPU per customer the
 * 2026-12-02 05:19 run measured on the quiet machine (docs/benchmarks.md,
 * 3.0-3.2 ms). It only weighs in the workers' Lambda seconds and the
 * latency at thousands of customers, never in the ledger, SNS or SQS lines.
 */
const DOCUMENTED_FAN_OUT_CPU_MS_PER_CUSTOMER = 3.1;

/** dev-heavy's path when it exists and is not the workload already (core, replay and stages run it beside the dev stream). */
const heavyBeside = (): string | undefined => {
  const p = heavyStreamPath();
  return existsSync(p) && p !== devStreamPath() ? p : undefined;
};

interface OnBoth<T> {
  tsx: [T, T | undefined];
  /** The same phases from the Lambda-like bundle; absent with --tsx-only or without the stream file. */
  bundle?: [T, T | undefined];
}

/**
 * A phase on the dev stream, then on dev-heavy when it lies beside it; on
 * each, the bundle right after tsx, so that drifting load hits both alike.
 * The bundle is handed its stream's path: its REPO_ROOT is the bundle's
 * directory, not the repository.
 */
async function onBothWorkloads<T>(file: string, what: string): Promise<OnBoth<T>> {
  const dev = devStreamPath();
  const heavy = heavyBeside();
  const bundle = args['tsx-only'] ? undefined : existsSync(dev) ? await bundlePhase(file) : undefined;
  if (!args['tsx-only'] && !bundle) log(`bench: ${what} as a bundle not run: it needs the stream file ${dev}`);
  const asBundle = async (path: string, label: string): Promise<T | undefined> => {
    if (!bundle) return undefined;
    log(`bench: ${what}${label}, bundle …`);
    return phase<T>(file, { TOCSIN_DEV_STREAM: path }, bundle);
  };
  log(`bench: ${what} …`);
  const tsxDev = await phase<T>(file);
  const bundleDev = await asBundle(dev, '');
  if (!heavy) {
    if (bundle) rmSync(dirname(bundle), { recursive: true, force: true });
    return { tsx: [tsxDev, undefined], ...(bundleDev ? { bundle: [bundleDev, undefined] } : {}) };
  }
  log(`bench: ${what} on dev-heavy …`);
  const tsxHeavy = await phase<T>(file, { TOCSIN_DEV_STREAM: heavy });
  const bundleHeavy = await asBundle(heavy, ' on dev-heavy');
  if (bundle) rmSync(dirname(bundle), { recursive: true, force: true });
  return {
    tsx: [tsxDev, tsxHeavy],
    ...(bundleDev ? { bundle: [bundleDev, bundleHeavy] as [T, T | undefined] } : {}),
  };
}

async function main(): Promise<void> {
  const started = Date.now();
  const m = machine();
  const results: {
    startedAt: string;
    quick: boolean;
    machine: typeof m;
    e2e?: E2EResult;
    scale?: { stages: StagesResult; stagesHeavy?: StagesResult | undefined; pipeline?: ScaleResult | undefined };
    capacity?: {
      assumptions: unknown;
      scenarios: unknown;
      keyed: unknown[];
      cost: unknown[];
      burstMode?: unknown[];
      alertVersionAt10kCustomersUsd: number;
    };
    connector?: ConnectorBenchResult;
    connectorCost?: unknown;
    fanout?: FanOutBenchResult & {
      measuredAt: string;
      machine: typeof m;
      capacity: { cpuMsPerCustomer: number } & Record<string, unknown>;
    };
    loadAvgAfter?: number;
  } & SpeedResults = {
    startedAt: new Date().toISOString(),
    quick,
    machine: m,
  };
  const lines: string[] = [];
  const row = (k: string, v: string) => lines.push(`  ${k.padEnd(48)} ${v}`);
  const head = (s: string) => lines.push('', s);

  lines.push(`Tocsin benchmarks  ${results.startedAt}${quick ? '  (--quick)' : ''}`);
  lines.push(
    `machine: ${m.cpu}, ${m.cores} cores, ${m.memGb} GB, ${m.platform}, Node ${m.node}; load average at start ${m.loadAvg1m}`,
  );

  if (only.has('core')) {
    const { tsx, bundle } = await onBothWorkloads<CoreResult>('core.ts', 'scoring core');
    results.core = tsx[0];
    if (tsx[1]) results.coreHeavy = tsx[1];
    if (bundle) results.coreBundle = { dev: bundle[0], heavy: bundle[1] };
  }
  for (const c of [results.core, results.coreHeavy]) {
    if (!c) continue;
    head(`Scoring core (one core): ${c.workload}`);
    row(
      'posts timed (after parse; in messages of 100)',
      `${fmt(c.posts)} in ${c.messages} messages (${fmt(c.bodyBytes / 2 ** 20, 1)} MB of bodies); ${fmt(c.gatedPosts)} pass the gate, ${fmt(c.placedPosts)} placed`,
    );
    row(
      'timed per post',
      'scorePost (normalise, language, classify, casualty/magnitude, place for gated) + state keys of its candidate event (family, place, seen bucket)',
    );
    const kc = c.candidateKeyCheck;
    row(
      "state keys = the engine's",
      kc.mismatches.length === 0
        ? `OK (${kc.checked} gated posts checked)`
        : `MISMATCH: ${kc.mismatches.join('; ')} (bench/core.ts must use the engine's partitionOf)`,
    );
    row('method', `${c.warmupPasses} warm-up passes, ${c.repetitions} timed passes, median; CPU time (wall alongside)`);
    row(
      'scoring core',
      `${fmt(c.core.postsPerSec)} posts/s  (${fmt(c.core.nsPerPost / 1000, 2)} us/post; wall ${fmt(c.core.postsPerSecWall)} posts/s)`,
    );
    row(
      'JSON.parse of the same message bodies',
      `${fmt(c.jsonParse.postsPerSec)} posts/s  (${fmt(c.jsonParse.nsPerPost / 1000, 2)} us/post)`,
    );
    row(
      'parseIngestMessage (JSON.parse + zod)',
      `${fmt(c.parseIngest.postsPerSec)} posts/s  (${fmt(c.parseIngest.nsPerPost / 1000, 2)} us/post)`,
    );
    row('core time / JSON.parse time', `${fmt(c.ratioToJsonParse, 1)}x  (wall ${fmt(c.ratioToJsonParseWall, 1)}x)`);
    row(
      `target >= ${fmt(c.targets.postsPerSec)} posts/s`,
      `${yes(c.targets.postsPerSecMet)} (${fmt((100 * c.core.postsPerSec) / c.targets.postsPerSec)}% of target)`,
    );
    row(`target <= ${c.targets.maxRatio}x JSON.parse`, yes(c.targets.ratioMet));
  }

  if (only.has('replay')) {
    const { tsx, bundle } = await onBothWorkloads<ReplayResult>('replay.ts', 'replay');
    results.replay = tsx[0];
    if (tsx[1]) results.replayHeavy = tsx[1];
    if (bundle) results.replayBundle = { dev: bundle[0], heavy: bundle[1] };
  }
  for (const r of [results.replay, results.replayHeavy]) {
    if (!r) continue;
    head(
      `Replay, full detector in process (createDetector + InMemoryEventStateStore, messages of ${POSTS_PER_MESSAGE}, processBatch + commit): ${r.workload}`,
    );
    row(
      'method',
      `${r.warmupPasses} untimed passes (the store sized, memory sampled, warm-up), ${r.repetitions} timed passes, median; CPU time (wall alongside)`,
    );
    row(
      'throughput (median of repetitions)',
      `${fmt(r.postsPerSecCpu)} posts/s per CPU-second (${fmt(r.cpuNsPerPost / 1000, 1)} us CPU/post); wall ${fmt(r.postsPerSec)} posts/s`,
    );
    row(
      'repetitions (wall ms | CPU ms)',
      `${r.wallMs.map((x) => fmt(x)).join(', ')} | ${r.cpuMs.map((x) => fmt(x)).join(', ')}`,
    );
    row(
      'alerts',
      `${r.alertVersions} versions of ${r.distinctAlerts} alerts (${fmt(r.alertVersionsPerPost * 1e6)} per million posts)`,
    );
    row(
      'memory: RSS baseline -> peak',
      `${fmt(r.memory.baselineRssMb, 1)} -> ${fmt(r.memory.peakRssMb, 1)} MB (process max RSS ${fmt(r.memory.maxRssMbProcess, 1)} MB)`,
    );
    row(
      'memory: heap used baseline -> peak',
      `${fmt(r.memory.baselineHeapMb, 1)} -> ${fmt(r.memory.peakHeapMb, 1)} MB`,
    );
    const pm = r.perMessage;
    row('state store per message: loads / saves', `${pm.loads} BatchGet / ${pm.saves} TransactWrite`);
    row(
      'state store per message: items read / written',
      `${pm.itemsRead} (${pm.kbRead} KB) / ${pm.itemsWritten} (${pm.kbWritten} KB); largest item ${fmt(r.traffic.maxItemBytes / 1024, 1)} KB`,
    );
    row('state store per message: request units', `${pm.rru} RRU / ${pm.wru} WRU`);
  }
  sideBySide(results, lines);
  tsxAgainstBundle(results, lines);

  if (only.has('e2e')) {
    log(`bench: end-to-end load test, ${e2eSeconds} s at ${process.env.BENCH_E2E_RATE ?? 1000} posts/s …`);
    const e = await phase<E2EResult>('e2e.ts');
    results.e2e = e;
    head(
      `End-to-end on the local pipeline (DynamoDB Local + fauxqs, real handlers, 1 customer with an SQS subscriber)`,
    );
    row(
      'load',
      `${fmt(e.targetRate)} posts/s for ${e.seconds} s: sent ${fmt(e.postsSent)} posts in ${e.messagesSent} messages (${fmt(e.achievedRate)} posts/s), ${e.eventsInjected} events injected`,
    );
    row('workload', e.workload);
    row(
      "injected events in an alert's evidence",
      `${e.injected.alerted}/${e.injected.events}; first alert version per event: p50 ${fmt(e.injected.firstVersionP50Ms)} ms, max ${fmt(e.injected.firstVersionMaxMs)} ms`,
    );
    row(
      'alert latency, send -> customer queue',
      `p50 ${fmt(e.latency.p50Ms)} ms, p95 ${fmt(e.latency.p95Ms)} ms, p99 ${fmt(e.latency.p99Ms)} ms (min ${fmt(e.latency.minMs)}, max ${fmt(e.latency.maxMs)}; ${e.latency.measured}/${e.latency.alertVersions} alert versions)`,
    );
    row(
      'score lag, send -> message scored',
      `p50 ${fmt(e.scoreLag.p50Ms)} ms, p95 ${fmt(e.scoreLag.p95Ms)} ms, p99 ${fmt(e.scoreLag.p99Ms)} ms; first fifth ${fmt(e.scoreLag.firstFifthP50Ms)} ms -> last fifth ${fmt(e.scoreLag.lastFifthP50Ms)} ms`,
    );
    row(
      'score function throughput',
      `${fmt(e.scoreLag.scoredPostsPerSec)} posts/s (score concurrency ${e.scoreConcurrency}, as startPipeline runs it)`,
    );
    const sp = e.scorePhases;
    row(
      'per message (p50 / p95)',
      `stage-1 scoring ${fmt(sp.processBatchP50)} / ${fmt(sp.processBatchP95)} ms (CPU), stage-2 commit ${fmt(sp.commitP50)} / ${fmt(sp.commitP95)} ms; alert put p50 ${fmt(sp.alertPutP50)} ms (${sp.alertPuts})`,
    );
    const a = e.accounting;
    row(
      'posts accounted for',
      `${yes(a.postsInEqualsSent && a.postsInEqualsParts).replace('MET', 'OK')}: sent ${fmt(e.postsSent)}, in ${fmt(a.postsIn)} = scored ${fmt(a.scored)} + rejected ${fmt(a.rejected)}; stage 2: ${fmt(a.duplicates)} evidence duplicates`,
    );
    row(
      'messages handled exactly once',
      `${a.everyMessageOnce ? 'OK' : 'NO'}: ${a.messagesHandled} handled (${a.distinctMessagesHandled} distinct) of ${e.messagesSent} sent; ${a.invalidMessages} invalid`,
    );
    const d = e.delivery;
    row(
      'alert versions delivered exactly once',
      `${d.missing.length + d.duplicated.length + d.unexpected.length === 0 ? 'OK' : 'NO'}: ${d.exactlyOnce}/${d.alertVersionsInTable} in the table; ${d.arrived} arrivals; missing ${d.missing.length}, duplicated ${d.duplicated.length}, unexpected ${d.unexpected.length}; ledger ${JSON.stringify(d.ledger)}`,
    );
    if (e.errors.length) row('errors seen (retried by the pipeline)', e.errors.join(' | ').slice(0, 400));
    if (!e.ok) process.exitCode = 1;
  }

  if (only.has('connector')) {
    log('bench: connector (Jetstream) …');
    const k = await phase<ConnectorBenchResult>('connector.ts');
    results.connector = k;
    head(`Bluesky connector (Jetstream -> ingest batches): ${k.workload}`);
    row(
      'pipeline in process (parse + zod, map, batch)',
      `${fmt(k.pipeline.cpuNsPerPost / 1000, 1)} us CPU/post (${fmt(k.pipeline.cpuNsPerFrame / 1000, 1)} us/frame; JSON.parse alone ${fmt(k.pipeline.jsonParseNsPerFrame / 1000, 1)} us/frame)`,
    );
    row(
      'WebSocket client alone (receive, nothing else)',
      `${fmt(k.receiveOnly.cpuNsPerFrame / 1000, 1)} us CPU/frame at ${fmt(k.receiveOnly.rate)} frames/s`,
    );
    const f = k.fullPath;
    row(
      `full path at ${fmt(f.rate)} frames/s (WebSocket, pipeline, SDK SendMessage to a stub)`,
      `${fmt(f.cpuNsPerPost / 1000, 1)} us CPU/post; ${fmt(f.posts)} posts in ${fmt(f.batches)} batches, ${fmt(f.wallMs / 1000, 1)} s, ${f.pauses} pauses, ${f.disconnects} disconnects; max RSS ${fmt(f.maxRssMb)} MB`,
    );
    const l = k.liveRate;
    row(
      `at ${fmt(l.rate)} frames/s for ${fmt(l.wallMs / 1000)} s (a Bluesky-like rate)`,
      `${fmt(l.cpuMsPerWallSecond, 1)} ms CPU per second (${fmt(l.cpuNsPerPost / 1000)} us/post, fixed costs included); ${l.batches} batches`,
    );
    const cost = connectorCostPerDay(k);
    results.connectorCost = cost;
    for (const line of cost.lines) row(`cost/day: ${line.item}`, `$${fmt(line.usd, 3)}  (${line.basis})`);
    row(
      'cost/day: connector total',
      `$${fmt(cost.totalUsd, 2)} at ${fmt(cost.postsPerSecond)} posts/s (${cost.rateSource})`,
    );
  }

  if (only.has('fanout')) {
    log('bench: sharded fan-out …');
    const f = await phase<FanOutBenchResult>('fan-out.ts');
    head(`Sharded fan-out on the local pipeline (DynamoDB Local + fauxqs, real handlers): ${f.workload}`);
    row('set-up per run (not timed)', `${f.setupMs.map((x) => fmt(x / 1000, 1)).join(', ')} s`);
    for (const r of f.runs) {
      row(
        `${fmt(r.concurrency)} worker batches at once: alert stored -> all decided`,
        `${fmt(r.wallMs / 1000, 1)} s (first job ${fmt(r.firstJobMs / 1000, 1)} s); ${fmt(r.decided)} decided (${fmt(r.delivered)} delivered, ${fmt(r.withheld)} withheld), ${fmt(r.decisionsPerSec)} decisions/s; ${yes(r.wallMs <= f.targetMs)} (${fmt(f.targetMs / 1000)} s target); ledger ${r.ledgerChecked ? 'checked' : 'NOT COMPLETE'}`,
      );
      row(
        '  jobs, customers per job',
        `${fmt(r.jobs)} jobs; ${fmt(r.customersPerJob.mean, 1)} customers per non-empty job (max ${fmt(r.customersPerJob.max)}); ${fmt(r.publishes)} publishes`,
      );
      const c = r.callMs;
      row(
        '  call ms, mean / p95 (queueing in the emulators included)',
        `ledger batch read ${fmt(c.ledgerGetMany.mean)} / ${fmt(c.ledgerGetMany.p95)} (${c.ledgerGetMany.n}), pending put ${fmt(c.ledgerCreate.mean)} / ${fmt(c.ledgerCreate.p95)}, delivered update ${fmt(c.ledgerMark.mean)} / ${fmt(c.ledgerMark.p95)}, publish ${fmt(c.publish.mean)} / ${fmt(c.publish.p95)}`,
      );
      row(
        '  CPU seconds during the run',
        `handlers (this process) ${fmt(r.cpuSeconds.bench, 1)}, DynamoDB Local ${fmt(r.cpuSeconds.dynamoDbLocal, 1)}, fauxqs ${fmt(r.cpuSeconds.fauxqs, 1)}; ${fmt((r.cpuSeconds.bench * 1000) / Math.max(1, r.decided), 2)} ms handler CPU per customer`,
      );
    }
    // The capacity model fed with the handler CPU measured here (the best run's), at 10,000 and at 50 customers.
    const best = [...f.runs].sort((a, b) => a.cpuSeconds.bench / a.decided - b.cpuSeconds.bench / b.decided)[0];
    const cpuMsPerCustomer = best ? (best.cpuSeconds.bench * 1000) / Math.max(1, best.decided) : Number.NaN;
    const capacity = [10_000, 50].map((customers) =>
      fanOutCapacity({ cpuMsPerCustomer }, { ...DEFAULT_FAN_OUT_ASSUMPTIONS, customers }),
    );
    results.fanout = {
      ...f,
      measuredAt: results.startedAt,
      machine: m,
      capacity: { cpuMsPerCustomer, assumptions: DEFAULT_FAN_OUT_ASSUMPTIONS, at: capacity },
    };
    for (const c of capacity)
      row(
        `on AWS (model, tools/capacity/fan-out.ts): ${fmt(c.customers)} customers`,
        `${fmt(c.latencyMs / 1000, 1)} s, bound by ${c.limitedBy}; ${fmt(c.jobs)} jobs in ${c.waves} wave(s); $${fmt(c.cost.totalUsd, 5)} per alert version`,
      );
  }

  if (only.has('stages')) {
    log('stages: the two stages measured in process, dev stream …');
    const st = await phase<StagesResult>('stages.ts');
    const heavyPath = heavyBeside();
    let heavy: StagesResult | undefined;
    if (heavyPath) {
      log('stages: the same on dev-heavy (the cost at a realistic background) …');
      heavy = await phase<StagesResult>('stages.ts', { TOCSIN_DEV_STREAM: heavyPath });
    }
    let sc: ScaleResult | undefined;
    if (only.has('scale')) {
      log('scale: the local pipeline with 1, 2 and 4 workers per stage …');
      sc = await phase<ScaleResult>('scale.ts');
    }
    // --only stages keeps the last pipeline run's figures.
    const pipeline = sc ?? (latest() as { scale?: { pipeline?: ScaleResult } }).scale?.pipeline;
    results.scale = { stages: st, stagesHeavy: heavy, pipeline };
    for (const w of [st, heavy]) {
      if (!w) continue;
      head(`Scale (issue 11): the two stages in process, ${w.workload}`);
      row(
        'stage 1 (score), in process',
        `${fmt(w.stage1.cpuNsPerPost / 1000, 1)} us CPU/post; ${fmt(w.stage1.evidencePerPost * 100, 1)}% of posts are evidence; ${fmt(w.stage1.partsPerIngestMessage, 2)} parts per ingest message, packed per invocation of ${w.stage1.ingestMessagesPerInvocation}: ${fmt(w.stage1.evidenceMessagesPerIngestMessage, 3)} evidence messages of ${fmt(w.stage1.meanEvidenceMessageBytes / 1024, 1)} KB per ingest message (${fmt(w.stage1.partsPerIngestMessage / w.stage1.evidenceMessagesPerIngestMessage, 1)} parts, ${fmt((w.stage1.evidencePerPost * w.postsPerMessage) / w.stage1.evidenceMessagesPerIngestMessage, 1)} evidence posts a message)`,
      );
      for (const g of w.stage2)
        row(
          `stage 2 (aggregate), ${g.packed ? `packed by ${g.perInvocation}` : 'unpacked'}, groups of ${g.groupBatch}`,
          `${fmt(g.messagesPerBatch, 1)} messages (${fmt(g.partsPerBatch, 1)} parts, ${fmt(g.evidencePerBatch, 1)} evidence posts; ${fmt(g.postsPerMessage)} ingest posts a message)/batch: ${fmt(g.cpuMsPerBatch, 1)} ms CPU, ${fmt(g.loadsPerBatch, 2)} loads (${fmt(g.rruPerBatch, 1)} RRU), ${fmt(g.savesPerBatch, 2)} commit (${fmt(g.wruPerBatch, 1)} WRU), largest item ${fmt(g.maxItemBytes / 1024, 1)} KB; ${g.batches} batches`,
        );
      row(
        'alerts',
        `${fmt(w.alertVersionsPerPost * 1e6)} versions of ${fmt(w.alertEventsPerPost * 1e6, 1)} alerts per million posts (${fmt(w.alertVersionsPerPost / w.alertEventsPerPost, 1)} versions per alert)`,
      );
      row('same alerts with groups of 1 and 10', w.sameAlertsAcrossBatchSizes ? 'yes' : 'NO');
      row('same alerts packed (by 10 and by 100) and unpacked', w.sameAlertsAsUnpacked ? 'yes' : 'NO');
    }
    if (sc) {
      lines.push(`  local pipeline (${sc.workload}; ${sc.cores} cores, shared):`);
      for (const r of sc.runs)
        row(
          `  ${r.workersPerStage} worker(s)/stage, ${fmt(r.offeredPostsPerSec)} posts/s offered`,
          `stage 1 ${fmt(r.stage1PostsPerSec)} posts/s (lag p50 ${fmt(r.stage1LagMs.p50)} ms); end to end ${fmt(r.sustainedPostsPerSec)} posts/s, lag p50 ${fmt(r.endToEndLagMs.p50)} / p99 ${fmt(r.endToEndLagMs.p99)} ms (first fifth ${fmt(r.endToEndLagMs.firstFifthP50)}, last ${fmt(r.endToEndLagMs.lastFifthP50)}); ${r.notDoneAtEnd} messages not done; stage 2 ${fmt(r.stage2MessagesPerBatch, 1)} msg/batch, invocation p50 ${r.invocations.aggregate.p50Ms} ms (${r.invocations.aggregate.cpuMs} ms CPU, ${r.invocations.aggregate.dynamoWaitMs} ms on DynamoDB Local); cores ${r.coresBusy.pipeline} (score ${r.coresBusy.scoreThreads}, aggregate ${r.coresBusy.aggregateThreads}) / ${r.coresBusy.fauxqs} / ${r.coresBusy.dynamo} (pipeline / fauxqs / DynamoDB Local); load average ${r.loadAverage.start} -> ${r.loadAverage.end}`,
        );
      row('  ratio 2/1, 4/1 (end to end)', `${sc.ratio2}, ${sc.ratio4}`);
      for (const p of sc.dynamoLocal ?? [])
        row(
          `  DynamoDB Local alone, ${p.clients} caller(s)`,
          `${fmt(p.pairsPerSec)} load + commit pairs/s, p50 ${p.p50Ms} ms; its cores ${p.dynamoCores}`,
        );
      lines.push(`  limit: ${sc.limit}`);
    }

    const measured: MeasuredStages = st;
    const assumptions: CostAssumptions = {
      ...DEFAULT_ASSUMPTIONS,
      customers: Number(process.env.BENCH_CUSTOMERS ?? DEFAULT_ASSUMPTIONS.customers),
    };
    // The sharded fan-out's model with its measured CPU per customer (this run's, else the last fanout run's, else
    // the documented one).
    const measuredFanCpu = results.fanout?.capacity.cpuMsPerCustomer ?? lastFanOutCpuMsPerCustomer();
    const fanCpu = measuredFanCpu ?? DOCUMENTED_FAN_OUT_CPU_MS_PER_CUSTOMER;
    const fanCpuSource =
      measuredFanCpu === undefined
        ? `${fanCpu} ms handler CPU per customer as documented (no fan-out run here: npm run bench -- --only fanout)`
        : `${fmt(fanCpu, 2)} ms handler CPU per customer (npm run bench -- --only fanout)`;
    const sharded = shardedFanOut({ cpuMsPerCustomer: fanCpu });
    const capacity = SCENARIOS.map((sn) =>
      capacityModel(
        measured,
        sn,
        DEFAULT_AWS,
        sharded.capacity(assumptions.customers, sn.postsPerSecond * measured.alertVersionsPerPost),
      ),
    );
    // The alert rate is the workload's: the cost for each, at its measured versions per alert and, when asked, at
    // BENCH_VERSIONS_PER_EVENT (the re-notify policy's figure).
    const vpe = process.env.BENCH_VERSIONS_PER_EVENT ? Number(process.env.BENCH_VERSIONS_PER_EVENT) : undefined;
    const which = (w: StagesResult) =>
      w === st
        ? 'dev stream: crisis-dense (ten events in 21k posts, ~3 background posts a minute): the alert rate an event-heavy hour gives'
        : 'dev-heavy: the same ten events under 50 generic posts a minute (the realistic background; a whole firehose is sparser still)';
    const costs = [st, heavy].flatMap((w) =>
      !w
        ? []
        : [undefined, vpe].flatMap((v, i) =>
            i > 0 && v === undefined
              ? []
              : [
                  {
                    workload: w.workload,
                    which: which(w),
                    pricesAsOf: PRICES_AS_OF,
                    fanOutCpu: fanCpuSource,
                    assumptions: { ...assumptions, versionsPerEvent: v },
                    ...costPerMillionPosts(w, sharded.cost, { ...assumptions, versionsPerEvent: v }),
                  },
                ],
          ),
    );
    // Stage 2's key measured on each workload (tools/capacity/partition-key.ts): today's (family) and family x region,
    // with stage 3's identity join, on the issue's loads.
    const keyed = [st, heavy].flatMap((w) =>
      !w
        ? []
        : w.keyings.flatMap((k) =>
            SCENARIOS.map((sn) => ({
              workload: w.workload,
              ...keyedCapacity(
                w,
                sn,
                k,
                DEFAULT_AWS,
                sharded.capacity(assumptions.customers, sn.postsPerSecond * w.alertVersionsPerPost),
              ),
            })),
          ),
    );
    // Stage 1's burst mode (tools/capacity/burst-mode.ts): each workload under its own key (family), the issue's loads
    // with the switch, at the deployed aggregate memory and at 1,024 MB (what a full vCPU buys, and what it costs).
    const burstMode = [st, heavy].flatMap((w) => {
      const k = w?.keyings.find((x) => x.keying === 'family');
      if (!w || !k) return [];
      return [1024, FUNCTIONS.aggregate.memoryMb].map((aggregateMemoryMb) => {
        const aws = { ...DEFAULT_AWS, aggregateMemoryMb };
        return {
          workload: w.workload,
          aggregateMemoryMb,
          costPerMillionPostsUsd: costPerMillionPosts(w, sharded.cost, assumptions, aws).totalUsd,
          scenarios: SCENARIOS.map((sn) =>
            burstModeModel(sn, (b) =>
              keyedCapacity(
                w,
                sn,
                k,
                aws,
                sharded.capacity(assumptions.customers, sn.postsPerSecond * w.alertVersionsPerPost),
                b,
              ),
            ),
          ),
        };
      });
    });
    const fanOut10k = sharded.cost.perAlertVersion(10_000);
    results.capacity = {
      assumptions: DEFAULT_AWS,
      scenarios: capacity,
      keyed,
      cost: costs,
      burstMode,
      alertVersionAt10kCustomersUsd: fanOut10k.reduce((n, l) => n + l.usd, 0),
    };
    head(
      `Capacity model on AWS (tools/capacity/capacity.ts; the stage costs measured above on ${st.workload}, quotas in tools/capacity/quotas.ts)`,
    );
    lines.push(
      `  assumed: ${DEFAULT_AWS.roundTripMs} ms per DynamoDB/SQS round trip, ${DEFAULT_AWS.transactRoundTripMs} ms per transaction, ${DEFAULT_AWS.invocationOverheadMs} ms per invocation, Lambda core as fast as this one; the busiest partition gets evidence from ${DEFAULT_AWS.busiestPartitionShare * 100}% of stage-1 invocations; stage 1's fill from Lambda's 5 starting pollers (tools/capacity/stages.ts stage1Fill)`,
    );
    for (const c of capacity) {
      lines.push(
        `  ${c.scenario.name}: ${c.sustained ? 'SUSTAINED' : 'NOT SUSTAINED'}; alert latency to the first publish ${fmt(c.alertLatencyMs)} ms; next wall: ${c.nextWall.what} at ${fmt(c.nextWall.use * 100)}%`,
      );
      for (const stg of c.stages)
        lines.push(
          `    ${stg.stage}: concurrency ${fmt(stg.concurrency, 1)}, lag at end ${fmt(stg.lagSeconds)} s, adds ${fmt(stg.latencyMs)} ms; ${stg.notes.join('; ')}`,
        );
    }
    head(
      "Stage 2's key (tools/capacity/partition-key.ts), measured per workload as stage 1 routes it: today's (family) and family x region with stage 3 (engine: identity.ts; AWS wiring: design)",
    );
    for (const c of keyed) {
      const k = c.keying;
      if (c.scenario !== SCENARIOS[0] && c.scenario !== SCENARIOS[1]) continue;
      const s2 = c.stages[1]!;
      lines.push(
        `  ${c.workload.replace(/^dev stream /, '')}, ${k.keying}, ${c.scenario.name}: ${c.sustained ? 'SUSTAINED' : 'NOT SUSTAINED'}; ${k.groups} groups, ${fmt(k.partsPerIngestMessage, 2)} parts, ${fmt(k.evidenceMessagesPerIngestMessage, 3)} evidence messages of ${fmt(k.evidencePerMessage, 1)} posts per ingest message (invocations of ${k.ingestMessagesPerInvocation}); busiest group ${k.busiestGroup} in ${fmt(k.busiestGroupMessageShare * 100)}% of ingest messages, ${fmt(k.busiestGroupInvocationShare * 100)}% of invocations (${fmt(k.busiestGroupEvidenceShare * 100)}% of evidence); ${fmt(k.unplacedEvidenceShare * 100)}% of evidence without a region; stage 2 lag at end ${fmt(s2.lagSeconds)} s; next wall: ${c.nextWall.what} at ${fmt(c.nextWall.use * 100)}%`,
      );
    }
    head(
      `Stage 1's burst mode (tools/capacity/burst-mode.ts; INGEST.burst: batches of ${INGEST.burst.batchSize}, window ${INGEST.burst.maxBatchingWindowSeconds} s, on a backlog over ${INGEST.burst.enterAgeSeconds} s for ${INGEST.burst.enterPeriods} min; back under ${fmt(INGEST.burst.leavePostsPerSecond)} posts/s for ${INGEST.burst.leavePeriods} min, ${fmt(leaveSeconds())} s after the rate falls)`,
    );
    lines.push(
      `  assumed: ${Object.entries(DEFAULT_SWITCH_TIMING)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}; key family per workload; alert latency to the first publish`,
    );
    for (const b of burstMode) {
      lines.push(
        `  ${b.workload.replace(/^dev stream /, '')}, aggregate ${b.aggregateMemoryMb} MB ($${fmt(b.costPerMillionPostsUsd, 4)} per million posts at ${fmt(assumptions.postsPerSecond)} posts/s, ordinary mode):`,
      );
      for (const r of b.scenarios)
        lines.push(
          `    ${r.scenario.name}: busiest group ordinary ${fmt(r.ordinary.use * 100)}% (latency ${fmt(r.ordinary.alertLatencyMs)} ms), burst mode ${fmt(r.burst.use * 100)}% (${fmt(r.burst.alertLatencyMs)} ms); ${
            r.switchSeconds === undefined
              ? r.peakLagSeconds === 0
                ? 'no backlog, no switch'
                : `not switched within the burst; lag at its end ${fmt(r.lagAtEndSeconds)} s`
              : `threshold at ${fmt(r.thresholdSeconds ?? 0)} s, switched at ${fmt(r.switchSeconds)} s with ${fmt(r.backlogPostsAtSwitch / 1e6, 1)} M posts behind; peak lag ${fmt(r.peakLagSeconds)} s, drained ${Number.isFinite(r.drainSeconds) ? `${fmt(r.drainSeconds)} s after the switch` : 'never at this rate'}; lag at the end ${fmt(r.lagAtEndSeconds)} s: ${r.carried ? 'CARRIED' : 'NOT CARRIED'}`
          }; next wall in burst mode: ${r.burst.nextWall.what} at ${fmt(r.burst.nextWall.use * 100)}%`,
        );
    }
    for (const cost of costs) {
      head(
        `Cost per million posts (us-east-1 list prices as of ${PRICES_AS_OF}), ${assumptions.customers} customers, at ${fmt(assumptions.postsPerSecond)} posts/s; ${cost.workload}`,
      );
      lines.push(
        `  workload: ${cost.which}; stage 1 fill ${fmt(cost.stage1Fill, 1)} ingest messages per invocation, stage 2 fill ${fmt(cost.stage2Fill, 1)} messages per batch; ${fmt(cost.alertVersionsPerMillionPosts)} alert versions per million posts (${fmt(cost.versionsPerEvent, 1)} per alert, ${cost.assumptions.versionsPerEvent === undefined ? 'as measured' : 'BENCH_VERSIONS_PER_EVENT'}); fan-out: ${cost.fanOutCpu}`,
      );
      for (const l of cost.lines)
        lines.push(
          `  ${l.item.padEnd(40)} ${fmt(l.quantityPerMillionPosts, l.quantityPerMillionPosts < 10 ? 2 : 0).padStart(12)} ${l.unit.padEnd(24)} $${fmt(l.usd, 4).padStart(9)}   ${l.basis}`,
        );
      lines.push(
        `  ${'TOTAL'.padEnd(40)} ${''.padStart(12)} ${''.padEnd(24)} $${fmt(cost.totalUsd, 4).padStart(9)}   per million posts (target <= $0.25: ${cost.totalUsd <= 0.25 ? 'met' : 'NOT met'} on this workload)`,
      );
    }
    lines.push(
      `  one alert version at 10,000 customers: $${fmt(results.capacity.alertVersionAt10kCustomersUsd, 4)} (sharded fan-out model, tools/capacity/fan-out.ts)`,
    );
  }

  results.loadAvgAfter = machine().loadAvg1m;
  lines.push(
    '',
    `load average at end ${results.loadAvgAfter}; total ${fmt((Date.now() - started) / 1000)} s; numbers in bench/results/latest.json`,
  );
  console.log(lines.join('\n'));
  mkdirSync(join(REPO, 'bench/results'), { recursive: true });
  // A run of some phases (--only) keeps the others' last figures.
  writeFileSync(LATEST, `${JSON.stringify({ ...latest(), ...results }, null, 2)}\n`);
}

main().catch((e: unknown) => {
  console.error(`bench failed: ${e instanceof Error ? e.stack : String(e)}`);
  process.exit(1);
});
