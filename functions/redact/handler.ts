/**
 * The redact Lambda: the tombstones table's stream. Each new tombstone (a
 * deleted post, or a deleted account: at://did) removes the quoted post from
 * every alert version that quotes it (docs/retention.md). A record that fails
 * is retried by the stream; removing twice is a no-op (conditional update).
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Context, DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { AlertsRepo } from '../adapters/alerts-repo';
import { type AwsClients, createClients } from '../adapters/aws-clients';
import { processBatch } from '../commons/batch';
import { type Config, loadConfig } from '../commons/config';
import { entryPoint } from '../commons/entry';
import { createTelemetry, METRICS, type Telemetry } from '../commons/observability';
import { quotedKeyOf, TombstoneSchema } from '../domain/tombstone';

export type RedactHandler = (event: DynamoDBStreamEvent, context: Context) => Promise<DynamoDBBatchResponse>;

export interface RedactDeps {
  alerts: Pick<AlertsRepo, 'quoting' | 'removeQuotedPost'>;
  now: () => Date;
}

export function redactDeps(config: Config<'redact'>, clients: AwsClients = createClients()): RedactDeps {
  return { alerts: new AlertsRepo(clients.doc, config.tables.alerts), now: () => new Date() };
}

/** Removes the excerpt of the deleted post (or of every post of the deleted account) from the versions quoting it; returns how many. */
export async function redactQuotes(deps: RedactDeps, deletedId: string): Promise<number> {
  let removed = 0;
  for (const key of await deps.alerts.quoting(quotedKeyOf(deletedId)))
    if ((await deps.alerts.removeQuotedPost(key, deletedId, deps.now())) === 'removed') removed++;
  return removed;
}

export function createRedactHandler(deps: RedactDeps, t: Telemetry): RedactHandler {
  return async (event, context) => {
    const record = async (r: DynamoDBRecord): Promise<void> => {
      if (r.eventName !== 'INSERT' || !r.dynamodb?.NewImage) return;
      const tomb = TombstoneSchema.parse(unmarshall(r.dynamodb.NewImage as Record<string, AttributeValue>));
      const n = await redactQuotes(deps, tomb.id);
      if (n > 0) {
        t.metrics.addMetric(METRICS.excerptsRemoved, 'Count', n);
        t.logger.info('excerpts removed', { tombstone: tomb.id, versions: n });
      }
    };
    return processBatch(t, event, context, record);
  };
}

export const handler: RedactHandler = entryPoint(() =>
  createRedactHandler(redactDeps(loadConfig('redact')), createTelemetry()),
);
