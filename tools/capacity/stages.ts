/**
 * What the capacity and cost models are built from: the two stages' measured
 * costs (bench/stages.ts, in process) and the assumptions about AWS that no
 * local run can measure, and the per-stage service times both models share.
 */
import { EVIDENCE, EVIDENCE_BODY_MAX_BYTES, FUNCTIONS, INGEST } from '../../resources';
import { QUOTAS } from './quotas';

/** Lambda's CPU share grows with memory: one full vCPU at 1,769 MB. */
export const LAMBDA_MB_PER_VCPU = 1769;

/** Measured by bench/stages.ts on the workload (see docs/benchmarks.md). */
export interface MeasuredStages {
  /** Posts per ingest message and its mean body size (bytes) in the measurement. */
  postsPerMessage: number;
  meanIngestMessageBytes: number;
  stage1: {
    /** CPU per post: parse, admit, score, evidence encoded. */
    cpuNsPerPost: number;
    /** Share of posts that are evidence (pass the gate). */
    evidencePerPost: number;
    /** Ingest messages per stage-1 invocation in the measurement: stage 1 packs their evidence together. */
    ingestMessagesPerInvocation: number;
    /** Parts (one ingest message's evidence for one partition) per ingest message of postsPerMessage posts. */
    partsPerIngestMessage: number;
    /** Evidence messages as sent (each invocation's parts packed per partition) per ingest message. */
    evidenceMessagesPerIngestMessage: number;
    meanEvidenceMessageBytes: number;
  };
  /**
   * Stage 2 measured with groups of 1 and of 10 messages per state load and commit, on messages as stage 1 packs
   * them and, at least, on unpacked ones (one ingest message's part each).
   */
  stage2: {
    groupBatch: number;
    messagesPerBatch: number;
    /** Ingest posts whose evidence a message of this measurement carries (postsPerMessage x parts per message). */
    postsPerMessage: number;
    cpuMsPerBatch: number;
    loadsPerBatch: number;
    savesPerBatch: number;
    rruPerBatch: number;
    wruPerBatch: number;
    maxItemBytes: number;
  }[];
  alertVersionsPerPost: number;
  /** Alerts (distinct alert ids: events alerted) per post; versions per event = alertVersionsPerPost / this. */
  alertEventsPerPost: number;
  meanAlertBytes: number;
}

/** What is assumed rather than measured; every figure is printed with the result. */
export interface AwsAssumptions {
  /** A Lambda Arm vCPU's speed relative to the benchmark machine's core. */
  lambdaCoreSpeedRatio: number;
  /** One DynamoDB or SQS round trip from Lambda, ms (waited, billed). */
  roundTripMs: number;
  /** A TransactWriteItems round trip, ms (two-phase). */
  transactRoundTripMs: number;
  /** Fixed cost of an invocation (runtime, batch handling, metrics flush), ms. */
  invocationOverheadMs: number;
  /** From a message's arrival to its batch starting on an idle poller, ms (long polling). */
  pollDelayMs: number;
  /** DynamoDB Streams to the fan-out's invocation, ms. */
  streamDelayMs: number;
  /**
   * Share of stage-1 invocations that send evidence to the busiest
   * partition (one evidence message per partition per invocation). 1 =
   * every one: the firehose's incident family is never quiet at scale.
   */
  busiestPartitionShare: number;
  /** Partitions (FIFO groups) with evidence at once. */
  activePartitions: number;
  /** The aggregate function's memory (MB), which sets its CPU share; unset, FUNCTIONS.aggregate.memoryMb. */
  aggregateMemoryMb?: number;
}

/** Stage 2's memory under these assumptions (the deployed one unless a model asks for another). */
export const aggregateMemoryMb = (a: AwsAssumptions): number => a.aggregateMemoryMb ?? FUNCTIONS.aggregate.memoryMb;

export const DEFAULT_AWS: AwsAssumptions = {
  lambdaCoreSpeedRatio: 1,
  roundTripMs: 8,
  transactRoundTripMs: 16,
  invocationOverheadMs: 10,
  pollDelayMs: 100,
  streamDelayMs: 500,
  busiestPartitionShare: 1,
  activePartitions: 4,
};

const vcpu = (memoryMb: number) => Math.min(1, memoryMb / LAMBDA_MB_PER_VCPU);

/** Stage 1's event source: the most messages per invocation and the batching window (s) Lambda waits to fill one. */
export interface IngestBatching {
  size: number;
  windowSeconds: number;
}

export const INGEST_BATCHING: IngestBatching = {
  size: INGEST.batchSize,
  windowSeconds: INGEST.maxBatchingWindowSeconds,
};

