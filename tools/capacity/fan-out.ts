/**
 * The sharded fan-out's capacity on AWS: how long one alert version takes to
 * be decided and published for C customers, what bounds it, and what it
 * costs. Built from what the fan-out does per job and per customer (counted
 * from its code, checked by npm run bench -- --only fanout), the CPU it
 * spends per customer (measured there), and AWS's published quotas and
 * prices. The scale capacity model and the bench call it.
 *
 * Quotas (AWS documentation, defaults per account and region unless raised):
 *   - SNS "Publish API" throttle for standard topics: 30,000 messages/s in
 *     us-east-1; 9,000 in us-west-2 and eu-west-1; 1,500 elsewhere (soft).
 *     PublishBatch counts each entry, and takes ONE TopicArn per call (up to
 *     10 entries): with a topic per customer it never carries two of our
 *     messages, so the fan-out publishes one message per call.
 *   - Lambda: 1,000 concurrent executions per region (soft); an SQS event
 *     source's maximum concurrency is 2-1,000 (FAN_OUT_SHARD.maxConcurrency).
 *   - SQS standard queues: nearly unlimited API throughput; 10 messages per
 *     batch call.
 *   - DynamoDB: a partition serves at most 1,000 WCU and 3,000 RCU per
 *     second; an on-demand table at most 40,000 of each by default, and a
 *     new on-demand table at first about 4,000 writes a second at once
 *     (its "warm throughput"; it then doubles its previous peak), which a
 *     table's warm throughput setting raises ahead of a launch. The ledger
 *     is keyed by customer, and so is its one index (byCustomerTime): the
 *     writes of one alert version spread over its customers' partitions
 *     (there was a byAlert index, keyed by alertId: every write of a
 *     version on ONE index partition, 1,000 WCU/s; it is gone).
 * Prices: tools/capacity/cost-model.ts (PRICES, us-east-1 list prices).
 */
import { FAN_OUT_SHARD, FAN_OUT_SHARDS, FUNCTIONS, TABLES } from '../../resources';
import { LAMBDA_MB_PER_VCPU, PRICES } from './cost-model';
import { QUOTAS } from './quotas';

/** What AWS allows by default (tools/capacity/quotas.ts, each with its page). */
export const AWS_QUOTAS = {
  snsPublishPerSecond: {
    'us-east-1': QUOTAS.snsPublishPerSecond.value,
    'us-west-2': 9_000,
    'eu-west-1': 9_000,
    other: 1_500,
  },
  lambdaConcurrentExecutions: QUOTAS.lambdaAccountConcurrency.value,
  dynamoPartitionWcu: QUOTAS.dynamoPartitionWcu.value,
  dynamoPartitionRcu: QUOTAS.dynamoPartitionRcu.value,
  dynamoTableMaxWru: QUOTAS.dynamoTableMaxWru.value,
  /** What a new on-demand table serves at once before it has seen a higher peak (warm throughput), write units/s. */
  dynamoOnDemandWarmWru: QUOTAS.dynamoOnDemandNewTableWru.value,
  sqsBatchEntries: 10,
  publishBatchEntries: QUOTAS.snsPublishBatchEntries.value,
} as const;

/** What the fan-out does, counted from its code (functions/fan-out-shard/shard-job.ts, functions/fan-out/fan-out.ts). */
export const FAN_OUT_CALLS = {
  /** Per job, every job: the byShard index query (keys only, eventually consistent). */
  perJob: { indexQueries: 1 },
  /** Per job with customers, before the first decision: alert get, customers BatchGetItem, bars and sources queries, ledger BatchGetItem, tombstones. In sequence: alert | (customers + bars + sources in parallel) | ledger | tombstones. */
  perNonEmptyJob: { dynamoCalls: 6, sequentialRoundTrips: 4 },
  /** Per customer decided deliver: pending put, publish, delivered update (in sequence). */
  perDelivery: { ledgerWrites: 2, publishes: 1, sequentialRoundTrips: 3 },
  /** Per customer withheld: one put. */
  perWithhold: { ledgerWrites: 1, sequentialRoundTrips: 1 },
  /** Customers settled at once within a job (PARALLEL in fan-out.ts). */
  parallelPerJob: 16,
  /**
   * Write units per ledger write, items under 1 KB: the table and each of
   * its indexes (all project every attribute, so the delivered update
   * writes each index too). From the ledger's definition: 2 with its one
   * index (byCustomerTime); 3 while it had byAlert too.
   */
  wruPerLedgerWrite: 1 + (TABLES.deliveries.globalIndexes?.length ?? 0),
} as const;

/** Measured by npm run bench -- --only fanout (bench/fan-out.ts). */
export interface MeasuredFanOut {
  /** CPU milliseconds the handlers spend per customer decided (the bench process: SDK calls, decide, render). */
  cpuMsPerCustomer: number;
}

