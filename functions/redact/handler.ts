/**
 * The redact Lambda: the tombstones table's stream. Each new tombstone (a
 * deleted post, or a deleted account: at://did) removes the quoted post from
 * every alert version that quotes it, and from the detector state of the
 * alerted events that hold it (docs/retention.md). A record that fails
 * is retried by the stream; removing twice is a no-op (conditional update).
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Context, DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { AlertsRepo } from '../adapters/alerts-repo';
import { type AwsClients, createClients } from '../adapters/aws-clients';
import { DynamoEventStateStore } from '../adapters/dynamo-event-store';
import { processBatch } from '../commons/batch';
import { type Config, loadConfig } from '../commons/config';
import { entryPoint } from '../commons/entry';
import { createTelemetry, METRICS, type Telemetry } from '../commons/observability';
import { type EventStateStore, forgetQuotedPosts } from '../domain/detector';
import { isDeleted, quotedKeyOf, TombstoneSchema } from '../domain/tombstone';

export type RedactHandler = (event: DynamoDBStreamEvent, context: Context) => Promise<DynamoDBBatchResponse>;

export interface RedactDeps {
  alerts: Pick<AlertsRepo, 'quoting' | 'removeQuotedPost'>;
  /** The detector state: its alerted events' representative posts. */
  state: EventStateStore;
  now: () => Date;
}

export function redactDeps(config: Config<'redact'>, clients: AwsClients = createClients()): RedactDeps {
  return {
    alerts: new AlertsRepo(clients.doc, config.tables.alerts),
    state: new DynamoEventStateStore({ client: clients.doc, tableName: config.tables.events }),
    now: () => new Date(),
  };
}

/**
 * Removes the excerpt of the deleted post (or of every post of the deleted
 * account) from the versions quoting it, and, when some did, from the
 * detector state of the events that still hold it as their representative
 * (so no later version quotes it again); returns how many versions.
 */
export async function redactQuotes(deps: RedactDeps, deletedId: string): Promise<{ versions: number; state: number }> {
  let versions = 0;
  const quoting = await deps.alerts.quoting(quotedKeyOf(deletedId));
  for (const key of quoting)
    if ((await deps.alerts.removeQuotedPost(key, deletedId, deps.now())) === 'removed') versions++;
  // Only an alerted event's representative reaches a version: a post quoted by none needs no state read.
  const hides = (postId: string) => isDeleted(postId, new Set([deletedId]));
  const state = quoting.length > 0 ? await forgetQuotedPosts(deps.state, hides) : 0;
  return { versions, state };
}

export function createRedactHandler(deps: RedactDeps, t: Telemetry): RedactHandler {
  return async (event, context) => {
    const record = async (r: DynamoDBRecord): Promise<void> => {
      if (r.eventName !== 'INSERT' || !r.dynamodb?.NewImage) return;
      const tomb = TombstoneSchema.parse(unmarshall(r.dynamodb.NewImage as Record<string, AttributeValue>));
      const n = await redactQuotes(deps, tomb.id);
      if (n.versions + n.state > 0) {
        t.metrics.addMetric(METRICS.excerptsRemoved, 'Count', n.versions + n.state);
        t.logger.info('excerpts removed', { tombstone: tomb.id, ...n });
      }
    };
    return processBatch(t, event, context, record);
  };
}

export const handler: RedactHandler = entryPoint(() =>
  createRedactHandler(redactDeps(loadConfig('redact')), createTelemetry()),
);
