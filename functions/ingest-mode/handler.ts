/**
 * The ingest-mode Lambda: on each state change of the two mode alarms (an EventBridge rule) and on a schedule, puts
 * stage 1's event source mapping in the mode the alarms' current states call for (functions/domain/ingest-mode.ts).
 * It reads the states rather than trusting the event, so a repeated, late or out-of-order event is harmless; it
 * writes only when the mapping differs.
 */
import type { Context } from 'aws-lambda';
import { z } from 'zod';
import { INGEST_MODE_ENV, INGEST_MODES } from '../../resources';
import {
  CloudWatchModeAlarms,
  createModeClients,
  type IngestMapping,
  LambdaIngestMapping,
  type ModeAlarms,
} from '../adapters/ingest-mapping';
import { entryPoint } from '../commons/entry';
import { createTelemetry, type Telemetry } from '../commons/observability';
import { type IngestBatching, type ModeSignals, nextIngestBatching } from '../domain/ingest-mode';

/** Any EventBridge event: an alarm's state change or the schedule's tick; which one does not matter. */
const EventSchema = z.object({ source: z.string(), 'detail-type': z.string() });

const EnvSchema = z.object({
  [INGEST_MODE_ENV.mappingId]: z.string().min(1),
  [INGEST_MODE_ENV.backlogAlarm]: z.string().min(1),
  [INGEST_MODE_ENV.calmAlarm]: z.string().min(1),
});

export interface IngestModeResult {
  signals: ModeSignals;
  current: IngestBatching;
  /** What was written, if anything. */
  written?: IngestBatching;
}

export type IngestModeHandler = (event: unknown, context: Context) => Promise<IngestModeResult>;

export function createIngestModeHandler(
  mapping: IngestMapping,
  alarms: ModeAlarms,
  t: Pick<Telemetry, 'logger'>,
): IngestModeHandler {
  return async (event) => {
    const e = EventSchema.parse(event);
    const [current, signals] = await Promise.all([mapping.read(), alarms.read()]);
    const next = nextIngestBatching(current, signals, INGEST_MODES);
    if (next) await mapping.write(next);
    t.logger.info('ingest mode', { trigger: e['detail-type'], signals, current, written: next ?? null });
    return { signals, current, ...(next ? { written: next } : {}) };
  };
}

export const handler: IngestModeHandler = entryPoint(() => {
  const env = EnvSchema.parse(process.env);
  const c = createModeClients();
  return createIngestModeHandler(
    new LambdaIngestMapping(c.lambda, env[INGEST_MODE_ENV.mappingId]),
    new CloudWatchModeAlarms(c.cloudwatch, {
      backlog: env[INGEST_MODE_ENV.backlogAlarm],
      calm: env[INGEST_MODE_ENV.calmAlarm],
    }),
    createTelemetry(),
  );
});
