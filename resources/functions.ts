/**
 * The Lambda functions: code, size, and what each may touch. A function's
 * environment is exactly what its definition binds: one variable per table
 * (its name), per queue it sends to (its URL) and per setting. The stack sets
 * those variables together with the matching grants, the local environment
 * passes each handler its own, and functions/commons/config.ts parses them.
 */
import type { RoleRef } from './roles';
import type { TableName } from './tables';

/**
 * What a function may do to a table's items. `read`, `write` and `readWrite`
 * are the usual sets. Two are narrower, for records nothing may rewrite:
 * - `append`: PutItem only. The alerts outbox: a version is written once
 *   (conditionally) and never changed or removed by a function.
 * - `ledger`: GetItem and PutItem, plus UpdateItem for completing a decision
 *   already recorded (pending -> delivered). The delivery ledger is an audit
 *   record: no function may delete from it or batch-write into it. IAM has no
 *   condition key that requires a ConditionExpression, so that every update is
 *   conditional is the code's to hold (functions/adapters/deliveries-repo.ts).
 * - `lookup`: GetItem and BatchGetItem by key, nothing else (no Query, no
 *   Scan): the tombstones, which a delivering function only checks ids against.
 * - `reshard`: Query and UpdateItem on the table itself (no index, no put,
 *   no delete): the shard migration, which lists the customer items and sets
 *   the `shard` attribute of those without one.
 * - `redact`: the alerts outbox for the redact function only: Query on the
 *   byQuotedPost index, and UpdateItem restricted (dynamodb:Attributes) to
 *   the keys and the excerpt's attributes (REDACTION), returning nothing. It
 *   can remove a quoted post and nothing else: no PutItem, no DeleteItem.
 */
export type TableAccess = 'read' | 'write' | 'readWrite' | 'append' | 'ledger' | 'lookup' | 'reshard' | 'redact';

/** What the redact function may touch on an alert version: its keys, the quoted post, the index key, when it went. */
export const REDACTION = {
  index: 'byQuotedPost',
  attributes: ['alertId', 'version', 'post', 'quotedKey', 'postRemovedAt'],
} as const;

/** The variable that carries each bindable resource (or setting) to a function. */
export const ENV = {
  tables: {
    events: 'EVENTS_TABLE',
    alerts: 'ALERTS_TABLE',
    customers: 'CUSTOMERS_TABLE',
    deliveries: 'DELIVERIES_TABLE',
    connectorState: 'CONNECTOR_STATE_TABLE',
    tombstones: 'TOMBSTONES_TABLE',
    apiKeys: 'API_KEYS_TABLE',
    channels: 'CHANNELS_TABLE',
    channelDeliveries: 'CHANNEL_DELIVERIES_TABLE',
  },
  queues: {
    ingest: 'INGEST_QUEUE_URL',
    ingestDlq: 'INGEST_DLQ_URL',
    ingestQuarantine: 'INGEST_QUARANTINE_URL',
    evidence: 'EVIDENCE_QUEUE_URL',
    evidenceDlq: 'EVIDENCE_DLQ_URL',
    deliveryRetry: 'DELIVERY_RETRY_QUEUE_URL',
    channelDelivery: 'CHANNEL_DELIVERY_QUEUE_URL',
    fanOutShard: 'FAN_OUT_SHARD_QUEUE_URL',
  },
  settings: {
    deliveryRetryDelaySeconds: 'DELIVERY_RETRY_DELAY_SECONDS',
    audienceMaxAgeMs: 'AUDIENCE_MAX_AGE_MS',
    sourceRegistryTtlSeconds: 'SOURCE_REGISTRY_TTL_SECONDS',
    connectorShiftSeconds: 'CONNECTOR_SHIFT_SECONDS',
    connectorHandoverWaitSeconds: 'CONNECTOR_HANDOVER_WAIT_SECONDS',
    apiRequestsPerMinute: 'API_REQUESTS_PER_MINUTE',
    shardPageSize: 'SHARD_PAGE_SIZE',
  },
} as const satisfies {
  tables: Record<TableName, string>;
  queues: Record<string, string>;
  settings: Record<string, string>;
};

/** The ingest-mode function's variables, set by the stack: stage 1's event source mapping and the two mode alarms. */
export const INGEST_MODE_ENV = {
  mappingId: 'INGEST_MAPPING_UUID',
  backlogAlarm: 'INGEST_BACKLOG_ALARM',
  calmAlarm: 'INGEST_CALM_ALARM',
} as const;

