/**
 * Stage 1's burst mode in the capacity model (tools/capacity/burst-mode.ts) on the dev stream's measured stages (the
 * fixture): the burst that ordinary mode cannot carry is carried after the switch, its lag bounded by the switch's
 * time; the average never switches and keeps its latency; the settings (INGEST.burst) hold against the model.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { FUNCTIONS, INGEST, INGEST_MODES } from '../../../resources';
import {
  batchingOf,
  burstModeModel,
  busiestGroupUse,
  DEFAULT_SWITCH_TIMING,
  leaveSeconds,
  type SwitchTiming,
} from '../../../tools/capacity/burst-mode';
import { capacityModel, SCENARIOS, type Scenario } from '../../../tools/capacity/capacity';
import { costPerMillionPosts, DEFAULT_ASSUMPTIONS } from '../../../tools/capacity/cost-model';
import { shardedFanOut } from '../../../tools/capacity/fan-out';
import { QUOTAS } from '../../../tools/capacity/quotas';
import { type AwsAssumptions, DEFAULT_AWS, INGEST_BATCHING, stage1Fill } from '../../../tools/capacity/stages';
import { MEASURED } from './measured';

const [average, burst100, burst1000] = SCENARIOS as [Scenario, Scenario, Scenario];
const at = (s: Scenario, a: AwsAssumptions = DEFAULT_AWS, timing?: SwitchTiming) =>
  burstModeModel(s, (b) => capacityModel(MEASURED, s, a, undefined, b), timing);
const memory = (mb: number): AwsAssumptions => ({ ...DEFAULT_AWS, aggregateMemoryMb: mb });

describe('burst mode', () => {
  test('the average (6,000 posts/s) never switches: no backlog, and its latency is ordinary mode’s, unchanged', () => {
    const r = at(average);
    assert.ok(r.ordinary.use < 1);
    assert.equal(r.switchSeconds, undefined);
    assert.equal(r.peakLagSeconds, 0);
    assert.equal(r.ordinary.alertLatencyMs, capacityModel(MEASURED, average).alertLatencyMs);
    // What burst mode would cost an alert there: the batch's wait in the window, most of a second.
    assert.ok(r.burst.alertLatencyMs - r.ordinary.alertLatencyMs > 800, `${r.burst.alertLatencyMs}`);
    assert.ok(average.postsPerSecond < INGEST.burst.leavePostsPerSecond, 'the average is calm: burst mode leaves');
  });

  test('the 150,000 posts/s burst in messages of 100: ordinary mode falls behind, burst mode catches up within the 10 minutes', () => {
    const r = at(burst100);
    assert.ok(r.ordinary.use > 1, `ordinary ${r.ordinary.use}`);
    assert.ok(r.burst.use < 1, `burst ${r.burst.use}`);
    assert.ok(r.switchSeconds !== undefined && r.switchSeconds < burst100.seconds);
    // The threshold is when a FIFO queue's head first reaches the alarm's age, simulated here message by message.
    const simulated = headAgeReached(r.ordinary.use, INGEST.burst.enterAgeSeconds);
    assert.ok(Math.abs(r.thresholdSeconds! - simulated) / simulated < 0.01, `${r.thresholdSeconds} vs ${simulated}`);
    // FIFO: the last message before the switch waits longest; the packed messages behind it drain the lag.
    assert.ok(Math.abs(r.peakLagSeconds - r.switchSeconds! * (r.ordinary.use - 1)) < 1e-9);
    assert.ok(Math.abs(r.drainSeconds - r.peakLagSeconds / (1 - r.burst.use)) < 1e-9);
    assert.equal(r.lagAtEndSeconds, 0);
    assert.equal(r.carried, true);
    const c = capacityModel(MEASURED, burst100);
    assert.equal(c.sustained, false, 'without the switch the same burst is not carried');
  });

  test("the switch's time: the threshold's crossing, the alarm's whole periods and the datapoint's delay, EventBridge, the function, the mapping's update", () => {
    const r = at(burst100);
    const b = INGEST.burst;
    const t = DEFAULT_SWITCH_TIMING;
    const alarm = Math.ceil(r.thresholdSeconds! / b.periodSeconds) * b.periodSeconds + b.enterPeriods * b.periodSeconds;
    assert.equal(
      r.switchSeconds,
      alarm + t.metricDelaySeconds + t.eventBridgeSeconds + t.functionSeconds + t.mappingUpdateSeconds,
    );
    assert.equal(leaveSeconds(t), b.leavePeriods * b.periodSeconds + t.metricDelaySeconds + 63);
  });

  test('for any delays: a later switch means a larger backlog and lag; past the burst’s end, nothing is switched', () => {
    const delays = fc.record({
      metricDelaySeconds: fc.integer({ min: 0, max: 300 }),
      eventBridgeSeconds: fc.integer({ min: 0, max: 60 }),
      functionSeconds: fc.integer({ min: 0, max: 60 }),
      mappingUpdateSeconds: fc.integer({ min: 0, max: 600 }),
    });
    fc.assert(
      fc.property(delays, fc.integer({ min: 1, max: 120 }), (t, extra) => {
        const a = at(burst100, DEFAULT_AWS, t);
        const b = at(burst100, DEFAULT_AWS, { ...t, mappingUpdateSeconds: t.mappingUpdateSeconds + extra });
        // Strictly, unless neither switched within the burst (then both are its whole length behind).
        if (a.switchSeconds !== undefined) assert.ok(b.peakLagSeconds > a.peakLagSeconds);
        else assert.equal(b.peakLagSeconds, a.peakLagSeconds);
        assert.ok(b.backlogPostsAtSwitch >= a.backlogPostsAtSwitch);
        assert.ok(b.lagAtEndSeconds >= a.lagAtEndSeconds);
        for (const r of [a, b])
          if (r.switchSeconds === undefined) assert.equal(r.carried, false);
          else assert.ok(r.switchSeconds < burst100.seconds && r.lagAtEndSeconds >= 0);
      }),
    );
  });

  test('leaving: at INGEST.burst.leavePostsPerSecond ordinary mode’s busiest group is at most 60% busy (room for the rate to grow back)', () => {
    const s = { name: 'leave', postsPerSecond: INGEST.burst.leavePostsPerSecond, seconds: 600, postsPerMessage: 100 };
    const use = busiestGroupUse(capacityModel(MEASURED, s, DEFAULT_AWS, undefined, batchingOf(INGEST_MODES.ordinary)));
    assert.ok(use <= 0.6, `${use}`);
  });

  test('messages of 1,000 posts: a burst batch holds what fits in the 6 MB payload, not 100 of them', () => {
    const bytes = (MEASURED.meanIngestMessageBytes * 1000) / MEASURED.postsPerMessage;
    const most = Math.floor(QUOTAS.lambdaSyncPayloadBytes.value / bytes);
    assert.ok(most < INGEST.burst.batchSize);
    const fill = stage1Fill(MEASURED, DEFAULT_AWS, 1_500, 1000, batchingOf(INGEST_MODES.burst));
    assert.equal(fill, most);
    assert.ok(burstModeModel(burst1000, (b) => capacityModel(MEASURED, burst1000, DEFAULT_AWS, undefined, b)).carried);
  });

  test("stage 2's memory: a full vCPU (1,769 MB) halves the burst's peak lag and catches up minutes before its end, for under 2 cents per million posts", () => {
    assert.equal(FUNCTIONS.aggregate.memoryMb, 1769, 'the deployed size is the one modelled here');
    const full = at(burst100, memory(1769));
    const part = at(burst100, memory(1024));
    const caughtUp = (r: typeof full) => (r.switchSeconds ?? 0) + r.drainSeconds;
    assert.ok(full.carried && full.burst.use < part.burst.use);
    assert.ok(full.peakLagSeconds < part.peakLagSeconds / 2, `${full.peakLagSeconds} vs ${part.peakLagSeconds}`);
    // At 1,024 MB the group catches up, if at all, in the burst's last minute: no margin for a noisier CPU.
    assert.ok(burst100.seconds - caughtUp(part) < 60, `${caughtUp(part)}`);
    assert.ok(burst100.seconds - caughtUp(full) > 180, `${caughtUp(full)}`);
    const fan = shardedFanOut({ cpuMsPerCustomer: 3 }).cost;
    const cost = (mb: number) =>
      costPerMillionPosts(MEASURED, fan, DEFAULT_ASSUMPTIONS, memory(mb), INGEST_BATCHING).totalUsd;
    assert.ok(cost(1769) > cost(1024));
    assert.ok(cost(1769) - cost(1024) < 0.02, `${cost(1769) - cost(1024)}`);
  });
});

/** Seconds until the oldest waiting message is `age` s old: messages arrive `use` per second, one is served a second. */
function headAgeReached(use: number, age: number): number {
  const dt = 0.001;
  let served = 0;
  for (let t = 0; ; t += dt) {
    served += dt;
    // The head is the first message not yet served: sent when `served` messages had arrived.
    const headSentAt = served / use;
    if (t - headSentAt >= age) return t;
  }
}
