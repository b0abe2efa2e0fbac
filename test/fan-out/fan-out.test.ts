import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Alert } from '../../functions/domain/alert';
import type { Customer } from '../../functions/domain/customer';
import type { DeliveryRecord } from '../../functions/domain/delivery';
import { fanOut, type FanOutDeps } from '../../functions/fan-out/fan-out';

const alert: Alert = {
  alertId: 'a1', version: 2, category: 'explosion', severity: 4, level: 'flash', title: 'Explosion in Houston, US',
  location: { name: 'Houston, US', lat: 29.76, lon: -95.37, country: 'US' }, firstSeenAt: '2026-05-01T10:00:00.000Z',
  triggeredAt: '2026-05-01T10:03:00.000Z', evidence: ['p1', 'p2'], sources: ['twitter'], authors: 5, posts: 6, terms: ['explosion'], scoreParts: { authors: 1 },
};

const customer = (id: string, over: Partial<Customer> = {}): Customer => ({
  id, name: id, sector: 'finance', topicArn: `arn:aws:sns:us-east-1:000000000000:tocsin-customer-${id}`,
  contract: { status: 'active', tier: 'standard', startsAt: '2026-01-01T00:00:00Z', endsAt: '2027-01-01T00:00:00Z' },
  entitlements: { categories: [], regions: [], minSeverity: 1 }, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', ...over,
});

/** The ledger's contract: a final decision is written once; only a failed attempt may be overwritten. */
function fakes(failing = new Set<string>()) {
  const ledger = new Map<string, DeliveryRecord>();
  const published: string[] = [];
  const deps: FanOutDeps = {
    now: () => new Date('2026-05-01T10:03:05Z'),
    deliveries: {
      get: async (c, a, v) => ledger.get(`${c}/${a}/${v}`),
      record: async (r) => {
        const k = `${r.customerId}/${r.alertId}/${r.version}`;
        const prev = ledger.get(k);
        if (prev && prev.outcome !== 'failed') return false;
        ledger.set(k, r);
        return true;
      },
    },
    publisher: {
      publish: async (arn) => {
        const id = arn.split('tocsin-customer-')[1]!;
        if (failing.has(id)) throw new Error(`Topic does not exist: ${arn}`);
        published.push(id);
        return `m-${published.length}`;
      },
    },
  };
  return { deps, ledger, published };
}

const audience = { customers: [customer('bank'), customer('agency', { sector: 'intelligence' }), customer('paused', { contract: { status: 'suspended', tier: 't', startsAt: '2026-01-01T00:00:00Z' } })], policies: [] };

test('a stream record handled twice publishes once and records each decision once', async () => {
  const { deps, ledger, published } = fakes();
  const first = await fanOut(alert, audience, deps);
  assert.deepEqual({ ...first, failedCustomers: first.failedCustomers }, { delivered: 2, withheld: 1, failed: 0, alreadyDecided: 0, failedCustomers: [] });
  const again = await fanOut(alert, audience, deps);
  assert.deepEqual(again, { delivered: 0, withheld: 0, failed: 0, alreadyDecided: 3, failedCustomers: [] });
  assert.deepEqual(published.sort(), ['agency', 'bank']);
  assert.equal(ledger.size, 3);
  assert.match(ledger.get('paused/a1/2')!.reason, /suspended/);
});

test('a failing topic fails only its customer; the retry delivers just that one', async () => {
  const failing = new Set(['bank']);
  const { deps, ledger, published } = fakes(failing);
  const first = await fanOut(alert, audience, deps);
  assert.deepEqual(first.failedCustomers, ['bank']);
  assert.deepEqual(published, ['agency']);
  const failed = ledger.get('bank/a1/2')!;
  assert.equal(failed.outcome, 'failed');
  assert.equal(failed.attempts, 1);
  assert.match(failed.error ?? '', /does not exist/);

  failing.clear();
  const retry = await fanOut(alert, { ...audience, customers: [customer('bank')] }, deps);
  assert.equal(retry.delivered, 1);
  assert.deepEqual(published, ['agency', 'bank']);
  assert.equal(ledger.get('bank/a1/2')!.outcome, 'delivered');
  assert.equal(ledger.get('bank/a1/2')!.attempts, 2);
});

test('a barred sector is withheld with the policy as reason, and never published', async () => {
  const { deps, published, ledger } = fakes();
  await fanOut(alert, { ...audience, policies: [{ source: 'twitter', sector: 'intelligence', from: '2026-05-01T10:00:00Z', setAt: '2026-05-01T10:00:00Z' }] }, deps);
  assert.deepEqual(published, ['bank']);
  assert.match(ledger.get('agency/a1/2')!.reason, /intelligence barred by twitter/);
});
