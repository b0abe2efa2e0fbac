/**
 * For all customer sets, shard counts and page sizes: splitting an alert
 * version and working every job (continuations included) decides each
 * customer exactly once, and only through its own shard's jobs.
 */

import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { ShardJob } from '../../../functions/adapters/fan-out-shards';
import { shardOf } from '../../../functions/domain/shard';
import { splitIntoShards } from '../../../functions/fan-out/split';
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
      fc.integer({ min: 1, max: 8 }),
      fc.integer({ min: 1, max: 5 }),
      async (ids, shards, pageSize) => {
        const delivery = fakeDelivery();
        const byShard = (s: number) => ids.filter((id) => shardOf(id, shards) === s).sort();
        const queue: ShardJob[] = splitIntoShards(alert, shards);
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
        for (let job = queue.shift(); job; job = queue.shift())
          await runShardJob(job, deps, t, fakeInvocation(), async () => new Map());
        assert.deepEqual([...delivery.published].sort(), [...ids].sort(), 'each customer published to once');
        for (const id of ids) assert.equal(readBy.get(id)?.length, 1, `${id} read by one job`);
      },
    ),
    { numRuns: 60 },
  );
});
