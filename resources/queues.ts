/** The SQS queues and the alerts stream's event source: names, retries, dead-letter queues, batching. */
import { FAN_OUT_SHARD_PAGE_SIZE, FUNCTIONS, type QueueRef } from './functions';
import { RETENTION } from './retention';

/** Attempts per channel delivery, the first included (the backoff between them: functions/domain/channels/retry.ts). */
export const CHANNEL_MAX_ATTEMPTS = 6;

export interface QueueDef {
  /** Construct ids in the stack: `${id}Queue` and `${id}Dlq`. */
  id: string;
  queueName: string;
  dlqName: string;
  fifo?: boolean;
  visibilityTimeoutSeconds: number;
  /** Receives before SQS moves a message to the DLQ. */
  maxReceiveCount: number;
  retentionDays?: number;
  dlqRetentionDays: number;
  /** Messages per invocation of the function the queue drives. */
  batchSize: number;
  /** Seconds Lambda may wait to fill a batch (standard queues only; 0: hand over what is there at once). */
  maxBatchingWindowSeconds?: number;
  /** Upper bound on that function's concurrent invocations driven by the queue. */
  maxConcurrency: number;
  /** FIFO high-throughput mode: quotas per message group, deduplication per group (AWS only; the emulator has no such mode). */
  highThroughput?: boolean;
}

/** Stage 1's burst mode: the batching it switches to, and when (INGEST.burst says why these values). */
export interface BurstModeDef {
  batchSize: number;
  maxBatchingWindowSeconds: number;
  /** The alarms' period (s). */
  periodSeconds: number;
  /** Enter: the oldest message of the ingest or evidence queue older than this (s), `enterPeriods` periods in a row. */
  enterAgeSeconds: number;
  enterPeriods: number;
  /** Leave: fewer posts a second than this reach stage 1, `leavePeriods` periods in a row, and no backlog. */
  leavePostsPerSecond: number;
  leavePeriods: number;
}

/**
 * Stage 1's queue (issue 11): STANDARD, so that any number of score batches
 * run at once. Scoring a post needs no state, so order does not matter here;
 * order matters only for the keyed stage behind it (EVIDENCE). Producers send
 * `{batchId, source, posts}` through functions/adapters/ingest-message.ts.
 * A standard queue delivers at least once: a batch delivered twice is scored
 * twice, and its evidence parts carry the same ids (batchId#partition), which
 * stage 2's applied list skips (and the evidence queue's deduplication, 5
 * minutes, when they are packed the same way again: README, "Nothing lost,
 * nothing doubled").
 */
