/** The fan-out's capacity model (tools/capacity/fan-out.ts): its arithmetic, its bounds, and what it says of 10,000 customers. */

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FAN_OUT_SHARD, FAN_OUT_SHARDS } from '../../../resources';
import { PRICES } from '../../../tools/capacity/cost-model';
import {
  AWS_QUOTAS,
  DEFAULT_FAN_OUT_ASSUMPTIONS,
  type FanOutAssumptions,
  fanOutCapacity,
  jobLayout,
  shardedFanOut,
} from '../../../tools/capacity/fan-out';

/** CPU per customer of the order bench/fan-out.ts measures (ms): the model's CPU term. */
const measured = { cpuMsPerCustomer: 2 };
const at = (customers: number, over: Partial<FanOutAssumptions> = {}): FanOutAssumptions => ({
  ...DEFAULT_FAN_OUT_ASSUMPTIONS,
  customers,
  ...over,
});

test('10,000 customers on AWS defaults: within the 60 s target, jobs of at most a page, bound by the job waves', () => {
  const c = fanOutCapacity(measured, at(10_000));
  assert.equal(c.pagesPerShard, Math.ceil(10_000 / FAN_OUT_SHARDS.count / FAN_OUT_SHARDS.pageSize));
  // The first job takes a page of shard 0 and hands on its rest and the 63 other shards, two pages each.
  assert.equal(c.jobs, 1 + 1 + (FAN_OUT_SHARDS.count - 1) * c.pagesPerShard);
  assert.deepEqual(c.firstJob, { shardsRead: 16, customers: FAN_OUT_SHARDS.pageSize });
  assert.ok(c.customersPerJob <= FAN_OUT_SHARDS.pageSize);
  assert.equal(c.jobSlots, FAN_OUT_SHARD.maxConcurrency * FAN_OUT_SHARD.batchSize);
  // 9,000 deliveries x (a put: the table and the index, 2 units; the delivered update: the table only, 1) + 1,000
  // withholds x one put (2), over the customers' own partitions: the table's 40,000 WRU/s the only shared write bound.
  assert.equal(c.floorsMs.ledgerTableWru, ((9_000 * 3 + 1_000 * 2) / 40_000) * 1000);
  assert.equal(c.floorsMs.snsPublishQuota, (9_000 / AWS_QUOTAS.snsPublishPerSecond['us-east-1']) * 1000);
  assert.equal(c.limitedBy, 'job waves');
  assert.ok(c.latencyMs < 60_000, `${c.latencyMs} ms`);
  // A new on-demand ledger serves about 4,000 WRU/s at once: 7.25 s for the version's writes until it has seen more.
  const cold = fanOutCapacity(measured, at(10_000, { ledgerWarmWru: AWS_QUOTAS.dynamoOnDemandWarmWru }));
  assert.equal(cold.floorsMs.ledgerTableWru, ((9_000 * 3 + 1_000 * 2) / 4_000) * 1000);
  assert.ok(cold.latencyMs > c.latencyMs);
});

test('the bounds scale as they should: more customers take longer; a small region has a lower SNS floor; fewer workers, more waves', () => {
  const small = fanOutCapacity(measured, at(50));
  const big = fanOutCapacity(measured, at(10_000));
  const huge = fanOutCapacity(measured, at(100_000));
  assert.ok(small.latencyMs < big.latencyMs && big.latencyMs < huge.latencyMs);
  assert.ok(small.latencyMs < 2_000, `50 customers: the stream and one queue hop dominate (${small.latencyMs} ms)`);
  assert.equal(small.waves, 1);
  // Without the byAlert index nothing shared binds 100,000 customers on a warm ledger; a new one (4,000 WRU/s) does.
  assert.equal(huge.limitedBy, 'job waves');
  const cold = fanOutCapacity(measured, at(100_000, { ledgerWarmWru: AWS_QUOTAS.dynamoOnDemandWarmWru }));
  assert.equal(cold.limitedBy, 'ledger table throughput');
  assert.ok(cold.latencyMs > 60_000, `${cold.latencyMs} ms`);
  const elsewhere = fanOutCapacity(measured, at(10_000, { region: 'other' }));
  assert.ok(elsewhere.floorsMs.snsPublishQuota === (9_000 / 1_500) * 1000);
  // A slower CPU per customer lengthens the jobs, not the shared floors.
  const slow = fanOutCapacity({ cpuMsPerCustomer: 40 }, at(10_000));
  assert.ok(slow.jobMs.cpu > slow.jobMs.io, 'CPU-bound jobs');
  assert.deepEqual(slow.floorsMs, big.floorsMs);
  // Fewer workers available: more waves.
  assert.ok(fanOutCapacity(measured, at(10_000, { lambdaConcurrencyAvailable: 4 })).waves > big.waves);
});

