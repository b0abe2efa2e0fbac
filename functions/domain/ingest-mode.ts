/**
 * Stage 1's two modes (issue 11): ordinary (small batches, no batching window: the fastest alerts) and burst (large
 * batches gathered over a window: each stage-2 message packs more ingest messages, so the busiest FIFO group keeps
 * up with a firehose burst). Which one the event source mapping should run, from what it runs now and two signals:
 * `backlog` (a queue's oldest message too old: enter) and `calm` (the input rate low for a while: may leave).
 *
 * Hysteresis by construction: burst mode is entered on a backlog and left only on calm without a backlog, so a
 * backlog that burst mode drained (the burst still running) does not switch it back. Level-triggered: the answer
 * depends only on the current states, never on which event arrived or in what order, so a repeated or late alarm
 * event asks the same question again and gets the same answer.
 */

export type AlarmState = 'OK' | 'ALARM' | 'INSUFFICIENT_DATA';

/** What an SQS event source mapping's batching is. */
export interface IngestBatching {
  batchSize: number;
  maxBatchingWindowSeconds: number;
}

export interface IngestModes {
  ordinary: IngestBatching;
  burst: IngestBatching;
}

export interface ModeSignals {
  /** ALARM: a queue is backing up. */
  backlog: AlarmState;
  /** ALARM: the input rate has been low enough for ordinary mode for a while. */
  calm: AlarmState;
}

export type IngestModeName = keyof IngestModes;

const same = (a: IngestBatching, b: IngestBatching) =>
  a.batchSize === b.batchSize && a.maxBatchingWindowSeconds === b.maxBatchingWindowSeconds;

/** The mode a mapping runs, or undefined when its settings are neither (changed by hand, or a deploy's new values). */
export function modeOf(current: IngestBatching, modes: IngestModes): IngestModeName | undefined {
  if (same(current, modes.burst)) return 'burst';
  if (same(current, modes.ordinary)) return 'ordinary';
  return undefined;
}

/** The mode wanted: burst on a backlog; once in burst, until calm without a backlog; otherwise ordinary. */
export function wantedMode(current: IngestBatching, signals: ModeSignals, modes: IngestModes): IngestModeName {
  if (signals.backlog === 'ALARM') return 'burst';
  // No data on calm is no evidence of calm: stay.
  if (modeOf(current, modes) === 'burst' && signals.calm !== 'ALARM') return 'burst';
  return 'ordinary';
}

/** The settings to write, or undefined when the mapping already runs them (nothing to do: idempotent). */
export function nextIngestBatching(
  current: IngestBatching,
  signals: ModeSignals,
  modes: IngestModes,
): IngestBatching | undefined {
  const want = modes[wantedMode(current, signals, modes)];
  return same(current, want) ? undefined : { ...want };
}
