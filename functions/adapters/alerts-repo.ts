import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { expiresAt, RETENTION } from '../../resources';
import { type Alert, AlertSchema } from '../domain/alert';

/** The alerts table is the outbox: writing a version here is what makes it fan out (via the table's stream). */
export class AlertsRepo {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  /** Idempotent: a version already stored (a redelivered batch) is left as it is. Kept RETENTION.alertsDays from now (wall clock: a replayed stream's alerts are as new as any). */
  async put(alert: Alert, now = new Date()): Promise<'created' | 'exists'> {
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.table,
          Item: { ...alert, storedAt: now.toISOString(), expiresAt: expiresAt(now, RETENTION.alertsDays) },
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
}
