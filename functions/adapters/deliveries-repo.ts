import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import { expiresAt, RETENTION, TABLES } from '../../resources';
import { type DeliveryRecord, DeliveryRecordSchema, deliveryKey } from '../domain/delivery';
import { batchGetAll } from './batch-get';

/** The open outcomes a completion may start from. */
export type OpenOutcome = 'pending' | 'failed';

const LEDGER_INDEX = TABLES.deliveries.globalIndexes[0].name;
/** What the keys-only index holds of a record. */
const LedgerKey = z.object({ customerId: z.string(), deliveryKey: z.string() });

const conditionFailed = (e: unknown) => e instanceof ConditionalCheckFailedException;

/** A ledger item as stored: the record, and when DynamoDB's TTL removes it (RETENTION.ledgerDays after its decision). */
export function ledgerItem(rec: DeliveryRecord): DeliveryRecord & { expiresAt: number } {
  return { ...DeliveryRecordSchema.parse(rec), expiresAt: expiresAt(rec.decidedAt, RETENTION.ledgerDays) };
}

/**
 * The delivery ledger, written only through conditional writes: a record is
 * created once; a pending or failed one is completed (delivered, failed) or
 * replaced by a withhold; a delivered or withheld one never changes.
 */
export class DeliveriesRepo {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async get(customerId: string, alertId: string, version: number): Promise<DeliveryRecord | undefined> {
    const r = await this.doc.send(
      new GetCommand({
        TableName: this.table,
        Key: { customerId, deliveryKey: deliveryKey(alertId, version) },
        ConsistentRead: true,
      }),
    );
    return r.Item ? DeliveryRecordSchema.parse(r.Item) : undefined;
  }

  /** The records of one alert version for many customers at once (by customer id; absent: not decided yet). */
  async getMany(
    customerIds: readonly string[],
    alertId: string,
    version: number,
  ): Promise<Map<string, DeliveryRecord>> {
    const key = deliveryKey(alertId, version);
    const items = await batchGetAll(
      this.doc,
      this.table,
      customerIds.map((customerId) => ({ customerId, deliveryKey: key })),
    );
    return new Map(items.map((i) => DeliveryRecordSchema.parse(i)).map((r) => [r.customerId, r]));
  }

  private async put(rec: DeliveryRecord, condition: { expression: string; values?: Record<string, string> }) {
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.table,
          Item: ledgerItem(rec),
          ConditionExpression: condition.expression,
          ...(condition.values ? { ExpressionAttributeValues: condition.values } : {}),
        }),
      );
      return true;
    } catch (e) {
      if (conditionFailed(e)) return false;
      throw e;
    }
  }

  /** The first record of a delivery (a withhold, or a pending deliver decision); false when one exists already. */
  create(rec: DeliveryRecord): Promise<boolean> {
    return this.put(rec, { expression: 'attribute_not_exists(customerId)' });
  }

  /** A withhold in place of an open record; false when the record is no longer `expected` (someone else moved it). */
  replace(rec: DeliveryRecord, expected: OpenOutcome): Promise<boolean> {
    return this.put(rec, { expression: 'outcome = :expected', values: { ':expected': expected } });
  }

  private async complete(
    customerId: string,
    alertId: string,
    version: number,
    set: Record<string, string | number>,
    remove: string[],
  ): Promise<boolean> {
    const names = Object.fromEntries([...Object.keys(set), ...remove].map((k) => [`#${k}`, k]));
    const values = Object.fromEntries(Object.entries(set).map(([k, v]) => [`:${k}`, v]));
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.table,
          Key: { customerId, deliveryKey: deliveryKey(alertId, version) },
          UpdateExpression: `SET ${Object.keys(set)
            .map((k) => `#${k} = :${k}`)
            .join(', ')}${remove.length ? ` REMOVE ${remove.map((k) => `#${k}`).join(', ')}` : ''}`,
          ConditionExpression: '#outcome IN (:pending, :failed)',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: { ...values, ':pending': 'pending', ':failed': 'failed' },
        }),
      );
      return true;
    } catch (e) {
      if (conditionFailed(e)) return false;
      throw e;
    }
  }

  /** pending/failed -> delivered, once SNS accepted the publish. */
  markDelivered(
    customerId: string,
    alertId: string,
    version: number,
    d: { messageId: string; attempts: number; deliveredAt: string },
  ): Promise<boolean> {
    return this.complete(customerId, alertId, version, { outcome: 'delivered', ...d }, ['error']);
  }

  /** pending/failed -> failed, with the publish error (the delivery-retry queue tries again). */
  markFailed(
    customerId: string,
    alertId: string,
    version: number,
    f: { error: string; attempts: number },
  ): Promise<boolean> {
    return this.complete(customerId, alertId, version, { outcome: 'failed', ...f }, []);
  }

  /**
   * A customer's ledger in decision order, optionally from a time on: the
   * index (keys only, TABLES.deliveries) gives the order, the table the records.
   */
  async listByCustomer(customerId: string, since?: string): Promise<DeliveryRecord[]> {
    const keys: { customerId: string; deliveryKey: string }[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const r = await this.doc.send(
        new QueryCommand({
          TableName: this.table,
          IndexName: LEDGER_INDEX,
          KeyConditionExpression: since ? 'customerId = :c AND decidedAt >= :s' : 'customerId = :c',
          ExpressionAttributeValues: { ':c': customerId, ...(since ? { ':s': since } : {}) },
          ExclusiveStartKey: start,
        }),
      );
      for (const i of r.Items ?? []) keys.push(LedgerKey.parse(i));
      start = r.LastEvaluatedKey;
    } while (start);
    const byKey = new Map(
      (await batchGetAll(this.doc, this.table, keys))
        .map((i) => DeliveryRecordSchema.parse(i))
        .map((rec) => [rec.deliveryKey, rec]),
    );
    // A record the index still lists but TTL has just removed is gone: skipped.
    return keys.flatMap((k) => byKey.get(k.deliveryKey) ?? []);
  }
}
