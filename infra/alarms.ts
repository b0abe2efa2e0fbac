/**
 * What pages the operator, and why: every alarm of the stack, its metric and
 * threshold. Each notifies the ops topic when it fires and when it clears;
 * docs/alarms.md says what to do about each.
 */
import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import { METRICS, METRICS_NAMESPACE, SERVICES } from '../functions/commons/observability';
import {
  ALERT_STREAM,
  CHANNEL_DELIVERY,
  DELIVERY_RETRY,
  EVIDENCE,
  FAN_OUT_SHARD,
  FUNCTIONS,
  type FunctionKind,
  INGEST,
  type TableName,
  TOMBSTONE_STREAM,
} from '../resources';
import {
  type CustomerApi,
  deliveryMetric,
  FAILURE_METRICS_FILTER,
  functionMetric,
  type OpsAlarms,
  type QueueWithDlq,
  type TocsinFunction,
  type TocsinTable,
} from './constructs';

type MetricName = (typeof METRICS)[keyof typeof METRICS];

/** Scoring more than this behind the firehose is an incident. */
const MAX_OLDEST_INGEST_SECONDS = 300;
/**
 * Bad input quarantined: a share of the input above this, sustained, means a
 * producer or a source's format broke (the connectors validate before they
 * send, so a healthy stream quarantines far less); under the minimum volume a
 * few bad posts are no rate (a stream gone wholly bad then shows as posts
 * scored falling silent).
 */
const MAX_QUARANTINE_PERCENT = 5;
const QUARANTINE_RATE_MIN_INPUT = 100;
const QUARANTINE_RATE_PERIOD = Duration.minutes(5);
const QUARANTINE_RATE_PERIODS = 3;
/** A firehose never stops: no post scored for this long means nothing reaches the detector. */
const SCORE_SILENT_MINUTES = 5;
/** Alerts are the product: a fan-out more than a minute behind the alerts stream is an incident. */
const MAX_FAN_OUT_LAG_MS = 60_000;
/** Alerts stored in a window of this length with no fan-out invocation at all: the stream is not being consumed. */
const FAN_OUT_STALL_PERIOD = Duration.minutes(5);
/**
 * A failed delivery legitimately waits its first delay plus one visibility
 * timeout per receive before the DLQ takes it; older than that, nobody is
 * consuming the retry queue.
 */
const MAX_RETRY_AGE_SECONDS =
  FUNCTIONS.fanOutShard.settings.deliveryRetryDelaySeconds +
  DELIVERY_RETRY.maxReceiveCount * DELIVERY_RETRY.visibilityTimeoutSeconds;
/** Throttling in 3 of 5 minutes: SDK retries absorb a burst, not this. */
const THROTTLED_MINUTES = 3;
const THROTTLE_WINDOW_MINUTES = 5;
/** SNS publishes its metrics every few minutes. */
const SNS_FAILURE_PERIOD = Duration.minutes(5);
/** A connector: silent this long (no post accepted), behind the firehose this much, without a checkpoint this long, dropped this often. */
const CONNECTOR_SILENT_MINUTES = 5;
const MAX_CONNECTOR_LAG_SECONDS = 120;
const MAX_CHECKPOINT_AGE_SECONDS = 180;
const MAX_DISCONNECTS_IN_5_MINUTES = 10;

export interface AlarmedResources {
  tables: Record<TableName, TocsinTable>;
  ingest: QueueWithDlq;
  evidence: QueueWithDlq;
  deliveryRetry: QueueWithDlq;
  channelDelivery: QueueWithDlq;
  fanOutShards: QueueWithDlq;
  streamFailures: s3.Bucket;
  /** Tombstone-stream records the redact function gave up on. */
  redactFailures: s3.Bucket;
  functions: Record<FunctionKind, TocsinFunction>;
  api: CustomerApi;
  /** The Mastodon connector is scheduled (servers configured): only then is its silence a fault. */
  mastodonScheduled?: boolean;
}

