/**
 * For all customer sets, customers-per-shard layouts, shard counts and page
 * sizes: the first job of an alert version and every job it hands on
 * (ranges split by shard, continuations of big shards, redeliveries) decide
 * each customer exactly once, and only through its own shard's jobs.
 */

import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { ShardJob } from '../../../functions/adapters/fan-out-shards';
import { shardOf } from '../../../functions/domain/shard';
import { firstJob } from '../../../functions/fan-out/split';
import { type ReadShard, rangePage, SHARDS_READ_AT_ONCE } from '../../../functions/fan-out-shard/range-page';
import { runShardJob, type ShardJobDeps } from '../../../functions/fan-out-shard/shard-job';
import { alert, customer, fakeDelivery, fakeInvocation, fakeTelemetry } from './fakes';

test('shardOf: in range and stable, for any id and count', () => {
  fc.assert(
    fc.property(fc.string({ minLength: 1 }), fc.integer({ min: 1, max: 1024 }), (id, n) => {
      const s = shardOf(id, n);
      return Number.isInteger(s) && s >= 0 && s < n && s === shardOf(id, n);
    }),
  );
});

test('every customer decided once, by its own shard, whatever the sizes', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.uniqueArray(fc.stringMatching(/^[a-z0-9][a-z0-9-]{1,11}$/), { minLength: 0, maxLength: 40 }),
      fc.integer({ min: 1, max: 40 }),
      fc.integer({ min: 1, max: 5 }),
      fc.boolean(),
      async (ids, shards, pageSize, redeliver) => {
        const delivery = fakeDelivery();
        const byShard = (s: number) => ids.filter((id) => shardOf(id, shards) === s).sort();
        const queue: ShardJob[] = [firstJob(alert, shards)];
        const readBy = new Map<string, number[]>();
        const deps: ShardJobDeps = {
          ...delivery.deps,
          deliveries: { ...delivery.deps.deliveries, getMany: delivery.getMany },
          alerts: { get: async () => alert },
          customers: {
            shardPage: async (shard, after, limit = pageSize) => {
              const rest = byShard(shard).filter((id) => after === undefined || id > after);
              return { ids: rest.slice(0, limit), more: rest.length > limit };
            },
            readAudienceOf: async (page) => {
              for (const id of page) readBy.set(id, [...(readBy.get(id) ?? []), shardOf(id, shards)]);
              return { customers: page.map((id) => customer(id)), policies: [], sources: [] };
            },
          },
          shardJobs: { enqueue: async (jobs) => void queue.push(...jobs) },
          retries: { schedule: async () => undefined },
          channels: { listAll: async () => [] },
          channelJobs: { enqueue: async () => undefined },
          audienceMaxAgeMs: 5000,
          pageSize,
        };
        const t = fakeTelemetry().telemetry;
        let runs = 0;
        for (let job = queue.shift(); job; job = queue.shift()) {
          assert.ok(runs++ <= 2_000, 'jobs keep coming');
          await runShardJob(job, deps, t, fakeInvocation(), async () => new Map());
          // SQS delivering the first job again after it ran (a lost delete): the ledger holds.
          if (redeliver && runs === 1) await runShardJob(job, deps, t, fakeInvocation(), async () => new Map());
        }
        assert.deepEqual([...delivery.published].sort(), [...ids].sort(), 'each customer published to once');
        if (!redeliver) for (const id of ids) assert.equal(readBy.get(id)?.length, 1, `${id} read by one job`);
      },
    ),
    { numRuns: 60 },
  );
});

/** Customers laid out by shard: shard s holds `counts[s]` ids, in id order. */
const layout = (counts: readonly number[]) =>
  counts.map((n, s) =>
    Array.from({ length: n }, (_, i) => `s${String(s).padStart(3, '0')}-${String(i).padStart(4, '0')}`),
  );

