import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Customer, SourcePolicy } from '../../../functions/domain/customer';
import type { DeliveryRecord } from '../../../functions/domain/delivery';
import { FanOutStoppedError, fanOut } from '../../../functions/fan-out/fan-out';
import { alert, customer, fakeAudience, fakeInvocation, fakeDelivery as fakes } from './fakes';

const customers = [
  customer('bank'),
  customer('agency', { sector: 'intelligence' }),
  customer('paused', { contract: { status: 'suspended', tier: 't', startsAt: '2026-01-01T00:00:00Z' } }),
];
const audience = (over: { customers?: unknown[]; policies?: unknown[] } = {}) =>
  fakeAudience({ customers: over.customers ?? customers, policies: over.policies ?? [] }).source;
const inv = fakeInvocation();
const bar = (source: string, sector: string, from = '2026-05-01T10:00:00Z'): SourcePolicy =>
  ({ source, sector, from, setAt: from }) as SourcePolicy;

test('a stream record handled twice publishes once and records each decision once', async () => {
  const { deps, ledger, published } = fakes();
  const first = await fanOut(alert, audience(), deps, inv);
  assert.deepEqual(first, { delivered: 2, withheld: 1, failed: 0, alreadyDecided: 0, failedCustomers: [] });
  const again = await fanOut(alert, audience(), deps, inv);
  assert.deepEqual(again, { delivered: 0, withheld: 0, failed: 0, alreadyDecided: 3, failedCustomers: [] });
  assert.deepEqual(published.sort(), ['agency', 'bank']);
  assert.equal(ledger.size, 3);
  assert.match(ledger.get('paused/a-harbour/1')!.reason, /suspended/);
  assert.equal(ledger.get('bank/a-harbour/1')!.outcome, 'delivered');
  assert.equal(ledger.get('bank/a-harbour/1')!.deliveredAt, '2026-05-01T10:03:05.000Z');
});

test('a failing topic fails only its customer; the retry delivers just that one', async () => {
  const failing = new Set(['bank']);
  const { deps, ledger, published } = fakes(failing);
  const first = await fanOut(alert, audience(), deps, inv);
  assert.deepEqual(first.failedCustomers, ['bank']);
  assert.deepEqual(published, ['agency']);
  const failed = ledger.get('bank/a-harbour/1')!;
  assert.equal(failed.outcome, 'failed');
  assert.equal(failed.attempts, 1);
  assert.match(failed.error ?? '', /does not exist/);

  failing.clear();
  const retry = await fanOut(alert, audience(), deps, inv, ['bank']);
  assert.equal(retry.delivered, 1);
  assert.deepEqual(published, ['agency', 'bank']);
  assert.equal(ledger.get('bank/a-harbour/1')!.outcome, 'delivered');
  assert.equal(ledger.get('bank/a-harbour/1')!.attempts, 2);
  assert.equal(ledger.get('bank/a-harbour/1')!.error, undefined);
});

test('a barred sector is withheld with the policy as reason, and never published', async () => {
  const { deps, published, ledger } = fakes();
  await fanOut(alert, audience({ policies: [bar('twitter', 'intelligence')] }), deps, inv);
  assert.deepEqual(published, ['bank']);
  assert.match(ledger.get('agency/a-harbour/1')!.reason, /intelligence barred by twitter/);
});

test('a bar on a source holds for its aliases, both ways ("x" is twitter)', async () => {
  for (const [alertSource, barred] of [
    ['x', 'twitter'],
    ['twitter', 'x'],
    ['X ', 'twitter'],
  ] as const) {
    const { deps, published } = fakes();
    await fanOut(
      { ...alert, sources: [alertSource] },
      audience({ policies: [bar(barred, 'intelligence')] }),
      deps,
      inv,
    );
    assert.deepEqual(published, ['bank'], `alert from ${alertSource}, bar on ${barred}`);
  }
});