const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function addAlarms(alarms: OpsAlarms, r: AlarmedResources): void {
  ingestAlarms(alarms, r);
  evidenceAlarms(alarms, r);
  fanOutAlarms(alarms, r);
  fanOutShardAlarms(alarms, r);
  channelAlarms(alarms, r);
  throttleAlarms(alarms, r);
  connectorAlarms(alarms, r.functions, { kind: 'blueskyConnector', name: 'Bluesky', upstream: 'Jetstream' });
  if (r.mastodonScheduled)
    connectorAlarms(alarms, r.functions, {
      kind: 'mastodonConnector',
      name: 'Mastodon',
      upstream: 'the Mastodon servers',
    });
  apiAlarms(alarms, r);
  redactAlarms(alarms, r);
  alarms.functionErrors('IngestModeErrorsAlarm', r.functions.ingestMode, 'Ingest-mode');
}

/** A deleted post's excerpt must leave the stored alerts within the sources' deadline (docs/retention.md): any failure pages. */
function redactAlarms(alarms: OpsAlarms, { redactFailures, functions: fns }: AlarmedResources): void {
  alarms.functionErrors('RedactErrorsAlarm', fns.redact, 'Redact');
  recordsFailed(alarms, 'redact', 'the tombstones stream retries them, then parks them on its failure destination');
  alarms.countAboveZero(
    'RedactStreamFailuresAlarm',
    new cloudwatch.Metric({
      namespace: 'AWS/S3',
      metricName: 'PutRequests',
      dimensionsMap: { BucketName: redactFailures.bucketName, FilterId: FAILURE_METRICS_FILTER },
      statistic: cloudwatch.Stats.SUM,
      period: Duration.minutes(1),
    }),
    `The redact function gave up on tombstone records (${TOMBSTONE_STREAM.retryAttempts} retries or ${TOMBSTONE_STREAM.maxRecordAgeSeconds / 3600} h old): the batch is kept whole in the redact failure bucket, and the excerpts of those deleted posts may still be stored (readers hide them, the tombstone being there). Fix the cause (the redact function's "record failed" log lines) within the sources' 24-hour deadline, then run each tombstone id of the batch again through the redact function (docs/retention.md).`,
  );
}

function ingestAlarms(alarms: OpsAlarms, { ingest, functions: fns }: AlarmedResources): void {
  alarms.queueNotEmpty(
    'IngestDlqDepthAlarm',
    ingest.dlq,
    `A poison message in the ingest dead-letter queue: a valid batch that failed ${INGEST.maxReceiveCount} times. Fix the cause, then npm run tocsin -- dlq redrive --queue poison (kept ${INGEST.dlqRetentionDays} day(s)).`,
  );
  // Bad input is expected from a real firehose: its rate is alarmed, never a single message.
  const scored = (name: MetricName) => functionMetric('score', name).with({ period: QUARANTINE_RATE_PERIOD });
  alarms.above(
    'IngestQuarantineRateAlarm',
    new cloudwatch.MathExpression({
      expression: `IF(FILL(received, 0) + FILL(invalid, 0) >= ${QUARANTINE_RATE_MIN_INPUT}, 100 * (FILL(rejected, 0) + FILL(invalid, 0)) / (FILL(received, 0) + FILL(invalid, 0)), 0)`,
      usingMetrics: {
        received: scored(METRICS.postsReceived),
        rejected: scored(METRICS.postsRejected),
        invalid: scored(METRICS.messagesInvalid),
      },
      period: QUARANTINE_RATE_PERIOD,
      label: 'bad input quarantined (% of posts and messages)',
    }),
    MAX_QUARANTINE_PERCENT,
    QUARANTINE_RATE_PERIODS,
    `More than ${MAX_QUARANTINE_PERCENT}% of the input quarantined as bad (rejected posts plus invalid messages, over at least ${QUARANTINE_RATE_MIN_INPUT} in ${QUARANTINE_RATE_PERIOD.toMinutes()} minutes) for ${QUARANTINE_RATE_PERIODS * QUARANTINE_RATE_PERIOD.toMinutes()} minutes: a producer or a source's format changed. npm run tocsin -- dlq list --queue quarantine gives each reason.`,
  );
  alarms.oldestMessage(
    'IngestOldestMessageAlarm',
    ingest,
    MAX_OLDEST_INGEST_SECONDS,
    `Oldest ingest message older than ${MAX_OLDEST_INGEST_SECONDS}s: scoring is falling behind the firehose.`,
  );
  alarms.belowOrSilent(
    'ScoreSilentAlarm',
    functionMetric('score', METRICS.postsScored).with({ period: Duration.minutes(SCORE_SILENT_MINUTES) }),
    1,
    1,
    `No post scored for ${SCORE_SILENT_MINUTES} minutes (${METRICS_NAMESPACE}/${METRICS.postsScored}, missing data breaching): nothing reaches the detector. Check the connector alarms, the ingest queue's depth and the score function's errors and throttles.`,
  );
  alarms.functionErrors('ScoreErrorsAlarm', fns.score, 'Score');
  recordsFailed(alarms, 'score', 'SQS delivers them again after the visibility timeout');
}