export const INGEST = {
  id: 'IngestStandard',
  queueName: 'tocsin-ingest',
  dlqName: 'tocsin-ingest-dlq',
  /** Lambda's guidance: at least 6 x the function timeout, so retries by the poller never overlap a running invocation. */
  visibilityTimeoutSeconds: 6 * FUNCTIONS.score.timeoutSeconds,
  maxReceiveCount: 5,
  retentionDays: 4,
  /** Poison messages only (valid batches that failed every attempt): post text, so kept as long as the terms allow. */
  dlqRetentionDays: RETENTION.postTextDays,
  /**
   * Each message already carries up to a few hundred posts: 10 is a full invocation. No batching window: the
   * shortest Lambda allows is 1 s, added to every alert at ordinary rates (latency is the product), and a window is
   * what a batch above 10 needs. The measured trade: docs/benchmarks.md, "After branch pack". Burst mode (below)
   * takes a window only while a queue backs up.
   */
  batchSize: 10,
  maxBatchingWindowSeconds: 0,
  /**
   * Burst mode (issue 11): while a queue backs up, stage 1's event source mapping takes batches of `batchSize` with a
   * window of `maxBatchingWindowSeconds` (AWS: a batch above 10 on a standard queue needs a window of at least 1 s),
   * so that each stage-2 message packs ten times the ingest messages and the busiest FIFO group carries the
   * 150,000 posts/s burst; it costs every alert up to the window. The stack switches it
   * (infra/constructs/ingest-mode-switch.ts), the local twin too (tools/local/ingest-mode.ts), on the same decision
   * (functions/domain/ingest-mode.ts); the capacity model (tools/capacity/burst-mode.ts) times the switch.
   * - enter: the oldest message of the ingest or the evidence queue (stage 2's busiest group) older than
   *   `enterAgeSeconds` in `enterPeriods` periods of `periodSeconds` in a row (CloudWatch's SQS metrics come a minute
   *   at a time). An ordinary alert spends well under a second in the queues: 10 s is a backlog, not jitter. The
   *   model (docs/benchmarks.md, "After branch burstmode"): 30 s over 2 periods leaves the dev stream's burst behind
   *   at its 10 minutes' end, 10 s over 1 carries it, 5 s would switch a minute sooner. A message retried after a
   *   fault is that old too: burst mode then costs alerts up to the window until it is gone and the rate is calm.
   * - leave: stage 1 received fewer than `leavePostsPerSecond` posts a second (the score function's PostsReceived)
   *   for `leavePeriods` periods in a row, with no backlog. A rate, not the backlog: under burst mode the backlog is
   *   gone while the burst still runs, and leaving on that would flap. At 10,000 posts/s ordinary mode's busiest
   *   group is at about half of one batch in flight on the crisis-dense dev stream, less on dev-heavy
   *   (test/unit/capacity/burst-mode.test.ts); between the two the mode stays as it is.
   */
  burst: {
    batchSize: 100,
    maxBatchingWindowSeconds: 1,
    periodSeconds: 60,
    enterAgeSeconds: 10,
    enterPeriods: 1,
    leavePostsPerSecond: 10_000,
    leavePeriods: 5,
  },
  /**
   * Stateless: the cap is only there to protect the account's Lambda
   * concurrency (1,000 by default) from a burst; the capacity model
   * (tools/capacity/) says how many the 150,000 posts/s peak needs.
   */
  maxConcurrency: 200,
} as const satisfies QueueDef & { burst: BurstModeDef };

/**
 * An evidence message's body at most (UTF-8 bytes): well under SQS's limits
 * per message and per SendMessageBatch call (256 KB, since raised to 1 MiB;
 * functions/adapters/evidence-queue.ts).
 */
export const EVIDENCE_BODY_MAX_BYTES = 120_000;

/**
 * Stage 2's queue: FIFO, MessageGroupId = the detector's partition (category
 * family, engine/evidence.ts partitionOf). Each message carries one stage-1
 * invocation's parts for its partition (one per ingest message, id
 * batchId#partition); MessageDeduplicationId = a hash of the part ids. Lambda runs one batch per
 * group at a time, in order, and groups in parallel; each group's state lives
 * on its own keys (p#family and its candidates), so groups never conflict.
 * Up to 10 messages of a group share one state load and one commit.
 */
export const EVIDENCE = {
  id: 'Evidence',
  queueName: 'tocsin-evidence.fifo',
  dlqName: 'tocsin-evidence-dlq.fifo',
  fifo: true,
  /**
   * Every stage-1 invocation sends one SendMessageBatch here: past 300 calls/s a
   * FIFO queue needs high-throughput mode (the capacity model's check).
   * Deduplication per group loses nothing: the ids name their partition.
   */
  highThroughput: true,
  visibilityTimeoutSeconds: 6 * FUNCTIONS.aggregate.timeoutSeconds,
  maxReceiveCount: 5,
  retentionDays: 4,
  /** Evidence carries post ids, authors and terms (not the text): kept like the poison it is. */
  dlqRetentionDays: RETENTION.postTextDays,
  batchSize: 10,
  /** At most one batch per group (partition) runs anyway; the cap is the number of groups with room to spare. */
  maxConcurrency: 10,
} as const satisfies QueueDef;

/**
 * Bad input (a message that is not a post batch, posts that fail their schema)
 * goes here at once with its reason, apart from the ingest DLQ's poison
 * messages: a real firehose always carries some bad input, so it is alarmed on
 * as a rate, while one poison message is an incident. Two queues, not one
 * queue split by an attribute: CloudWatch sees queue depths, not attributes,
 * and each keeps its own retention and redrive. FIFO for its deduplication: a
 * retried batch quarantines the same rejection once. Nothing consumes it:
 * `npm run tocsin -- dlq list|redrive` reads it.
 */
