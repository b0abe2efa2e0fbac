/**
 * What a million posts cost on AWS, from measured work (npm run bench) and
 * the public us-east-1 list prices below. The prices are written here and
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
import { ALERT_STREAM, FUNCTIONS, INGEST } from '../../resources';

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

/** Lambda's CPU share grows with memory: one full vCPU at 1,769 MB. */
export const LAMBDA_MB_PER_VCPU = 1769;

/** Measured quantities (npm run bench). */
export interface MeasuredWork {
  /** CPU time of the detector per post (processBatch + commit, in-memory store), ns. */
  detectorCpuNsPerPost: number;
  /** CPU time to parse and validate a message, per post (parseIngestMessage), ns. */
  parseNsPerPost: number;
  /** Posts per ingest message. */
  postsPerMessage: number;
  /** Mean ingest message body size, bytes. */
  messageBytes: number;
  /** Per message: detector state store calls and request units (from the instrumented store). */
  stateLoadsPerMessage: number;
  stateSavesPerMessage: number;
  stateItemsReadPerMessage: number;
  stateItemsWrittenPerMessage: number;
  /** Consistent BatchGetItem: 1 RRU per 4 KB per item read (missing keys: 1). */
  stateRruPerMessage: number;
  /** TransactWriteItems: 2 WRU per 1 KB per item. */
  stateWruPerMessage: number;
  /** Alert versions raised per post (replay). */
  alertVersionsPerPost: number;
  /** Mean size of an alert item / SNS message, bytes. */
  alertBytes: number;
}

/** What is assumed rather than measured; every figure printed with the result. */
export interface CostAssumptions {
  /** Customers every alert version is decided for (and, with deliverShare, published to). */
  customers: number;
  /** Share of (alert version, customer) decisions that are deliveries. */
  deliverShare: number;
  subscriptionProtocol: keyof typeof PRICES.sns.delivery;
  /** Per-core speed of a Lambda Arm vCPU relative to the benchmark machine's core. */
  lambdaCoreSpeedRatio: number;
  /** Wall time per DynamoDB / SNS round trip from Lambda (ms): the score function waits for them, billed. */
  awsRoundTripMs: number;
  /** Fixed overhead per invocation (runtime, batch processor, metrics flush), ms. */
  invocationOverheadMs: number;
  /** Messages per score invocation (the event source batch size). */
  messagesPerInvocation: number;
  /** Alert versions per fan-out invocation (stream batch; at a low alert rate, 1). */
  alertsPerFanoutInvocation: number;
  /** Log bytes per invocation (START/END/REPORT + EMF metrics). */
  logBytesPerInvocation: number;
}