/** Stage 2: the evidence queue (FIFO by partition) and the aggregate function. */
function evidenceAlarms(alarms: OpsAlarms, { evidence, functions: fns }: AlarmedResources): void {
  alarms.queueNotEmpty(
    'EvidenceDlqDepthAlarm',
    evidence.dlq,
    `An evidence message in the evidence dead-letter queue: it failed ${EVIDENCE.maxReceiveCount} times in the aggregate function (or did not decode), and its partition moved on without it. Its reason is the tocsin-reason attribute; fix the cause and move it back with SQS's DLQ redrive (kept ${EVIDENCE.dlqRetentionDays} day(s)).`,
  );
  alarms.oldestMessage(
    'EvidenceOldestMessageAlarm',
    evidence,
    MAX_OLDEST_INGEST_SECONDS,
    `Oldest evidence message older than ${MAX_OLDEST_INGEST_SECONDS}s: a partition's aggregation is falling behind (one batch per FIFO group at a time) or failing. Check the aggregate function's errors and RecordsFailed.`,
  );
  alarms.functionErrors('AggregateErrorsAlarm', fns.aggregate, 'Aggregate');
  recordsFailed(alarms, 'aggregate', "SQS delivers them again in order, holding up their partition's group meanwhile");
}

function fanOutAlarms(alarms: OpsAlarms, { deliveryRetry, streamFailures, functions: fns }: AlarmedResources): void {
  alarms.functionErrors('FanoutErrorsAlarm', fns.fanOut, 'Fan-out');
  recordsFailed(alarms, 'fanOut', 'the alerts stream retries them, then parks them on its failure destination');
  alarms.countAboveZero(
    'FanoutDeliveryFailuresAlarm',
    deliveryMetric(METRICS.deliveryFailures, 'delivery failures'),
    `A delivery to a customer topic failed (${METRICS_NAMESPACE}/${METRICS.deliveryFailures} > 0, fan-out or retry); it is retried from the delivery-retry queue.`,
  );
  // A customer or policy item that does not parse is withheld from (fail closed) until someone fixes it.
  alarms.countAboveZero(
    'FanoutInvalidItemsAlarm',
    new cloudwatch.MathExpression({
      expression: 'FILL(customers, 0) + FILL(policies, 0)',
      usingMetrics: {
        customers: deliveryMetric(METRICS.invalidCustomers, 'malformed customer items'),
        policies: deliveryMetric(METRICS.invalidPolicies, 'malformed policy items'),
      },
      period: Duration.minutes(1),
      label: 'malformed customer and policy items',
    }),
    `A customer or source-policy item in tocsin-customers does not parse (${METRICS_NAMESPACE}/${METRICS.invalidCustomers} or ${METRICS.invalidPolicies} > 0, fan-out or retry): the customers it concerns are withheld (fail closed) until it is fixed; the others are served.`,
  );
  alarms.iteratorAge(
    'FanoutIteratorAgeAlarm',
    fns.fanOut,
    MAX_FAN_OUT_LAG_MS,
    `Fan-out is more than ${MAX_FAN_OUT_LAG_MS / 1000}s behind the alerts stream.`,
  );
  // The heartbeat of the alerts stream. Lambda reports IteratorAge only when
  // it hands the fan-out records, so its silence alone means nothing (no
  // alert, no record) and an alarm on it with missing data breaching would
  // fire every quiet quarter hour; its silence while alert versions are being
  // stored means nobody reads the stream, and that is what breaches here (the
  // FILL(..., 0) == 0). Silence of both is the score function's silence,
  // ScoreSilentAlarm's to report. A version stored in the last instant of a
  // window and fanned out in the next would breach once: the alarm clears at
  // the next evaluation (docs/alarms.md).
  alarms.whenTrue(
    'FanoutStalledAlarm',
    new cloudwatch.MathExpression({
      expression: 'IF(FILL(created, 0) > 0 AND FILL(fannedOut, 0) == 0, 1, 0)',
      usingMetrics: {
        created: functionMetric('score', METRICS.alertsCreated).with({ period: FAN_OUT_STALL_PERIOD }),
        fannedOut: fns.fanOut.metric('IteratorAge', {
          statistic: cloudwatch.Stats.SAMPLE_COUNT,
          period: FAN_OUT_STALL_PERIOD,
        }),
      },
      period: FAN_OUT_STALL_PERIOD,
      label: 'alert versions stored, stream not read (1 = stalled)',
    }),
    `Alert versions were stored in the last ${FAN_OUT_STALL_PERIOD.toMinutes()} minutes but the fan-out was handed no stream record at all (its IteratorAge has no datapoint): the alerts stream's event source is disabled, throttled to nothing, or broken. Customers are not being alerted.`,
  );
  alarms.countAboveZero(
    'FanoutStreamFailuresAlarm',
    new cloudwatch.Metric({
      namespace: 'AWS/S3',
      metricName: 'PutRequests',
      dimensionsMap: { BucketName: streamFailures.bucketName, FilterId: FAILURE_METRICS_FILTER },
      statistic: cloudwatch.Stats.SUM,
      period: Duration.minutes(1),
    }),
    `The fan-out gave up on alert-stream records (${ALERT_STREAM.retryAttempts} retries or ${ALERT_STREAM.maxRecordAgeSeconds / 3600} h old): the batch is kept whole in the stream-failure bucket, and those alert versions were not fanned out. Fix the cause (the fan-out's "record failed" log lines), then npm run tocsin -- --aws refanout --since TIME.`,
  );
  alarms.functionErrors('DeliveryRetryErrorsAlarm', fns.deliveryRetry, 'Delivery-retry');
  recordsFailed(alarms, 'deliveryRetry', 'SQS delivers them again, then moves them to the delivery-retry DLQ');
  alarms.oldestMessage(
    'DeliveryRetryOldestMessageAlarm',
    deliveryRetry,
    MAX_RETRY_AGE_SECONDS,
    `A failed delivery has waited more than ${MAX_RETRY_AGE_SECONDS} s in tocsin-delivery-retry (its first delay plus ${DELIVERY_RETRY.maxReceiveCount} visibility timeouts, after which the DLQ would have it): nobody is consuming the retry queue. Check the delivery-retry function's errors, throttles and event source.`,
  );
  alarms.queueNotEmpty(
    'DeliveryRetryDlqDepthAlarm',
    deliveryRetry.dlq,
    `Deliveries abandoned after ${DELIVERY_RETRY.maxReceiveCount} retries: those customers did not get the alert. Inspect the topic, then redrive.`,
  );
  // Customer topics are created at run time, so no metric of theirs can be
  // named here: a Metrics Insights query sums every topic of this account and
  // region except the ops topic (the stack owns its account and region: its
  // names are fixed). Metrics Insights matches dimension values exactly, no
  // prefix, hence the exclusion rather than tocsin-customer-*.
  alarms.countAboveZero(
    'CustomerNotificationsFailedAlarm',
    new cloudwatch.MathExpression({
      expression: `SELECT SUM(NumberOfNotificationsFailed) FROM SCHEMA("AWS/SNS", TopicName) WHERE TopicName != '${alarms.topicName}'`,
      usingMetrics: {},
      period: SNS_FAILURE_PERIOD,
      label: 'customer notifications SNS failed to deliver',
    }),
    `SNS failed to deliver notifications to customer subscriptions (AWS/SNS NumberOfNotificationsFailed, every topic but the ops topic, over ${SNS_FAILURE_PERIOD.toMinutes()} minutes): the ledger says delivered (SNS accepted), the subscriber did not get it. Find the topic in the SNS console or with a Metrics Insights GROUP BY TopicName; check the subscription (endpoint, queue policy, confirmation) and its dead-letter queue.`,
  );
}

