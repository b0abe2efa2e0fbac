/**
 * The two stages' measured costs, in process (no emulator): the workload's
 * messages through stage 1 in invocations of INGEST.batchSize (scoreMessages:
 * parse, admit, score, the invocation's evidence packed per partition and
 * encoded for the evidence queue), then stage 2 (aggregateMessages per
 * partition, decoding the evidence) on an instrumented store that sizes every
 * item as DynamoDB bills it (bench/replay.ts), with groups of 1 and of 10
 * messages per state load and commit: what the capacity model and the cost
 * model (tools/capacity/) are built from. CPU time of this process, after
 * one untimed warm-up pass.
 */
import type { Alert } from '../functions/domain/alert';
import { defaultModel, InMemoryEventStateStore, scoreBatch } from '../functions/domain/detector';
import { preloadGazetteer } from '../functions/domain/places';
import type { Post } from '../functions/domain/post';
import { scoreMessages } from '../functions/score/score-message';
import { INGEST } from '../resources';
import { type KeyingMeasure, measureRouted, STAGE_KEY_OF } from '../tools/capacity/partition-key';
import type { MeasuredStages } from '../tools/capacity/stages';
import { inProcessStages } from '../tools/local/in-process-stages';
import { emit, ingestClocks, loadWorkload } from './common';
import { InstrumentedStore } from './replay';

export interface Stage2Measure {
  /** Messages per state load and commit asked for (Lambda's FIFO batch: up to 10). */
  groupBatch: number;
  batches: number;
  /** Stage 1 packed each invocation's parts (else each ingest message's parts went on their own). */
  packed: boolean;
  /** Ingest messages per stage-1 invocation: 1 (unpacked), INGEST.batchSize, or INGEST.burst.batchSize (burst mode). */
  perInvocation: number;
  /** Evidence messages per batch, and the parts (ingest messages' evidence) they carry. */
  messagesPerBatch: number;
  partsPerBatch: number;
  /** Ingest posts whose evidence a message carries (posts per ingest message x parts per message). */
  postsPerMessage: number;
  evidencePerBatch: number;
  cpuMsPerBatch: number;
  loadsPerBatch: number;
  savesPerBatch: number;
  itemsReadPerBatch: number;
  itemsWrittenPerBatch: number;
  rruPerBatch: number;
  wruPerBatch: number;
  maxItemBytes: number;
  alertVersions: number;
}

/** What the capacity and cost models read (MeasuredStages), with the measurement's own detail. */
export interface StagesResult extends MeasuredStages {
  workload: string;
  posts: number;
  ingestMessages: number;
  stage2: Stage2Measure[];
  /** The alerts with groups of 10 equal those with groups of 1 (same alertId#version set). */
  sameAlertsAcrossBatchSizes: boolean;
  /** The alerts equal those of stage 1 unpacked (each ingest message on its own) and packed by burst mode's invocations. */
  sameAlertsAsUnpacked: boolean;
  /** How the evidence spreads over stage 2's groups under today's key (family) and family x region. */
  keyings: KeyingMeasure[];
}

const cpuMs = (from: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
};

async function run(
  groupBatch: number,
  bodies: string[],
  clocks: Map<string, Date>,
  perInvocation: number = INGEST.batchSize,
) {
  const store = new InstrumentedStore(new InMemoryEventStateStore(), true);
  const s = inProcessStages({
    deferred: true,
    groupBatch,
    store,
    clock: (batchId) => clocks.get(batchId) ?? new Date(0),
  });
  const c1 = process.cpuUsage();
  for (let i = 0; i < bodies.length; i += perInvocation) {
    const records = bodies.slice(i, i + perInvocation).map((body, j) => ({ body, messageId: `m${i + j}` }));
    for (const r of await scoreMessages(records, s.deps)) {
      if (!r.ok) throw r.error;
      s.record(r.outcome);
    }
  }
  const stage1Ms = cpuMs(c1);
  const c2 = process.cpuUsage();
  await s.flush();
  const stage2Ms = cpuMs(c2);
  return { s, store, stage1Ms, stage2Ms };
}

/** Stage 1's messages per ingest message and per invocation (scored again under each key, untimed, mentions-only messages included). */
function keyingsOf(batches: readonly Post[][]): KeyingMeasure[] {
  const model = defaultModel();
  return (['family', 'familyRegion', 'familyRegionSpread'] as const).map((k) =>
    measureRouted(
      batches.map((posts, i) => scoreBatch(`k${i}`, posts, model, { key: STAGE_KEY_OF[k] }).messages),
      k,
      INGEST.batchSize,
    ),
  );
}

