/**
 * The fan-out-shard handler (the worker) with fake dependencies, on shard
 * jobs (test/fixtures/events/sqs-fan-out-shard.json: shards 0 and 1 of one
 * alert version, and a malformed job).
 */

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SQSEvent } from 'aws-lambda';
import type { DeliveryRetry } from '../../../functions/adapters/delivery-retries';
import type { ShardJob } from '../../../functions/adapters/fan-out-shards';
import { METRICS } from '../../../functions/commons/observability';
import type { ChannelJob } from '../../../functions/domain/channels/channel';
import { createFanOutShardHandler } from '../../../functions/fan-out-shard/handler';
import type { ShardJobDeps } from '../../../functions/fan-out-shard/shard-job';
import { alert, channel, context, customer, eventFixture, fakeDelivery, fakeTelemetry } from './fakes';

/** The customers table as the worker reads it: ids per shard (the index), items by id (the table). */
function fakes(
  opts: {
    failing?: string[];
    policies?: unknown[];
    shards?: Record<number, string[]>;
    items?: Record<string, unknown>;
    pageSize?: number;
  } = {},
) {
  const delivery = fakeDelivery(new Set(opts.failing));
  const items: Record<string, unknown> = opts.items ?? {
    bank: customer('bank'),
    agency: customer('agency', { sector: 'intelligence' }),
    ngo: customer('ngo', { sector: 'ngo' }),
  };
  const shards = opts.shards ?? { 0: ['agency', 'bank'], 1: ['ngo'] };
  const pageSize = opts.pageSize ?? 100;
  const scheduled: DeliveryRetry[] = [];
  const channelJobs: ChannelJob[] = [];
  const continued: ShardJob[] = [];
  const audienceReads: string[][] = [];
  let gets = 0;
  const deps: ShardJobDeps = {
    ...delivery.deps,
    deliveries: {
      ...delivery.deps.deliveries,
      get: async (...a) => {
        gets++;
        return delivery.deps.deliveries.get(...a);
      },
      getMany: delivery.getMany,
    },
    alerts: { get: async (alertId, version) => (alertId === alert.alertId && version === 1 ? alert : undefined) },
    customers: {
      shardPage: async (shard, after, limit = 100) => {
        const all = (shards[shard] ?? []).filter((id) => after === undefined || id > after);
        return { ids: all.slice(0, limit), more: all.length > limit };
      },
      readAudienceOf: async (ids) => {
        audienceReads.push([...ids]);
        return {
          customers: ids.flatMap((id) => (items[id] ? [items[id]] : [])),
          policies: opts.policies ?? [],
          sources: [],
        };
      },
    },
    shardJobs: { enqueue: async (jobs) => void continued.push(...jobs) },
    retries: { schedule: async (x) => void scheduled.push(...x) },
    channels: {
      listAll: async () => [
        channel('bank', 'webhook-0000000b'),
        channel('agency', 'slack-0000000a'),
        channel('ngo', 'teams-0000000c'),
      ],
    },
    channelJobs: { enqueue: async (jobs) => void channelJobs.push(...jobs) },
    audienceMaxAgeMs: 5000,
    pageSize,
  };
  return { ...delivery, deps, items, scheduled, channelJobs, continued, audienceReads, gets: () => gets };
}

const jobEvent = (...jobs: object[]): SQSEvent => {
  const r = eventFixture<SQSEvent>('sqs-fan-out-shard.json').Records[0]!;
  return { Records: jobs.map((j, i) => ({ ...r, messageId: `j${i}`, body: JSON.stringify(j) })) };
};

test("each job decides its own shard's customers only, read by id; the malformed job fails alone", async () => {
  const f = fakes();
  const t = fakeTelemetry();
  const res = await createFanOutShardHandler(f.deps, t.telemetry)(
    eventFixture<SQSEvent>('sqs-fan-out-shard.json'),
    context,
  );

  assert.deepEqual(res.batchItemFailures, [{ itemIdentifier: 's3' }]);
  assert.deepEqual(f.published.sort(), ['agency', 'bank', 'ngo']);
  assert.deepEqual(
    f.audienceReads.map((ids) => ids.join(',')).sort(),
    ['agency,bank', 'ngo'],
    'each job read its own customers, by id, and nobody else',
  );
  assert.deepEqual(
    [f.manyReads(), f.gets()],
    [2, 2],
    "the ledger read in one call for shard 0's two customers (decisions, then channel jobs), one get each for shard 1's one",
  );
  assert.deepEqual(t.metrics, {
    [METRICS.delivered]: 3,
    [METRICS.withheld]: 0,
    [METRICS.deliveryFailures]: 0,
    [METRICS.recordsFailed]: 1,
  });
  assert.match(t.errors()[0]?.error ?? '', /shard/);
});