/**
 * A shard job is worked within seconds of its split; one older than a minute
 * is an alert version some customers have not been decided for, the 60 s the
 * fan-out is meant to take (a job retried after a fault waits a visibility
 * timeout first, and pages this alarm: it is late).
 */
const MAX_SHARD_JOB_AGE_SECONDS = 60;

function fanOutShardAlarms(alarms: OpsAlarms, { fanOutShards, functions: fns }: AlarmedResources): void {
  alarms.functionErrors('FanoutShardErrorsAlarm', fns.fanOutShard, 'Fan-out-shard');
  recordsFailed(alarms, 'fanOutShard', 'SQS delivers those shard jobs again, then moves them to the fan-out-shard DLQ');
  alarms.oldestMessage(
    'FanoutShardOldestMessageAlarm',
    fanOutShards,
    MAX_SHARD_JOB_AGE_SECONDS,
    `A fan-out shard job has waited more than ${MAX_SHARD_JOB_AGE_SECONDS} s in ${FAN_OUT_SHARD.queueName}: the customers of that shard are not being alerted within the minute. Check the fan-out-shard function's errors, throttles and duration (SNS or DynamoDB throttling shows there).`,
  );
  alarms.queueNotEmpty(
    'FanoutShardDlqDepthAlarm',
    fanOutShards.dlq,
    `Fan-out shard jobs given up on after ${FAN_OUT_SHARD.maxReceiveCount} attempts: the customers of those shards were not decided for those alert versions. Each message names the alert version and shard; fix the cause (the fan-out-shard function's "record failed" log lines), then npm run tocsin -- --aws refanout --since TIME (kept ${FAN_OUT_SHARD.dlqRetentionDays} days).`,
  );
}

