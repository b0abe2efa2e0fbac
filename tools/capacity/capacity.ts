/**
 * The capacity model (issue 11): for a post rate held for a duration, what
 * each stage needs on AWS (concurrency, queue and table throughput) against
 * the published quotas (quotas.ts), the queue lag and the alert latency each
 * stage adds, and the first quota or limit the load runs into ("the next
 * wall"). Built from the stages' measured costs (stages.ts, bench/stages.ts);
 * the fan-out's share comes from its own model through `fanOut`.
 */
import { INGEST } from '../../resources';
import type { KeyingMeasure } from './partition-key';
import { QUOTAS } from './quotas';
import {
  type AwsAssumptions,
  DEFAULT_AWS,
  evidenceMessagesPerIngestMessage,
  INGEST_BATCHING,
  type IngestBatching,
  ingestMessagesPerEvidenceMessage,
  type MeasuredStages,
  stage1Fill,
  stage1InvocationMs,
  stage2At,
  stage2BatchMs,
  stage2Fill,
} from './stages';

export interface Scenario {
  name: string;
  postsPerSecond: number;
  /** How long the rate lasts (s); the lag figures are at its end. */
  seconds: number;
  /** Posts per ingest message the producers send. */
  postsPerMessage: number;
}

/** The fan-out's part, from its own model (tools/capacity/fan-out.ts plugs in here). */
export interface FanOutCapacity {
  /** From the alert version's stream record to the last customer's publish, ms. */
  alertVersionMs: number;
  /** SNS publishes per second it needs at this scenario's alert rate. */
  publishesPerSecond: number;
  basis: string;
}

export interface QuotaCheck {
  what: string;
  need: number;
  limit: number;
  unit: string;
  /** need / limit. */
  use: number;
  source: string;
}

export interface StageCapacity {
  stage: string;
  /** Concurrent invocations (or batches in flight) needed at this rate. */
  concurrency: number;
  /** Queue lag at the end of the scenario, s (0 when the stage keeps up). */
  lagSeconds: number;
  /** What the stage adds to an alert's latency when it keeps up, ms. */
  latencyMs: number;
  checks: QuotaCheck[];
  notes: string[];
}

export interface CapacityResult {
  scenario: Scenario;
  stages: StageCapacity[];
  /** From a post's send to its alert version's first publish (or to the outbox when no fan-out model is given), ms. */
  alertLatencyMs: number;
  /** The largest quota use, and what it is. */
  nextWall: { what: string; use: number };
  /** Every check within its limit and no lag. */
  sustained: boolean;
}

const check = (what: string, need: number, q: { value: number; unit: string; source: string }): QuotaCheck => ({
  what,
  need,
  limit: q.value,
  unit: q.unit,
  use: need / q.value,
  source: q.source,
});

/**
 * What a batching window adds to the first message of a batch: it waits until the batch is full or the window ends
 * (a poller's share of the messages: Lambda's 5 to start with); the whole window when the queue is quiet.
 */
export function windowWaitMs(messagesPerSecond: number, b: IngestBatching): number {
  if (b.windowSeconds <= 0) return 0;
  const perPoller = messagesPerSecond / QUOTAS.lambdaSqsStartBatches.value;
  return 1000 * Math.min(b.windowSeconds, perPoller > 0 ? b.size / perPoller : b.windowSeconds);
}

