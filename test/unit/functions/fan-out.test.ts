import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fanOut } from '../../../functions/fan-out/fan-out';
import { alert, customer, fakeDelivery as fakes } from './fakes';

const audience = {
  customers: [
    customer('bank'),
    customer('agency', { sector: 'intelligence' }),
    customer('paused', { contract: { status: 'suspended', tier: 't', startsAt: '2026-01-01T00:00:00Z' } }),
  ],
  policies: [],
};

test('a stream record handled twice publishes once and records each decision once', async () => {
  const { deps, ledger, published } = fakes();
  const first = await fanOut(alert, audience, deps);
  assert.deepEqual(
    { ...first, failedCustomers: first.failedCustomers },
    { delivered: 2, withheld: 1, failed: 0, alreadyDecided: 0, failedCustomers: [] },
  );
  const again = await fanOut(alert, audience, deps);
  assert.deepEqual(again, { delivered: 0, withheld: 0, failed: 0, alreadyDecided: 3, failedCustomers: [] });
  assert.deepEqual(published.sort(), ['agency', 'bank']);
  assert.equal(ledger.size, 3);
  assert.match(ledger.get('paused/a-harbour/1')!.reason, /suspended/);
});

test('a failing topic fails only its customer; the retry delivers just that one', async () => {
  const failing = new Set(['bank']);
  const { deps, ledger, published } = fakes(failing);
  const first = await fanOut(alert, audience, deps);
  assert.deepEqual(first.failedCustomers, ['bank']);
  assert.deepEqual(published, ['agency']);
  const failed = ledger.get('bank/a-harbour/1')!;
  assert.equal(failed.outcome, 'failed');
  assert.equal(failed.attempts, 1);
  assert.match(failed.error ?? '', /does not exist/);

  failing.clear();
  const retry = await fanOut(alert, { ...audience, customers: [customer('bank')] }, deps);
  assert.equal(retry.delivered, 1);
  assert.deepEqual(published, ['agency', 'bank']);
  assert.equal(ledger.get('bank/a-harbour/1')!.outcome, 'delivered');
  assert.equal(ledger.get('bank/a-harbour/1')!.attempts, 2);
});

test('a barred sector is withheld with the policy as reason, and never published', async () => {
  const { deps, published, ledger } = fakes();
  await fanOut(
    alert,
    {
      ...audience,
      policies: [
        { source: 'twitter', sector: 'intelligence', from: '2026-05-01T10:00:00Z', setAt: '2026-05-01T10:00:00Z' },
      ],
    },
    deps,
  );
  assert.deepEqual(published, ['bank']);
  assert.match(ledger.get('agency/a-harbour/1')!.reason, /intelligence barred by twitter/);
});