test('the customers are read when the job runs: a suspension stored after the split wins', async () => {
  const f = fakes();
  const handle = createFanOutShardHandler(f.deps, fakeTelemetry().telemetry);
  // The version was split (the job exists); then the bank is suspended; then the job runs.
  f.items.bank = customer('bank', {
    contract: {
      status: 'suspended',
      tier: 'standard',
      startsAt: '2026-01-01T00:00:00Z',
      endsAt: '2027-01-01T00:00:00Z',
    },
  });
  await handle(jobEvent({ alertId: alert.alertId, version: 1, shard: 0 }), context);

  assert.deepEqual(f.published, ['agency']);
  assert.equal(f.ledger.get('bank/a-harbour/1')?.outcome, 'withheld');
  assert.match(f.ledger.get('bank/a-harbour/1')?.reason ?? '', /suspended/);
});

test('a shard larger than a page: the rest goes back to the queue first, as a job that resumes after the last id', async () => {
  const ids = Array.from({ length: 7 }, (_, i) => `c${i}`);
  const f = fakes({
    shards: { 3: ids },
    items: Object.fromEntries(ids.map((id) => [id, customer(id)])),
    pageSize: 3,
  });
  const handle = createFanOutShardHandler(f.deps, fakeTelemetry().telemetry);
  await handle(jobEvent({ alertId: alert.alertId, version: 1, shard: 3 }), context);
  assert.deepEqual(f.published.sort(), ['c0', 'c1', 'c2']);
  assert.deepEqual(f.continued, [{ alertId: alert.alertId, version: 1, shard: 3, after: 'c2' }]);

  // The queue hands the continuations back until the shard is done.
  while (f.continued.length > 0) await handle(jobEvent(f.continued.shift()!), context);
  assert.deepEqual(f.published.sort(), ids);
});

test("a version's first job: whole shards while they fit in a page; the shard that does not fit and the later ones are handed on, before any publish", async () => {
  const shards = { 0: ['a0', 'a1'], 1: ['b0'], 2: ['c0', 'c1'], 3: ['d0'] };
  const ids = Object.values(shards).flat();
  const f = fakes({ shards, items: Object.fromEntries(ids.map((id) => [id, customer(id)])), pageSize: 4 });
  let publishedBeforeHandOn = -1;
  const deps: ShardJobDeps = {
    ...f.deps,
    shardJobs: {
      enqueue: async (jobs) => {
        publishedBeforeHandOn = f.published.length;
        f.continued.push(...jobs);
      },
    },
  };
  const handle = createFanOutShardHandler(deps, fakeTelemetry().telemetry);
  const res = await handle(jobEvent({ alertId: alert.alertId, version: 1, shard: 0, through: 3 }), context);
  assert.deepEqual(res.batchItemFailures, []);
  assert.deepEqual(f.published.sort(), ['a0', 'a1', 'b0', 'c0']);
  assert.equal(publishedBeforeHandOn, 0, 'the rest queued before the first publish');
  assert.deepEqual(f.continued, [
    { alertId: alert.alertId, version: 1, shard: 2, after: 'c0' },
    { alertId: alert.alertId, version: 1, shard: 3 },
  ]);
  while (f.continued.length > 0) await handle(jobEvent(f.continued.shift()!), context);
  assert.deepEqual(f.published.sort(), ids.sort());
});

test('a job whose range is reversed is malformed: it fails alone', async () => {
  const f = fakes();
  const res = await createFanOutShardHandler(f.deps, fakeTelemetry().telemetry)(
    jobEvent({ alertId: alert.alertId, version: 1, shard: 3, through: 1 }),
    context,
  );
  assert.deepEqual(res.batchItemFailures, [{ itemIdentifier: 'j0' }]);
  assert.deepEqual(f.published, []);
});

test('a failed publish is queued for a retry of its own and the job still succeeds', async () => {
  const f = fakes({ failing: ['bank'] });
  const t = fakeTelemetry();
  const res = await createFanOutShardHandler(f.deps, t.telemetry)(
    jobEvent({ alertId: alert.alertId, version: 1, shard: 0 }),
    context,
  );

  assert.deepEqual(res.batchItemFailures, []);
  assert.deepEqual(f.scheduled, [{ alertId: 'a-harbour', version: 1, customerId: 'bank' }]);
  assert.equal(f.ledger.get('bank/a-harbour/1')?.outcome, 'failed');
  assert.deepEqual(f.published, ['agency']);
  assert.equal(t.metrics[METRICS.deliveryFailures], 1);
});

