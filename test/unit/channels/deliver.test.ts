/** One channel job through deliverJob and the handler, with fakes: the decision at send time, retries, parking, idempotence. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SQSEvent } from 'aws-lambda';
import type { SendResult } from '../../../functions/adapters/channel-http';
import type { ChannelDeliveryDeps } from '../../../functions/channel-delivery/deliver';
import { deliverJob } from '../../../functions/channel-delivery/deliver';
import { createChannelDeliveryHandler } from '../../../functions/channel-delivery/handler';
import { METRICS } from '../../../functions/commons/observability';
import type { ChannelDeliveryRecord } from '../../../functions/domain/channels/channel';
import type { SourcePolicy } from '../../../functions/domain/customer';
import type { DeliveryRecord } from '../../../functions/domain/delivery';
import { decide } from '../../../functions/domain/entitlement';
import { alert, channel, context, customer, eventFixture, fakeTelemetry } from '../functions/fakes';

const job = { alertId: alert.alertId, version: 1, customerId: 'bank', channelId: 'webhook-0000000b' };
const decided: DeliveryRecord = {
  customerId: 'bank',
  deliveryKey: 'a-harbour#000001',
  alertId: 'a-harbour',
  version: 1,
  outcome: 'delivered',
  reason: 'entitled',
  decidedAt: '2026-05-01T10:03:05.000Z',
  category: 'explosion',
  level: 'flash',
  severity: 4,
};

function fakes(
  opts: { answers?: SendResult[]; policies?: SourcePolicy[]; decision?: DeliveryRecord | undefined } = {},
) {
  const ledger = new Map<string, ChannelDeliveryRecord>();
  const sent: { url: string; body: string; headers: Record<string, string> }[] = [];
  const answers = [...(opts.answers ?? [])];
  const policies = opts.policies ?? [];
  const channels = new Map([['bank/webhook-0000000b', channel('bank', 'webhook-0000000b')]]);
  const deps: ChannelDeliveryDeps = {
    alerts: { get: async () => alert },
    deliveries: { get: async () => ('decision' in opts ? opts.decision : decided) },
    channels: { get: async (c, id) => channels.get(`${c}/${id}`) },
    ledger: {
      get: async (j) => ledger.get(j.channelId),
      record: async (r) => {
        const prev = ledger.get(r.channelId);
        if (prev && (prev.outcome === 'delivered' || prev.outcome === 'withheld')) return false;
        ledger.set(r.channelId, r);
        return true;
      },
    },
    secrets: {
      get: async () => ({
        url: 'https://hooks.example.com/in',
        signingSecret: 'whsec_0123456789abcdef0123456789abcdef',
      }),
    },
    sender: {
      send: async (url, _kind, req) => {
        sent.push({ url, ...req });
        return answers.shift() ?? { ok: true, status: 204 };
      },
    },
    decideNow: async (a, id, now) => {
      const c = customer(id);
      return { customer: c, decision: decide(a, c, policies, now) };
    },
    now: () => new Date('2026-05-01T10:03:10Z'),
    random: () => 0,
  };
  return { deps, ledger, sent, channels };
}

test('delivered: posted once, signed, recorded with its status and attempt', async () => {
  const f = fakes();
  assert.deepEqual(await deliverJob(job, 1, 6, f.deps), { kind: 'done', outcome: 'delivered' });
  assert.equal(f.sent.length, 1);
  assert.match(f.sent[0]?.headers['Tocsin-Signature'] ?? '', /^t=\d+,v1=[0-9a-f]{64}$/);
  assert.deepEqual(
    {
      outcome: f.ledger.get('webhook-0000000b')?.outcome,
      status: f.ledger.get('webhook-0000000b')?.status,
      attempts: f.ledger.get('webhook-0000000b')?.attempts,
    },
    { outcome: 'delivered', status: 204, attempts: 1 },
  );
  assert.deepEqual(
    await deliverJob(job, 1, 6, f.deps),
    { kind: 'done', outcome: 'duplicate' },
    'a duplicate job sends nothing',
  );
  assert.equal(f.sent.length, 1);
});

test('a bar that landed after the fan-out wins: withheld with its reason, nothing sent', async () => {
  const f = fakes({
    policies: [{ source: 'twitter', sector: 'finance', from: '2026-05-01T10:03:06Z', setAt: '2026-05-01T10:03:06Z' }],
  });
  assert.deepEqual(await deliverJob(job, 1, 6, f.deps), { kind: 'done', outcome: 'withheld' });
  assert.equal(f.sent.length, 0);
  assert.match(f.ledger.get('webhook-0000000b')?.reason ?? '', /^source_barred: sector finance barred by twitter/);
});

test('no deliver decision in the ledger (withheld, or none): withheld, nothing sent', async () => {
  for (const decision of [
    { ...decided, outcome: 'withheld' as const, code: 'contract_suspended' as const, reason: 'contract suspended' },
    undefined,
  ]) {
    const f = fakes({ decision });
    assert.deepEqual(await deliverJob(job, 1, 6, f.deps), { kind: 'done', outcome: 'withheld' });
    assert.equal(f.sent.length, 0);
  }
});

test('a removed channel is withheld, not sent', async () => {
  const f = fakes();
  f.channels.clear();
  assert.deepEqual(await deliverJob(job, 1, 6, f.deps), { kind: 'done', outcome: 'withheld' });
  assert.equal(f.ledger.get('webhook-0000000b')?.reason, 'channel removed');
});

test('a failed attempt is recorded retrying with its backoff; a later success completes the same record', async () => {
  const f = fakes({
    answers: [
      { ok: false, status: 503, reason: 'HTTP 503' },
      { ok: false, reason: 'ECONNRESET' },
    ],
  });
  assert.deepEqual(await deliverJob(job, 1, 6, f.deps), { kind: 'retry', delaySeconds: 30, reason: 'HTTP 503' });
  assert.equal(f.ledger.get('webhook-0000000b')?.outcome, 'retrying');
  assert.equal(f.ledger.get('webhook-0000000b')?.nextAttemptAt, '2026-05-01T10:03:40.000Z');
  assert.deepEqual(await deliverJob(job, 2, 6, f.deps), { kind: 'retry', delaySeconds: 60, reason: 'ECONNRESET' });
  assert.deepEqual(await deliverJob(job, 3, 6, f.deps), { kind: 'done', outcome: 'delivered' });
  assert.equal(f.ledger.get('webhook-0000000b')?.attempts, 3);
});

test('the last attempt failing parks the job: recorded parked, handed to the DLQ', async () => {
  const f = fakes({ answers: [{ ok: false, status: 500, reason: 'HTTP 500: boom' }] });
  assert.deepEqual(await deliverJob(job, 6, 6, f.deps), { kind: 'park', reason: 'HTTP 500: boom' });
  assert.equal(f.ledger.get('webhook-0000000b')?.outcome, 'parked');
  assert.deepEqual(
    await deliverJob(job, 1, 6, f.deps),
    { kind: 'done', outcome: 'delivered' },
    'redriven from the DLQ',
  );
  assert.equal(f.ledger.get('webhook-0000000b')?.attempts, 2);
});

test('the handler on its SQS event: a retry sets the backoff as the visibility, the last attempt and a malformed job go to the DLQ at once', async () => {
  const f = fakes({
    answers: [
      { ok: false, status: 429, reason: 'HTTP 429', retryAfterSeconds: 90 },
      { ok: false, reason: 'timeout' },
    ],
  });
  const visibility: [string, number][] = [];
  const t = fakeTelemetry();
  const handle = createChannelDeliveryHandler(
    { ...f.deps, jobs: { retryAfter: async (r, s) => void visibility.push([r, s]) } },
    t.telemetry,
  );
  const event = eventFixture<SQSEvent>('sqs-channel-delivery.json');
  // One at a time, in order: the fixture's first two records are attempts of the same job.
  const failures: string[] = [];
  for (const r of event.Records) {
    const res = await handle({ Records: [r] }, context);
    failures.push(...res.batchItemFailures.map((b) => b.itemIdentifier));
  }
  assert.deepEqual(failures, ['c1', 'c2', 'c3'], 'each fails alone');
  assert.deepEqual(visibility, [
    ['receipt-c1', 90],
    ['receipt-c2', 0],
    ['receipt-c3', 0],
  ]);
  assert.equal(f.ledger.get('webhook-0000000b')?.outcome, 'parked');
  assert.equal(t.metrics[METRICS.channelParked], 1);
  assert.equal(t.metrics[METRICS.channelFailures], 2);
  assert.match(t.errors().at(-1)?.error ?? '', /malformed channel job, parked: version: Invalid input/);
});
