import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  ScanCommand,
} from '@aws-sdk/lib-dynamodb';
import { type Channel, ChannelSchema } from '../domain/channels/channel';

/** Customers' channels (TABLES.channels): one item per (customer, channel); no secret in them (channel-secrets.ts). */
export class ChannelsRepo {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async put(c: Channel): Promise<void> {
    await this.doc.send(
      new PutCommand({
        TableName: this.table,
        Item: ChannelSchema.parse(c),
        ConditionExpression: 'attribute_not_exists(channelId)',
      }),
    );
  }

  async get(customerId: string, channelId: string): Promise<Channel | undefined> {
    const r = await this.doc.send(
      new GetCommand({ TableName: this.table, Key: { customerId, channelId }, ConsistentRead: true }),
    );
    return r.Item ? ChannelSchema.parse(r.Item) : undefined;
  }

  async listByCustomer(customerId: string): Promise<Channel[]> {
    const out: Channel[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const r = await this.doc.send(
        new QueryCommand({
          TableName: this.table,
          KeyConditionExpression: 'customerId = :c',
          ExpressionAttributeValues: { ':c': customerId },
          ExclusiveStartKey: start,
          ConsistentRead: true,
        }),
      );
      for (const i of r.Items ?? []) out.push(ChannelSchema.parse(i));
      start = r.LastEvaluatedKey;
    } while (start);
    return out;
  }

  /**
   * Every channel, for the fan-out (one small item per channel, read once per
   * invocation). An item that fails its schema is skipped and reported, never
   * allowed to stop the other customers' channels.
   */
  async listAll(onInvalid: (item: unknown, reason: string) => void = () => undefined): Promise<Channel[]> {
    const out: Channel[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const r = await this.doc.send(
        new ScanCommand({ TableName: this.table, ExclusiveStartKey: start, ConsistentRead: true }),
      );
      for (const i of r.Items ?? []) {
        const p = ChannelSchema.safeParse(i);
        if (p.success) out.push(p.data);
        else onInvalid(i, p.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; '));
      }
      start = r.LastEvaluatedKey;
    } while (start);
    return out;
  }

  async remove(customerId: string, channelId: string): Promise<boolean> {
    const r = await this.doc.send(
      new DeleteCommand({ TableName: this.table, Key: { customerId, channelId }, ReturnValues: 'ALL_OLD' }),
    );
    return r.Attributes !== undefined;
  }
}
