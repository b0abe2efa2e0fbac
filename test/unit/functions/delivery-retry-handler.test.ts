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
    customers: { get: async (id) => customers.find((c) => c.id === id), listPolicies: async () => [] },
  };
  return { ...delivery, deps };
}

test('each retry is decided again and delivered to its one customer', async () => {
  const f = fakes();
  const t = fakeTelemetry();
  const handle = createDeliveryRetryHandler(f.deps, t.telemetry);

  const res = await handle(eventFixture<SQSEvent>('sqs-delivery-retry.json'), context);

  assert.deepEqual(res.batchItemFailures, []);
  assert.deepEqual(f.published, ['bank', 'agency']);
  assert.equal(t.metrics[METRICS.delivered], 2);
});

test('a delivery that fails again fails its own message only, for SQS to deliver again (then its DLQ)', async () => {
  const f = fakes({ failing: ['bank'] });
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
  const t = fakeTelemetry();
  const handle = createDeliveryRetryHandler(f.deps, t.telemetry);

  await handle(eventFixture<SQSEvent>('sqs-delivery-retry.json'), context);

  assert.deepEqual(f.published, ['agency']);
  assert.equal(f.ledger.get('bank/a-harbour/1')?.outcome, 'withheld');
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
