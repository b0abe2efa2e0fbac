/**
 * The one definition of every resource's settings. The CDK stack
 * (infra/stack.ts) and the local environment (tools/local/) both build from
 * this, so what runs on a laptop is what runs in AWS.
 *
 * Kept free of aws-cdk-lib imports: the local environment and the handlers
 * import it too.
 */

export type KeyType = 'S' | 'N';
export interface KeyDef { name: string; type: KeyType }
export interface TableDef {
  /** Logical id in the stack and the table name locally. */
  id: string;
  partitionKey: KeyDef;
  sortKey?: KeyDef;
  ttlAttribute?: string;
  stream?: 'NEW_IMAGE';
  pointInTimeRecovery: boolean;
  globalIndexes?: { name: string; partitionKey: KeyDef; sortKey?: KeyDef }[];
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
  /** Outbox: one item per alert version; its stream drives the fan-out. */
  alerts: {
    id: 'tocsin-alerts',
    partitionKey: { name: 'alertId', type: 'S' },
    sortKey: { name: 'version', type: 'N' },
    stream: 'NEW_IMAGE',
    pointInTimeRecovery: true,
  },
  /**
   * Customers (kind = "customer") and source usage policies (kind = "policy").
   * Both sets are small and read whole by every fan-out, so one partition each.
   */
  customers: {
    id: 'tocsin-customers',
    partitionKey: { name: 'kind', type: 'S' },
    sortKey: { name: 'id', type: 'S' },
    pointInTimeRecovery: true,
  },
  /** Delivery ledger: one decision per (customer, alert version), delivered or withheld. */
  deliveries: {
    id: 'tocsin-deliveries',
    partitionKey: { name: 'customerId', type: 'S' },
    sortKey: { name: 'deliveryKey', type: 'S' },
    pointInTimeRecovery: true,
    globalIndexes: [
      { name: 'byCustomerTime', partitionKey: { name: 'customerId', type: 'S' }, sortKey: { name: 'decidedAt', type: 'S' } },
      { name: 'byAlert', partitionKey: { name: 'alertId', type: 'S' }, sortKey: { name: 'deliveryKey', type: 'S' } },
    ],
  },
} as const satisfies Record<string, TableDef>;

export const FUNCTIONS = {
  score: { id: 'ScoreFunction', entry: 'functions/score/handler.ts', memoryMb: 1024, timeoutSeconds: 30 },
  fanout: { id: 'FanoutFunction', entry: 'functions/fan-out/handler.ts', memoryMb: 512, timeoutSeconds: 30 },
  deliveryRetry: { id: 'DeliveryRetryFunction', entry: 'functions/delivery-retry/handler.ts', memoryMb: 512, timeoutSeconds: 30 },
} as const;

/**
 * The ingest queue is FIFO: the detector is stateful and order matters, so a
 * failed message must be retried before the ones after it (a crash then
 * replays to exactly the state of a clean run). Producers send each batch
 * with MessageGroupId = its source (one ordered stream per source) and
 * MessageDeduplicationId = a hash of its batchId (a re-sent batch within
 * five minutes is dropped by SQS itself).
 */
export const INGEST = {
  queueName: 'tocsin-ingest.fifo',
  dlqName: 'tocsin-ingest-dlq.fifo',
  fifo: true,
  /** Lambda's guidance: at least 6 x the function timeout, so retries by the poller never overlap a running invocation. */
  visibilityTimeoutSeconds: 6 * FUNCTIONS.score.timeoutSeconds,
  maxReceiveCount: 5,
  retentionDays: 4,
  dlqRetentionDays: 14,
  /**
   * Each message already carries up to a few hundred posts, so 10 messages
   * (the FIFO maximum) is a full invocation. FIFO event sources take no
   * batching window, which suits us: alert latency is the product.
   */
  batchSize: 10,
} as const;

export const ALERT_STREAM = {
  batchSize: 25,
  /** Retry a failing record this many times before it is parked (bisecting batches meanwhile). */
  retryAttempts: 10,
  maxRecordAgeSeconds: 3600,
} as const;

/**
 * Deliveries that failed (a customer's topic deleted or throttled) are retried
 * from here, one (alert version, customer) per message, so one failing topic
 * never holds up the alerts stream for everyone else.
 */
export const DELIVERY_RETRY = {
  queueName: 'tocsin-delivery-retry',
  dlqName: 'tocsin-delivery-retry-dlq',
  visibilityTimeoutSeconds: 6 * FUNCTIONS.fanout.timeoutSeconds,
  /** First retry after this delay; later ones after the visibility timeout. */
  delaySeconds: 30,
  maxReceiveCount: 5,
  dlqRetentionDays: 14,
  batchSize: 10,
} as const;

export const CUSTOMER_TOPIC_PREFIX = 'tocsin-customer-';
export const customerTopicName = (customerId: string): string => `${CUSTOMER_TOPIC_PREFIX}${customerId}`;

/** Names the handlers read from their environment, set by the stack and by the local environment alike. */
export const ENV = {
  eventsTable: 'EVENTS_TABLE',
  alertsTable: 'ALERTS_TABLE',
  customersTable: 'CUSTOMERS_TABLE',
  deliveriesTable: 'DELIVERIES_TABLE',
  topicPrefix: 'CUSTOMER_TOPIC_PREFIX',
  /** The score function quarantines bad input here, with its reason. */
  ingestDlqUrl: 'INGEST_DLQ_URL',
  deliveryRetryQueueUrl: 'DELIVERY_RETRY_QUEUE_URL',
  /** Optional: the first retry's delay, shorter in local tests. */
  deliveryRetryDelaySeconds: 'DELIVERY_RETRY_DELAY_SECONDS',
} as const;
