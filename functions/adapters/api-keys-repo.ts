import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { type ApiKeyRecord, ApiKeyRecordSchema } from '../domain/api-key';
import { queryItems } from './query-pages';

const keyPk = (keyId: string) => `key#${keyId}`;

/** API keys (hashed) in TABLES.apiKeys; the rate limiter's counters share the table (rate-limiter.ts). */
export class ApiKeysRepo {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  /** Refuses to overwrite a key id already taken (48 random bits: a clash is for the caller to retry). */
  async create(r: ApiKeyRecord): Promise<void> {
    await this.doc.send(
      new PutCommand({
        TableName: this.table,
        Item: { pk: keyPk(r.keyId), ...ApiKeyRecordSchema.parse(r) },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  async get(keyId: string): Promise<ApiKeyRecord | undefined> {
    const r = await this.doc.send(
      new GetCommand({ TableName: this.table, Key: { pk: keyPk(keyId) }, ConsistentRead: true }),
    );
    return r.Item ? ApiKeyRecordSchema.parse(r.Item) : undefined;
  }

  async listByCustomer(customerId: string): Promise<ApiKeyRecord[]> {
    const out: ApiKeyRecord[] = [];
    const query = {
      TableName: this.table,
      IndexName: 'byCustomer',
      KeyConditionExpression: 'customerId = :c',
      ExpressionAttributeValues: { ':c': customerId },
    };
    for await (const item of queryItems(this.doc, query)) out.push(ApiKeyRecordSchema.parse(item));
    return out;
  }

  /** Idempotent: a key already revoked keeps its first revocation time. Undefined when there is no such key. */
  async revoke(keyId: string, now: Date): Promise<ApiKeyRecord | undefined> {
    try {
      const r = await this.doc.send(
        new UpdateCommand({
          TableName: this.table,
          Key: { pk: keyPk(keyId) },
          UpdateExpression: 'SET revokedAt = if_not_exists(revokedAt, :now)',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':now': now.toISOString() },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return ApiKeyRecordSchema.parse(r.Attributes);
    } catch (e) {
      if (e instanceof ConditionalCheckFailedException) return undefined;
      throw e;
    }
  }
}
