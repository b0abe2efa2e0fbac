import { randomUUID } from 'node:crypto';
import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { FAN_OUT_SHARDS } from '../../resources';
import type { RawAudience } from '../domain/audience';
import { type Customer, CustomerSchema, type SourcePolicy, SourcePolicySchema } from '../domain/customer';
import { type Change, ChangeSchema } from '../domain/history';
import { shardOf } from '../domain/shard';
import { type SourceEntry, SourceEntrySchema } from '../domain/sources';
import { batchGetAll } from './batch-get';

/** Item kinds in the customers table (partition key `kind`, sort key `id`). */
const KIND = { customer: 'customer', policy: 'policy', source: 'source', history: 'history' } as const;

const conditionFailed = (e: unknown) =>
  e instanceof ConditionalCheckFailedException ||
  (e instanceof TransactionCanceledException &&
    (e.CancellationReasons ?? []).some((r) => r.Code === 'ConditionalCheckFailed'));

/** A customer item as stored: with its fan-out shard, which the byShard index lists it under. */
const customerItem = (c: Customer, version: number) => ({
  kind: KIND.customer,
  shard: shardOf(c.id, FAN_OUT_SHARDS.count),
  ...CustomerSchema.parse({ ...c, version }),
});

/** A bar's own id: several bars of one source and sector coexist (a history), each written once. */
const barId = (p: SourcePolicy) => `${p.source}#${p.sector}#${p.from}#${randomUUID().slice(0, 8)}`;
const historyId = (c: Change) => `${c.subject}#${c.key}#${c.at}#${randomUUID().slice(0, 8)}`;

/** The condition that the stored customer is still at `version` (0: written before versions existed). */
const atVersion = (version: number) =>
  version === 0
    ? {
        ConditionExpression: 'attribute_exists(id) AND attribute_not_exists(#v)',
        ExpressionAttributeNames: { '#v': 'version' },
      }
    : {
        ConditionExpression: '#v = :v',
        ExpressionAttributeNames: { '#v': 'version' },
        ExpressionAttributeValues: { ':v': version },
      };

/**
 * Customers, the bars of the source usage policies, the source registry and
 * the change history (see TABLES.customers for why they share a table). Every
 * write is conditional, and every customer change is written together with
 * its history entry, in one transaction.
 */