/** Every job from the first one on, as the queue hands them over; each job's page and how many reads it made. */
async function workAll(byShard: readonly string[][], pageSize: number) {
  let reads = 0;
  const read: ReadShard = async (shard, after, limit) => {
    reads++;
    const rest = (byShard[shard] ?? []).filter((id) => after === undefined || id > after);
    return { ids: rest.slice(0, limit), more: rest.length > limit };
  };
  const queue: ShardJob[] = [firstJob(alert, byShard.length)];
  const pages: { job: ShardJob; ids: string[] }[] = [];
  for (let job = queue.shift(); job; job = queue.shift()) {
    // A split that hands on what it took would loop for ever: fail instead.
    assert.ok(pages.length <= 20_000, 'jobs keep coming');
    const page = await rangePage(job, read, pageSize);
    pages.push({ job, ids: page.ids });
    queue.push(...page.rest);
  }
  return { pages, reads };
}

test('range split: for any customers-per-shard layout, the union of the pages is every customer exactly once', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 250 })), {
        minLength: 1,
        maxLength: 70,
      }),
      fc.integer({ min: 1, max: 100 }),
      async (counts, pageSize) => {
        const byShard = layout(counts);
        const everyone = byShard.flat();
        const { pages } = await workAll(byShard, pageSize);
        const union = pages.flatMap((p) => p.ids);
        assert.deepEqual([...union].sort(), [...everyone].sort(), 'every customer in exactly one page');
        assert.equal(new Set(union).size, union.length);
        for (const p of pages) {
          assert.ok(p.ids.length <= pageSize, 'a page at most');
          const first = p.job.shard;
          const last = p.job.through ?? p.job.shard;
          for (const id of p.ids) {
            const s = Number(id.slice(1, 4));
            assert.ok(s >= first && s <= last, `${id} decided by a job of its own shard range`);
          }
        }
        if (everyone.length <= pageSize) assert.equal(pages.length, 1, 'customers within a page: one job');
        // Never more jobs than the pages of a shard-per-job split, plus the first job.
        const shardPages = counts.reduce((n, c) => n + Math.max(1, Math.ceil(c / pageSize)), 0);
        assert.ok(pages.length <= shardPages + 1, `${pages.length} jobs for ${shardPages} shard pages`);
      },
    ),
    { numRuns: 200 },
  );
});

test('range split, as sized: 50 customers over 64 shards are one job of 4 read windows; 10,000 spread over every shard', async () => {
  const few = Array.from({ length: 64 }, (_, s) => (s < 50 ? 1 : 0));
  const one = await workAll(layout(few), 100);
  assert.equal(one.pages.length, 1);
  assert.equal(one.reads, 64);
  assert.equal(Math.ceil(64 / SHARDS_READ_AT_ONCE), 4);
  const many = Array.from({ length: 64 }, (_, s) => 156 + (s < 16 ? 1 : 0));
  const spread = await workAll(layout(many), 100);
  // The first job takes 100 of shard 0 and hands on shard 0's rest and shards 1-63, each of two pages.
  assert.equal(spread.pages.length, 1 + 1 + 63 * 2);
  assert.deepEqual(
    spread.pages.slice(1, 4).map((p) => p.job),
    [
      { alertId: alert.alertId, version: alert.version, shard: 0, after: 's000-0099' },
      { alertId: alert.alertId, version: alert.version, shard: 1 },
      { alertId: alert.alertId, version: alert.version, shard: 2 },
    ],
  );
});

test('range split: a page filled exactly by a whole read window hands on every later shard, unread', async () => {
  const counts = Array.from({ length: SHARDS_READ_AT_ONCE + 4 }, () => 1);
  const { pages, reads } = await workAll(layout(counts), SHARDS_READ_AT_ONCE);
  assert.equal(pages[0]?.ids.length, SHARDS_READ_AT_ONCE);
  assert.deepEqual(
    pages.slice(1).map((p) => p.job.shard),
    [16, 17, 18, 19],
  );
  assert.deepEqual(pages.flatMap((p) => p.ids).sort(), layout(counts).flat().sort());
  assert.equal(reads, SHARDS_READ_AT_ONCE + 4, 'the later shards read once, by their own jobs');
});
