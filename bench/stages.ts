/**
 * The two stages' measured costs, in process (no emulator): the workload's
 * messages through stage 1 (scoreMessage: parse, admit, score, evidence
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
import { scoreMessage } from '../functions/score/score-message';
import { type KeyingMeasure, measureRouted, STAGE_KEY_OF } from '../tools/capacity/partition-key';
import type { MeasuredStages } from '../tools/capacity/stages';
import { inProcessStages } from '../tools/local/in-process-stages';
import { emit, ingestClocks, loadWorkload } from './common';
import { InstrumentedStore } from './replay';

export interface Stage2Measure {
  /** Messages per state load and commit asked for (Lambda's FIFO batch: up to 10). */
  groupBatch: number;
  batches: number;
  messagesPerBatch: number;
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
  /** How the evidence spreads over stage 2's groups under today's key (family) and family x region. */
  keyings: KeyingMeasure[];
}

const cpuMs = (from: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
};

async function run(groupBatch: number, bodies: string[], clocks: Map<string, Date>) {
  const store = new InstrumentedStore(new InMemoryEventStateStore(), true);
  const s = inProcessStages({
    deferred: true,
    groupBatch,
    store,
    clock: (batchId) => clocks.get(batchId) ?? new Date(0),
  });
  const c1 = process.cpuUsage();
  for (const [i, b] of bodies.entries()) s.record(await scoreMessage(b, `m${i}`, s.deps));
  const stage1Ms = cpuMs(c1);
  const c2 = process.cpuUsage();
  await s.flush();
  const stage2Ms = cpuMs(c2);
  return { s, store, stage1Ms, stage2Ms };
}

/** Stage 1's messages per ingest message (scored again under each key, untimed, mentions-only messages included). */
function keyingsOf(batches: readonly Post[][]): KeyingMeasure[] {
  const model = defaultModel();
  return (['family', 'familyRegion', 'familyRegionSpread'] as const).map((k) =>
    measureRouted(
      batches.map((posts, i) => scoreBatch(`k${i}`, posts, model, { key: STAGE_KEY_OF[k] }).messages),
      k,
    ),
  );
}

async function main(): Promise<void> {
  const w = await loadWorkload();
  const clocks = ingestClocks(w.bodies);
  // Warm-up (gazetteer load, JIT), untimed: the timed runs measure the steady state a warm Lambda has.
  preloadGazetteer();
  await run(10, w.bodies, clocks);
  const stage2: Stage2Measure[] = [];
  let first: Awaited<ReturnType<typeof run>> | undefined;
  const alertKeys: string[][] = [];
  for (const groupBatch of [1, 10]) {
    const r = await run(groupBatch, w.bodies, clocks);
    first ??= r;
    const t = r.store.t;
    const batches = r.s.stage2.length;
    stage2.push({
      groupBatch,
      batches,
      messagesPerBatch: r.s.stage2.reduce((n, o) => n + o.messageIds.length, 0) / batches,
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
    });
    alertKeys.push(r.s.alerts.map((a: Alert) => `${a.alertId}#${a.version}`).sort());
    process.stderr.write(
      `  stages: groups of ${groupBatch}: ${batches} stage-2 batches, ${r.s.alerts.length} alert versions\n`,
    );
  }
  const f = first!;
  const posts = f.s.stage1.reduce((n, o) => n + o.postsIn, 0);
  const evidence = f.s.stage1.reduce((n, o) => n + o.evidence, 0);
  const evidenceMessages = f.s.evidenceMessages;
  const result: StagesResult = {
    workload: w.label,
    posts,
    ingestMessages: w.bodies.length,
    postsPerMessage: posts / w.bodies.length,
    meanIngestMessageBytes: w.bodies.reduce((n, b) => n + b.length, 0) / w.bodies.length,
    stage1: {
      cpuNsPerPost: (f.stage1Ms * 1e6) / posts,
      evidencePerPost: evidence / posts,
      evidenceMessagesPerIngestMessage: evidenceMessages / w.bodies.length,
      meanEvidenceMessageBytes: f.s.evidenceBytes / Math.max(1, evidenceMessages),
    },
    stage2,
    alertVersionsPerPost: f.s.alerts.length / posts,
    alertEventsPerPost: new Set(f.s.alerts.map((a: Alert) => a.alertId)).size / posts,
    meanAlertBytes: f.s.alerts.reduce((n, a) => n + JSON.stringify(a).length, 0) / Math.max(1, f.s.alerts.length),
    sameAlertsAcrossBatchSizes: JSON.stringify(alertKeys[0]) === JSON.stringify(alertKeys[1]),
    keyings: keyingsOf(w.batches),
  };
  emit(result);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