export interface FanOutAssumptions {
  customers: number;
  /** Share of customers decided deliver. */
  deliverShare: number;
  region: keyof typeof AWS_QUOTAS.snsPublishPerSecond;
  /** Round trips from Lambda, ms (p50-ish, same region). */
  dynamoMs: number;
  snsPublishMs: number;
  sqsSendMs: number;
  /** From a message sent to the event source handing it to a worker, ms. */
  sqsPickupMs: number;
  /** From the alert version stored to the splitter's invocation (stream polling), ms. */
  streamMs: number;
  /**
   * Write units/s the ledger serves at once: the on-demand table maximum
   * (40,000) once it has seen such peaks, AWS_QUOTAS.dynamoOnDemandWarmWru
   * for a new table (or its warm throughput setting). Default: the maximum.
   */
  ledgerWarmWru?: number;
  /** Concurrency left for the fan-out-shard function in the account (others use the rest). */
  lambdaConcurrencyAvailable: number;
  /** A Lambda Arm vCPU's speed relative to the benchmark machine's core. */
  lambdaCoreSpeedRatio: number;
  shards: number;
  pageSize: number;
  maxConcurrency: number;
  batchSize: number;
  workerMemoryMb: number;
  splitterMemoryMb: number;
}

export const DEFAULT_FAN_OUT_ASSUMPTIONS: Omit<FanOutAssumptions, 'customers'> = {
  deliverShare: 0.9,
  region: 'us-east-1',
  dynamoMs: 6,
  snsPublishMs: 20,
  sqsSendMs: 10,
  sqsPickupMs: 200,
  streamMs: 500,
  lambdaConcurrencyAvailable: 500,
  lambdaCoreSpeedRatio: 1,
  shards: FAN_OUT_SHARDS.count,
  pageSize: FAN_OUT_SHARDS.pageSize,
  maxConcurrency: FAN_OUT_SHARD.maxConcurrency,
  batchSize: FAN_OUT_SHARD.batchSize,
  workerMemoryMb: FUNCTIONS.fanOutShard.memoryMb,
  splitterMemoryMb: FUNCTIONS.fanOut.memoryMb,
};

export interface FanOutCapacity {
  customers: number;
  jobs: number;
  customersPerJob: number;
  /** Pages per shard: each page's job is queued by the one before it. */
  pagesPerShard: number;
  /** Jobs that can run at once: invocations x jobs per invocation. */
  jobSlots: number;
  waves: number;
  /** One job: its I/O path and its CPU, the larger. */
  jobMs: { io: number; cpu: number; total: number };
  /** Lower bounds on the whole version from each shared limit. */
  floorsMs: { snsPublishQuota: number; ledgerTableWru: number };
  /** Alert version stored -> every customer decided and published. */
  latencyMs: number;
  /** What sets latencyMs. */
  limitedBy: 'job waves' | 'SNS publish quota' | 'ledger table throughput';
  cost: { lines: { item: string; quantity: number; unit: string; usd: number }[]; totalUsd: number };
}

