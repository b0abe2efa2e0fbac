/**
 * Stage 1's burst mode in the capacity model (INGEST.burst; the switch: infra/constructs/ingest-mode-switch.ts, the
 * decision: functions/domain/ingest-mode.ts). A burst starts in ordinary mode; if the busiest stage-2 group cannot
 * carry it, its oldest message ages by (1 - 1/use) s every second (the head at time t was sent at t/use, the group
 * having worked off what came before it); once that age passes the backlog alarm's threshold
 * for its periods, the alarm, EventBridge, the ingest-mode function and the mapping's update take their time, then
 * stage 1 runs large batches over a window and the group (FIFO) works off the old backlog at the ordinary rate
 * before the packed messages behind it. Closed form, per the FIFO order:
 * - peak lag = tSwitch x (uOrdinary - 1): the last message sent before the switch waits longest;
 * - drain = peak lag / (1 - uBurst) after the switch, while the rate holds (never, if uBurst >= 1).
 */
import { INGEST, INGEST_MODES } from '../../resources';
import type { CapacityResult, Scenario } from './capacity';
import type { IngestBatching } from './stages';

/** What the switch takes besides the alarm's own periods: assumed, not measured; printed with every result. */
export interface SwitchTiming {
  /** From the end of a minute to its SQS datapoint reaching the alarm (SQS pushes its metrics each minute). */
  metricDelaySeconds: number;
  /** Alarm state change to the function's invocation (EventBridge, "guaranteed" delivery of alarm events). */
  eventBridgeSeconds: number;
  /** The function: a cold start, GetEventSourceMapping, DescribeAlarms, UpdateEventSourceMapping. */
  functionSeconds: number;
  /** UpdateEventSourceMapping to the pollers running the new batching (AWS documents no figure). */
  mappingUpdateSeconds: number;
}

export const DEFAULT_SWITCH_TIMING: SwitchTiming = {
  metricDelaySeconds: 60,
  eventBridgeSeconds: 1,
  functionSeconds: 2,
  mappingUpdateSeconds: 60,
};

export const batchingOf = (b: { batchSize: number; maxBatchingWindowSeconds: number }): IngestBatching => ({
  size: b.batchSize,
  windowSeconds: b.maxBatchingWindowSeconds,
});

/** The busiest stage-2 group's messages/s against one batch of 10 in flight (capacity.ts's check). */
export function busiestGroupUse(c: CapacityResult): number {
  const check = c.stages[1]?.checks.find((x) => x.what.startsWith('busiest group: messages/s'));
  if (!check) throw new Error('no busiest-group check in the capacity result');
  return check.use;
}

export interface BurstModeResult {
  scenario: Scenario;
  timing: SwitchTiming;
  /** Each mode at the scenario's rate: the busiest group's use, the latency, and its next wall (every check). */
  ordinary: { use: number; alertLatencyMs: number; nextWall: { what: string; use: number } };
  burst: { use: number; alertLatencyMs: number; nextWall: { what: string; use: number } };
  /** Seconds from the burst's start until the busiest group's oldest message passes the alarm's threshold. */
  thresholdSeconds?: number;
  /** Seconds from the burst's start until stage 1 runs burst mode (undefined: no backlog, no switch). */
  switchSeconds?: number;
  /** Ingest posts whose evidence waits in the busiest group at the switch (at the burst's end if it never comes). */
  backlogPostsAtSwitch: number;
  /** The longest a message waits in the busiest group (s). */
  peakLagSeconds: number;
  /** From the switch until the busiest group is caught up, the rate holding (s); Infinity if burst mode cannot. */
  drainSeconds: number;
  /** The busiest group's lag when the burst's duration ends (s). */
  lagAtEndSeconds: number;
  /** Carried: the busiest group's batches catch up within the burst's duration (its other checks: `burst.nextWall`). */
  carried: boolean;
}

/**
 * The burst with the switch. `capacityAt` is the capacity model at a stage-1 batching (capacityModel or
 * keyedCapacity, with the workload's measurements and the AWS assumptions bound).
 */
export function burstModeModel(
  s: Scenario,
  capacityAt: (b: IngestBatching) => CapacityResult,
  timing: SwitchTiming = DEFAULT_SWITCH_TIMING,
): BurstModeResult {
  const ordinary = capacityAt(batchingOf(INGEST_MODES.ordinary));
  const burst = capacityAt(batchingOf(INGEST_MODES.burst));
  const uO = busiestGroupUse(ordinary);
  const uB = busiestGroupUse(burst);
  const base = {
    scenario: s,
    timing,
    ordinary: { use: uO, alertLatencyMs: ordinary.alertLatencyMs, nextWall: ordinary.nextWall },
    burst: { use: uB, alertLatencyMs: burst.alertLatencyMs, nextWall: burst.nextWall },
  };
  if (uO <= 1)
    return { ...base, backlogPostsAtSwitch: 0, peakLagSeconds: 0, drainSeconds: 0, lagAtEndSeconds: 0, carried: true };
  const b = INGEST.burst;
  const growth = uO - 1;
  const thresholdSeconds = b.enterAgeSeconds / (1 - 1 / uO);
  // The alarm needs enterPeriods whole periods above the threshold, the first one beginning after it is crossed
  // (the worst case of where in a minute the crossing falls), and the last one's datapoint.
  const alarmSeconds =
    Math.ceil(thresholdSeconds / b.periodSeconds) * b.periodSeconds +
    b.enterPeriods * b.periodSeconds +
    timing.metricDelaySeconds;
  const switchSeconds = alarmSeconds + timing.eventBridgeSeconds + timing.functionSeconds + timing.mappingUpdateSeconds;
  if (switchSeconds >= s.seconds) {
    const lag = s.seconds * growth;
    return {
      ...base,
      thresholdSeconds,
      backlogPostsAtSwitch: s.seconds * s.postsPerSecond * (1 - 1 / uO),
      peakLagSeconds: lag,
      drainSeconds: Number.POSITIVE_INFINITY,
      lagAtEndSeconds: lag,
      carried: false,
    };
  }
  const peakLagSeconds = switchSeconds * growth;
  const drainSeconds = uB < 1 ? peakLagSeconds / (1 - uB) : Number.POSITIVE_INFINITY;
  const after = s.seconds - switchSeconds;
  const lagAtEndSeconds = uB < 1 ? Math.max(0, peakLagSeconds - after * (1 - uB)) : peakLagSeconds + after * (uB - 1);
  return {
    ...base,
    thresholdSeconds,
    switchSeconds,
    backlogPostsAtSwitch: switchSeconds * s.postsPerSecond * (1 - 1 / uO),
    peakLagSeconds,
    drainSeconds,
    lagAtEndSeconds,
    carried: lagAtEndSeconds === 0,
  };
}

/** Seconds from the input falling under INGEST.burst.leavePostsPerSecond to ordinary mode (the backlog drained). */
export function leaveSeconds(timing: SwitchTiming = DEFAULT_SWITCH_TIMING): number {
  const b = INGEST.burst;
  return (
    b.leavePeriods * b.periodSeconds +
    timing.metricDelaySeconds +
    timing.eventBridgeSeconds +
    timing.functionSeconds +
    timing.mappingUpdateSeconds
  );
}
