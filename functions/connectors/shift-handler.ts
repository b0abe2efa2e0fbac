/**
 * A connector Lambda's invocation: one shift of reading a source into the
 * ingest queue under the source's lease (lease.ts). A schedule invokes it
 * every minute: a tick finds the lease held (and leaves), or about to be
 * handed over (and waits to take it), or free because its holder died (and
 * takes it). Shared by the Bluesky and Mastodon connector functions; each
 * says only how to start its reader.
 */
import type { Context } from 'aws-lambda';
import type { AwsClients } from '../adapters/aws-clients';
import { DynamoCheckpointStore, DynamoLeaseStore } from '../adapters/dynamo-connector-state';
import { DynamoTombstoneStore } from '../adapters/dynamo-tombstones';
import { SqsIngestSink } from '../adapters/ingest-queue';
import type { Config } from '../commons/config';
import type { Telemetry } from '../commons/observability';
import { runShift, SHIFT_DEFAULTS } from './lease';
import { reportConnectorMetrics } from './report-metrics';
import type { ConnectorDeps, RunningConnector } from './running';

export type ConnectorKind = 'blueskyConnector' | 'mastodonConnector';

export interface ShiftHandlerOptions<K extends ConnectorKind> {
  /** The lease's name: one reader of this source at a time. */
  lease: string;
  config: Config<K>;
  t: Telemetry;
  clients: AwsClients;
  start(deps: ConnectorDeps & { log: (message: string, fields?: Record<string, unknown>) => void }): RunningConnector;
}

export function createShiftHandler<K extends ConnectorKind>(o: ShiftHandlerOptions<K>) {
  const { config, t, clients } = o;
  const state = config.tables.connectorState;
  return async (_event: unknown, context: Pick<Context, 'awsRequestId' | 'getRemainingTimeInMillis'>) => {
    const stopBy = Date.now() + context.getRemainingTimeInMillis() - SHIFT_DEFAULTS.flushMs - 10_000;
    let metrics: { stop(): void } | undefined;
    const r = await runShift({
      name: o.lease,
      owner: context.awsRequestId,
      lease: new DynamoLeaseStore(clients.doc, state),
      stopBy,
      runForMs: config.settings.connectorShiftSeconds * 1000,
      handoverWaitMs: config.settings.connectorHandoverWaitSeconds * 1000,
      start: () => {
        const c = o.start({
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