test('the cost of one alert version: publishes and ledger writes by the customer, jobs by the shard', () => {
  const c = fanOutCapacity(measured, at(10_000));
  const line = (item: string) => c.cost.lines.find((l) => l.item.startsWith(item))!;
  assert.equal(line('SNS publishes').quantity, 9_000);
  assert.equal(line('SNS publishes').usd, 9_000 * PRICES.sns.publish);
  assert.equal(
    line('DynamoDB ledger writes').quantity,
    9_000 * (2 + 1) + 1_000 * 2,
    'a put writes the table and its index, the delivered update the table alone',
  );
  assert.ok(Math.abs(c.cost.totalUsd - c.cost.lines.reduce((s, l) => s + l.usd, 0)) < 1e-12);
  const fifty = fanOutCapacity(measured, at(50));
  assert.equal(fifty.jobs, 1, 'one job over every shard');
  assert.deepEqual(fifty.firstJob, { shardsRead: FAN_OUT_SHARDS.count, customers: 50 });
  // One send by the splitter, one receive and one delete; 64 index queries, 4 reads of the job, 2 per customer.
  assert.equal(line('SQS requests').quantity, 201);
  const fiftyLine = (item: string) => fifty.cost.lines.find((l) => l.item.startsWith(item))!;
  assert.equal(fiftyLine('SQS requests').quantity, 3);
  assert.equal(fiftyLine('Lambda requests').quantity, 2);
  assert.equal(fiftyLine('DynamoDB reads').quantity, 64 * 0.5 + 4 + 2 * 50);
  assert.ok(fifty.cost.totalUsd < c.cost.totalUsd / 50, 'a version costs about in proportion to its customers');
  assert.ok(fifty.cost.totalUsd > 0);
});

test('the job layout: one job up to a page of customers, then the shards handed on, never more jobs than shard pages + 1', () => {
  const shards = FAN_OUT_SHARDS.count;
  const page = FAN_OUT_SHARDS.pageSize;
  assert.deepEqual(jobLayout(0, shards, page), {
    firstJob: { shardsRead: shards, customers: 0 },
    handedOn: 0,
    continuations: 0,
    pagesPerShard: 0,
    jobs: 1,
    nonEmptyJobs: 0,
  });
  assert.equal(jobLayout(page, shards, page).jobs, 1);
  // 160 customers, 2.5 a shard: 40 whole shards, then the rest of the 41st and 23 more shards, one job each.
  const mid = jobLayout(160, shards, page);
  assert.equal(mid.firstJob.shardsRead, 48);
  assert.equal(mid.handedOn, 1 + 23);
  assert.equal(mid.jobs, 1 + 1 + 23);
  assert.ok(mid.nonEmptyJobs < mid.jobs && mid.nonEmptyJobs > mid.jobs - 3, 'a few later shards empty');
  for (const C of [101, 500, 6_400, 10_000, 100_000]) {
    const l = jobLayout(C, shards, page);
    assert.ok(l.jobs <= shards * Math.max(1, Math.ceil(C / shards / page)) + 1, `${C}: ${l.jobs} jobs`);
    assert.equal(l.jobs, 1 + l.handedOn + l.continuations, `${C}: every job queued once`);
  }
});

test('the scale models take the sharded fan-out: its cost lines per alert version and its latency without the stream', () => {
  const s = shardedFanOut(measured);
  const direct = fanOutCapacity(measured, at(10_000));
  const lines = s.cost.perAlertVersion(10_000);
  assert.equal(
    lines.reduce((n, l) => n + l.usd, 0),
    direct.cost.totalUsd,
  );
  const c = s.capacity(10_000, 0.5);
  assert.equal(c.alertVersionMs, direct.latencyMs - DEFAULT_FAN_OUT_ASSUMPTIONS.streamMs);
  assert.equal(c.publishesPerSecond, 0.5 * 10_000 * DEFAULT_FAN_OUT_ASSUMPTIONS.deliverShare);
});