export type QueueRef = keyof typeof ENV.queues;
export type QueueAccess = 'send' | 'backoff';
export type SettingName = keyof typeof ENV.settings;

export interface FunctionDef {
  /** Construct id in the stack (also names its role and log group). */
  id: string;
  /** The handler module, from the repository root; it exports `handler`. */
  entry: string;
  memoryMb: number;
  timeoutSeconds: number;
  tables: Partial<Record<TableName, TableAccess>>;
  /**
   * Queues it sends messages to (`send`), or whose URL it needs to set its
   * own messages' backoff (`backoff`: ChangeMessageVisibility, which its event
   * source's consume grant already holds; no send).
   */
  queues: Partial<Record<QueueRef, QueueAccess>>;
  settings: Partial<Record<SettingName, number>>;
  /** May publish to the per-customer SNS topics (resources/topics.ts). */
  publishesToCustomerTopics?: boolean;
  /** May rewrite the policy of the per-customer SNS topics (SetTopicAttributes). */
  setsCustomerTopicPolicies?: boolean;
  /** May list the subscriptions of the per-customer SNS topics. */
  listsCustomerSubscriptions?: boolean;
  /** May read the channels' secrets (CHANNEL_SECRET_PREFIX in Secrets Manager). */
  readsChannelSecrets?: boolean;
  /** Its role's name (resources/roles.ts), for principals that policies name. */
  namedRole?: RoleRef;
}

/** See FUNCTIONS.fanOutShard.settings. */
const AUDIENCE_MAX_AGE_MS = 5000;
/** One BatchGetItem of customers (DynamoDB's limit is 100 keys); FAN_OUT_SHARDS in queues.ts says why. */
export const FAN_OUT_SHARD_PAGE_SIZE = 100;

/** What a connector function is: a reader in shifts under a lease (functions/connectors/shift-handler.ts). */
const CONNECTOR_SHIFTS = {
  memoryMb: 256,
  timeoutSeconds: 900,
  tables: { connectorState: 'readWrite', tombstones: 'write' },
  queues: { ingest: 'send' },
  settings: {
    /** 13 minutes of reading: with a 70 s wait and a 30 s final flush, inside the 15-minute limit. */
    connectorShiftSeconds: 780,
    /** A tick this close to the holder's end waits for it (the schedule ticks every 60 s). */
    connectorHandoverWaitSeconds: 70,
  },
} as const;