/**
 * A channel job legitimately waits through its backoffs (about a quarter of
 * an hour in all, each at most 15 minutes); older than this, nobody is
 * consuming the channel queue.
 */
const MAX_CHANNEL_JOB_AGE_SECONDS = 3600;

function channelAlarms(alarms: OpsAlarms, { channelDelivery, functions: fns }: AlarmedResources): void {
  alarms.functionErrors('ChannelDeliveryErrorsAlarm', fns.channelDelivery, 'Channel-delivery');
  alarms.queueNotEmpty(
    'ChannelDeliveryDlqDepthAlarm',
    channelDelivery.dlq,
    `Webhook, Slack or Teams deliveries parked after ${CHANNEL_DELIVERY.maxReceiveCount} attempts: those channels did not get the alert. npm run tocsin -- channels deliveries CUSTOMER gives each one's last error; fix the endpoint, then redrive the DLQ (kept ${CHANNEL_DELIVERY.dlqRetentionDays} days).`,
  );
  alarms.oldestMessage(
    'ChannelDeliveryOldestMessageAlarm',
    channelDelivery,
    MAX_CHANNEL_JOB_AGE_SECONDS,
    `A channel job has waited more than ${MAX_CHANNEL_JOB_AGE_SECONDS} s in ${CHANNEL_DELIVERY.queueName}, beyond every backoff: nobody is consuming it. Check the channel-delivery function's errors, throttles and event source.`,
  );
}

/** A batch whose every record failed is a successful invocation (partial batch responses): Errors never sees it. */
function recordsFailed(alarms: OpsAlarms, kind: FunctionKind, whatHappens: string): void {
  alarms.countAboveZero(
    `${capitalized(kind.replace(/^fanOut/, 'fanout'))}RecordsFailedAlarm`,
    functionMetric(kind, METRICS.recordsFailed),
    `The ${kind} function reported failed records (${METRICS_NAMESPACE}/${METRICS.recordsFailed} > 0, service=${SERVICES[kind]}); ${whatHappens}. Its log group has one "record failed" line per record, with the error.`,
  );
}

