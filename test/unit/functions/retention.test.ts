/** What the adapters store expires as RETENTION says: alert versions from when they were stored, ledger records from their decision. */

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { AlertsRepo } from '../../../functions/adapters/alerts-repo';
import { DeliveriesRepo } from '../../../functions/adapters/deliveries-repo';
import type { DeliveryRecord } from '../../../functions/domain/delivery';
import { RETENTION } from '../../../resources';
import { alert } from './fakes';

function fakeDoc() {
  const puts: PutCommand['input'][] = [];
  const doc = { send: async (c: PutCommand) => void puts.push(c.input) } as unknown as DynamoDBDocumentClient;
  return { doc, puts };
}
const DAY = 86_400;

test('an alert version expires RETENTION.alertsDays after it was stored (wall clock, not the stream time of a replay)', async () => {
  const f = fakeDoc();
  const storedAt = new Date('2026-05-01T12:00:00Z');

  await new AlertsRepo(f.doc, 'tocsin-alerts').put({ ...alert, triggeredAt: '2019-01-01T00:00:00.000Z' }, storedAt);

  assert.equal(f.puts[0]?.Item?.expiresAt, storedAt.getTime() / 1000 + RETENTION.alertsDays * DAY);
});

test('a ledger record expires RETENTION.ledgerDays after its decision', async () => {
  const f = fakeDoc();
  const rec: DeliveryRecord = {
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
    messageId: 'm-1',
    attempts: 1,
  };

  assert.equal(await new DeliveriesRepo(f.doc, 'tocsin-deliveries').create(rec), true);

  assert.equal(f.puts[0]?.Item?.expiresAt, Date.parse(rec.decidedAt) / 1000 + RETENTION.ledgerDays * DAY);
  assert.equal(f.puts[0]?.Item?.outcome, 'delivered');
});