test('the topic is derived from the customer id and the invocation account and region, never from the stored item', async () => {
  const { deps } = fakes();
  const arns: string[] = [];
  deps.publisher = {
    publish: async (arn) => {
      arns.push(arn);
      return 'm';
    },
  };
  const tampered = { ...customer('bank'), topicArn: 'arn:aws:sns:us-east-1:999999999999:elsewhere' };
  await fanOut(alert, audience({ customers: [tampered] }), deps, inv);
  assert.deepEqual(arns, ['arn:aws:sns:us-east-1:000000000000:tocsin-customer-bank']);
});

test('a malformed customer item withholds that customer (recorded, with the reason) and serves the others', async () => {
  const { deps, ledger, published } = fakes();
  const broken = { ...customer('broken'), contract: { status: 'active' } };
  const res = await fanOut(alert, audience({ customers: [broken, ...customers] }), deps, inv);
  assert.deepEqual(published.sort(), ['agency', 'bank']);
  assert.equal(res.withheld, 2);
  const rec = ledger.get('broken/a-harbour/1')!;
  assert.equal(rec.code, 'customer_invalid');
  assert.match(rec.reason, /contract\.tier/);
});

test('a malformed policy item withholds whom it could bar (its sector, its source) and serves the others', async () => {
  const cases: [unknown, string[]][] = [
    [{ source: 'twitter', sector: 'intelligence', from: 'soon' }, ['bank']],
    [{ source: 'x', sector: 'intelligence' }, ['bank']],
    [{ source: 'bluesky', sector: 'intelligence', from: 'soon' }, ['agency', 'bank']],
    [{ sector: 'finance' }, ['agency']],
    [{ source: 'twitter', sector: 'nonsense' }, []],
  ];
  for (const [item, served] of cases) {
    const { deps, ledger, published } = fakes();
    await fanOut(alert, audience({ policies: [item] }), deps, inv);
    assert.deepEqual(published.sort(), served, JSON.stringify(item));
    for (const c of ['agency', 'bank'].filter((c) => !served.includes(c)))
      assert.equal(ledger.get(`${c}/a-harbour/1`)?.code, 'policy_invalid');
  }
});

/** 40 customers; the ledger read of the first one fails after a moment (throttled), the others publish slowly. */
function throttledLedger() {
  const many: Customer[] = Array.from({ length: 40 }, (_, i) => customer(`c${String(i).padStart(2, '0')}`));
  const f = fakes();
  const get = f.deps.deliveries.get;
  let faultAt = Number.POSITIVE_INFINITY;
  f.deps.deliveries.get = async (c, a, v) => {
    await new Promise((r) => setTimeout(r, c === 'c00' ? 5 : 8));
    if (c === 'c00') {
      faultAt = performance.now();
      throw new Error('ProvisionedThroughputExceededException');
    }
    return get(c, a, v);
  };
  const starts: number[] = [];
  const publish = f.deps.publisher.publish;
  f.deps.publisher.publish = async (arn, m) => {
    starts.push(performance.now());
    await new Promise((r) => setTimeout(r, 3));
    return publish(arn, m);
  };
  return { ...f, many, starts, faultAt: () => faultAt };
}

test('after one delivery throws, no publish starts and every worker is awaited before the fan-out fails', async () => {
  const f = throttledLedger();
  let endedAt = 0;
  await assert.rejects(
    fanOut(alert, audience({ customers: f.many }), f.deps, inv).finally(() => {
      endedAt = performance.now();
    }),
    /ProvisionedThroughputExceeded/,
  );
  const startsBefore = f.starts.length;
  await new Promise((r) => setTimeout(r, 200));
  assert.equal(f.starts.length, startsBefore, 'no publish started after the fan-out had failed');
  assert.ok(
    f.starts.every((t) => t <= endedAt),
    'every publish started before the invocation moved on',
  );
  assert.deepEqual(
    f.starts.filter((t) => t > f.faultAt()),
    [],
    'and none after the fault',
  );
  assert.ok(f.starts.length < 40, `the fault stopped later publishes (${f.starts.length} of 39 started)`);
  // Every publish that started was recorded: the retry does not publish them again.
  const delivered = [...f.ledger.values()].filter((r) => r.outcome === 'delivered').length;
  assert.equal(delivered, f.starts.length);
});

