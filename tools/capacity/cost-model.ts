/**
 * What a million posts cost on AWS on the two-stage topology (issue 11), from
 * the stages' measured work (npm run bench -- --only scale) and the public
 * us-east-1 list prices below. The prices are written here and
 * nowhere else.
 *
 * Prices: AWS public list prices for us-east-1 (N. Virginia), on-demand, no
 * free tier, first pricing tier, as published on these pages:
 *   - "AWS Lambda Pricing" (aws.amazon.com/lambda/pricing): Arm duration and requests
 *   - "Amazon SQS pricing" (aws.amazon.com/sqs/pricing): standard queue requests, 64 KB chunks
 *   - "Amazon DynamoDB pricing for on-demand capacity" (aws.amazon.com/dynamodb/pricing/on-demand):
 *     read/write request units (after the November 2024 on-demand price reduction)
 *   - "Amazon SNS pricing" (aws.amazon.com/sns/pricing): standard topic publishes, deliveries by protocol
 *   - "Amazon CloudWatch pricing" (aws.amazon.com/cloudwatch/pricing): log ingestion
 * PRICES_AS_OF is when they were read. The machine that ran the benchmark
 * had no access to those pages; re-check them before quoting a figure.
 */
import { FUNCTIONS } from '../../resources';
import {
  type AwsAssumptions,
  aggregateMemoryMb,
  DEFAULT_AWS,
  evidenceMessagesPerIngestMessage,
  INGEST_BATCHING,
  type IngestBatching,
  LAMBDA_MB_PER_VCPU,
  type MeasuredStages,
  partBytes,
  stage1Fill,
  stage1InvocationMs,
  stage2At,
  stage2BatchMs,
  stage2Fill,
} from './stages';

export { LAMBDA_MB_PER_VCPU };

export const PRICES_AS_OF = '2025-06 (AWS pricing pages listed above; not re-verified on 2026-11-23)';

export const PRICES = {
  region: 'us-east-1',
  lambda: {
    /** Arm (Graviton), USD per GB-second, first 7.5 billion GB-s a month. */
    armGbSecond: 0.0000133334,
    /** USD per request. */
    request: 0.2 / 1e6,
  },
  sqs: {
    /** Standard queue, USD per request (first 100 billion a month); each 64 KB chunk of a payload is one request. */
    request: 0.4 / 1e6,
    /** FIFO queue, USD per request (first 100 billion a month). */
    fifoRequest: 0.5 / 1e6,
    chunkBytes: 64 * 1024,
  },
  dynamodb: {
    /** On-demand, USD per write request unit (1 KB standard write; transactional writes take 2 per KB). */
    wru: 0.625 / 1e6,
    /** On-demand, USD per read request unit (4 KB strongly consistent read; eventually consistent 0.5). */
    rru: 0.125 / 1e6,
  },
  sns: {
    /** Standard topic, USD per publish (each 64 KB chunk is one). */
    publish: 0.5 / 1e6,
    /** USD per delivery, by subscription protocol (SQS and Lambda deliveries are free). */
    delivery: { sqs: 0, https: 0.6 / 1e6, email: 2.0 / 1e5 },
  },
  cloudwatch: {
    /** Logs ingestion, USD per GB (standard class). */
    logsIngestGb: 0.5,
  },
} as const;

/** What the fan-out costs per alert version (its own model, tools/capacity/fan-out.ts, plugs in here). */
export interface FanOutCost {
  /** Cost lines of one alert version decided for `customers` customers (quantities per alert version). */
  perAlertVersion(customers: number): CostLine[];
}

export interface CostAssumptions {
  /** Customers every alert version is decided for. */
  customers: number;
  /** Post rate the stage-2 batches fill at (messages per state load and commit depend on it). */
  postsPerSecond: number;
  postsPerMessage: number;
  /** Log bytes per invocation (START/END/REPORT + EMF metrics). */
  logBytesPerInvocation: number;
  /**
   * Alert versions per alerted event. A workload parameter with the
   * re-notify policy behind it (how often an event's alert is sent again):
   * unset, the measured run's own (alertVersionsPerPost / alertEventsPerPost).
   */
  versionsPerEvent?: number | undefined;
}

