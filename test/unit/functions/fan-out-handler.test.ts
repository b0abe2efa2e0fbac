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
import { firstJob } from '../../../functions/fan-out/split';
import { FAN_OUT_SHARDS } from '../../../resources';
import { context, eventFixture, fakeTelemetry } from './fakes';

test('a new alert version becomes one job over every shard, with its key and shard range only; the update is ignored; the item that is not an alert fails alone', async () => {
  const queued: ShardJob[] = [];
  const t = fakeTelemetry();
  const handle = createFanOutHandler(
    { shardJobs: { enqueue: async (jobs) => void queued.push(...jobs) }, shardCount: 5 },
    t.telemetry,
  );

  const res = await handle(eventFixture<DynamoDBStreamEvent>('dynamodb-alerts-stream.json'), context);

  assert.deepEqual(res.batchItemFailures, [{ itemIdentifier: '100000000000000000003' }]);
  assert.deepEqual(queued, [{ alertId: 'a-harbour', version: 1, shard: 0, through: 4 }]);
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

test('the first job covers every shard of the count; with one shard it is a plain shard job', () => {
  assert.deepEqual(firstJob({ alertId: 'a', version: 2 }, FAN_OUT_SHARDS.count), {
    alertId: 'a',
    version: 2,
    shard: 0,
    through: FAN_OUT_SHARDS.count - 1,
  });
  assert.deepEqual(firstJob({ alertId: 'a', version: 2 }, 1), { alertId: 'a', version: 2, shard: 0 });
});