test("a barred sector is withheld and recorded; channel jobs only where delivery was decided, and only for the job's own customers", async () => {
  const f = fakes({
    policies: [
      { source: 'twitter', sector: 'intelligence', from: '2026-05-01T00:00:00Z', setAt: '2026-05-01T00:00:00Z' },
    ],
  });
  const t = fakeTelemetry();
  await createFanOutShardHandler(f.deps, t.telemetry)(
    jobEvent({ alertId: alert.alertId, version: 1, shard: 0 }),
    context,
  );

  assert.deepEqual(f.published, ['bank']);
  assert.equal(f.ledger.get('agency/a-harbour/1')?.outcome, 'withheld');
  assert.equal(t.metrics[METRICS.withheld], 1);
  assert.deepEqual(f.channelJobs, [
    { alertId: 'a-harbour', version: 1, customerId: 'bank', channelId: 'webhook-0000000b' },
  ]);
});

test('a ledger fault fails the job (SQS delivers it again), logged and counted', async () => {
  const f = fakes();
  f.deps.deliveries.getMany = async () => {
    throw new Error('ThrottlingException: ledger read throttled');
  };
  const t = fakeTelemetry();
  const res = await createFanOutShardHandler(f.deps, t.telemetry)(
    jobEvent({ alertId: alert.alertId, version: 1, shard: 0 }),
    context,
  );
  assert.deepEqual(res.batchItemFailures, [{ itemIdentifier: 'j0' }]);
  assert.equal(t.metrics[METRICS.recordsFailed], 1);
  assert.match(t.errors()[0]?.error ?? '', /ledger read throttled/);
});

test('a worker crashing mid-shard: the redelivered job completes the shard, and nothing is published twice', async () => {
  const ids = Array.from({ length: 12 }, (_, i) => `c${String(i).padStart(2, '0')}`);
  const f = fakes({ shards: { 0: ids }, items: Object.fromEntries(ids.map((id) => [id, customer(id)])) });
  let publishes = 0;
  const crashing: ShardJobDeps = {
    ...f.deps,
    publisher: {
      publish: async (arn, m) => {
        if (++publishes === 5) throw Object.assign(new Error('Lambda crashed'), { name: 'Crash' });
        return f.deps.publisher.publish(arn, m);
      },
    },
    deliveries: {
      ...f.deps.deliveries,
      // The crash is of the worker, not of one topic: the ledger write after the 5th publish fails too.
      markFailed: async () => {
        throw new Error('worker gone');
      },
    },
  };
  const job = jobEvent({ alertId: alert.alertId, version: 1, shard: 0 });
  const first = await createFanOutShardHandler(crashing, fakeTelemetry().telemetry)(job, context);
  assert.deepEqual(first.batchItemFailures, [{ itemIdentifier: 'j0' }], 'the job failed: SQS delivers it again');
  const before = f.published.length;
  assert.ok(before >= 4 && before < ids.length, `part of the shard was published (${before})`);

  const again = await createFanOutShardHandler(f.deps, fakeTelemetry().telemetry)(job, context);
  assert.deepEqual(again.batchItemFailures, []);
  assert.deepEqual([...f.published].sort(), ids, 'every customer once');
  assert.ok(ids.every((id) => f.ledger.get(`${id}/a-harbour/1`)?.outcome === 'delivered'));
});

test('malformed customer and policy items are counted and logged; the others are served', async () => {
  const f = fakes({
    items: {
      bank: customer('bank'),
      agency: customer('agency', { sector: 'intelligence' }),
      broken: { id: 'broken', sector: 'finance' },
    },
    shards: { 0: ['agency', 'bank', 'broken'] },
    policies: [{ source: 'twitter', sector: 'finance', from: 'whenever' }],
  });
  const t = fakeTelemetry();
  const res = await createFanOutShardHandler(f.deps, t.telemetry)(
    jobEvent({ alertId: alert.alertId, version: 1, shard: 0 }),
    context,
  );
  assert.deepEqual(res.batchItemFailures, []);
  assert.deepEqual(
    f.published,
    ['agency'],
    'the finance bar item is in doubt: the bank is withheld, the agency served',
  );
  assert.equal(t.metrics[METRICS.invalidCustomers], 1);
  assert.equal(t.metrics[METRICS.invalidPolicies], 1);
  assert.equal(f.ledger.get('broken/a-harbour/1')?.code, 'customer_invalid');
  assert.equal(f.ledger.get('bank/a-harbour/1')?.code, 'policy_invalid');
});