export const QUARANTINE = {
  id: 'IngestQuarantine',
  queueName: 'tocsin-ingest-quarantine.fifo',
  fifo: true,
  /** Post text: kept as long as the sources' terms allow. */
  retentionDays: RETENTION.postTextDays,
} as const;

/**
 * Deliveries that failed (a customer's topic deleted or throttled) are retried
 * from here, one (alert version, customer) per message, so one failing topic
 * never holds up the alerts stream for everyone else. The fan-out sets the
 * first retry's delay per message (FUNCTIONS.fanOut.settings); later ones
 * come after the visibility timeout.
 */
export const DELIVERY_RETRY = {
  id: 'DeliveryRetry',
  queueName: 'tocsin-delivery-retry',
  dlqName: 'tocsin-delivery-retry-dlq',
  visibilityTimeoutSeconds: 6 * FUNCTIONS.deliveryRetry.timeoutSeconds,
  maxReceiveCount: 5,
  dlqRetentionDays: 14,
  batchSize: 10,
  /** Retries are few; a small cap keeps a burst of them from hammering a throttled topic (SQS keeps the rest for later). */
  maxConcurrency: 2,
} as const satisfies QueueDef;

/**
 * Channel deliveries (signed webhooks, Slack, Teams): one (alert version,
 * customer, channel) per message, queued by the fan-out once delivery is
 * decided. A failed attempt comes back after a growing backoff (the handler
 * sets its visibility, functions/domain/channels/retry.ts); after the last
 * one the redrive policy parks it in the DLQ (alarmed).
 */
export const CHANNEL_DELIVERY = {
  id: 'ChannelDelivery',
  queueName: 'tocsin-channel-delivery',
  dlqName: 'tocsin-channel-delivery-dlq',
  visibilityTimeoutSeconds: 6 * FUNCTIONS.channelDelivery.timeoutSeconds,
  maxReceiveCount: CHANNEL_MAX_ATTEMPTS,
  dlqRetentionDays: 14,
  batchSize: 10,
  /** Endpoints are customers' own servers: a few at a time is plenty, and bounds what a slow one can hold up. */
  maxConcurrency: 5,
} as const satisfies QueueDef;

/**
 * The fan-out's customer shards. Every customer is in shard
 * `shardOf(id) = fnv1a(id) mod count` (functions/domain/shard.ts, written
 * on the customer item by every CLI write). The count is fixed, not read from
 * a shard-count item: the splitter then reads nothing before it splits (a
 * read per alert version saved, and no item whose loss would silence every
 * customer). The splitter queues one job over every shard; the worker reads
 * its shards in order and, at the first one that does not fit in its page,
 * hands that shard's rest and every later shard on as jobs of their own
 * (queued before its page is worked, so the pages run in parallel); a shard
 * that outgrows `pageSize` customers continues page by page the same way
 * (functions/fan-out-shard/range-page.ts). The count bounds the second wave
 * of parallelism, never correctness. 64 shards: 50 customers cost one job per
 * alert version (64 index queries, 16 at a time); 10,000 customers are about
 * 156 a shard, two jobs each, one hop after the first job
 * (tools/capacity/fan-out.ts has both). Changing the count means
 * re-sharding: `customers migrate-shards`.
 */
export const FAN_OUT_SHARDS = {
  count: 64,
  /** Customers per job at most (one BatchGetItem: DynamoDB's limit is 100 keys). */
  pageSize: FAN_OUT_SHARD_PAGE_SIZE,
} as const;

/**
 * One job per (alert version, range of shards[, where in its first shard to
 * resume]): the key of the alert, never its audience, so the worker reads its customers itself,
 * when it runs (a bar or suspension after the split still wins). A job that
 * fails (a throttled ledger, a crash) comes back after the visibility timeout;
 * the ledger makes the retry do only what is left.
 */