test('the retry of a fan-out that failed completes it: every customer delivered exactly once', async () => {
  const f = throttledLedger();
  await assert.rejects(fanOut(alert, audience({ customers: f.many }), f.deps, inv));
  const ledger = f.ledger;
  f.deps.deliveries.get = async (c, a, v) => ledger.get(`${c}/${a}/${v}`);
  await fanOut(alert, audience({ customers: f.many }), f.deps, inv);
  assert.equal(new Set(f.published).size, 40);
  assert.equal(f.published.length, 40, 'nobody published twice');
});

test('no publish starts when the invocation is about to end; the record fails and its retry finishes the work', async () => {
  const { deps, ledger, published } = fakes();
  let remaining = 30_000;
  const publish = deps.publisher.publish;
  deps.publisher.publish = async (arn, m) => {
    remaining = 1_000; // the first publish took the invocation to its last second
    return publish(arn, m);
  };
  const many = Array.from({ length: 20 }, (_, i) => customer(`c${i}`));
  await assert.rejects(
    fanOut(
      alert,
      audience({ customers: many }),
      deps,
      fakeInvocation(() => remaining),
    ),
    FanOutStoppedError,
  );
  const startedEarly = published.length;
  assert.ok(startedEarly >= 1 && startedEarly < 20, `${startedEarly} publishes before the deadline`);
  remaining = 30_000;
  deps.publisher.publish = publish;
  await fanOut(alert, audience({ customers: many }), deps, inv);
  assert.equal(new Set(published).size, 20);
  assert.equal(published.length, 20);
  assert.ok([...ledger.values()].every((r) => r.outcome === 'delivered'));
});

/** The ledger as a crash leaves it: a pending deliver decision from an earlier invocation. */
const pending = (customerId: string): DeliveryRecord => ({
  customerId,
  deliveryKey: 'a-harbour#000001',
  alertId: alert.alertId,
  version: 1,
  outcome: 'pending',
  reason: 'entitled',
  decidedAt: '2026-05-01T10:03:01.000Z',
  category: alert.category,
  level: alert.level,
  severity: alert.severity,
  attempts: 0,
});

test('crash after the pending record, before the publish: the retry completes the decision (published once, its time kept)', async () => {
  const { deps, ledger, published } = fakes();
  const create = deps.deliveries.create;
  deps.deliveries.create = async (r) => {
    await create(r);
    throw new Error('Lambda runtime exited'); // the write landed, the process did not go on
  };
  await assert.rejects(fanOut(alert, audience({ customers: [customer('bank')] }), deps, inv));
  assert.deepEqual(published, []);
  assert.equal(ledger.get('bank/a-harbour/1')!.outcome, 'pending');
  const decidedAt = ledger.get('bank/a-harbour/1')!.decidedAt;

  deps.deliveries.create = create;
  const res = await fanOut(alert, audience({ customers: [customer('bank')] }), deps, inv);
  assert.equal(res.delivered, 1);
  assert.deepEqual(published, ['bank']);
  const rec = ledger.get('bank/a-harbour/1')!;
  assert.equal(rec.outcome, 'delivered');
  assert.equal(rec.decidedAt, decidedAt, 'the pending decision was completed, not made anew');
  assert.equal(rec.attempts, 1);
});