export class CustomersRepo {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  private async queryAll(kind: string, prefix?: string): Promise<Record<string, unknown>[]> {
    const out: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const r = await this.doc.send(
        new QueryCommand({
          TableName: this.table,
          KeyConditionExpression: prefix ? 'kind = :k AND begins_with(id, :p)' : 'kind = :k',
          ExpressionAttributeValues: { ':k': kind, ...(prefix ? { ':p': prefix } : {}) },
          ExclusiveStartKey: start,
          ConsistentRead: true,
        }),
      );
      out.push(...(r.Items ?? []));
      start = r.LastEvaluatedKey;
    } while (start);
    return out;
  }

  /** Everything a fan-out decides on, as stored (domain/audience.ts checks it item by item). */
  async readAudience(): Promise<RawAudience> {
    const [customers, policies, sources] = await Promise.all([
      this.queryAll(KIND.customer),
      this.queryAll(KIND.policy),
      this.queryAll(KIND.source),
    ]);
    return { customers, policies, sources };
  }

  /**
   * Up to `limit` customer ids of one fan-out shard, in id order, after
   * `after`; `more` when the shard may hold others after the last. From the
   * byShard index (keys only, eventually consistent): who is in the shard,
   * not what their contract says (readAudienceOf reads that).
   */
  async shardPage(
    shard: number,
    after: string | undefined,
    limit: number = FAN_OUT_SHARDS.pageSize,
  ): Promise<{ ids: string[]; more: boolean }> {
    const r = await this.doc.send(
      new QueryCommand({
        TableName: this.table,
        IndexName: 'byShard',
        // SHARD is a reserved word in DynamoDB expressions.
        KeyConditionExpression: after ? '#shard = :s AND id > :a' : '#shard = :s',
        ExpressionAttributeNames: { '#shard': 'shard' },
        ExpressionAttributeValues: { ':s': shard, ...(after ? { ':a': after } : {}) },
        Limit: limit,
      }),
    );
    return { ids: (r.Items ?? []).map((i) => String(i.id)), more: r.LastEvaluatedKey !== undefined };
  }

  /**
   * What a fan-out shard job decides on: the named customers, read from the
   * table itself with strongly consistent reads (BatchGetItem, up to 100 ids),
   * and every bar and source. A customer removed meanwhile is simply absent.
   */
  async readAudienceOf(ids: readonly string[]): Promise<RawAudience> {
    const [customers, policies, sources] = await Promise.all([
      batchGetAll(
        this.doc,
        this.table,
        ids.map((id) => ({ kind: KIND.customer, id })),
      ),
      this.queryAll(KIND.policy),
      this.queryAll(KIND.source),
    ]);
    return { customers, policies, sources };
  }

  /** Customer items whose `shard` is missing or stale: the fan-out decides nothing for them until migrateShards. */
  async unsharded(count: number = FAN_OUT_SHARDS.count): Promise<string[]> {
    return (await this.queryAll(KIND.customer))
      .filter((i) => i.shard !== shardOf(String(i.id), count))
      .map((i) => String(i.id));
  }

  /**
   * Writes the fan-out shard of every customer item whose `shard` is missing
   * or stale (items written before sharding, or a changed count). Not a
   * contract change: no version bump, no history entry. Returns the ids it set.
   */
  async migrateShards(count: number = FAN_OUT_SHARDS.count): Promise<string[]> {
    const set: string[] = [];
    for (const item of await this.queryAll(KIND.customer)) {
      const id = String(item.id);
      const shard = shardOf(id, count);
      if (item.shard === shard) continue;
      try {
        await this.doc.send(
          new UpdateCommand({
            TableName: this.table,
            Key: { kind: KIND.customer, id },
            UpdateExpression: 'SET #shard = :s',
            ConditionExpression: 'attribute_exists(id)',
            ExpressionAttributeNames: { '#shard': 'shard' },
            ExpressionAttributeValues: { ':s': shard },
          }),
        );
        set.push(id);
      } catch (e) {
        if (!conditionFailed(e)) throw e;
      }
    }
    return set;
  }

  private async writeWithHistory(
    write: NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']>[number],
    change: Change,
  ): Promise<boolean> {
    try {
      await this.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            write,
            {
              Put: {
                TableName: this.table,
                Item: { kind: KIND.history, id: historyId(change), ...ChangeSchema.parse(change) },
                ConditionExpression: 'attribute_not_exists(id)',
              },
            },
          ],
        }),
      );
      return true;
    } catch (e) {
      if (conditionFailed(e)) return false;
      throw e;
    }
  }

  /** A new customer (version 1); false when the id exists. */
  create(c: Customer, change: Change): Promise<boolean> {
    return this.writeWithHistory(
      {
        Put: {
          TableName: this.table,
          Item: customerItem(c, 1),
          ConditionExpression: 'attribute_not_exists(id)',
        },
      },
      change,
    );
  }

  /** Replaces the customer if it is still at `expectedVersion` (then at expectedVersion + 1); false otherwise. */
  update(c: Customer, expectedVersion: number, change: Change): Promise<boolean> {
    return this.writeWithHistory(
      {
        Put: {
          TableName: this.table,
          Item: customerItem(c, expectedVersion + 1),
          ...atVersion(expectedVersion),
        },
      },
      change,
    );
  }

  /** Deletes the customer if it is still at `expectedVersion`; its history and its ledger stay. */
  remove(id: string, expectedVersion: number, change: Change): Promise<boolean> {
    return this.writeWithHistory(
      { Delete: { TableName: this.table, Key: { kind: KIND.customer, id }, ...atVersion(expectedVersion) } },
      change,
    );
  }

  async get(id: string): Promise<Customer | undefined> {
    const r = await this.doc.send(
      new GetCommand({ TableName: this.table, Key: { kind: KIND.customer, id }, ConsistentRead: true }),
    );
    return r.Item ? CustomerSchema.parse(r.Item) : undefined;
  }

  async list(): Promise<Customer[]> {
    return (await this.queryAll(KIND.customer)).map((i) => CustomerSchema.parse(i));
  }

  /** The changes of one customer or source, oldest first. */
  async history(subject: Change['subject'], key: string): Promise<Change[]> {
    const items = await this.queryAll(KIND.history, `${subject}#${key}#`);
    return items.map((i) => ChangeSchema.parse(i)).sort((a, b) => a.at.localeCompare(b.at));
  }

  /** A new bar, written once. */
  async addBar(p: SourcePolicy): Promise<void> {
    const bar = SourcePolicySchema.parse(p);
    await this.doc.send(
      new PutCommand({
        TableName: this.table,
        Item: { kind: KIND.policy, id: barId(bar), ...bar },
        ConditionExpression: 'attribute_not_exists(id)',
      }),
    );
  }

  /** Ends every open bar that `concerns` at `until`; the bars stay, closed. Returns those it closed. */
  async liftBars(
    concerns: (bar: SourcePolicy) => boolean,
    lift: { until: string; liftedAt: string; liftedBy: string },
  ): Promise<SourcePolicy[]> {
    const closed: SourcePolicy[] = [];
    for (const item of await this.queryAll(KIND.policy)) {
      const bar = SourcePolicySchema.safeParse(item);
      if (!bar.success || bar.data.until !== undefined || !concerns(bar.data)) continue;
      try {
        await this.doc.send(
          new UpdateCommand({
            TableName: this.table,
            Key: { kind: KIND.policy, id: item.id },
            UpdateExpression: 'SET #until = :until, liftedAt = :liftedAt, liftedBy = :liftedBy',
            ConditionExpression: 'attribute_exists(id) AND attribute_not_exists(#until)',
            ExpressionAttributeNames: { '#until': 'until' },
            ExpressionAttributeValues: { ':until': lift.until, ':liftedAt': lift.liftedAt, ':liftedBy': lift.liftedBy },
          }),
        );
        closed.push({ ...bar.data, ...lift });
      } catch (e) {
        if (!conditionFailed(e)) throw e;
      }
    }
    return closed;
  }

  /** Every bar, oldest first; items that fail their schema are left out (the fan-out withholds for them). */
  async listPolicies(): Promise<SourcePolicy[]> {
    return (await this.queryAll(KIND.policy))
      .flatMap((i) => {
        const r = SourcePolicySchema.safeParse(i);
        return r.success ? [r.data] : [];
      })
      .sort((a, b) => a.setAt.localeCompare(b.setAt) || a.from.localeCompare(b.from));
  }

  /** The stored registry entries in the order they were added (the first claim of a name wins); malformed ones left out. */
  async listSources(): Promise<SourceEntry[]> {
    return (await this.queryAll(KIND.source))
      .flatMap((i) => {
        const r = SourceEntrySchema.safeParse(i);
        return r.success ? [r.data] : [];
      })
      .sort((a, b) => a.addedAt.localeCompare(b.addedAt));
  }

  /** A new registry entry, with its history entry; false when the name is taken. */
  addSource(e: SourceEntry, change: Change): Promise<boolean> {
    return this.writeWithHistory(
      {
        Put: {
          TableName: this.table,
          Item: { kind: KIND.source, id: e.name, ...SourceEntrySchema.parse(e) },
          ConditionExpression: 'attribute_not_exists(id)',
        },
      },
      change,
    );
  }
}
