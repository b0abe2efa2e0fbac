/**
 * The delivery-retry handler with fake dependencies, on the retry queue's
 * event (test/fixtures/events/sqs-delivery-retry.json: deliveries of one
 * alert version to two customers, to attempt again).
 */

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SQSEvent } from 'aws-lambda';
import { METRICS } from '../../../functions/commons/observability';
import { createDeliveryRetryHandler, type DeliveryRetryDeps } from '../../../functions/delivery-retry/handler';
import type { Customer } from '../../../functions/domain/customer';
import { alert, context, customer, eventFixture, fakeDelivery, fakeTelemetry } from './fakes';

function fakes(opts: { failing?: string[]; customers?: Customer[]; alertGone?: boolean } = {}) {
  const delivery = fakeDelivery(new Set(opts.failing));
  const customers = opts.customers ?? [customer('bank'), customer('agency')];
  const deps: DeliveryRetryDeps = {
    ...delivery.deps,
    alerts: {
      get: async (id, v) => (opts.alertGone || id !== alert.alertId || v !== alert.version ? undefined : alert),
    },
    customers: {
      readAudienceOf: async (ids) => ({
        customers: customers.filter((c) => ids.includes(c.id)),
        policies: [],
        sources: [],
      }),
    },
    audienceMaxAgeMs: 5000,
  };
  return { ...delivery, deps };
}

/** What the fan-out left for a retry: a failed delivery of the fixture's alert to each of its customers. */
function failedBefore(f: ReturnType<typeof fakes>, ...ids: string[]) {
  for (const customerId of ids)
    f.ledger.set(`${customerId}/a-harbour/1`, {
      customerId,
      deliveryKey: 'a-harbour#000001',
      alertId: alert.alertId,
      version: 1,
      outcome: 'failed',
      reason: 'entitled',
      decidedAt: '2026-05-01T10:03:01.000Z',
      category: alert.category,
      level: alert.level,
      severity: alert.severity,
      attempts: 1,
      error: 'Throttled',
    });
}

test('each retry completes its failed delivery to its one customer', async () => {
  const f = fakes();
  failedBefore(f, 'bank', 'agency');
  const t = fakeTelemetry();
  const handle = createDeliveryRetryHandler(f.deps, t.telemetry);

  const res = await handle(eventFixture<SQSEvent>('sqs-delivery-retry.json'), context);

  assert.deepEqual(res.batchItemFailures, []);
  assert.deepEqual(f.published, ['bank', 'agency']);
  assert.equal(t.metrics[METRICS.delivered], 2);
  assert.equal(f.ledger.get('bank/a-harbour/1')?.attempts, 2);
  assert.equal(f.ledger.get('bank/a-harbour/1')?.decidedAt, '2026-05-01T10:03:01.000Z', 'completed, not decided anew');
});

test('a delivery that fails again fails its own message only, for SQS to deliver again (then its DLQ)', async () => {
  const f = fakes({ failing: ['bank'] });
  failedBefore(f, 'bank', 'agency');
  const t = fakeTelemetry();
  const handle = createDeliveryRetryHandler(f.deps, t.telemetry);

  const res = await handle(eventFixture<SQSEvent>('sqs-delivery-retry.json'), context);

  assert.deepEqual(res.batchItemFailures, [{ itemIdentifier: 'r1' }]);
  assert.deepEqual(f.published, ['agency']);
  assert.equal(f.ledger.get('bank/a-harbour/1')?.outcome, 'failed');
  assert.equal(t.metrics[METRICS.deliveryFailures], 1);
  assert.equal(t.metrics[METRICS.recordsFailed], 1, 'the failed message is counted');
  assert.equal(t.errors()[0]?.messageId, 'r1');
});

test('a customer suspended since the first attempt is withheld on retry', async () => {
  const suspended = customer('bank', {
    contract: { status: 'suspended', tier: 'standard', startsAt: '2026-01-01T00:00:00Z' },
  });
  const f = fakes({ customers: [suspended, customer('agency')] });
  failedBefore(f, 'bank', 'agency');
  const t = fakeTelemetry();
  const handle = createDeliveryRetryHandler(f.deps, t.telemetry);

  await handle(eventFixture<SQSEvent>('sqs-delivery-retry.json'), context);

  assert.deepEqual(f.published, ['agency']);
  assert.equal(f.ledger.get('bank/a-harbour/1')?.outcome, 'withheld');
  assert.equal(f.ledger.get('bank/a-harbour/1')?.supersededDecisionAt, '2026-05-01T10:03:01.000Z');
});

test('a retry whose alert no longer exists is dropped with a warning, not retried', async () => {
  const f = fakes({ alertGone: true });
  const t = fakeTelemetry();
  const handle = createDeliveryRetryHandler(f.deps, t.telemetry);

  const res = await handle(eventFixture<SQSEvent>('sqs-delivery-retry.json'), context);

  assert.deepEqual(res.batchItemFailures, []);
  assert.deepEqual(f.published, []);
  assert.deepEqual(
    t.logs.map((l) => l.level),
    ['warn', 'warn'],
  );
});

test('a retry of a customer removed since is withheld as such', async () => {
  const f = fakes({ customers: [customer('agency')] });
  failedBefore(f, 'bank', 'agency');
  const t = fakeTelemetry();
  await createDeliveryRetryHandler(f.deps, t.telemetry)(eventFixture<SQSEvent>('sqs-delivery-retry.json'), context);
  assert.deepEqual(f.published, ['agency']);
  assert.equal(f.ledger.get('bank/a-harbour/1')?.reason, 'customer removed');
});

test('a retry renders the evidence without the posts deleted since the first attempt', async () => {
  const f = fakes();
  failedBefore(f, 'bank', 'agency');
  await f.tombstones.put([{ id: 'p2', source: 'twitter', deletedAt: '2026-05-01T10:03:02Z' }]);
  const t = fakeTelemetry();
  await createDeliveryRetryHandler(f.deps, t.telemetry)(eventFixture<SQSEvent>('sqs-delivery-retry.json'), context);
  assert.equal(f.messages.length, 2);
  for (const m of f.messages) {
    const body = JSON.parse(m.message) as { sqs: string; email: string };
    assert.deepEqual((JSON.parse(body.sqs) as { evidence: string[] }).evidence, ['p1']);
    assert.doesNotMatch(body.email, /p2/);
  }
});