/** Alert versions per post: the workload's events per post times the versions each makes (measured, or `a.versionsPerEvent`). */
export function alertVersionsPerPost(m: MeasuredStages, a: Pick<CostAssumptions, 'versionsPerEvent'>): number {
  return a.versionsPerEvent === undefined ? m.alertVersionsPerPost : m.alertEventsPerPost * a.versionsPerEvent;
}

export const DEFAULT_ASSUMPTIONS: CostAssumptions = {
  customers: 50,
  postsPerSecond: 6000,
  postsPerMessage: 100,
  logBytesPerInvocation: 1200,
};

export interface CostLine {
  item: string;
  quantityPerMillionPosts: number;
  unit: string;
  usd: number;
  basis: string;
}

const chunks = (bytes: number) => Math.max(1, Math.ceil(bytes / PRICES.sqs.chunkBytes));
const gbs = (ms: number, memoryMb: number) => (ms / 1000) * (memoryMb / 1024);

/**
 * Dollars per million posts on the two-stage topology, line by line, from the
 * stages' measured costs; the fan-out's lines come from `fanOut` (per alert
 * version, times the alert versions a million posts raise).
 */
export function costPerMillionPosts(
  m: MeasuredStages,
  fanOut: FanOutCost,
  a: CostAssumptions = DEFAULT_ASSUMPTIONS,
  aws: AwsAssumptions = DEFAULT_AWS,
  batching: IngestBatching = INGEST_BATCHING,
): {
  lines: CostLine[];
  totalUsd: number;
  perPostUsd: number;
  /** Ingest messages per stage-1 invocation at this rate (stage1Fill). */
  stage1Fill: number;
  stage2Fill: number;
  fanOutPerAlertVersionUsd: number;
  alertVersionsPerMillionPosts: number;
  versionsPerEvent: number;
} {
  const M = 1e6;
  const lines: CostLine[] = [];
  const add = (item: string, quantity: number, unit: string, price: number, basis: string) =>
    lines.push({ item, quantityPerMillionPosts: quantity, unit, usd: quantity * price, basis });

  const messages = M / a.postsPerMessage;
  const fill1 = stage1Fill(m, aws, a.postsPerSecond / a.postsPerMessage, a.postsPerMessage, batching);
  const invocations1 = messages / fill1;
  const t1 = stage1InvocationMs(m, aws, a.postsPerMessage, fill1);
  add(
    'Lambda score: duration',
    invocations1 * gbs(t1, FUNCTIONS.score.memoryMb),
    'GB-s',
    PRICES.lambda.armGbSecond,
    `${FUNCTIONS.score.memoryMb} MB; ${t1.toFixed(1)} ms per invocation of ${fill1.toFixed(1)} x ${a.postsPerMessage} posts at ${a.postsPerSecond} posts/s (batch ${batching.size}, window ${batching.windowSeconds} s; CPU ${(m.stage1.cpuNsPerPost / 1000).toFixed(1)} us/post measured, + 1 round trip + overhead)`,
  );
  add(
    'Lambda score: requests',
    invocations1,
    'invocations',
    PRICES.lambda.request,
    `${fill1.toFixed(1)} messages per invocation`,
  );

  // Stage 2: the evidence messages (each invocation's parts packed per partition), in batches whose fill the rate
  // sets (the mean group).
  const perIngest = evidenceMessagesPerIngestMessage(m, fill1);
  const evidenceMessages = messages * perIngest;
  const postsPerEvidenceMessage = (a.postsPerMessage * m.stage1.partsPerIngestMessage) / perIngest;
  const evidenceMessageBytes = (partBytes(m, a.postsPerMessage) * m.stage1.partsPerIngestMessage) / perIngest;
  const perGroup = ((a.postsPerSecond / a.postsPerMessage) * perIngest) / aws.activePartitions;
  const fill = stage2Fill(m, aws, perGroup, postsPerEvidenceMessage);
  const batches = evidenceMessages / fill;
  const t2 = stage2BatchMs(m, aws, fill, postsPerEvidenceMessage);
  const s2 = stage2At(m, fill, postsPerEvidenceMessage);
  add(
    'Lambda aggregate: duration',
    batches * gbs(t2, aggregateMemoryMb(aws)),
    'GB-s',
    PRICES.lambda.armGbSecond,
    `${aggregateMemoryMb(aws)} MB; ${t2.toFixed(1)} ms per batch of ${fill.toFixed(1)} messages (${perGroup.toFixed(1)} messages/s per group at ${a.postsPerSecond} posts/s)`,
  );
  // A batch holds one partition's messages here; Lambda may hand several groups to one invocation (fewer requests).
  add('Lambda aggregate: requests', batches, 'invocations', PRICES.lambda.request, 'one per batch (at most)');

  const ingestMessageBytes = m.meanIngestMessageBytes * (a.postsPerMessage / m.postsPerMessage);
  const ingestBatchBytes = ingestMessageBytes * 10;
  add(
    'SQS ingest (standard): send',
    (messages / 10) * chunks(ingestBatchBytes),
    'requests (64 KB chunks)',
    PRICES.sqs.request,
    `SendMessageBatch of 10 messages of ${(ingestBatchBytes / 10 / 1024).toFixed(1)} KB`,
  );
  add(
    'SQS ingest (standard): receive + delete',
    invocations1 * (chunks(ingestMessageBytes * fill1) + 1),
    'requests (64 KB chunks)',
    PRICES.sqs.request,
    'one receive and one DeleteMessageBatch per invocation',
  );
  const evidenceCallBytes = evidenceMessageBytes * perIngest * fill1;
  add(
    'SQS evidence (FIFO): send',
    invocations1 * chunks(evidenceCallBytes),
    'requests (64 KB chunks)',
    PRICES.sqs.fifoRequest,
    `one SendMessageBatch per invocation (${(perIngest * fill1).toFixed(2)} messages of ${(evidenceMessageBytes / 1024).toFixed(1)} KB)`,
  );
  add(
    'SQS evidence (FIFO): receive + delete',
    batches * (chunks(evidenceMessageBytes * fill) + 1),
    'requests (64 KB chunks)',
    PRICES.sqs.fifoRequest,
    'one receive and one delete per batch',
  );

  add(
    'DynamoDB events: reads',
    batches * s2.rruPerBatch,
    'RRU',
    PRICES.dynamodb.rru,
    `${s2.loadsPerBatch.toFixed(2)} BatchGetItem per batch, ${s2.rruPerBatch.toFixed(1)} RRU (measured, consistent)`,
  );
  add(
    'DynamoDB events: writes',
    batches * s2.wruPerBatch,
    'WRU',
    PRICES.dynamodb.wru,
    `one TransactWriteItems per batch, ${s2.wruPerBatch.toFixed(1)} WRU (measured, 2 WRU/KB)`,
  );
  const alerts = M * alertVersionsPerPost(m, a);
  add(
    'DynamoDB alerts: writes',
    alerts * Math.ceil(m.meanAlertBytes / 1024),
    'WRU',
    PRICES.dynamodb.wru,
    `${alerts.toFixed(0)} alert versions of ${(m.meanAlertBytes / 1024).toFixed(1)} KB (conditional put)`,
  );

  const fanLines = fanOut.perAlertVersion(a.customers);
  const fanOutPerAlertVersionUsd = fanLines.reduce((n, l) => n + l.usd, 0);
  for (const l of fanLines)
    lines.push({
      ...l,
      quantityPerMillionPosts: l.quantityPerMillionPosts * alerts,
      usd: l.usd * alerts,
      basis: `${l.basis}; ${alerts.toFixed(0)} alert versions x ${a.customers} customers`,
    });

  add(
    'CloudWatch Logs ingestion',
    ((invocations1 + batches + alerts) * a.logBytesPerInvocation) / 1e9,
    'GB',
    PRICES.cloudwatch.logsIngestGb,
    `${a.logBytesPerInvocation} B per invocation`,
  );

  const totalUsd = lines.reduce((n, l) => n + l.usd, 0);
  return {
    lines,
    totalUsd,
    perPostUsd: totalUsd / M,
    stage1Fill: fill1,
    stage2Fill: fill,
    fanOutPerAlertVersionUsd,
    alertVersionsPerMillionPosts: alerts,
    versionsPerEvent: alerts / (M * m.alertEventsPerPost),
  };
}
