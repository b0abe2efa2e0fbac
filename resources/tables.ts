/** The DynamoDB tables: keys, indexes, TTL, stream, backups. */
export type KeyType = 'S' | 'N';
export interface KeyDef {
  name: string;
  type: KeyType;
}
export interface TableDef {
  /** The table's name, on AWS and locally, and its construct id in the stack. */
  id: string;
  partitionKey: KeyDef;
  sortKey?: KeyDef;
  ttlAttribute?: string;
  stream?: 'NEW_IMAGE';
  pointInTimeRecovery: boolean;
  globalIndexes?: {
    name: string;
    partitionKey: KeyDef;
    sortKey?: KeyDef;
    /** What the index holds besides the keys (default: every attribute). */
    projection?: 'ALL' | 'KEYS_ONLY';
  }[];
}

export const TABLES = {
  /** Detector state: windowed counters, candidate events, seen post ids. Expires via TTL. */
  events: {
    id: 'tocsin-events',
    partitionKey: { name: 'pk', type: 'S' },
    sortKey: { name: 'sk', type: 'S' },
    ttlAttribute: 'expiresAt',
    pointInTimeRecovery: false,
  },
  /**
   * Outbox: one item per alert version; its stream drives the fan-out.
   * Expires RETENTION.alertsDays after it was stored (TTL; the stream ignores
   * the removal: the fan-out reads INSERTs only). The byFeed index orders
   * versions by when they were stored, one partition per UTC day
   * (functions/domain/feed.ts), for the customer API's cursor.
   */
  alerts: {
    id: 'tocsin-alerts',
    partitionKey: { name: 'alertId', type: 'S' },
    sortKey: { name: 'version', type: 'N' },
    stream: 'NEW_IMAGE',
    ttlAttribute: 'expiresAt',
    pointInTimeRecovery: true,
    globalIndexes: [
      { name: 'byFeed', partitionKey: { name: 'feedDay', type: 'S' }, sortKey: { name: 'feedKey', type: 'S' } },
      // Sparse (only versions that quote a post): which versions quote a post of this id or account (REDACTION).
      { name: 'byQuotedPost', partitionKey: { name: 'quotedKey', type: 'S' }, projection: 'KEYS_ONLY' },
    ],
  },
  /**
   * Customers (kind = "customer"), source usage policies (kind = "policy"),
   * the source registry and the change history. Policies and sources are few
   * and read whole by every fan-out shard job. Customers are read by shard
   * (FAN_OUT_SHARDS): every customer item carries `shard`, and the sparse
   * byShard index (keys only: nothing else has a `shard`) lists a shard's
   * customer ids, whose items the shard worker then reads from the table
   * itself, consistently (an index is only eventually consistent, and a
   * suspension must hold at once). An index, not a new key schema: changing
   * the table's keys would replace it (docs/deploy.md).
   */
  customers: {
    id: 'tocsin-customers',
    partitionKey: { name: 'kind', type: 'S' },
    sortKey: { name: 'id', type: 'S' },
    pointInTimeRecovery: true,
    globalIndexes: [
      {
        name: 'byShard',
        partitionKey: { name: 'shard', type: 'N' },
        sortKey: { name: 'id', type: 'S' },
        projection: 'KEYS_ONLY',
      },
    ],
  },
  /**
   * Delivery ledger: one decision per (customer, alert version), delivered or
   * withheld. Expires RETENTION.ledgerDays after its decision (TTL: DynamoDB
   * removes it, no function may). One index, by customer and decision time
   * (`deliveries ID --since`, the monthly report), keys only: a deliver
   * decision is a put (pending) then an update (delivered), and an update that
   * changes no key of a keys-only index writes nothing to it (1 write unit
   * instead of 2; the readers fetch the records by key after the index
   * query). No index by alert: every ledger write was written to it too, and
   * all of one alert version's writes went to one index partition (1,000
   * WCU/s: the fan-out's wall at 10,000 customers); a version's decisions are
   * read by key (customer ids x alertId#version) instead.
   */
  deliveries: {
    id: 'tocsin-deliveries',
    partitionKey: { name: 'customerId', type: 'S' },
    sortKey: { name: 'deliveryKey', type: 'S' },
    ttlAttribute: 'expiresAt',
    pointInTimeRecovery: true,
    globalIndexes: [
      {
        name: 'byCustomerDecided',
        partitionKey: { name: 'customerId', type: 'S' },
        sortKey: { name: 'decidedAt', type: 'S' },
        projection: 'KEYS_ONLY',
      },
    ],
  },
  /**
   * Connectors: where each source's reader resumes (checkpoint#<stream>) and
   * who reads it now (lease#<name>). A lost checkpoint means resuming live,
   * with a gap: backed up.
   */
  connectorState: {
    id: 'tocsin-connector-state',
    partitionKey: { name: 'pk', type: 'S' },
    pointInTimeRecovery: true,
  },
  /**
   * Deleted posts and accounts (connectors write, readers of post text and ids
   * consult); kept RETENTION.tombstonesDays. Its stream drives the redact
   * function, which removes a deleted post's excerpt from the alerts.
   */
  tombstones: {
    id: 'tocsin-tombstones',
    partitionKey: { name: 'id', type: 'S' },
    ttlAttribute: 'expiresAt',
    stream: 'NEW_IMAGE',
    pointInTimeRecovery: false,
  },
  /**
   * Customer API keys (pk key#<keyId>: the SHA-256 of the secret, never the
   * secret) and their rate-limit counters (pk rate#<keyId>#<window start>,
   * expiring). Losing keys locks customers out: backed up.
   */
  apiKeys: {
    id: 'tocsin-api-keys',
    partitionKey: { name: 'pk', type: 'S' },
    ttlAttribute: 'expiresAt',
    pointInTimeRecovery: true,
    globalIndexes: [
      {
        name: 'byCustomer',
        partitionKey: { name: 'customerId', type: 'S' },
        sortKey: { name: 'createdAt', type: 'S' },
      },
    ],
  },
  /**
   * Customers' delivery channels (signed webhooks, Slack, Teams): what they
   * are and where their secret is (CHANNEL_SECRET_PREFIX), never the secret.
   */
  channels: {
    id: 'tocsin-channels',
    partitionKey: { name: 'customerId', type: 'S' },
    sortKey: { name: 'channelId', type: 'S' },
    pointInTimeRecovery: true,
  },
  /**
   * The channels' part of the delivery ledger: one record per (customer,
   * alert version, channel), keyed `${deliveryKey}#${channelId}`; kept as
   * long as the ledger (TTL).
   */
  channelDeliveries: {
    id: 'tocsin-channel-deliveries',
    partitionKey: { name: 'customerId', type: 'S' },
    sortKey: { name: 'channelKey', type: 'S' },
    ttlAttribute: 'expiresAt',
    pointInTimeRecovery: true,
  },
} as const satisfies Record<string, TableDef>;

/**
 * The ledger's index before it was keys only. An index's projection cannot
 * change in place and CloudFormation creates or deletes one global index per
 * table update, so a stack deployed with it upgrades in two deploys: the
 * first with `-c ledgerIndexUpgrade=true` keeps it beside the new one (both
 * written meanwhile), the second without removes it (docs/deploy.md).
 */
export const RETIRED_LEDGER_INDEX = {
  name: 'byCustomerTime',
  partitionKey: { name: 'customerId', type: 'S' },
  sortKey: { name: 'decidedAt', type: 'S' },
  projection: 'ALL',
} as const satisfies NonNullable<TableDef['globalIndexes']>[number];

export type TableName = keyof typeof TABLES;