function throttleAlarms(alarms: OpsAlarms, { tables, functions: fns }: AlarmedResources): void {
  const minute = { period: Duration.minutes(1), statistic: cloudwatch.Stats.SUM };
  for (const table of Object.values(tables)) {
    alarms.aboveInMost(
      `${capitalized(table.kind)}TableThrottledAlarm`,
      new cloudwatch.MathExpression({
        expression: 'FILL(reads, 0) + FILL(writes, 0)',
        usingMetrics: {
          reads: table.metric('ReadThrottleEvents', minute),
          writes: table.metric('WriteThrottleEvents', minute),
        },
        period: minute.period,
        label: `${table.def.id} throttle events`,
      }),
      0,
      THROTTLED_MINUTES,
      THROTTLE_WINDOW_MINUTES,
      `DynamoDB throttled ${table.def.id} in ${THROTTLED_MINUTES} of the last ${THROTTLE_WINDOW_MINUTES} minutes (read + write throttle events): on demand, so a hot partition or an account limit. The SDK retries; sustained, the functions using it fall behind or fail records.`,
    );
  }
  for (const fn of Object.values(fns)) {
    alarms.aboveInMost(
      `${fn.node.id.replace(/Function$/, '')}ThrottledAlarm`,
      fn.metricThrottles(minute),
      0,
      THROTTLED_MINUTES,
      THROTTLE_WINDOW_MINUTES,
      `Lambda throttled ${fn.node.id} in ${THROTTLED_MINUTES} of the last ${THROTTLE_WINDOW_MINUTES} minutes: the account's concurrency is exhausted. Its event source retries, and falls behind meanwhile.`,
    );
  }
}

interface ConnectorAlarmed {
  kind: 'blueskyConnector' | 'mastodonConnector';
  /** The source, as alarm ids and descriptions name it. */
  name: string;
  upstream: string;
}

function connectorAlarms(alarms: OpsAlarms, fns: Record<FunctionKind, TocsinFunction>, c: ConnectorAlarmed): void {
  const id = (what: string) => `${c.name}Connector${what}Alarm`;
  alarms.functionErrors(id('Errors'), fns[c.kind], `${c.name} connector`);
  const connector = (name: MetricName, statistic: string, minutes = 1) =>
    functionMetric(c.kind, name).with({ statistic, period: Duration.minutes(minutes) });
  alarms.belowOrSilent(
    id('Silent'),
    connector(METRICS.connectorPosts, cloudwatch.Stats.SUM, CONNECTOR_SILENT_MINUTES),
    1,
    1,
    `The ${c.name} connector accepted no post for ${CONNECTOR_SILENT_MINUTES} minutes: no shift is running, or it cannot read ${c.upstream} or send to the ingest queue. Check its log group.`,
  );
  alarms.above(
    id('Lag'),
    connector(METRICS.connectorLagSeconds, cloudwatch.Stats.MAXIMUM),
    MAX_CONNECTOR_LAG_SECONDS,
    3,
    `The ${c.name} connector is more than ${MAX_CONNECTOR_LAG_SECONDS} s behind its source (now - newest source time accepted) for 3 minutes: the ingest queue is slow or ${c.upstream} is replaying.`,
  );
  alarms.above(
    id('CheckpointAge'),
    connector(METRICS.connectorCheckpointAgeSeconds, cloudwatch.Stats.MAXIMUM),
    MAX_CHECKPOINT_AGE_SECONDS,
    3,
    `No ${c.name} checkpoint for ${MAX_CHECKPOINT_AGE_SECONDS} s while the connector runs: batches are not being accepted (ingest queue or connector-state table failing).`,
  );
  alarms.above(
    id('Disconnects'),
    connector(METRICS.connectorDisconnects, cloudwatch.Stats.SUM, 5),
    MAX_DISCONNECTS_IN_5_MINUTES,
    1,
    `More than ${MAX_DISCONNECTS_IN_5_MINUTES} disconnects from ${c.upstream} in 5 minutes: the servers are failing or refusing us; the connector reconnects with backoff.`,
  );
}

function apiAlarms(alarms: OpsAlarms, { api, functions: fns }: AlarmedResources): void {
  alarms.functionErrors('ApiErrorsAlarm', fns.api, 'Customer API');
  // The function answers its own faults with a 500 (a failed invocation never
  // reaches Errors then): what customers got is API Gateway's count of 5xx.
  alarms.countAboveZero(
    'ApiServerErrorsAlarm',
    api.api.metricServerError({ statistic: cloudwatch.Stats.SUM, period: Duration.minutes(1) }),
    'The customer API answered 5xx (a fault the function caught and logged as "request failed", or a crash or timeout API Gateway turned into a 502/504): customers and the console read nothing meanwhile. The API function\'s log group.',
  );
}