export const DEFAULT_ASSUMPTIONS: CostAssumptions = {
  customers: 50,
  deliverShare: 0.5,
  subscriptionProtocol: 'sqs',
  lambdaCoreSpeedRatio: 1,
  awsRoundTripMs: 8,
  invocationOverheadMs: 10,
  messagesPerInvocation: INGEST.batchSize,
  alertsPerFanoutInvocation: 1,
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

/** Dollars per million posts, line by line. */
export function costPerMillionPosts(
  w: MeasuredWork,
  a: CostAssumptions = DEFAULT_ASSUMPTIONS,
): { lines: CostLine[]; totalUsd: number; perPostUsd: number } {
  const M = 1e6;
  const messages = M / w.postsPerMessage;
  const invocations = messages / a.messagesPerInvocation;
  const alerts = M * w.alertVersionsPerPost;
  const decisions = alerts * a.customers;
  const deliveries = decisions * a.deliverShare;
  const lines: CostLine[] = [];
  const add = (item: string, quantity: number, unit: string, price: number, basis: string) =>
    lines.push({ item, quantityPerMillionPosts: quantity, unit, usd: quantity * price, basis });

  // Score function: CPU work scaled to the function's CPU share, plus the waits on DynamoDB, plus overhead.
  const score = FUNCTIONS.score;
  const vcpu = Math.min(1, score.memoryMb / LAMBDA_MB_PER_VCPU);
  const cpuSecondsPerPost = (w.detectorCpuNsPerPost + w.parseNsPerPost) / 1e9 / a.lambdaCoreSpeedRatio;
  const computeS = (M * cpuSecondsPerPost) / vcpu;
  const roundTripsPerMessage =
    w.stateLoadsPerMessage + w.stateSavesPerMessage + w.alertVersionsPerPost * w.postsPerMessage;
  const waitS = (messages * roundTripsPerMessage * a.awsRoundTripMs) / 1000;
  const overheadS = (invocations * a.invocationOverheadMs) / 1000;
  const scoreGbS = (computeS + waitS + overheadS) * (score.memoryMb / 1024);
  add(
    'Lambda score: duration',
    scoreGbS,
    'GB-s',
    PRICES.lambda.armGbSecond,
    `${score.memoryMb} MB Arm (${vcpu.toFixed(2)} vCPU); CPU ${(cpuSecondsPerPost * 1e6).toFixed(1)} us/post / vCPU share = ${computeS.toFixed(0)} s; ` +
      `+ ${roundTripsPerMessage.toFixed(2)} AWS round trips/message x ${a.awsRoundTripMs} ms = ${waitS.toFixed(0)} s; + ${a.invocationOverheadMs} ms/invocation = ${overheadS.toFixed(0)} s`,
  );
  add(
    'Lambda score: requests',
    invocations,
    'invocations',
    PRICES.lambda.request,
    `${w.postsPerMessage} posts/message, ${a.messagesPerInvocation} messages/invocation`,
  );

  // Fan-out function: per alert version, read customers + policies, then per customer get + decide + publish + record.
  const fan = FUNCTIONS.fanOut;
  const fanInvocations = alerts / a.alertsPerFanoutInvocation;
  const perAlertMs = 2 * a.awsRoundTripMs + Math.ceil(a.customers / 16) * 3 * a.awsRoundTripMs;
  const fanGbS = ((fanInvocations * a.invocationOverheadMs + alerts * perAlertMs) / 1000) * (fan.memoryMb / 1024);
  add(
    'Lambda fan-out: duration',
    fanGbS,
    'GB-s',
    PRICES.lambda.armGbSecond,
    `${fan.memoryMb} MB; ${perAlertMs} ms/alert version (customers read, then ${a.customers} customers 16 at a time x get + publish + record)`,
  );
  add(
    'Lambda fan-out: requests',
    fanInvocations,
    'invocations',
    PRICES.lambda.request,
    `${a.alertsPerFanoutInvocation} alert version(s)/invocation (stream batch up to ${ALERT_STREAM.batchSize})`,
  );

  // SQS ingest queue: send (batches of 10), receive (by the event source mapping), delete (batch).
  const batchBytes = w.messageBytes * a.messagesPerInvocation;
  const fifo = (INGEST as { fifo?: boolean }).fifo === true;
  const sqsPrice = fifo ? PRICES.sqs.fifoRequest : PRICES.sqs.request;
  const q = fifo ? 'FIFO' : 'standard';
  add(
    'SQS: SendMessageBatch',
    (messages / 10) * chunks(batchBytes),
    'requests (64 KB chunks)',
    sqsPrice,
    `${q} queue; 10 messages of ${(w.messageBytes / 1024).toFixed(1)} KB per call`,
  );
  add(
    'SQS: ReceiveMessage',
    invocations * chunks(batchBytes),
    'requests (64 KB chunks)',
    sqsPrice,
    `${a.messagesPerInvocation} messages per receive (idle long-polls are a fixed cost, not per post)`,
  );
  add('SQS: DeleteMessageBatch', invocations, 'requests', sqsPrice, 'one per invocation');

  // DynamoDB: detector state (events table), alerts (outbox), customers, deliveries ledger.
  add(
    'DynamoDB events: reads',
    messages * w.stateRruPerMessage,
    'RRU',
    PRICES.dynamodb.rru,
    `${w.stateLoadsPerMessage.toFixed(2)} BatchGetItem calls, ${w.stateItemsReadPerMessage.toFixed(2)} items/message, consistent`,
  );
  add(
    'DynamoDB events: writes',
    messages * w.stateWruPerMessage,
    'WRU',
    PRICES.dynamodb.wru,
    `${w.stateSavesPerMessage.toFixed(2)} TransactWriteItems calls, ${w.stateItemsWrittenPerMessage.toFixed(2)} items/message, 2 WRU/KB`,
  );
  add(
    'DynamoDB alerts: writes',
    alerts * Math.ceil(w.alertBytes / 1024),
    'WRU',
    PRICES.dynamodb.wru,
    `${(w.alertVersionsPerPost * M).toFixed(0)} alert versions of ${(w.alertBytes / 1024).toFixed(1)} KB (conditional put)`,
  );
  add(
    'DynamoDB customers: reads',
    fanInvocations * 2 * Math.max(1, Math.ceil((a.customers * 1024) / 4096)),
    'RRU',
    PRICES.dynamodb.rru,
    `customers + policies queried per fan-out invocation (~1 KB/customer)`,
  );
  add(
    'DynamoDB deliveries: reads',
    decisions,
    'RRU',
    PRICES.dynamodb.rru,
    'one consistent get per (alert version, customer)',
  );
  add(
    'DynamoDB deliveries: writes',
    decisions * 3,
    'WRU',
    PRICES.dynamodb.wru,
    'one put per decision + 2 GSIs (< 1 KB each)',
  );

  // SNS: one publish per delivery (one topic per customer), delivery by protocol.
  add(
    'SNS: publishes',
    deliveries * chunks(w.alertBytes),
    'publishes',
    PRICES.sns.publish,
    `${a.customers} customers x ${a.deliverShare} delivered per alert version`,
  );
  add(
    `SNS: deliveries (${a.subscriptionProtocol})`,
    deliveries,
    'deliveries',
    PRICES.sns.delivery[a.subscriptionProtocol],
    `one ${a.subscriptionProtocol} subscription per customer`,
  );

  add(
    'CloudWatch Logs ingestion',
    ((invocations + fanInvocations) * a.logBytesPerInvocation) / 1e9,
    'GB',
    PRICES.cloudwatch.logsIngestGb,
    `${a.logBytesPerInvocation} B per invocation`,
  );

  const totalUsd = lines.reduce((s, l) => s + l.usd, 0);
  return { lines, totalUsd, perPostUsd: totalUsd / M };
}