/** Stage 1's invocation of `fill` messages of `postsPerMessage` posts, ms. */
export function stage1InvocationMs(
  m: MeasuredStages,
  a: AwsAssumptions,
  postsPerMessage: number,
  fill: number = INGEST.batchSize,
): number {
  const posts = fill * postsPerMessage;
  const cpuMs = (posts * m.stage1.cpuNsPerPost) / 1e6 / a.lambdaCoreSpeedRatio / vcpu(FUNCTIONS.score.memoryMb);
  // The batch's messages are scored, then their evidence goes out packed: one SendMessageBatch round trip.
  return cpuMs + a.roundTripMs + a.invocationOverheadMs;
}

/**
 * Ingest messages per stage-1 invocation at `perSecond` messages (an assumption about Lambda's pollers, not a
 * measurement). Lambda starts 5 pollers (QUOTAS.lambdaSqsStartBatches) and adds more only while messages wait.
 * Without a batching window a poller hands over what it received as soon as there is one message: its batch holds
 * what arrived while it ran the last one (at least 1, a fixed point). With a window it waits up to the window for a
 * full batch. Once batches are full a backlog builds and Lambda adds pollers: the fill stays full. Never more
 * than the batch size, nor than fits in the 6 MB an invocation's payload may be.
 */
export function stage1Fill(
  m: MeasuredStages,
  a: AwsAssumptions,
  perSecond: number,
  postsPerMessage: number,
  b: IngestBatching = INGEST_BATCHING,
): number {
  const perPoller = perSecond / QUOTAS.lambdaSqsStartBatches.value;
  // A batch holds what fits in one invocation's payload: messages of 1,000 posts (~190 KB) about 32 of them.
  const messageBytes = (m.meanIngestMessageBytes * postsPerMessage) / m.postsPerMessage;
  const most = Math.min(b.size, Math.max(1, Math.floor(QUOTAS.lambdaSyncPayloadBytes.value / messageBytes)));
  const clamp = (f: number) => Math.min(most, Math.max(1, f));
  if (b.windowSeconds > 0) return clamp(perPoller * b.windowSeconds);
  let f = 1;
  for (let i = 0; i < 50; i++) {
    const next = clamp((perPoller * (stage1InvocationMs(m, a, postsPerMessage, f) + a.roundTripMs)) / 1000);
    if (Math.abs(next - f) < 1e-6) break;
    f = next;
  }
  return f;
}

/**
 * Evidence messages per ingest message when stage 1 packs `fill` ingest messages per invocation: the partitions an
 * invocation reaches, linear between the two measured points (1 ingest message: partsPerIngestMessage; the
 * measurement's invocation: its evidence messages), over the invocation's messages.
 */
export function evidenceMessagesPerIngestMessage(m: MeasuredStages, fill: number): number {
  const n = m.stage1.ingestMessagesPerInvocation;
  const at1 = m.stage1.partsPerIngestMessage;
  const atN = n * m.stage1.evidenceMessagesPerIngestMessage;
  const perInvocation = n === 1 ? at1 : at1 + ((atN - at1) * (fill - 1)) / (n - 1);
  return Math.max(perInvocation, 1) / fill;
}

/** Bytes of one part (an ingest message's evidence for one partition), as measured, at `postsPerMessage` posts. */
export const partBytes = (m: MeasuredStages, postsPerMessage: number): number =>
  ((m.stage1.meanEvidenceMessageBytes * m.stage1.evidenceMessagesPerIngestMessage) / m.stage1.partsPerIngestMessage) *
  (postsPerMessage / m.postsPerMessage);

/**
 * Ingest messages whose evidence one of the busiest group's messages carries, at a stage-1 fill of `fill`: all of
 * the invocation's, unless their parts pass SQS's body limit (EVIDENCE_BODY_MAX_BYTES), then as many messages as
 * needed, evenly.
 */
export function ingestMessagesPerEvidenceMessage(m: MeasuredStages, fill: number, postsPerMessage: number): number {
  const fit = Math.max(1, Math.floor(EVIDENCE_BODY_MAX_BYTES / partBytes(m, postsPerMessage)));
  return fill / Math.ceil(fill / fit);
}

/**
 * Stage 2 measured at `f` messages per batch, each carrying the evidence of `postsPerMessage` ingest posts: linear
 * in `f` between the two measured batch sizes (1 and 10), then between the two measured message sizes around it
 * (unpacked, packed by 10, packed by burst mode's 100): the CPU per ingest post beyond them as at the nearest, the
 * reads and writes per batch as at the nearest.
 */
