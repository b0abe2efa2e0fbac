/**
 * Connector benchmark: CPU per post of the Bluesky (Jetstream) connector.
 *
 *   pipeline   in process, no I/O: per frame JSON.parse + zod (parseFrame),
 *              mapping (mapFrame), batching (Forwarder.offer: the post's JSON,
 *              its byte size; the message body at each seal); the sink does
 *              nothing. Baseline: JSON.parse of the same frames.
 *   full path  what the Lambda does: Node's WebSocket client reading the
 *              frames from a local server (paced at BENCH_CONNECTOR_RATE
 *              frames/s, default 5,000: far above Bluesky's rate, so that the
 *              run is short, yet steady as the live stream is), the pipeline above, and each batch
 *              sent with the AWS SDK (SendMessage) to a local stub of SQS.
 *              The server and the stub run in another process: only the
 *              connector's CPU is counted (process.cpuUsage: user + system).
 * Workload: bench/connector-frames.ts (generated; 88% post creates).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { SQSClient } from '@aws-sdk/client-sqs';
import { SqsIngestSink } from '../functions/adapters/ingest-queue';
import { InMemoryCheckpointStore } from '../functions/connectors/checkpoint';
import { Forwarder } from '../functions/connectors/forwarder';
import { startJetstream } from '../functions/connectors/jetstream/connector';
import { parseFrame } from '../functions/connectors/jetstream/frames';
import { mapFrame } from '../functions/connectors/jetstream/mapping';
import { Lru } from '../functions/connectors/lru';
import { InMemoryTombstoneStore } from '../functions/connectors/tombstones';
import { emit, gc, median, REPO } from './common';
import { connectorFrames } from './connector-frames';

export interface ConnectorBenchResult {
  workload: string;
  frames: number;
  posts: number;
  frameBytes: number;
  pipeline: { cpuNsPerPost: number; cpuNsPerFrame: number; jsonParseNsPerFrame: number; runsMs: number[] };
  /** High rate: CPU per post of the whole path. */
  fullPath: FullPath;
  /** Bluesky-like rate for a while: CPU per wall second, fixed costs (timers, a batch a second) included. */
  liveRate: FullPath;
  /** Node's WebSocket client alone: receiving the frames, nothing done with them. */
  receiveOnly: { rate: number; cpuNsPerFrame: number };
}

export interface FullPath {
  rate: number;
  frames: number;
  posts: number;
  cpuNsPerPost: number;
  cpuMsPerWallSecond: number;
  wallMs: number;
  cpuMs: number;
  postsAccepted: number;
  batches: number;
  pauses: number;
  disconnects: number;
  maxRssMb: number;
}

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function pipelinePass(frames: readonly string[]): Promise<number> {
  const f = new Forwarder({
    source: 'bluesky',
    sink: { send: async () => undefined },
    checkpoints: new InMemoryCheckpointStore(),
    tombstones: new InMemoryTombstoneStore(),
    limits: { maxBufferedItems: 1e9, maxWaitMs: 60_000 },
  });
  const handles = new Lru<string, string>(100_000);
  const t = cpuMs();
  for (const s of frames) {
    const p = parseFrame(s);
    if (p.ok === true) f.offer(mapFrame(p.frame, handles));
  }
  return f.flush().then(() => {
    const used = cpuMs() - t;
    f.close();
    return used;
  });
}

