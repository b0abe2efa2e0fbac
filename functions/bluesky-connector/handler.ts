/**
 * The Bluesky connector Lambda: one shift of reading Jetstream into the ingest
 * queue, under the source's lease (functions/connectors/lease.ts). Invoked
 * every minute by a schedule: a tick finds the lease held (and leaves), or
 * about to be handed over (and waits to take it), or free because its holder
 * died (and takes it).
 */
import type { Context } from 'aws-lambda';
import { JETSTREAM } from '../../resources';
import { type AwsClients, createClients } from '../adapters/aws-clients';
import { DynamoCheckpointStore, DynamoLeaseStore } from '../adapters/dynamo-connector-state';
import { DynamoTombstoneStore } from '../adapters/dynamo-tombstones';
import { SqsIngestSink } from '../adapters/ingest-queue';
import { type Config, loadConfig } from '../commons/config';
import { createTelemetry, type Telemetry } from '../commons/observability';
import { startJetstream } from '../connectors/jetstream/connector';
import { runShift, SHIFT_DEFAULTS } from '../connectors/lease';
import { reportConnectorMetrics } from '../connectors/report-metrics';

export function createBlueskyHandler(
  config: Config<'blueskyConnector'>,
  t: Telemetry,
  clients: AwsClients = createClients(),
  endpoints: readonly string[] = JETSTREAM.endpoints,
) {
  const state = config.tables.connectorState;
  return async (_event: unknown, context: Pick<Context, 'awsRequestId' | 'getRemainingTimeInMillis'>) => {
    const stopBy = Date.now() + context.getRemainingTimeInMillis() - SHIFT_DEFAULTS.flushMs - 10_000;
    let metrics: { stop(): void } | undefined;
    const r = await runShift({
      name: 'bluesky',
      owner: context.awsRequestId,
      lease: new DynamoLeaseStore(clients.doc, state),
      stopBy,
      runForMs: config.settings.connectorShiftSeconds * 1000,
      handoverWaitMs: config.settings.connectorHandoverWaitSeconds * 1000,
      start: () => {
        const c = startJetstream({
          endpoints,
          sink: new SqsIngestSink(clients.sqs, config.queues.ingest),
          checkpoints: new DynamoCheckpointStore(clients.doc, state),
          tombstones: new DynamoTombstoneStore(clients.doc, config.tables.tombstones),
          log: (message, fields) => t.logger.warn(message, fields ?? {}),
        });
        metrics = reportConnectorMetrics(c.stats, t);
        return c;
      },
    });
    metrics?.stop();
    const summary = r.ran
      ? {
          ran: true,
          flushed: r.flushed,
          lostLease: r.lostLease,
          startedAt: new Date(r.startedAt).toISOString(),
          endedAt: new Date(r.endedAt).toISOString(),
          ...r.connector.stats.summary(),
        }
      : r;
    if (r.ran && !r.flushed)
      t.logger.error('shift ended with batches not accepted: the next shift reads them again', summary);
    return summary;
  };
}

let handle: ReturnType<typeof createBlueskyHandler> | undefined;
export const handler = (event: unknown, context: Context) => {
  handle ??= createBlueskyHandler(loadConfig('blueskyConnector'), createTelemetry());
  return handle(event, context);
};