/** One alert version fanned out to `a.customers` customers. */
export function fanOutCapacity(m: MeasuredFanOut, a: FanOutAssumptions): FanOutCapacity {
  const C = a.customers;
  const perShard = C / a.shards;
  const pagesPerShard = Math.max(1, Math.ceil(perShard / a.pageSize));
  const nonEmptyJobs = C === 0 ? 0 : Math.min(C, a.shards) * pagesPerShard;
  const jobs = Math.max(a.shards, nonEmptyJobs);
  const customersPerJob = nonEmptyJobs === 0 ? 0 : C / nonEmptyJobs;
  const deliveries = C * a.deliverShare;
  const withholds = C - deliveries;

  const invocations = Math.min(a.maxConcurrency, a.lambdaConcurrencyAvailable);
  const jobSlots = invocations * a.batchSize;
  const waves = Math.ceil(nonEmptyJobs / jobSlots);

  // A job's critical path: its reads, then its customers 16 at a time, each a chain of round trips.
  const deliverChain = 2 * a.dynamoMs + a.snsPublishMs;
  const perCustomerMs = a.deliverShare * deliverChain + (1 - a.deliverShare) * a.dynamoMs;
  const io =
    a.dynamoMs +
    FAN_OUT_CALLS.perNonEmptyJob.sequentialRoundTrips * a.dynamoMs +
    Math.ceil(customersPerJob / FAN_OUT_CALLS.parallelPerJob) * perCustomerMs;
  // Both jobs of an invocation share its CPU share.
  const vcpu = Math.min(1, a.workerMemoryMb / LAMBDA_MB_PER_VCPU);
  const cpu = (customersPerJob * a.batchSize * m.cpuMsPerCustomer) / a.lambdaCoreSpeedRatio / vcpu;
  const jobMs = { io, cpu, total: Math.max(io, cpu) };

  // A shard's later pages start one link after the one before (query, send, pickup), in parallel with its work.
  const chainMs = (pagesPerShard - 1) * (a.dynamoMs + a.sqsSendMs + a.sqsPickupMs);
  // The splitter sends its jobs in parallel batches of 10: one round trip.
  const splitMs = a.streamMs + a.sqsSendMs + a.sqsPickupMs;
  const wavesMs = chainMs + waves * jobMs.total;

  const ledgerWrites =
    deliveries * FAN_OUT_CALLS.perDelivery.ledgerWrites + withholds * FAN_OUT_CALLS.perWithhold.ledgerWrites;
  const floorsMs = {
    snsPublishQuota: (deliveries / AWS_QUOTAS.snsPublishPerSecond[a.region]) * 1000,
    ledgerTableWru:
      ((ledgerWrites * FAN_OUT_CALLS.wruPerLedgerWrite) /
        Math.min(AWS_QUOTAS.dynamoTableMaxWru, a.ledgerWarmWru ?? AWS_QUOTAS.dynamoTableMaxWru)) *
      1000,
  };
  const bounds: [FanOutCapacity['limitedBy'], number][] = [
    ['job waves', wavesMs],
    ['SNS publish quota', floorsMs.snsPublishQuota],
    ['ledger table throughput', floorsMs.ledgerTableWru],
  ];
  const [limitedBy, boundMs] = bounds.reduce((x, y) => (y[1] > x[1] ? y : x));

  // Cost of the version.
  const lines: FanOutCapacity['cost']['lines'] = [];
  const add = (item: string, quantity: number, unit: string, price: number) =>
    lines.push({ item, quantity, unit, usd: quantity * price });
  const sqsRequests =
    Math.ceil(a.shards / AWS_QUOTAS.sqsBatchEntries) + // the splitter's SendMessageBatch calls
    (nonEmptyJobs - Math.min(C, a.shards)) + // continuations, one send each
    2 * Math.ceil(jobs / a.batchSize); // receive + delete per worker invocation
  add('SQS requests (split, continue, receive, delete)', sqsRequests, 'requests', PRICES.sqs.request);
  const workerInvocations = Math.ceil(jobs / a.batchSize);
  add('Lambda requests (splitter + workers)', 1 + workerInvocations, 'invocations', PRICES.lambda.request);
  const emptyJobMs = a.dynamoMs + 5;
  const workerSeconds = (nonEmptyJobs * jobMs.total + (jobs - nonEmptyJobs) * emptyJobMs) / a.batchSize / 1000;
  add(
    'Lambda duration (workers, Arm)',
    workerSeconds * (a.workerMemoryMb / 1024) + ((50 / 1000) * a.splitterMemoryMb) / 1024,
    'GB-s',
    PRICES.lambda.armGbSecond,
  );
  // Reads: index (eventually consistent, keys only: 0.5 RRU), per non-empty job 4 small consistent reads, per customer 2 (item, ledger).
  const rru = jobs * 0.5 + nonEmptyJobs * 4 + 2 * C;
  add('DynamoDB reads', rru, 'RRU', PRICES.dynamodb.rru);
  add('DynamoDB ledger writes', ledgerWrites * FAN_OUT_CALLS.wruPerLedgerWrite, 'WRU', PRICES.dynamodb.wru);
  add('SNS publishes', deliveries, 'publishes', PRICES.sns.publish);
  const totalUsd = lines.reduce((s, l) => s + l.usd, 0);

  return {
    customers: C,
    jobs,
    customersPerJob,
    pagesPerShard,
    jobSlots,
    waves,
    jobMs,
    floorsMs,
    latencyMs: splitMs + boundMs,
    limitedBy,
    cost: { lines, totalUsd },
  };
}

/**
 * The sharded fan-out as the scale models take it (tools/capacity/cost-model.ts
 * `FanOutCost`, tools/capacity/capacity.ts `FanOutCapacity`), for a number of
 * customers, from the CPU per customer npm run bench -- --only fanout measured.
 */
export function shardedFanOut(m: MeasuredFanOut, over: Partial<Omit<FanOutAssumptions, 'customers'>> = {}) {
  const at = (customers: number) => fanOutCapacity(m, { ...DEFAULT_FAN_OUT_ASSUMPTIONS, ...over, customers });
  return {
    cost: {
      perAlertVersion: (customers: number) =>
        at(customers).cost.lines.map((l) => ({
          item: `fan-out: ${l.item}`,
          quantityPerMillionPosts: l.quantity,
          unit: l.unit,
          usd: l.usd,
          basis: `per alert version, ${customers} customers (tools/capacity/fan-out.ts)`,
        })),
    },
    /** `alertVersionsPerSecond`: the scenario's alert rate. The stream's delay is the capacity model's own: left out here. */
    capacity: (customers: number, alertVersionsPerSecond: number) => {
      const c = at(customers);
      const a = { ...DEFAULT_FAN_OUT_ASSUMPTIONS, ...over };
      return {
        alertVersionMs: c.latencyMs - a.streamMs,
        publishesPerSecond: alertVersionsPerSecond * customers * a.deliverShare,
        basis: `sharded fan-out, ${customers} customers: ${Math.round(c.latencyMs)} ms per alert version, bound by ${c.limitedBy} (tools/capacity/fan-out.ts)`,
      };
    },
  };
}