export function stage2At(m: MeasuredStages, f: number, postsPerMessage: number): MeasuredStages['stage2'][number] {
  const sizes = [...new Set(m.stage2.map((g) => g.postsPerMessage))].sort((x, y) => x - y);
  const atSize = (size: number) => {
    const s = m.stage2
      .filter((g) => g.postsPerMessage === size)
      .sort((x, y) => x.messagesPerBatch - y.messagesPerBatch);
    const lo = s[0]!;
    const hi = s.at(-1)!;
    const k =
      hi.messagesPerBatch === lo.messagesPerBatch
        ? 0
        : (f - lo.messagesPerBatch) / (hi.messagesPerBatch - lo.messagesPerBatch);
    const lerp = (x: number, y: number) => x + (y - x) * k;
    return {
      cpuMsPerPost: lerp(lo.cpuMsPerBatch, hi.cpuMsPerBatch) / size,
      loadsPerBatch: lerp(lo.loadsPerBatch, hi.loadsPerBatch),
      savesPerBatch: lerp(lo.savesPerBatch, hi.savesPerBatch),
      rruPerBatch: lerp(lo.rruPerBatch, hi.rruPerBatch),
      wruPerBatch: lerp(lo.wruPerBatch, hi.wruPerBatch),
      maxItemBytes: Math.max(lo.maxItemBytes, hi.maxItemBytes),
    };
  };
  // The two measured sizes around postsPerMessage (the nearest one twice beyond them).
  const small = sizes.filter((x) => x <= postsPerMessage).at(-1) ?? sizes[0]!;
  const large = sizes.find((x) => x >= postsPerMessage) ?? sizes.at(-1)!;
  const a = atSize(small);
  const b = atSize(large);
  const k = large === small ? 0 : Math.min(1, Math.max(0, (postsPerMessage - small) / (large - small)));
  const lerp = (x: number, y: number) => x + (y - x) * k;
  return {
    groupBatch: f,
    messagesPerBatch: f,
    postsPerMessage,
    cpuMsPerBatch: lerp(a.cpuMsPerPost, b.cpuMsPerPost) * postsPerMessage,
    loadsPerBatch: lerp(a.loadsPerBatch, b.loadsPerBatch),
    savesPerBatch: lerp(a.savesPerBatch, b.savesPerBatch),
    rruPerBatch: lerp(a.rruPerBatch, b.rruPerBatch),
    wruPerBatch: lerp(a.wruPerBatch, b.wruPerBatch),
    maxItemBytes: Math.max(a.maxItemBytes, b.maxItemBytes),
  };
}

/**
 * Storing a batch's alert versions, ms, when it raises `versions` of them on
 * average. They go out at once (functions/aggregate/aggregate-messages.ts):
 * a tombstone read (is the version's representative post deleted?), then the
 * conditional put, two round trips whatever their number, for a batch that
 * has any. The share of batches that have any is at most the mean number
 * and at most 1: an upper bound, which takes every version as carrying a post
 * (a version without one skips the read).
 */
export function alertVersionsMs(a: AwsAssumptions, versions: number): number {
  return Math.min(1, versions) * 2 * a.roundTripMs;
}

/**
 * Stage 2's batch of `f` messages of one partition, each carrying the evidence
 * of `postsPerMessage` ingest posts (several ingest messages' parts once stage
 * 1 packs them), ms: its state loads, the alert versions it stores, its
 * commit, its CPU, the invocation's overhead. CPU grows with the evidence a
 * message carries; the reads and writes are of the items touched, taken as
 * measured.
 */
export function stage2BatchMs(m: MeasuredStages, a: AwsAssumptions, f: number, postsPerMessage: number): number {
  const s = stage2At(m, f, postsPerMessage);
  return (
    s.loadsPerBatch * a.roundTripMs +
    alertVersionsMs(a, f * postsPerMessage * m.alertVersionsPerPost) +
    s.savesPerBatch * a.transactRoundTripMs +
    s.cpuMsPerBatch / a.lambdaCoreSpeedRatio / vcpu(aggregateMemoryMb(a)) +
    a.invocationOverheadMs
  );
}

/**
 * Messages per stage-2 batch at an arrival rate of `perSecond` messages in
 * one group: one batch per group in flight, so the next takes what arrived
 * meanwhile (at least 1, at most the FIFO batch of 10). Fixed point.
 */
export function stage2Fill(m: MeasuredStages, a: AwsAssumptions, perSecond: number, postsPerMessage: number): number {
  let f = 1;
  for (let i = 0; i < 50; i++) {
    const next = Math.min(
      EVIDENCE.batchSize,
      Math.max(1, (perSecond * stage2BatchMs(m, a, f, postsPerMessage)) / 1000),
    );
    if (Math.abs(next - f) < 1e-6) break;
    f = next;
  }
  return f;
}