async function withPeer<T>(
  count: number,
  rate: number,
  run: (wsUrl: string, sqs: SQSClient) => Promise<T>,
): Promise<T> {
  const peer = spawn(
    process.execPath,
    ['--import', 'tsx', join(REPO, 'bench/connector-peer.ts'), String(count), String(rate)],
    { cwd: REPO, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const [wsPort, sqsPort] = await new Promise<number[]>((resolve, reject) => {
    let out = '';
    peer.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /READY (\d+) (\d+)/.exec(out);
      if (m) resolve([Number(m[1]), Number(m[2])]);
    });
    peer.once('exit', (c) => reject(new Error(`connector peer exited (${c})`)));
  });
  const sqs = new SQSClient({
    region: 'us-east-1',
    endpoint: `http://127.0.0.1:${sqsPort}`,
    credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
  });
  try {
    return await run(`ws://127.0.0.1:${wsPort}/subscribe`, sqs);
  } finally {
    sqs.destroy();
    peer.kill();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function fullPath(count: number, posts: number, rate: number): Promise<FullPath> {
  return withPeer(count, rate, async (url, sqs) => {
    gc();
    const wall0 = Date.now();
    const cpu0 = cpuMs();
    const c = startJetstream({
      endpoints: [url],
      sink: new SqsIngestSink(sqs, 'http://127.0.0.1/q/tocsin-ingest'),
      checkpoints: new InMemoryCheckpointStore(),
      tombstones: new InMemoryTombstoneStore(),
    });
    while (c.stats.eventsRead < count) await sleep(20);
    await c.stop(60_000);
    const cpu = cpuMs() - cpu0;
    const wall = Date.now() - wall0;
    return {
      rate,
      frames: count,
      posts,
      cpuNsPerPost: (cpu * 1e6) / posts,
      cpuMsPerWallSecond: (cpu * 1000) / wall,
      wallMs: wall,
      cpuMs: cpu,
      postsAccepted: c.stats.postsAccepted,
      batches: c.stats.batchesAccepted,
      pauses: c.stats.pauses,
      disconnects: c.stats.disconnects,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
    };
  });
}

function receiveOnly(count: number, rate: number): Promise<ConnectorBenchResult['receiveOnly']> {
  return withPeer(count, rate, async (url) => {
    const cpu0 = cpuMs();
    let n = 0;
    const ws = new WebSocket(url);
    ws.onmessage = () => {
      n++;
    };
    while (n < count) await sleep(20);
    ws.close();
    return { rate, cpuNsPerFrame: ((cpuMs() - cpu0) * 1e6) / count };
  });
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const count = quick ? 50_000 : 200_000;
  const { frames, posts, bytes } = connectorFrames(count);
  process.stderr.write(`connector bench: ${count} frames (${posts} posts, ${(bytes / 2 ** 20).toFixed(1)} MB)\n`);
  for (let i = 0; i < 2; i++) await pipelinePass(frames);
  const runs: number[] = [];
  const jsonRuns: number[] = [];
  for (let i = 0; i < (quick ? 3 : 7); i++) {
    gc();
    runs.push(await pipelinePass(frames));
    const t = cpuMs();
    for (const s of frames) JSON.parse(s);
    jsonRuns.push(cpuMs() - t);
  }
  const rate = Number(process.env.BENCH_CONNECTOR_RATE ?? 5000);
  const full = await fullPath(count, posts, rate);
  const liveRate = Number(process.env.BENCH_CONNECTOR_LIVE_RATE ?? 50);
  const liveFrames = liveRate * (quick ? 10 : 60);
  const live = await fullPath(liveFrames, connectorFrames(liveFrames).posts, liveRate);
  const recv = await receiveOnly(count, rate);
  const result: ConnectorBenchResult = {
    workload: `generated Jetstream frames (bench/connector-frames.ts, seed 42): ${count} frames, ${posts} post creates, ${(bytes / count).toFixed(0)} bytes/frame`,
    frames: count,
    posts,
    frameBytes: bytes,
    pipeline: {
      cpuNsPerPost: (median(runs) * 1e6) / posts,
      cpuNsPerFrame: (median(runs) * 1e6) / count,
      jsonParseNsPerFrame: (median(jsonRuns) * 1e6) / count,
      runsMs: runs,
    },
    fullPath: full,
    liveRate: live,
    receiveOnly: recv,
  };
  emit(result);
}

await main();