function stage2Of(
  groupBatch: number,
  perInvocation: number,
  r: Awaited<ReturnType<typeof run>>,
  postsPerIngest: number,
): Stage2Measure {
  const t = r.store.t;
  const batches = r.s.stage2.length;
  const messages = r.s.stage2Messages.reduce((n, x) => n + x, 0);
  const parts = r.s.stage2.reduce((n, o) => n + o.messageIds.length, 0);
  return {
    groupBatch,
    packed: perInvocation > 1,
    perInvocation,
    batches,
    messagesPerBatch: messages / batches,
    partsPerBatch: parts / batches,
    postsPerMessage: (postsPerIngest * parts) / messages,
    evidencePerBatch: r.s.stage2.reduce((n, o) => n + o.evidence, 0) / batches,
    cpuMsPerBatch: r.stage2Ms / batches,
    loadsPerBatch: t.loads / batches,
    savesPerBatch: t.saves / batches,
    itemsReadPerBatch: t.itemsRead / batches,
    itemsWrittenPerBatch: t.itemsWritten / batches,
    rruPerBatch: t.rru / batches,
    wruPerBatch: t.wru / batches,
    maxItemBytes: t.maxItemBytes,
    alertVersions: r.s.alerts.length,
  };
}

const alertKeysOf = (alerts: readonly Alert[]) => alerts.map((a) => `${a.alertId}#${a.version}`).sort();

async function main(): Promise<void> {
  const w = await loadWorkload();
  const clocks = ingestClocks(w.bodies);
  // Warm-up (gazetteer load, JIT), untimed: the timed runs measure the steady state a warm Lambda has.
  preloadGazetteer();
  await run(10, w.bodies, clocks);
  const stage2: Stage2Measure[] = [];
  let first: Awaited<ReturnType<typeof run>> | undefined;
  const alertKeys: string[][] = [];
  const postsPerIngest = w.batches.reduce((n, b) => n + b.length, 0) / w.bodies.length;
  // Packed (as stage 1 sends), then each ingest message's parts on their own (as before packing; what a stage-1
  // invocation of one message sends), then packed by burst mode's invocations (INGEST.burst.batchSize messages).
  for (const perInvocation of [INGEST.batchSize, 1, INGEST.burst.batchSize])
    for (const groupBatch of [1, 10]) {
      const r = await run(groupBatch, w.bodies, clocks, perInvocation);
      if (perInvocation === INGEST.batchSize) first ??= r;
      stage2.push(stage2Of(groupBatch, perInvocation, r, postsPerIngest));
      alertKeys.push(alertKeysOf(r.s.alerts));
      process.stderr.write(
        `  stages: invocations of ${perInvocation}, groups of ${groupBatch}: ${r.s.stage2.length} stage-2 batches, ${r.s.alerts.length} alert versions\n`,
      );
    }
  const f = first!;
  const posts = f.s.stage1.reduce((n, o) => n + o.postsIn, 0);
  const evidence = f.s.stage1.reduce((n, o) => n + o.evidence, 0);
  const evidenceMessages = f.s.evidenceMessages;
  const parts = f.s.stage1.reduce((n, o) => n + o.evidenceParts, 0);
  const result: StagesResult = {
    workload: w.label,
    posts,
    ingestMessages: w.bodies.length,
    postsPerMessage: posts / w.bodies.length,
    meanIngestMessageBytes: w.bodies.reduce((n, b) => n + b.length, 0) / w.bodies.length,
    stage1: {
      cpuNsPerPost: (f.stage1Ms * 1e6) / posts,
      evidencePerPost: evidence / posts,
      ingestMessagesPerInvocation: INGEST.batchSize,
      partsPerIngestMessage: parts / w.bodies.length,
      evidenceMessagesPerIngestMessage: evidenceMessages / w.bodies.length,
      meanEvidenceMessageBytes: f.s.evidenceBytes / Math.max(1, evidenceMessages),
    },
    stage2,
    alertVersionsPerPost: f.s.alerts.length / posts,
    alertEventsPerPost: new Set(f.s.alerts.map((a: Alert) => a.alertId)).size / posts,
    meanAlertBytes: f.s.alerts.reduce((n, a) => n + JSON.stringify(a).length, 0) / Math.max(1, f.s.alerts.length),
    sameAlertsAcrossBatchSizes: JSON.stringify(alertKeys[0]) === JSON.stringify(alertKeys[1]),
    sameAlertsAsUnpacked: alertKeys.every((k) => JSON.stringify(k) === JSON.stringify(alertKeys[0])),
    keyings: keyingsOf(w.batches),
  };
  emit(result);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