export function capacityModel(
  m: MeasuredStages,
  s: Scenario,
  a: AwsAssumptions = DEFAULT_AWS,
  fanOut?: FanOutCapacity,
  batching: IngestBatching = INGEST_BATCHING,
): CapacityResult {
  const messagesPerSecond = s.postsPerSecond / s.postsPerMessage;

  // Stage 1: stateless, any number of batches at once; the standard queue has no throughput ceiling.
  const fill1 = stage1Fill(m, a, messagesPerSecond, s.postsPerMessage, batching);
  const t1 = stage1InvocationMs(m, a, s.postsPerMessage, fill1);
  const invocationsPerSecond = messagesPerSecond / fill1;
  const c1 = (invocationsPerSecond * t1) / 1000;
  // Lambda adds 300 instances a minute from 5: a burst from quiet waits for the ramp, its backlog drains after it.
  const rampSeconds = Math.max(
    0,
    ((c1 - QUOTAS.lambdaSqsStartBatches.value) / QUOTAS.lambdaSqsScaleUpPerMinute.value) * 60,
  );
  const rampBacklog = (Math.min(rampSeconds, s.seconds) * s.postsPerSecond) / 2;
  const stage1: StageCapacity = {
    stage: 'score (stage 1, standard queue)',
    concurrency: c1,
    lagSeconds:
      rampSeconds > 0 ? Math.max(0, rampBacklog / s.postsPerSecond - Math.max(0, s.seconds - rampSeconds)) : 0,
    latencyMs: a.pollDelayMs + t1 + windowWaitMs(messagesPerSecond, batching),
    checks: [
      check('score batches in flight', c1, QUOTAS.lambdaSqsStandardMaxBatches),
      check('score batches in flight vs the configured cap (INGEST.maxConcurrency)', c1, {
        value: INGEST.maxConcurrency,
        unit: 'batches',
        source: 'resources/queues.ts',
      }),
    ],
    notes: [
      `${t1.toFixed(0)} ms per invocation of ${fill1.toFixed(1)} x ${s.postsPerMessage} posts (batch ${batching.size}, window ${batching.windowSeconds} s)`,
      rampSeconds > 0
        ? `from quiet, Lambda reaches ${c1.toFixed(0)} batches in ${rampSeconds.toFixed(0)} s (+300/min)`
        : 'within the 5 batches Lambda starts with',
    ],
  };

  // Stage 2: one batch per FIFO group (partition) in flight; the busiest group sets the pace. Each invocation of
  // stage 1 sends it one message carrying its ingest messages' parts (more past the body limit).
  const packed = ingestMessagesPerEvidenceMessage(m, fill1, s.postsPerMessage);
  const postsPerEvidenceMessage = packed * s.postsPerMessage;
  const perGroup = (messagesPerSecond / packed) * a.busiestPartitionShare;
  const sendsPerGroup = invocationsPerSecond * a.busiestPartitionShare;
  const fill = stage2Fill(m, a, perGroup, postsPerEvidenceMessage);
  const t2 = stage2BatchMs(m, a, fill, postsPerEvidenceMessage);
  const t2Full = stage2BatchMs(m, a, 10, postsPerEvidenceMessage);
  const groupCapacity = (10 * 1000) / t2Full;
  const batchesPerSecond = perGroup / fill;
  const lag2 = perGroup > groupCapacity ? ((perGroup - groupCapacity) * s.seconds) / groupCapacity : 0;
  const at = stage2At(m, fill, postsPerEvidenceMessage);
  const evidenceSendsPerSecond = messagesPerSecond * evidenceMessagesPerIngestMessage(m, fill1);
  const stage2: StageCapacity = {
    stage: 'aggregate (stage 2, FIFO by partition)',
    // Each active group keeps at most one batch in flight, busy this share of the time (the busiest; others less).
    concurrency: a.activePartitions * Math.min(1, (batchesPerSecond * t2) / 1000),
    lagSeconds: lag2,
    latencyMs: a.pollDelayMs + t2 / 2 + t2,
    checks: [
      check('busiest group: messages/s vs one batch of 10 in flight', perGroup, {
        value: groupCapacity,
        unit: 'messages/s per group',
        source: `${QUOTAS.lambdaFifoBatchesPerGroup.source} (${t2Full.toFixed(0)} ms per batch of 10)`,
      }),
      // Every stage-1 invocation sends its evidence in one SendMessageBatch whose entries go to several groups;
      // the busiest group's partition sees one call per invocation carrying its evidence.
      check('busiest group: SendMessageBatch calls/s on its partition', sendsPerGroup, QUOTAS.sqsFifoPartitionTps),
      check(
        'evidence queue: SendMessageBatch calls/s (high-throughput mode)',
        invocationsPerSecond,
        QUOTAS.sqsFifoHighThroughputQueueTps,
      ),
      check(
        'busiest group: write units/s on its state (all on one partition, worst case)',
        batchesPerSecond * at.wruPerBatch,
        QUOTAS.dynamoPartitionWcu,
      ),
      check('busiest group: read units/s on its state', batchesPerSecond * at.rruPerBatch, QUOTAS.dynamoPartitionRcu),
    ],
    notes: [
      `${fill.toFixed(1)} messages of ${packed.toFixed(1)} ingest messages' evidence per state load and commit, ${t2.toFixed(0)} ms per batch; a group takes at most ${groupCapacity.toFixed(0)} messages/s`,
      `evidence: ${(s.postsPerSecond * m.stage1.evidencePerPost).toFixed(0)} posts/s in ${evidenceSendsPerSecond.toFixed(0)} messages/s over ${a.activePartitions} groups`,
    ],
  };

  const stages = [stage1, stage2];
  const fanOutStage: StageCapacity = fanOut
    ? {
        stage: 'fan-out (alerts stream)',
        concurrency: Number.NaN,
        lagSeconds: 0,
        latencyMs: a.streamDelayMs + fanOut.alertVersionMs,
        checks: [check('SNS publishes/s', fanOut.publishesPerSecond, QUOTAS.snsPublishPerSecond)],
        notes: [fanOut.basis],
      }
    : {
        stage: 'fan-out (alerts stream): no model given',
        concurrency: Number.NaN,
        lagSeconds: 0,
        latencyMs: a.streamDelayMs,
        checks: [],
        notes: ['the alerts stream to the fan-out only; the fan-out model plugs in through `fanOut`'],
      };
  stages.push(fanOutStage);
  const all = stages.flatMap((st) => st.checks);
  const worst = all.reduce((x, y) => (y.use > x.use ? y : x));
  return {
    scenario: s,
    stages,
    alertLatencyMs: stages.reduce((n, st) => n + st.latencyMs, 0),
    nextWall: { what: worst.what, use: worst.use },
    sustained: all.every((c) => c.use <= 1) && stages.every((st) => st.lagSeconds === 0),
  };
}

