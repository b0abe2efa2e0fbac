/**
 * Tombstones in DynamoDB (partition key `id`; TTL attribute `expiresAt`, epoch
 * seconds). Kept `ttlDays` (default RETENTION.tombstonesDays: as long as the
 * alerts that may cite the post, by id or by excerpt).
 */
import { BatchGetCommand, BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { RETENTION } from '../../resources';
import type { TombstoneStore } from '../connectors/tombstones';
import type { Tombstone } from '../domain/tombstone';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class DynamoTombstoneStore implements TombstoneStore {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly ttlDays: number = RETENTION.tombstonesDays,
    private readonly now: () => number = Date.now,
  ) {}

  async put(tombstones: readonly Tombstone[]): Promise<void> {
    const unique = [...new Map(tombstones.map((t) => [t.id, t])).values()];
    const expiresAt = Math.floor(this.now() / 1000) + this.ttlDays * 86_400;
    for (let i = 0; i < unique.length; i += 25) {
      let requests = unique.slice(i, i + 25).map((t) => ({ PutRequest: { Item: { ...t, expiresAt } } }));
      for (let attempt = 0; requests.length > 0; attempt++) {
        if (attempt > 8)
          throw new Error(`DynamoDB BatchWrite kept returning unprocessed tombstones (${requests.length})`);
        if (attempt > 0) await sleep(Math.min(1000, 25 * 2 ** attempt));
        const r = await this.doc.send(new BatchWriteCommand({ RequestItems: { [this.tableName]: requests } }));
        requests = (r.UnprocessedItems?.[this.tableName] ?? []) as typeof requests;
      }
    }
  }

  async deletedAmong(ids: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    const unique = [...new Set(ids)];
    for (let i = 0; i < unique.length; i += 100) {
      let keys: Record<string, unknown>[] = unique.slice(i, i + 100).map((id) => ({ id }));
      for (let attempt = 0; keys.length > 0; attempt++) {
        if (attempt > 8) throw new Error(`DynamoDB BatchGet kept returning unprocessed keys (${keys.length})`);
        if (attempt > 0) await sleep(Math.min(1000, 25 * 2 ** attempt));
        const r = await this.doc.send(
          new BatchGetCommand({
            RequestItems: { [this.tableName]: { Keys: keys, ProjectionExpression: 'id, deletedAt' } },
          }),
        );
        for (const item of r.Responses?.[this.tableName] ?? [])
          if (typeof item.id === 'string') out.set(item.id, typeof item.deletedAt === 'string' ? item.deletedAt : '');
        keys = (r.UnprocessedKeys?.[this.tableName]?.Keys ?? []) as Record<string, unknown>[];
      }
    }
    return out;
  }
}
