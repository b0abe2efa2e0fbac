/**
 * The fan-out handler with fake dependencies, on the alerts stream's event
 * (test/fixtures/events/dynamodb-alerts-stream.json: a new alert version, an
 * update to ignore, an item that is not an alert).
 */

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import type { DeliveryRetry } from '../../../functions/adapters/delivery-retries';
import { METRICS } from '../../../functions/commons/observability';
import type { ChannelJob } from '../../../functions/domain/channels/channel';
import { createFanOutHandler, type FanOutHandlerDeps } from '../../../functions/fan-out/handler';
import { channel, context, customer, eventFixture, fakeDelivery, fakeTelemetry } from './fakes';

function fakes(opts: { failing?: string[]; policies?: unknown[]; extra?: unknown[] } = {}) {
  const delivery = fakeDelivery(new Set(opts.failing));
  const scheduled: DeliveryRetry[] = [];
  const channelJobs: ChannelJob[] = [];
  let reads = 0;
  const deps: FanOutHandlerDeps = {
    ...delivery.deps,
    customers: {
      readAudience: async () => {
        reads++;
        return {
          customers: [customer('bank'), customer('agency', { sector: 'intelligence' }), ...(opts.extra ?? [])],
          policies: opts.policies ?? [],
          sources: [],
        };
      },
    },
    retries: { schedule: async (items) => void scheduled.push(...items) },
    channels: {
      listAll: async () => [channel('bank', 'webhook-0000000b'), channel('agency', 'slack-0000000a')],
    },
    channelJobs: { enqueue: async (jobs) => void channelJobs.push(...jobs) },
    audienceMaxAgeMs: 5000,
  };
  return { ...delivery, deps, scheduled, channelJobs, reads: () => reads };
}

/** The fixture's first record alone: one new alert version. */
function firstRecord(): DynamoDBStreamEvent {
  const event = eventFixture<DynamoDBStreamEvent>('dynamodb-alerts-stream.json');
  return { Records: event.Records.slice(0, 1) };
}

test('a new alert version goes to every customer once; the update is ignored; the item that is not an alert fails alone', async () => {
  const f = fakes();
  const t = fakeTelemetry();
  const handle = createFanOutHandler(f.deps, t.telemetry);

  const res = await handle(eventFixture<DynamoDBStreamEvent>('dynamodb-alerts-stream.json'), context);

  assert.deepEqual(res.batchItemFailures, [{ itemIdentifier: '100000000000000000003' }]);
  assert.deepEqual(f.published.sort(), ['agency', 'bank']);
  assert.deepEqual(
    [...f.ledger.keys()].sort(),
    ['agency/a-harbour/1', 'bank/a-harbour/1'],
    'nothing for the modified item (version 2)',
  );
  assert.equal(f.reads(), 1, 'customers read once per invocation (within its age bound)');
  assert.deepEqual(t.metrics, {
    [METRICS.delivered]: 2,
    [METRICS.withheld]: 0,
    [METRICS.deliveryFailures]: 0,
    [METRICS.recordsFailed]: 1,
  });
  assert.deepEqual(
    t.errors().map((e) => e.sequenceNumber),
    ['100000000000000000003'],
    'the failed record is logged',
  );
});

test('a batch whose every record fails is logged and counted record by record (the invocation itself succeeds)', async () => {
  const f = fakes();
  f.deps.deliveries.get = async () => {
    throw new Error('ThrottlingException: ledger read throttled');
  };
  const t = fakeTelemetry();
  const res = await createFanOutHandler(f.deps, t.telemetry)(firstRecord(), context);

  assert.equal(res.batchItemFailures.length, 1, 'reported for the stream to retry, not thrown');
  assert.equal(t.metrics[METRICS.recordsFailed], 1);
  assert.equal(t.errors().length, 1);
  assert.match(t.errors()[0]?.error ?? '', /ledger read throttled/);
  assert.equal(t.published(), 1, 'counted and published');
});

test('a failed publish is queued for a retry of its own and the record still succeeds', async () => {
  const f = fakes({ failing: ['bank'] });
  const t = fakeTelemetry();
  const res = await createFanOutHandler(f.deps, t.telemetry)(firstRecord(), context);

  assert.deepEqual(res.batchItemFailures, []);
  assert.deepEqual(f.scheduled, [{ alertId: 'a-harbour', version: 1, customerId: 'bank' }]);
  assert.equal(f.ledger.get('bank/a-harbour/1')?.outcome, 'failed');
  assert.deepEqual(f.published, ['agency']);
  assert.equal(t.metrics[METRICS.deliveryFailures], 1);
  assert.match(t.logs[0]?.message ?? '', /retrying them separately/);
});

test('a sector barred by a source policy is withheld, recorded, and not published', async () => {
  const f = fakes({
    policies: [
      { source: 'twitter', sector: 'intelligence', from: '2026-05-01T00:00:00Z', setAt: '2026-05-01T00:00:00Z' },
    ],
  });
  const t = fakeTelemetry();
  const handle = createFanOutHandler(f.deps, t.telemetry);

  await handle(eventFixture<DynamoDBStreamEvent>('dynamodb-alerts-stream.json'), context);

  assert.deepEqual(f.published, ['bank']);
  assert.equal(f.ledger.get('agency/a-harbour/1')?.outcome, 'withheld');
  assert.equal(t.metrics[METRICS.withheld], 1);
  assert.deepEqual(
    f.channelJobs,
    [{ alertId: 'a-harbour', version: 1, customerId: 'bank', channelId: 'webhook-0000000b' }],
    'a channel job only where delivery was decided',
  );
});

test('channel jobs follow the recorded decisions: a failed publish still decided deliver; a redelivered record queues them again', async () => {
  const f = fakes({ failing: ['bank'] });
  const handle = createFanOutHandler(f.deps, fakeTelemetry().telemetry);
  const event = eventFixture<DynamoDBStreamEvent>('dynamodb-alerts-stream.json');
  event.Records = event.Records.slice(0, 1);

  await handle(event, context);
  const first = f.channelJobs.map((j) => j.customerId).sort();
  assert.deepEqual(first, ['agency', 'bank'], 'the SNS topic failing does not hold back the channels');

  await handle(event, context);
  assert.deepEqual(
    f.channelJobs
      .slice(first.length)
      .map((j) => j.customerId)
      .sort(),
    ['agency', 'bank'],
    'already decided: queued again (the channel-delivery ledger drops what is done)',
  );
});

test('malformed customer and policy items are counted (InvalidCustomerItems, InvalidPolicyItems) and logged; the others are served', async () => {
  const f = fakes({
    extra: [{ id: 'broken', sector: 'finance' }],
    policies: [{ source: 'twitter', sector: 'finance', from: 'whenever' }],
  });
  const t = fakeTelemetry();
  const res = await createFanOutHandler(f.deps, t.telemetry)(firstRecord(), context);

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
  assert.match(t.logs.find((l) => l.level === 'error')?.message ?? '', /malformed customer or policy items/);
});
