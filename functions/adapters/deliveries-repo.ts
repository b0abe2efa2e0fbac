import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { expiresAt, RETENTION } from '../../resources';
import { type DeliveryRecord, DeliveryRecordSchema, deliveryKey } from '../domain/delivery';

/** A ledger item as stored: the record, and when DynamoDB's TTL removes it (RETENTION.ledgerDays after its decision). */
export function ledgerItem(rec: DeliveryRecord): DeliveryRecord & { expiresAt: number } {
  return { ...DeliveryRecordSchema.parse(rec), expiresAt: expiresAt(rec.decidedAt, RETENTION.ledgerDays) };
}

/** The delivery ledger: one decision per (customer, alert version), written once; only a failed attempt may be overwritten. */
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

  /** Returns false when a final decision is already recorded (a redelivered stream record). */
  async record(rec: DeliveryRecord): Promise<boolean> {
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.table,
          Item: ledgerItem(rec),
          ConditionExpression: 'attribute_not_exists(customerId) OR outcome = :failed',
          ExpressionAttributeValues: { ':failed': 'failed' },
        }),
      );
      return true;
    } catch (e) {
      if (e instanceof ConditionalCheckFailedException) return false;
      throw e;
    }
  }

  private async queryAll(input: ConstructorParameters<typeof QueryCommand>[0]): Promise<DeliveryRecord[]> {
    const out: DeliveryRecord[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const r = await this.doc.send(new QueryCommand({ ...input, ExclusiveStartKey: start }));
      for (const i of r.Items ?? []) out.push(DeliveryRecordSchema.parse(i));
      start = r.LastEvaluatedKey;
    } while (start);
    return out;
  }

  /** A customer's ledger in decision order, optionally from a time on. */
  listByCustomer(customerId: string, since?: string): Promise<DeliveryRecord[]> {
    return this.queryAll({
      TableName: this.table,
      IndexName: 'byCustomerTime',
      KeyConditionExpression: since ? 'customerId = :c AND decidedAt >= :s' : 'customerId = :c',
      ExpressionAttributeValues: { ':c': customerId, ...(since ? { ':s': since } : {}) },
    });
  }

  listByAlert(alertId: string): Promise<DeliveryRecord[]> {
    return this.queryAll({
      TableName: this.table,
      IndexName: 'byAlert',
      KeyConditionExpression: 'alertId = :a',
      ExpressionAttributeValues: { ':a': alertId },
    });
  }
}
