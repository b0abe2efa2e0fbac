/**
 * The fan-out handler (the splitter) with fake dependencies, on the alerts
 * stream's event (test/fixtures/events/dynamodb-alerts-stream.json: a new
 * alert version, an update to ignore, an item that is not an alert).
 */

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import type { ShardJob } from '../../../functions/adapters/fan-out-shards';
import { METRICS } from '../../../functions/commons/observability';
import { createFanOutHandler } from '../../../functions/fan-out/handler';
import { splitIntoShards } from '../../../functions/fan-out/split';
import { FAN_OUT_SHARDS } from '../../../resources';
import { context, eventFixture, fakeTelemetry } from './fakes';

test('a new alert version becomes one job per shard, each with its key and shard only; the update is ignored; the item that is not an alert fails alone', async () => {
  const queued: ShardJob[] = [];
  const t = fakeTelemetry();
  const handle = createFanOutHandler(
    { shardJobs: { enqueue: async (jobs) => void queued.push(...jobs) }, shardCount: 5 },
    t.telemetry,
  );

  const res = await handle(eventFixture<DynamoDBStreamEvent>('dynamodb-alerts-stream.json'), context);

  assert.deepEqual(res.batchItemFailures, [{ itemIdentifier: '100000000000000000003' }]);
  assert.deepEqual(
    queued,
    [0, 1, 2, 3, 4].map((shard) => ({ alertId: 'a-harbour', version: 1, shard })),
  );
  assert.equal(t.metrics[METRICS.recordsFailed], 1);
});

test('jobs that could not be queued fail the record, for the stream to retry whole', async () => {
  const t = fakeTelemetry();
  const handle = createFanOutHandler(
    {
      shardJobs: {
        enqueue: async () => {
          throw new Error('could not queue fan-out shard jobs: throttled');
        },
      },
      shardCount: 3,
    },
    t.telemetry,
  );
  const event = eventFixture<DynamoDBStreamEvent>('dynamodb-alerts-stream.json');
  const res = await handle({ Records: event.Records.slice(0, 1) }, context);
  assert.deepEqual(res.batchItemFailures, [{ itemIdentifier: '100000000000000000001' }]);
  assert.match(t.errors()[0]?.error ?? '', /throttled/);
});

test('every shard of the count, each once', () => {
  const jobs = splitIntoShards({ alertId: 'a', version: 2 }, FAN_OUT_SHARDS.count);
  assert.deepEqual(
    jobs.map((j) => j.shard),
    Array.from({ length: FAN_OUT_SHARDS.count }, (_, i) => i),
  );
  assert.ok(jobs.every((j) => j.alertId === 'a' && j.version === 2 && Object.keys(j).length === 3));
});
