import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** When the window ends and the count starts again. */
  resetAt: Date;
}

export interface RateLimiter {
  take(keyId: string, now: Date): Promise<RateDecision>;
}

const WINDOW_MS = 60_000;

/**
 * Per-key fixed windows of one minute, counted in DynamoDB so that every
 * Lambda instance shares the count: one conditional increment per request,
 * refused once the window's count reaches the limit. A fixed window lets a
 * key send up to twice the limit across a window boundary; the stage's own
 * throttling (API.throttle) bounds the whole API regardless. Counters expire
 * by TTL shortly after their window.
 */
export class DynamoRateLimiter implements RateLimiter {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
    private readonly perMinute: number,
  ) {}

  async take(keyId: string, now: Date): Promise<RateDecision> {
    const start = Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS;
    const resetAt = new Date(start + WINDOW_MS);
    try {
      const r = await this.doc.send(
        new UpdateCommand({
          TableName: this.table,
          Key: { pk: `rate#${keyId}#${start}` },
          UpdateExpression: 'ADD #n :one SET expiresAt = :ttl',
          ConditionExpression: 'attribute_not_exists(#n) OR #n < :limit',
          ExpressionAttributeNames: { '#n': 'count' },
          ExpressionAttributeValues: {
            ':one': 1,
            ':limit': this.perMinute,
            ':ttl': Math.floor(resetAt.getTime() / 1000) + 3600,
          },
          ReturnValues: 'UPDATED_NEW',
        }),
      );
      const count = Number(r.Attributes?.count ?? this.perMinute);
      return { allowed: true, limit: this.perMinute, remaining: Math.max(0, this.perMinute - count), resetAt };
    } catch (e) {
      if (e instanceof ConditionalCheckFailedException)
        return { allowed: false, limit: this.perMinute, remaining: 0, resetAt };
      throw e;
    }
  }
}