export const FUNCTIONS = {
  /**
   * Stage 1, stateless: ingest queue (standard) -> parse, admit (source
   * registry, ingest clock), score every post -> the evidence, one message per
   * partition, to the evidence queue; bad input to the quarantine, poison to
   * the ingest DLQ. Reads the source registry (customers table).
   */
  score: {
    id: 'ScoreFunction',
    entry: 'functions/score/handler.ts',
    memoryMb: 1024,
    timeoutSeconds: 30,
    tables: { customers: 'read' },
    queues: { ingestDlq: 'send', ingestQuarantine: 'send', evidence: 'send' },
    settings: {
      /** The source registry is read at most this often: a source added is accepted within it. */
      sourceRegistryTtlSeconds: 60,
    },
  },
  /**
   * Stage 2, keyed: evidence queue (FIFO, group = partition) -> one state
   * load per partition per batch -> alert versions to the outbox -> one
   * conditional commit; poison to the evidence DLQ.
   */
  aggregate: {
    id: 'AggregateFunction',
    entry: 'functions/aggregate/handler.ts',
    /**
     * One full vCPU (Lambda gives 1,769 MB one): at the burst the busiest group's batch is CPU-bound (about 40 of
     * 104 ms at 1,024 MB), and one batch per group in flight makes its time the group's ceiling. The model
     * (docs/benchmarks.md, "After branch burstmode"): the dev stream's burst caught up three and a half minutes
     * before its end, with half the peak lag, where 1,024 MB catches up in its last minute or not at all; +2% per
     * million posts.
     */
    memoryMb: 1769,
    timeoutSeconds: 30,
    // Tombstones: a version does not store the excerpt of a post already deleted.
    tables: { events: 'readWrite', alerts: 'append', tombstones: 'lookup' },
    queues: { evidenceDlq: 'send' },
    settings: {},
  },
  /**
   * Alerts stream -> one job over every customer shard (FAN_OUT_SHARDS) on
   * the fan-out-shard queue. It reads no customer and publishes nothing: an
   * alert version costs it one SQS call, whatever the number of customers. Its
   * role keeps the name customer topic policies have always named (renaming a
   * named role replaces it); it has no publish grant.
   */
  fanOut: {
    id: 'FanoutFunction',
    entry: 'functions/fan-out/handler.ts',
    memoryMb: 256,
    timeoutSeconds: 30,
    tables: {},
    queues: { fanOutShard: 'send' },
    namedRole: 'fanOut',
    settings: {},
  },
  /**
   * Fan-out-shard queue -> the customers of the job's shards (up to
   * FAN_OUT_SHARDS.pageSize per job), read fresh -> a decision per customer
   * -> customer topics and the ledger; failed publishes to the retry queue,
   * channel jobs to the channel queue, the rest of the job's shards (one job
   * per shard) or of an oversized shard back to its own queue.
   */
  fanOutShard: {
    id: 'FanoutShardFunction',
    entry: 'functions/fan-out-shard/handler.ts',
    memoryMb: 512,
    timeoutSeconds: 30,
    tables: { alerts: 'read', customers: 'read', deliveries: 'ledger', channels: 'read', tombstones: 'lookup' },
    queues: { deliveryRetry: 'send', channelDelivery: 'send', fanOutShard: 'send' },
    publishesToCustomerTopics: true,
    namedRole: 'fanOutShard',
    settings: {
      /** The first retry of a failed delivery comes after this delay. */
      deliveryRetryDelaySeconds: 30,
      /**
       * Customers, bars and sources are read at most this long before a
       * decision, and a publish starts only while that holds: the cut-off
       * bound of a contract or policy change (README, Delivery rules).
       */
      audienceMaxAgeMs: AUDIENCE_MAX_AGE_MS,
      /** Customers per shard job at most (FAN_OUT_SHARDS.pageSize; tests shorten it to make shards overflow). */
      shardPageSize: FAN_OUT_SHARD_PAGE_SIZE,
    },
  },
  /**
   * Deploy time only (the stack's trigger, no event source): every customer
   * item without its fan-out shard gets it, and those customers' topics the
   * policy that admits the fan-out-shard role (functions/shard-migration).
   * Up to 15 minutes: one update per unsharded customer, 8 topic policies at
   * a time.
   */
  shardMigration: {
    id: 'ShardMigrationFunction',
    entry: 'functions/shard-migration/handler.ts',
    memoryMb: 256,
    timeoutSeconds: 900,
    tables: { customers: 'reshard' },
    queues: {},
    settings: {},
    setsCustomerTopicPolicies: true,
  },
  /** Delivery-retry queue -> the decision again -> one customer's topic and the ledger. */
  deliveryRetry: {
    id: 'DeliveryRetryFunction',
    entry: 'functions/delivery-retry/handler.ts',
    memoryMb: 512,
    timeoutSeconds: 30,
    tables: { alerts: 'read', customers: 'read', deliveries: 'ledger', tombstones: 'lookup' },
    queues: {},
    settings: { audienceMaxAgeMs: AUDIENCE_MAX_AGE_MS },
    publishesToCustomerTopics: true,
    namedRole: 'deliveryRetry',
  },
  /**
   * Channel-delivery queue -> the decision checked again at send time -> one
   * signed webhook, Slack or Teams post -> the channels' ledger. Reads the
   * fan-out's ledger (a job goes only where delivery was decided) and the
   * channels' secrets; sends nothing to any queue (a failed job's backoff is
   * its own message's visibility).
   */
  channelDelivery: {
    id: 'ChannelDeliveryFunction',
    entry: 'functions/channel-delivery/handler.ts',
    memoryMb: 256,
    timeoutSeconds: 30,
    tables: {
      alerts: 'read',
      customers: 'read',
      deliveries: 'read',
      channels: 'read',
      channelDeliveries: 'ledger',
      tombstones: 'lookup',
    },
    queues: { channelDelivery: 'backoff' },
    settings: {},
    readsChannelSecrets: true,
  },
  /**
   * Bluesky's firehose (Jetstream) -> ingest batches, in shifts: each
   * invocation (every minute from a schedule) takes the lease when it is free
   * or about to be handed over, reads for a shift, checkpoints and hands over
   * (docs/connectors.md). CPU need is a few percent of a vCPU (npm run bench).
   */
  blueskyConnector: {
    id: 'BlueskyConnectorFunction',
    entry: 'functions/bluesky-connector/handler.ts',
    ...CONNECTOR_SHIFTS,
  },
  /**
   * The Mastodon connector: the same shifts under a lease as Bluesky's, over
   * the servers and timelines the stack is given (context `mastodonServers`,
   * passed as MASTODON.serversVariable; tokens from Secrets Manager).
   */
  mastodonConnector: {
    id: 'MastodonConnectorFunction',
    entry: 'functions/mastodon-connector/handler.ts',
    ...CONNECTOR_SHIFTS,
  },
  /**
   * Tombstones stream -> the alert versions that quote the deleted post (or a
   * post of the deleted account), found by the byQuotedPost index -> their
   * excerpt removed, and the event's representative post dropped from the
   * detector state (docs/retention.md). The one function that changes an
   * alert version, and only that.
   */
  redact: {
    id: 'RedactFunction',
    entry: 'functions/redact/handler.ts',
    memoryMb: 256,
    timeoutSeconds: 30,
    // The detector state too: an alerted event's representative post is dropped there.
    tables: { alerts: 'redact', events: 'readWrite' },
    queues: {},
    settings: {},
  },
  /**
   * Stage 1's mode (INGEST.burst): the two mode alarms' state changes (an EventBridge rule) and a tick every few
   * minutes -> the alarms' current states -> stage 1's event source mapping updated when its batching differs
   * (functions/domain/ingest-mode.ts). Its mapping and alarms come from the stack (INGEST_MODE_ENV), not bindings:
   * it touches no table and no queue.
   */
  ingestMode: {
    id: 'IngestModeFunction',
    entry: 'functions/ingest-mode/handler.ts',
    memoryMb: 256,
    timeoutSeconds: 30,
    tables: {},
    queues: {},
    settings: {},
  },
  /**
   * The customer API (resources/api.ts): an API key -> its customer -> the
   * alert versions decide() lets that customer receive at read time.
   */
  api: {
    id: 'ApiFunction',
    entry: 'functions/api/handler.ts',
    memoryMb: 512,
    timeoutSeconds: 10,
    tables: { alerts: 'read', customers: 'read', apiKeys: 'readWrite', tombstones: 'lookup' },
    queues: {},
    /** Per key, in fixed one-minute windows (functions/adapters/rate-limiter.ts): the console polls every 2 s. */
    settings: { apiRequestsPerMinute: 120 },
    listsCustomerSubscriptions: true,
  },
} as const satisfies Record<string, FunctionDef>;

