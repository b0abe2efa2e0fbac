/**
 * Connector state in one small DynamoDB table (partition key `pk`):
 *   checkpoint#<stream>  { cursor, order, savedAt }  where a stream's reader resumes
 *   lease#<name>         { owner, expiresAt, endsAt } who reads a source now
 * `order` is the cursor left-padded to 30 digits, so that DynamoDB's string
 * comparison orders cursors as numbers and a checkpoint never moves back.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { assertCursor, type Checkpoint, type CheckpointStore } from '../connectors/checkpoint';
import type { Lease, LeaseStore } from '../connectors/lease';

const order = (cursor: string) => cursor.replace(/^0+(?=\d)/, '').padStart(30, '0');
const conditionFailed = (e: unknown) =>
  e instanceof ConditionalCheckFailedException || (e as { name?: string }).name === 'ConditionalCheckFailedException';

export class DynamoCheckpointStore implements CheckpointStore {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async load(stream: string): Promise<Checkpoint | undefined> {
    const r = await this.doc.send(
      new GetCommand({ TableName: this.tableName, Key: { pk: `checkpoint#${stream}` }, ConsistentRead: true }),
    );
    const i = r.Item as { cursor?: unknown; savedAt?: unknown } | undefined;
    return i && typeof i.cursor === 'string' && typeof i.savedAt === 'string'
      ? { cursor: i.cursor, savedAt: i.savedAt }
      : undefined;
  }

  async save(stream: string, cursor: string, savedAt: string): Promise<boolean> {
    assertCursor(cursor);
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { pk: `checkpoint#${stream}`, cursor, order: order(cursor), savedAt },
          ConditionExpression: 'attribute_not_exists(pk) OR #o <= :o',
          ExpressionAttributeNames: { '#o': 'order' },
          ExpressionAttributeValues: { ':o': order(cursor) },
        }),
      );
      return true;
    } catch (e) {
      if (conditionFailed(e)) return false;
      throw e;
    }
  }
}

export class DynamoLeaseStore implements LeaseStore {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async read(name: string): Promise<Lease | undefined> {
    const r = await this.doc.send(
      new GetCommand({ TableName: this.tableName, Key: { pk: `lease#${name}` }, ConsistentRead: true }),
    );
    const i = r.Item as Partial<Lease> | undefined;
    return i && typeof i.owner === 'string' && typeof i.expiresAt === 'number' && typeof i.endsAt === 'number'
      ? { owner: i.owner, expiresAt: i.expiresAt, endsAt: i.endsAt }
      : undefined;
  }

  async acquire(name: string, lease: Lease, now: number): Promise<boolean> {
    return this.put(name, lease, 'attribute_not_exists(pk) OR expiresAt < :now OR #owner = :owner', {
      ':now': now,
      ':owner': lease.owner,
    });
  }

  async renew(name: string, lease: Lease): Promise<boolean> {
    return this.put(name, lease, '#owner = :owner', { ':owner': lease.owner });
  }

  async release(name: string, owner: string): Promise<void> {
    try {
      await this.doc.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: { pk: `lease#${name}` },
          ConditionExpression: '#owner = :owner',
          ExpressionAttributeNames: { '#owner': 'owner' },
          ExpressionAttributeValues: { ':owner': owner },
        }),
      );
    } catch (e) {
      if (!conditionFailed(e)) throw e;
    }
  }

  private async put(name: string, lease: Lease, condition: string, values: Record<string, unknown>): Promise<boolean> {
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { pk: `lease#${name}`, ...lease },
          ConditionExpression: condition,
          ExpressionAttributeNames: { '#owner': 'owner' },
          ExpressionAttributeValues: values,
        }),
      );
      return true;
    } catch (e) {
      if (conditionFailed(e)) return false;
      throw e;
    }
  }
}
