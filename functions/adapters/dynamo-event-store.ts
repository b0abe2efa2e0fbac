/**
 * DynamoDB implementation of the detector's EventStateStore on the events
 * table (TABLES.events: pk S, sk S, TTL expiresAt in epoch seconds).
 *
 * Item: { pk: <state key>, sk: 'state', v: <version N>, data: <JSON S> | z: <gzip B>, expiresAt: N }.
 * Reads: BatchGetItem (consistent, 100 keys per call, unprocessed keys retried).
 * Writes: TransactWriteItems (100 per transaction) of conditional Puts on the
 * version (attribute_not_exists for new items): any conflict cancels the
 * transaction and surfaces as ConcurrentUpdateError.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import {
  ConditionalCheckFailedException,
  type DynamoDBClient,
  TransactionCanceledException,
} from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { TABLES } from '../../resources';
import { PARAMS } from '../domain/detector/engine/params';
import { ConcurrentUpdateError, type EventStateStore, type StatePut, type StoredState } from '../domain/detector/store';

const PK = TABLES.events.partitionKey.name;
const SK = TABLES.events.sortKey.name;
const TTL = TABLES.events.ttlAttribute;
const SORT = 'state';
/**
 * Items larger than this are stored gzipped (item limit 400 KB; write units
 * per KB, twice in a transaction). State JSON gzips 3-5x, so from 1 KB on the
 * gzip (well under a millisecond) pays for itself in write units: issue 11's
 * cost model (was 8 KB).
 */
export const GZIP_OVER = 1024;

interface Item {
  v?: number;
  data?: string;
  z?: Uint8Array;
  [TTL]?: number;
  [PK]?: string;
}

export class DynamoEventStateStore implements EventStateStore {
  private readonly doc: DynamoDBDocumentClient;
  private readonly tableName: string;

  constructor(opts: { client: DynamoDBDocumentClient | DynamoDBClient; tableName: string }) {
    this.doc =
      opts.client instanceof DynamoDBDocumentClient
        ? opts.client
        : DynamoDBDocumentClient.from(opts.client, { marshallOptions: { removeUndefinedValues: true } });
    this.tableName = opts.tableName;
  }

  async load(keys: readonly string[]): Promise<Map<string, StoredState>> {
    const out = new Map<string, StoredState>();
    const unique = [...new Set(keys)];
    for (let i = 0; i < unique.length; i += 100) {
      let request: Record<string, string>[] = unique.slice(i, i + 100).map((k) => ({ [PK]: k, [SK]: SORT }));
      for (let attempt = 0; request.length > 0; attempt++) {
        if (attempt > 0) await sleep(Math.min(1000, 25 * 2 ** attempt));
        if (attempt > 8) throw new Error(`DynamoDB BatchGet kept returning unprocessed keys (${request.length})`);
        const res = await this.doc.send(
          new BatchGetCommand({ RequestItems: { [this.tableName]: { Keys: request, ConsistentRead: true } } }),
        );
        for (const raw of res.Responses?.[this.tableName] ?? []) {
          const item = raw as Item;
          const key = item[PK];
          if (!key) continue;
          const data = item.z ? gunzipSync(item.z).toString('utf8') : (item.data ?? '');
          out.set(key, { version: Number(item.v ?? 0), data, expiresAt: Number(item[TTL] ?? 0) });
        }
        request = (res.UnprocessedKeys?.[this.tableName]?.Keys as Record<string, string>[] | undefined) ?? [];
      }
    }
    return out;
  }

  async save(puts: readonly StatePut[]): Promise<void> {
    for (let i = 0; i < puts.length; i += 100) {
      const chunk = puts.slice(i, i + 100);
      try {
        await this.doc.send(
          new TransactWriteCommand({
            TransactItems: chunk.map((p) => {
              const big = p.data.length > GZIP_OVER;
              // DynamoDB's TTL runs on the wall clock while the detector's expiry is in
              // stream time: a replay of old posts would see its state deleted under
              // it (and its conditional writes fail). Deletion is housekeeping, so it
              // waits for whichever comes later; freshness is the domain's business.
              const ttl = Math.max(p.expiresAt, Math.floor(Date.now() / 1000) + PARAMS.stateTtlSeconds);
              const item: Record<string, unknown> = { [PK]: p.key, [SK]: SORT, v: p.expectedVersion + 1, [TTL]: ttl };
              if (big) item.z = gzipSync(p.data);
              else item.data = p.data;
              const isNew = p.expectedVersion === 0;
              const names: Record<string, string> = isNew ? { '#pk': PK } : { '#v': 'v' };
              const put: {
                TableName: string;
                Item: Record<string, unknown>;
                ConditionExpression: string;
                ExpressionAttributeNames: Record<string, string>;
                ExpressionAttributeValues?: Record<string, unknown>;
              } = {
                TableName: this.tableName,
                Item: item,
                ConditionExpression: isNew ? 'attribute_not_exists(#pk)' : '#v = :v',
                ExpressionAttributeNames: names,
              };
              if (!isNew) put.ExpressionAttributeValues = { ':v': p.expectedVersion };
              return { Put: put };
            }),
          }),
        );
      } catch (e) {
        if (
          e instanceof TransactionCanceledException &&
          (e.CancellationReasons ?? []).some((r) => r.Code === 'ConditionalCheckFailed')
        ) {
          throw new ConcurrentUpdateError(
            `detector state changed concurrently (${chunk
              .map((p) => p.key)
              .slice(0, 3)
              .join(', ')}...)`,
          );
        }
        if (e instanceof ConditionalCheckFailedException) throw new ConcurrentUpdateError(e.message);
        throw e;
      }
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