export type FunctionKind = keyof typeof FUNCTIONS;

/** The bindings of a function, each with the variable that carries it. */
export function bindingsOf(kind: FunctionKind) {
  const def: FunctionDef = FUNCTIONS[kind];
  const entries = <K extends string, V>(r: Partial<Record<K, V>>) => Object.entries(r) as [K, V][];
  return {
    tables: entries(def.tables).map(([table, access]) => ({ table, access, variable: ENV.tables[table] })),
    queues: entries(def.queues).map(([queue, access]) => ({ queue, access, variable: ENV.queues[queue] })),
    settings: entries(def.settings).map(([setting, value]) => ({ setting, value, variable: ENV.settings[setting] })),
  };
}

/** Every variable the function gets, sorted. */
export function environmentOf(kind: FunctionKind): string[] {
  const b = bindingsOf(kind);
  return [...b.tables, ...b.queues, ...b.settings].map((x) => x.variable).sort();
}

/** Bluesky's public Jetstream instances (github.com/bluesky-social/jetstream); the connector alternates between them on failure. */
/** Mastodon servers are deployment configuration (which servers, timelines and token secrets), not code. */
export const MASTODON = {
  /** The function's variable holding the servers as JSON (MastodonServersSchema). */
  serversVariable: 'MASTODON_SERVERS',
  /** The CDK context key the stack reads them from: `npx cdk deploy -c mastodonServers='[...]'` or cdk.json. */
  contextKey: 'mastodonServers',
} as const;

export const JETSTREAM = {
  endpoints: [
    'wss://jetstream2.us-east.bsky.network/subscribe',
    'wss://jetstream1.us-east.bsky.network/subscribe',
    'wss://jetstream1.us-west.bsky.network/subscribe',
    'wss://jetstream2.us-west.bsky.network/subscribe',
  ],
} as const;