export const FAN_OUT_SHARD = {
  id: 'FanoutShard',
  queueName: 'tocsin-fan-out-shard',
  dlqName: 'tocsin-fan-out-shard-dlq',
  visibilityTimeoutSeconds: 6 * FUNCTIONS.fanOutShard.timeoutSeconds,
  maxReceiveCount: 5,
  dlqRetentionDays: 14,
  /** A job is up to 100 customers already; 10 jobs an invocation would run past its 30 s on a slow SNS. */
  batchSize: 2,
  /**
   * 64 shards of up to 2 pages at 2 jobs an invocation (once the version's
   * first job has handed them on): 64 concurrent workers spread one alert
   * version at once. Bounded so that a burst of alert versions cannot
   * take the account's Lambda concurrency or SNS's publish rate from the rest
   * (tools/capacity/fan-out.ts has the arithmetic).
   */
  maxConcurrency: 64,
} as const satisfies QueueDef;

/** The alerts table's stream, consumed by the fan-out. */
export const ALERT_STREAM = {
  batchSize: 25,
  /** Retry a failing record this many times before it is parked (bisecting batches meanwhile). */
  retryAttempts: 10,
  maxRecordAgeSeconds: 3600,
  /** New alert versions only: the outbox writes each version once and never updates it. */
  eventName: 'INSERT',
  /**
   * Where records the fan-out gave up on are kept whole (the event source's
   * on-failure destination, an S3 bucket: Lambda writes the invocation record
   * with the batch itself, where a queue or topic would get shard positions
   * only, useless once the stream's 24 hours have passed). `refanout` decides
   * and delivers them again from the alerts table.
   */
  failures: { id: 'FanoutFailureBucket', retentionDays: RETENTION.streamFailuresDays },
} as const;

/**
 * The tombstones table's stream into the redact function: each new tombstone
 * removes the excerpt of the post it deletes from the alert versions that
 * quote it. Same settings as the alerts stream; what it gives up on is kept
 * whole in a bucket of its own.
 */
export const TOMBSTONE_STREAM = {
  ...ALERT_STREAM,
  /** New tombstones only: a tombstone written again changes nothing already redacted. */
  eventName: 'INSERT',
  failures: { id: 'RedactFailureBucket', retentionDays: RETENTION.streamFailuresDays },
} as const;

/** Each queue a function can be bound to, by the name it has on AWS and locally (the CLIs look queues up by name). */
export const QUEUE_NAMES: Record<QueueRef, string> = {
  ingest: INGEST.queueName,
  ingestDlq: INGEST.dlqName,
  ingestQuarantine: QUARANTINE.queueName,
  evidence: EVIDENCE.queueName,
  evidenceDlq: EVIDENCE.dlqName,
  deliveryRetry: DELIVERY_RETRY.queueName,
  channelDelivery: CHANNEL_DELIVERY.queueName,
  fanOutShard: FAN_OUT_SHARD.queueName,
};

/**
 * Where SNS puts the messages it could not deliver to a customer's endpoint
 * after its own retries: every subscription's redrive policy points here
 * (tools/admin/customers.ts). Standard (customer topics are standard), same
 * account and region as the topics, as SNS requires. The messages carry the
 * representative post's excerpt, and a queued message cannot be redacted when
 * the post is deleted: kept RETENTION.postTextDays, like every other queue of
 * post text (docs/retention.md).
 */
export const SUBSCRIPTION_DLQ = {
  id: 'SubscriptionDlq',
  queueName: 'tocsin-subscription-dlq',
  retentionDays: RETENTION.postTextDays,
} as const;

/** Stage 1's event source mapping in each of its modes (functions/domain/ingest-mode.ts decides which). */
export const INGEST_MODES = {
  ordinary: { batchSize: INGEST.batchSize, maxBatchingWindowSeconds: INGEST.maxBatchingWindowSeconds },
  burst: { batchSize: INGEST.burst.batchSize, maxBatchingWindowSeconds: INGEST.burst.maxBatchingWindowSeconds },
} as const;