test('crash after the publish, before it was marked delivered: the retry publishes again (same deliveryId) and marks it', async () => {
  const { deps, ledger, published } = fakes();
  const mark = deps.deliveries.markDelivered;
  deps.deliveries.markDelivered = async () => {
    throw new Error('Lambda runtime exited');
  };
  await assert.rejects(fanOut(alert, audience({ customers: [customer('bank')] }), deps, inv));
  assert.deepEqual(published, ['bank']);
  assert.equal(
    ledger.get('bank/a-harbour/1')!.outcome,
    'pending',
    'the ledger does not claim a delivery it did not see',
  );

  deps.deliveries.markDelivered = mark;
  await fanOut(alert, audience({ customers: [customer('bank')] }), deps, inv);
  assert.deepEqual(published, ['bank', 'bank'], 'at least once: subscribers drop the duplicate by deliveryId');
  assert.equal(ledger.get('bank/a-harbour/1')!.outcome, 'delivered');
});

test('a bar or suspension that arrived before the retry wins over a pending decision, and the ledger says a publish may have happened', async () => {
  for (const change of [
    { policies: [bar('twitter', 'finance')] },
    {
      customers: [customer('bank', { contract: { status: 'suspended', tier: 't', startsAt: '2026-01-01T00:00:00Z' } })],
    },
  ]) {
    const { deps, ledger, published } = fakes();
    ledger.set('bank/a-harbour/1', pending('bank'));
    const res = await fanOut(alert, audience({ customers: [customer('bank')], ...change }), deps, inv);
    assert.equal(res.withheld, 1);
    assert.deepEqual(published, []);
    const rec = ledger.get('bank/a-harbour/1')!;
    assert.equal(rec.outcome, 'withheld');
    assert.equal(rec.supersededDecisionAt, '2026-05-01T10:03:01.000Z');
  }
});

test('a retry never decides anew a final record, whatever changed since', async () => {
  const { deps, ledger, published } = fakes();
  await fanOut(alert, audience({ customers: [customer('bank')] }), deps, inv);
  const before = { ...ledger.get('bank/a-harbour/1')! };
  await fanOut(alert, audience({ customers: [customer('bank')], policies: [bar('twitter', 'finance')] }), deps, inv);
  assert.deepEqual(ledger.get('bank/a-harbour/1'), before);
  assert.deepEqual(published, ['bank']);
});

test('cut-off: a bar recorded while a fan-out is in flight holds for every publish that starts more than the audience age after it', async () => {
  const maxAgeMs = 5000;
  let clock = Date.parse('2026-05-01T10:03:05Z');
  const now = () => new Date(clock);
  const policies: SourcePolicy[] = [];
  const many = Array.from({ length: 30 }, (_, i) =>
    customer(`c${String(i).padStart(2, '0')}`, { sector: i % 2 ? 'intelligence' : 'finance' }),
  );
  const { deps } = fakes();
  deps.now = now;
  let barredAt = Number.POSITIVE_INFINITY;
  const starts: { id: string; at: number }[] = [];
  deps.publisher = {
    publish: async (arn) => {
      const id = arn.split('tocsin-customer-')[1]!;
      starts.push({ id, at: clock });
      clock += 700; // each publish takes 0.7 s of the invocation
      if (starts.length === 4) {
        barredAt = clock;
        policies.push(bar('twitter', 'intelligence', new Date(clock).toISOString()));
      }
      return 'm';
    },
  };
  const src = fakeAudience(() => ({ customers: many, policies: [...policies] }), now, maxAgeMs).source;
  await fanOut(alert, src, deps, inv);
  const intelligence = new Set(many.filter((c) => c.sector === 'intelligence').map((c) => c.id));
  const late = starts.filter((s) => s.at > barredAt + maxAgeMs);
  assert.ok(late.length > 0, 'publishes started after the bound');
  assert.deepEqual(
    late.filter((s) => intelligence.has(s.id)),
    [],
    'no barred customer published after bar + bound',
  );
  assert.ok(
    starts.some((s) => s.at > barredAt && intelligence.has(s.id)),
    'inside the bound a decision made before the bar may still publish (the bound is real, not zero)',
  );
});
