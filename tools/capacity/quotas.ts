/**
 * AWS's published quotas the capacity models check against (this one and
 * the fan-out's, tools/capacity/fan-out.ts), each with where it was read.
 * Looked up on 2026-12-02 with the project's documentation search (pages
 * listed). The figures marked `fromMemory` are on no page the search
 * returned: the pages it found (the SQS message quotas page, the SNS
 * endpoints and quotas page) are cut before their quota tables in its
 * excerpts, so these are AWS's long-standing published values, not read
 * today: re-check them before quoting a figure.
 */
export interface Quota {
  value: number;
  unit: string;
  source: string;
  fromMemory?: true;
}

export const QUOTAS = {
  /** Standard queues: "a nearly unlimited number of API calls per second" per action. */
  sqsStandardTps: {
    value: Number.POSITIVE_INFINITY,
    unit: 'API calls/s',
    source: 'docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html',
  },
  /** FIFO, per partition (a message group lives on one partition): 300 transactions/s per API action, 3,000 messages/s with batches of 10. */
  sqsFifoPartitionTps: {
    value: 300,
    unit: 'API calls/s per action per partition',
    source:
      'docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/troubleshooting-fifo-throttling-issues.html',
  },
  sqsFifoPartitionMessages: {
    value: 3000,
    unit: 'messages/s per action per partition (batches of 10)',
    source:
      'docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/troubleshooting-fifo-throttling-issues.html',
  },
  /**
   * High-throughput FIFO, whole queue, US East (N. Virginia), US West
   * (Oregon), Europe (Ireland): 70,000 transactions/s per action. The page
   * names those three regions for its highest figure (the excerpt ends
   * before the number); the partition figure (300/s, 3,000 with batches) is
   * on high-throughput-fifo.html.
   */
  sqsFifoHighThroughputQueueTps: {
    value: 70_000,
    unit: 'API calls/s per action per queue',
    source:
      'docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html (high throughput for FIFO queues)',
    fromMemory: true,
  },
  /** Lambda on a standard queue: up to 1,000 concurrent batches per event source mapping, +300 instances a minute, from 5. */
  lambdaSqsStandardMaxBatches: {
    value: 1000,
    unit: 'concurrent batches per event source mapping',
    source: 'docs.aws.amazon.com/lambda/latest/dg/services-sqs-scaling.html',
  },
  lambdaSqsScaleUpPerMinute: {
    value: 300,
    unit: 'more instances per minute',
    source: 'docs.aws.amazon.com/lambda/latest/dg/services-sqs-scaling.html',
  },
  lambdaSqsStartBatches: {
    value: 5,
    unit: 'concurrent batches when messages appear',
    source: 'docs.aws.amazon.com/lambda/latest/dg/services-sqs-scaling.html',
  },
  /** Lambda on a FIFO queue: concurrency up to the number of active message groups; one batch per group in flight. */
  lambdaFifoBatchesPerGroup: {
    value: 1,
    unit: 'batch in flight per message group',
    source:
      'docs.aws.amazon.com/lambda/latest/dg/services-sqs-scaling.html; repost.aws/knowledge-center/lambda-sqs-scaling',
  },
  /** An event source mapping hands its function a batch "up to the payload limit for synchronous invocation (6 MB)". */
  lambdaSyncPayloadBytes: {
    value: 6 * 1024 * 1024,
    unit: 'bytes per batch handed to the function',
    source: 'docs.aws.amazon.com/lambda/latest/api/API_UpdateEventSourceMapping.html (BatchSize)',
  },
  lambdaAccountConcurrency: {
    value: 1000,
    unit: 'concurrent executions per account and region (default)',
    source: 'repost.aws/knowledge-center/lambda-sqs-scaling',
  },
  /** DynamoDB: each partition at most 1,000 write units and 3,000 read units a second (on-demand too). */
  dynamoPartitionWcu: {
    value: 1000,
    unit: 'write units/s per partition',
    source: 'docs.aws.amazon.com/amazondynamodb/latest/developerguide/warm-throughput-scenarios.html',
  },
  dynamoPartitionRcu: {
    value: 3000,
    unit: 'read units/s per partition',
    source: 'docs.aws.amazon.com/amazondynamodb/latest/developerguide/warm-throughput-scenarios.html',
  },
  /**
   * SNS standard topics, Publish (and PublishBatch, counted per message),
   * US East (N. Virginia); 9,000 in US West (Oregon) and Europe (Ireland),
   * 1,500 elsewhere. A per-account, per-region quota (the throttling page
   * says so; its figure is in the endpoints and quotas page's table).
   */
  snsPublishPerSecond: {
    value: 30_000,
    unit: 'messages/s per account (us-east-1)',
    source:
      'docs.aws.amazon.com/general/latest/gr/sns.html; per account and region: repost.aws/knowledge-center/sns-throttling-exception-errors',
    fromMemory: true,
  },
  /** "publish up to 10 messages in a single API request", for ONE topic (TopicArn per call). */
  snsPublishBatchEntries: {
    value: 10,
    unit: 'messages per PublishBatch',
    source:
      'docs.aws.amazon.com/sns/latest/dg/sns-batch-api-actions.html; docs.aws.amazon.com/sns/latest/api/API_PublishBatch.html',
  },
  /**
   * A new on-demand table "will be able to sustain up to 4,000 writes per
   * second and 12,000 reads per second", then up to twice its previous
   * peak; pre-warming (warm throughput) raises it ahead of a peak.
   */
  dynamoOnDemandNewTableWru: {
    value: 4000,
    unit: 'write units/s a new on-demand table serves at once',
    source: 'docs.aws.amazon.com/amazondynamodb/latest/developerguide/pre-warming-on-demand-capacity-mode.html',
  },
  /** The default per-table on-demand maximum (an adjustable service quota). */
  dynamoTableMaxWru: {
    value: 40_000,
    unit: 'write units/s per on-demand table (default)',
    source: 'docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html',
    fromMemory: true,
  },
} as const satisfies Record<string, Quota>;
