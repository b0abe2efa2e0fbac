import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { expiresAt, RETENTION } from '../../resources';
import {
  type ChannelDeliveryRecord,
  ChannelDeliveryRecordSchema,
  type ChannelJob,
  channelDeliveryKey,
} from '../domain/channels/channel';

/**
 * The channels' part of the delivery ledger (TABLES.channelDeliveries): one
 * record per (alert version, customer, channel), rewritten while it is
 * `retrying` or `parked` (a job redriven from the DLQ), final once delivered or withheld. Kept as long as the
 * ledger (RETENTION.ledgerDays).
 */
export class ChannelDeliveriesRepo {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async get(j: ChannelJob): Promise<ChannelDeliveryRecord | undefined> {
    const r = await this.doc.send(
      new GetCommand({
        TableName: this.table,
        Key: { customerId: j.customerId, channelKey: channelDeliveryKey(j.alertId, j.version, j.channelId) },
        ConsistentRead: true,
      }),
    );
    return r.Item ? ChannelDeliveryRecordSchema.parse(r.Item) : undefined;
  }

  /** Returns false when a final outcome is already recorded (a duplicate job): nothing is overwritten then. */
  async record(rec: ChannelDeliveryRecord): Promise<boolean> {
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.table,
          Item: {
            ...ChannelDeliveryRecordSchema.parse(rec),
            expiresAt: expiresAt(rec.updatedAt, RETENTION.ledgerDays),
          },
          ConditionExpression: 'attribute_not_exists(customerId) OR outcome IN (:retrying, :parked)',
          ExpressionAttributeValues: { ':retrying': 'retrying', ':parked': 'parked' },
        }),
      );
      return true;
    } catch (e) {
      if (e instanceof ConditionalCheckFailedException) return false;
      throw e;
    }
  }

  /** A customer's channel outcomes, by alert version then channel (optionally one alert's). */
  async listByCustomer(customerId: string, alertId?: string): Promise<ChannelDeliveryRecord[]> {
    const out: ChannelDeliveryRecord[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const r = await this.doc.send(
        new QueryCommand({
          TableName: this.table,
          KeyConditionExpression: alertId ? 'customerId = :c AND begins_with(channelKey, :a)' : 'customerId = :c',
          ExpressionAttributeValues: { ':c': customerId, ...(alertId ? { ':a': `${alertId}#` } : {}) },
          ExclusiveStartKey: start,
        }),
      );
      for (const i of r.Items ?? []) out.push(ChannelDeliveryRecordSchema.parse(i));
      start = r.LastEvaluatedKey;
    } while (start);
    return out;
  }
}
