/**
 * What the capacity and cost models are built from: the two stages' measured
 * costs (bench/stages.ts, in process) and the assumptions about AWS that no
 * local run can measure, and the per-stage service times both models share.
 */
import { EVIDENCE, FUNCTIONS, INGEST } from '../../resources';

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
    /** Evidence messages (one per partition with evidence) per ingest message of postsPerMessage posts. */
    evidenceMessagesPerIngestMessage: number;
    meanEvidenceMessageBytes: number;
  };
  /** Stage 2 measured with groups of 1 and of 10 messages per state load and commit (at least the two). */
  stage2: {
    groupBatch: number;
    messagesPerBatch: number;
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
   * Share of ingest messages that carry evidence of the busiest partition
   * (one evidence message per partition per ingest message). 1 = every
   * message: the firehose's incident family is never quiet at scale.
   */
  busiestPartitionShare: number;
  /** Partitions (FIFO groups) with evidence at once. */
  activePartitions: number;
}

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

/** Stage 1's invocation (a batch of INGEST.batchSize messages of `postsPerMessage` posts), ms. */
export function stage1InvocationMs(m: MeasuredStages, a: AwsAssumptions, postsPerMessage: number): number {
  const posts = INGEST.batchSize * postsPerMessage;
  const cpuMs = (posts * m.stage1.cpuNsPerPost) / 1e6 / a.lambdaCoreSpeedRatio / vcpu(FUNCTIONS.score.memoryMb);
  // The batch's messages run concurrently (BatchProcessor): their evidence sends overlap; one round trip.
  return cpuMs + a.roundTripMs + a.invocationOverheadMs;
}

/** Stage 2 measured at `f` messages per batch: linear between the two measured sizes (1 and 10). */
export function stage2At(m: MeasuredStages, f: number): MeasuredStages['stage2'][number] {
  const s = [...m.stage2].sort((x, y) => x.messagesPerBatch - y.messagesPerBatch);
  const lo = s[0]!;
  const hi = s.at(-1)!;
  const k =
    hi.messagesPerBatch === lo.messagesPerBatch
      ? 0
      : (f - lo.messagesPerBatch) / (hi.messagesPerBatch - lo.messagesPerBatch);
  const lerp = (x: number, y: number) => x + (y - x) * k;
  return {
    groupBatch: f,
    messagesPerBatch: f,
    cpuMsPerBatch: lerp(lo.cpuMsPerBatch, hi.cpuMsPerBatch),
    loadsPerBatch: lerp(lo.loadsPerBatch, hi.loadsPerBatch),
    savesPerBatch: lerp(lo.savesPerBatch, hi.savesPerBatch),
    rruPerBatch: lerp(lo.rruPerBatch, hi.rruPerBatch),
    wruPerBatch: lerp(lo.wruPerBatch, hi.wruPerBatch),
    maxItemBytes: Math.max(lo.maxItemBytes, hi.maxItemBytes),
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
 * Stage 2's batch of `f` messages of one partition, ms: its state loads, the
 * alert versions it stores, its commit, its CPU, the invocation's overhead.
 * CPU grows with the evidence a message carries (messages of more posts carry
 * more); the reads and writes are of the items touched, taken as measured.
 */
export function stage2BatchMs(m: MeasuredStages, a: AwsAssumptions, f: number, postsPerMessage: number): number {
  const s = stage2At(m, f);
  return (
    s.loadsPerBatch * a.roundTripMs +
    alertVersionsMs(a, f * postsPerMessage * m.alertVersionsPerPost) +
    s.savesPerBatch * a.transactRoundTripMs +
    (s.cpuMsPerBatch * (postsPerMessage / m.postsPerMessage)) /
      a.lambdaCoreSpeedRatio /
      vcpu(FUNCTIONS.aggregate.memoryMb) +
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