/** The two loads: the firehose's average and its record burst, with messages of 100 and of 1,000 posts. */
export const SCENARIOS: Scenario[] = [
  { name: 'average 6,000 posts/s, messages of 100', postsPerSecond: 6000, seconds: 3600, postsPerMessage: 100 },
  {
    name: 'burst 150,000 posts/s for 10 min, messages of 100',
    postsPerSecond: 150_000,
    seconds: 600,
    postsPerMessage: 100,
  },
  {
    name: 'burst 150,000 posts/s for 10 min, messages of 1,000',
    postsPerSecond: 150_000,
    seconds: 600,
    postsPerMessage: 1000,
  },
];

/**
 * The capacity under another stage-2 key (tools/capacity/partition-key.ts,
 * measured on the workload): stage 2's groups, the share of ingest messages
 * the busiest one receives and the evidence per message are the key's; the
 * per-message CPU and message size scale with the evidence a message
 * carries, the state reads and writes per batch are taken as measured
 * (conservative: a finer key's groups hold fewer candidates). With
 * family x region an event that spans regions needs one alert id: stage 3,
 * the identity join (design, docs/benchmarks.md), takes every alert version
 * stage 2 makes, on one FIFO group per family, and gives it its alert id
 * (one read of the family's recent identities, one conditional write per
 * batch of up to 10).
 */
export function keyedCapacity(
  m: MeasuredStages,
  s: Scenario,
  k: KeyingMeasure,
  a: AwsAssumptions = DEFAULT_AWS,
  fanOut?: FanOutCapacity,
  batching: IngestBatching = INGEST_BATCHING,
): CapacityResult & { keying: KeyingMeasure } {
  const measuredPerMessage = (m.stage1.evidencePerPost * m.postsPerMessage) / m.stage1.evidenceMessagesPerIngestMessage;
  const r = k.evidencePerMessage / measuredPerMessage;
  const keyed: MeasuredStages = {
    ...m,
    stage1: {
      ...m.stage1,
      ingestMessagesPerInvocation: k.ingestMessagesPerInvocation,
      partsPerIngestMessage: k.partsPerIngestMessage,
      evidenceMessagesPerIngestMessage: k.evidenceMessagesPerIngestMessage,
      meanEvidenceMessageBytes: m.stage1.meanEvidenceMessageBytes * r,
    },
    stage2: m.stage2.map((g) => ({ ...g, cpuMsPerBatch: g.cpuMsPerBatch * r })),
  };
  // The busiest group's share of invocations, between its share of single messages and of measured invocations.
  const fill1 = stage1Fill(keyed, a, s.postsPerSecond / s.postsPerMessage, s.postsPerMessage, batching);
  const span = Math.max(1, k.ingestMessagesPerInvocation - 1);
  const share =
    k.busiestGroupMessageShare +
    (k.busiestGroupInvocationShare - k.busiestGroupMessageShare) * Math.min(1, (fill1 - 1) / span);
  const base = capacityModel(
    keyed,
    s,
    { ...a, busiestPartitionShare: share, activePartitions: k.groups },
    fanOut,
    batching,
  );
  if (k.keying === 'family') return { ...base, keying: k };

  const versionsPerSecond = s.postsPerSecond * m.alertVersionsPerPost;
  const joinBatchMs = a.invocationOverheadMs + a.roundTripMs + a.transactRoundTripMs;
  const perGroup = (10 * 1000) / joinBatchMs;
  // Conservative: every version of the burst in one family's group (a burst is one event).
  const need = versionsPerSecond;
  const stage3: StageCapacity = {
    stage: 'identity join (stage 3, FIFO by family; design)',
    concurrency: Math.min(4, Math.ceil(need / perGroup)),
    lagSeconds: need > perGroup ? ((need - perGroup) * s.seconds) / perGroup : 0,
    latencyMs: a.pollDelayMs + joinBatchMs,
    checks: [
      check('identity join: alert versions/s on one family group', need, {
        value: perGroup,
        unit: 'versions/s per group (batches of 10, one in flight)',
        source: `${QUOTAS.lambdaFifoBatchesPerGroup.source} (${joinBatchMs} ms per batch)`,
      }),
    ],
    notes: [
      `${versionsPerSecond.toFixed(0)} alert versions/s at ${s.postsPerSecond} posts/s (${(m.alertVersionsPerPost * 1e6).toFixed(0)} per million posts)`,
    ],
  };
  // Stage 3 sits between stage 2 and the outbox: before the fan-out.
  const stages = [...base.stages.slice(0, 2), stage3, ...base.stages.slice(2)];
  const all = stages.flatMap((st) => st.checks);
  const worst = all.reduce((x, y) => (y.use > x.use ? y : x));
  return {
    scenario: s,
    stages,
    alertLatencyMs: base.alertLatencyMs + stage3.latencyMs,
    nextWall: { what: worst.what, use: worst.use },
    sustained: all.every((c) => c.use <= 1) && stages.every((st) => st.lagSeconds === 0),
    keying: k,
  };
}
