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
 *     is keyed by customer, and so is its one index (byCustomerDecided): the
 *     writes of one alert version spread over its customers' partitions
 *     (there was a byAlert index, keyed by alertId: every write of a
 *     version on ONE index partition, 1,000 WCU/s; it is gone).
 * Prices: tools/capacity/cost-model.ts (PRICES, us-east-1 list prices).
 */
import { SHARDS_READ_AT_ONCE } from '../../functions/fan-out-shard/range-page';
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

/** What the fan-out does, counted from its code (functions/fan-out-shard/shard-job.ts, range-page.ts, functions/fan-out/fan-out.ts). */
export const FAN_OUT_CALLS = {
  /**
   * The splitter queues ONE job per alert version, over every shard. That
   * job reads its shards' byShard index (keys only, eventually consistent:
   * one query per shard) `shardsReadAtOnce` at a time until its page is
   * full; the shards left are queued as one job each (SendMessageBatch of
   * 10), before it works its page.
   */
  firstJob: { shardsReadAtOnce: SHARDS_READ_AT_ONCE },
  /** Per job handed on (a shard, or the rest of one): its one index query. */
  perJob: { indexQueries: 1 },
  /** Per job with customers, before the first decision: alert get, customers BatchGetItem, bars and sources queries, ledger BatchGetItem, tombstones. In sequence: alert | (customers + bars + sources in parallel) | ledger | tombstones. */
  perNonEmptyJob: { dynamoCalls: 6, sequentialRoundTrips: 4 },
  /** Per customer decided deliver: pending put, publish, delivered update (in sequence). */
  perDelivery: { ledgerPuts: 1, ledgerUpdates: 1, publishes: 1, sequentialRoundTrips: 3 },
  /** Per customer withheld: one put. */
  perWithhold: { ledgerPuts: 1, ledgerUpdates: 0, sequentialRoundTrips: 1 },
  /** Customers settled at once within a job (PARALLEL in fan-out.ts). */
  parallelPerJob: 16,
  /**
   * Write units per ledger write, items under 1 KB, from the ledger's
   * definition: a put writes the table and each index; an update that
   * changes no index key (the delivered or failed mark) writes the table and
   * only the indexes that project every attribute (none: the one index is
   * keys only). Checked against DynamoDB Local's consumed capacity
   * (test/integration/ledger-capacity.test.ts).
   */
  wruPerLedgerPut: 1 + TABLES.deliveries.globalIndexes.length,
  wruPerLedgerUpdate:
    1 +
    TABLES.deliveries.globalIndexes.filter((g: { projection?: string }) => (g.projection ?? 'ALL') === 'ALL').length,
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
  /** Jobs run for the version: the first one, and those it and theirs hand on. */
  jobs: number;
  /** Jobs that find customers (the rest find an empty shard: one index query each). */
  nonEmptyJobs: number;
  customersPerJob: number;
  /** The version's first job: the shards it reads (index queries) and the customers it decides itself. */
  firstJob: { shardsRead: number; customers: number };
  /** Pages per shard handed on: each page's job is queued by the one before it. */
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

/**
 * The jobs of one version, customers spread evenly over the shards (shardOf
 * is a hash): the first job takes whole shards while they fit in a page,
 * then part of the shard that fills it; that shard's rest and every later
 * shard are handed on, each in pages. A later shard is empty with the
 * probability a Poisson spread gives (e^-perShard): its job is one query.
 */
export function jobLayout(customers: number, shards: number, pageSize: number) {
  const perShard = customers / shards;
  const readWindows = (n: number) => Math.min(shards, Math.ceil(n / SHARDS_READ_AT_ONCE) * SHARDS_READ_AT_ONCE);
  if (customers <= pageSize) {
    return {
      firstJob: { shardsRead: shards, customers },
      handedOn: 0,
      continuations: 0,
      pagesPerShard: 0,
      jobs: 1,
      nonEmptyJobs: customers === 0 ? 0 : 1,
    };
  }
  const whole = Math.floor(pageSize / perShard);
  const leftOfFilling = perShard - (pageSize - whole * perShard);
  const fillingPages = Math.ceil(leftOfFilling / pageSize);
  const later = shards - whole - 1;
  const pagesPerShard = Math.max(1, Math.ceil(perShard / pageSize));
  const jobs = 1 + fillingPages + later * pagesPerShard;
  return {
    firstJob: { shardsRead: readWindows(whole + 1), customers: pageSize },
    /** Queued by the first job. */
    handedOn: (fillingPages > 0 ? 1 : 0) + later,
    /** Queued by the jobs handed on, one page after another. */
    continuations: Math.max(0, fillingPages - 1) + later * (pagesPerShard - 1),
    pagesPerShard,
    jobs,
    nonEmptyJobs: jobs - later * Math.exp(-perShard),
  };
}

/** One alert version fanned out to `a.customers` customers. */
export function fanOutCapacity(m: MeasuredFanOut, a: FanOutAssumptions): FanOutCapacity {
  const C = a.customers;
  const layout = jobLayout(C, a.shards, a.pageSize);
  const { jobs, nonEmptyJobs, pagesPerShard } = layout;
  const customersPerJob = nonEmptyJobs === 0 ? 0 : C / nonEmptyJobs;
  const deliveries = C * a.deliverShare;
  const withholds = C - deliveries;

  const invocations = Math.min(a.maxConcurrency, a.lambdaConcurrencyAvailable);
  const jobSlots = invocations * a.batchSize;
  // The first job runs alone; the jobs it hands on run in waves.
  const waves = Math.max(1, Math.ceil((nonEmptyJobs - 1) / jobSlots));

  // A job's critical path: its reads, then its customers 16 at a time, each a chain of round trips.
  const deliverChain = 2 * a.dynamoMs + a.snsPublishMs;
  const perCustomerMs = a.deliverShare * deliverChain + (1 - a.deliverShare) * a.dynamoMs;
  const vcpu = Math.min(1, a.workerMemoryMb / LAMBDA_MB_PER_VCPU);
  const jobOf = (customers: number, indexRoundTrips: number, jobsPerInvocation: number) => {
    const io =
      indexRoundTrips * a.dynamoMs +
      FAN_OUT_CALLS.perNonEmptyJob.sequentialRoundTrips * a.dynamoMs +
      Math.ceil(customers / FAN_OUT_CALLS.parallelPerJob) * perCustomerMs;
    // The jobs of an invocation share its CPU share.
    const cpu = (customers * jobsPerInvocation * m.cpuMsPerCustomer) / a.lambdaCoreSpeedRatio / vcpu;
    return { io, cpu, total: Math.max(io, cpu) };
  };
  const firstReadRoundTrips = Math.ceil(layout.firstJob.shardsRead / FAN_OUT_CALLS.firstJob.shardsReadAtOnce);
  const firstJobMs = jobOf(layout.firstJob.customers, firstReadRoundTrips, 1);
  const laterCustomersPerJob = nonEmptyJobs > 1 ? (C - layout.firstJob.customers) / (nonEmptyJobs - 1) : 0;
  const jobMs = nonEmptyJobs > 1 ? jobOf(laterCustomersPerJob, 1, a.batchSize) : firstJobMs;

  // The splitter queues one job: one round trip, then the first job's pickup.
  const splitMs = a.streamMs + a.sqsSendMs + a.sqsPickupMs;
  // Few customers: the first job is the whole version. Many: it hands the rest on once it has read its shards
  // (one send round, one pickup), then a shard's later pages start one link after the one before.
  const handOnMs = firstReadRoundTrips * a.dynamoMs + a.sqsSendMs + a.sqsPickupMs;
  const chainMs = Math.max(0, pagesPerShard - 1) * (a.dynamoMs + a.sqsSendMs + a.sqsPickupMs);
  const wavesMs =
    layout.handedOn === 0 ? firstJobMs.total : Math.max(firstJobMs.total, handOnMs + chainMs + waves * jobMs.total);

  const ledgerWru =
    (deliveries * FAN_OUT_CALLS.perDelivery.ledgerPuts + withholds * FAN_OUT_CALLS.perWithhold.ledgerPuts) *
      FAN_OUT_CALLS.wruPerLedgerPut +
    deliveries * FAN_OUT_CALLS.perDelivery.ledgerUpdates * FAN_OUT_CALLS.wruPerLedgerUpdate;
  const floorsMs = {
    snsPublishQuota: (deliveries / AWS_QUOTAS.snsPublishPerSecond[a.region]) * 1000,
    ledgerTableWru:
      (ledgerWru / Math.min(AWS_QUOTAS.dynamoTableMaxWru, a.ledgerWarmWru ?? AWS_QUOTAS.dynamoTableMaxWru)) * 1000,
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
  // The first job is alone in its invocation; the jobs it hands on come batchSize to an invocation.
  const workerInvocations = 1 + Math.ceil((jobs - 1) / a.batchSize);
  const sqsRequests =
    1 + // the splitter's send
    Math.ceil(layout.handedOn / AWS_QUOTAS.sqsBatchEntries) + // the first job's SendMessageBatch calls
    layout.continuations + // a big shard's next page, one send each
    2 * workerInvocations; // receive + delete per worker invocation
  add('SQS requests (split, hand on, continue, receive, delete)', sqsRequests, 'requests', PRICES.sqs.request);
  add('Lambda requests (splitter + workers)', 1 + workerInvocations, 'invocations', PRICES.lambda.request);
  const emptyJobMs = a.dynamoMs + 5;
  const workerSeconds =
    (nonEmptyJobs === 0 ? firstReadRoundTrips * a.dynamoMs + 5 : firstJobMs.total) / 1000 +
    (Math.max(0, nonEmptyJobs - 1) * jobMs.total + (jobs - Math.max(1, nonEmptyJobs)) * emptyJobMs) /
      a.batchSize /
      1000;
  add(
    'Lambda duration (workers, Arm)',
    workerSeconds * (a.workerMemoryMb / 1024) + ((50 / 1000) * a.splitterMemoryMb) / 1024,
    'GB-s',
    PRICES.lambda.armGbSecond,
  );
  // Reads: index queries (eventually consistent, keys only: 0.5 RRU each), per non-empty job 4 small consistent
  // reads (alert, bars, sources, tombstones), per customer 2 (item, ledger).
  const indexQueries = layout.firstJob.shardsRead + (jobs - 1) * FAN_OUT_CALLS.perJob.indexQueries;
  const rru = indexQueries * 0.5 + nonEmptyJobs * 4 + 2 * C;
  add('DynamoDB reads', rru, 'RRU', PRICES.dynamodb.rru);
  add('DynamoDB ledger writes', ledgerWru, 'WRU', PRICES.dynamodb.wru);
  add('SNS publishes', deliveries, 'publishes', PRICES.sns.publish);
  const totalUsd = lines.reduce((s, l) => s + l.usd, 0);

  return {
    customers: C,
    jobs,
    nonEmptyJobs,
    customersPerJob,
    firstJob: layout.firstJob,
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
