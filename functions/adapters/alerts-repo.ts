import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  ScanCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { expiresAt, REDACTION, RETENTION } from '../../resources';
import { type Alert, AlertSchema } from '../domain/alert';
import { type FeedSource, feedAttributes, type StoredAlert, StoredAlertSchema } from '../domain/feed';
import { quotedKeyOf } from '../domain/tombstone';
import { queryItems } from './query-pages';

const FEED_INDEX = 'byFeed';

/** The alerts table is the outbox: writing a version here is what makes it fan out (via the table's stream). */
export class AlertsRepo implements FeedSource {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  /** Idempotent: a version already stored (a redelivered batch) is left as it is. Kept RETENTION.alertsDays from now (wall clock: a replayed stream's alerts are as new as any). */
  async put(alert: Alert, now = new Date()): Promise<'created' | 'exists'> {
    const storedAt = now.toISOString();
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.table,
          Item: {
            ...alert,
            storedAt,
            ...feedAttributes(alert, storedAt),
            ...(alert.post ? { quotedKey: quotedKeyOf(alert.post.id) } : {}),
            expiresAt: expiresAt(now, RETENTION.alertsDays),
          },
          ConditionExpression: 'attribute_not_exists(alertId)',
        }),
      );
      return 'created';
    } catch (e) {
      if (e instanceof ConditionalCheckFailedException) return 'exists';
      throw e;
    }
  }

  async get(alertId: string, version?: number): Promise<Alert | undefined> {
    if (version !== undefined) {
      const r = await this.doc.send(
        new GetCommand({ TableName: this.table, Key: { alertId, version }, ConsistentRead: true }),
      );
      return r.Item ? AlertSchema.parse(r.Item) : undefined;
    }
    const r = await this.doc.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: 'alertId = :a',
        ExpressionAttributeValues: { ':a': alertId },
        ScanIndexForward: false,
        Limit: 1,
        ConsistentRead: true,
      }),
    );
    return r.Items?.[0] ? AlertSchema.parse(r.Items[0]) : undefined;
  }

  /** Every item of the table (matching `filter`, if given). A scan: admin listings and recoveries, at alert volumes. */
  private async scanAll(filter?: { expression: string; values: Record<string, unknown> }) {
    const out: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const r = await this.doc.send(
        new ScanCommand({
          TableName: this.table,
          ExclusiveStartKey: start,
          ...(filter ? { FilterExpression: filter.expression, ExpressionAttributeValues: filter.values } : {}),
        }),
      );
      out.push(...(r.Items ?? []));
      start = r.LastEvaluatedKey;
    } while (start);
    return out;
  }

  /**
   * The items of the versions stored at or after `since` (wall clock: when they
   * entered the stream), oldest first, as the stream carried them.
   */
  async storedSince(since: string): Promise<Record<string, unknown>[]> {
    const items = await this.scanAll({ expression: 'storedAt >= :since', values: { ':since': since } });
    const key = (i: Record<string, unknown>) => `${String(i.storedAt)} ${String(i.alertId)}`;
    return items.sort((a, b) => key(a).localeCompare(key(b)) || Number(a.version) - Number(b.version));
  }

  /** Every stored version, newest trigger first. */
  async list(): Promise<Alert[]> {
    const alerts = (await this.scanAll()).map((i) => AlertSchema.parse(i));
    return alerts.sort((a, b) => b.triggeredAt.localeCompare(a.triggeredAt) || b.version - a.version);
  }

  /** Every stored version of one alert (the API decides which of them a customer may read). */
  async versionsOf(alertId: string): Promise<StoredAlert[]> {
    const out: StoredAlert[] = [];
    const query = {
      TableName: this.table,
      KeyConditionExpression: 'alertId = :a',
      ExpressionAttributeValues: { ':a': alertId },
    };
    for await (const item of queryItems(this.doc, query)) out.push(StoredAlertSchema.parse(item));
    return out;
  }

  /** The feed index, one day's partition at a time, in feed order, a page at a time as the reader goes. */
  async *versions(day: string, after: string, before: string): AsyncIterable<StoredAlert> {
    const query = {
      TableName: this.table,
      IndexName: FEED_INDEX,
      KeyConditionExpression: 'feedDay = :d AND feedKey BETWEEN :a AND :b',
      ExpressionAttributeValues: { ':d': day, ':a': after, ':b': before },
      Limit: 100,
    };
    for await (const item of queryItems(this.doc, query)) {
      // BETWEEN is inclusive: the cursor's own version was read last time (the horizon is a bare time, never a key).
      if (item.feedKey !== after) yield StoredAlertSchema.parse(item);
    }
  }

  /** The keys of the versions that quote a post under this key (quotedKeyOf), by the sparse byQuotedPost index. */
  async quoting(quotedKey: string): Promise<{ alertId: string; version: number }[]> {
    const out: { alertId: string; version: number }[] = [];
    const query = {
      TableName: this.table,
      IndexName: REDACTION.index,
      KeyConditionExpression: 'quotedKey = :k',
      ExpressionAttributeValues: { ':k': quotedKey },
    };
    for await (const item of queryItems(this.doc, query))
      if (typeof item.alertId === 'string' && typeof item.version === 'number')
        out.push({ alertId: item.alertId, version: item.version });
    return out;
  }

  /**
   * Removes the quoted post of one version when the tombstone `deletedId`
   * hides it (its own id, or its account's: at://did and every post under it),
   * and takes the version out of the index. Conditional: a version quoting
   * another post, or already redacted, is left as it is ('kept'). Touches only
   * REDACTION.attributes, the only ones the redact role may update.
   */
  async removeQuotedPost(
    key: { alertId: string; version: number },
    deletedId: string,
    at: Date,
  ): Promise<'removed' | 'kept'> {
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.table,
          Key: key,
          UpdateExpression: 'REMOVE #post, #qk SET #at = :at',
          ConditionExpression:
            'attribute_exists(alertId) AND attribute_exists(#post) AND (#post.#id = :id OR begins_with(#post.#id, :under))',
          ExpressionAttributeNames: { '#post': 'post', '#qk': 'quotedKey', '#at': 'postRemovedAt', '#id': 'id' },
          ExpressionAttributeValues: { ':id': deletedId, ':under': `${deletedId}/`, ':at': at.toISOString() },
          ReturnValues: 'NONE',
        }),
      );
      return 'removed';
    } catch (e) {
      if (e instanceof ConditionalCheckFailedException) return 'kept';
      throw e;
    }
  }
}
