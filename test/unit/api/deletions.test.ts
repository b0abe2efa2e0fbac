/** A post its author deleted is left out of the evidence the API shows, in the feed and in an alert's detail. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AlertDetail, FeedPage, StoredAlert } from '../../../functions/domain/feed';
import { customer, alert as sample } from '../functions/fakes';
import { apiOver, request } from './fakes';

const now = new Date('2026-05-01T12:00:00.000Z');
const stored = (version: number, evidence: string[]): StoredAlert => ({
  ...sample,
  version,
  evidence,
  storedAt: new Date(now.getTime() - 60_000 * (3 - version)).toISOString(),
});

test('deleted evidence is absent from GET /v1/alerts and GET /v1/alerts/{alertId}; the rest is kept in order', async () => {
  const api = apiOver({
    customers: [customer('desk', { sector: 'news_media' })],
    policies: [],
    alerts: [stored(1, ['p1', 'p2']), stored(2, ['p3', 'p2', 'p4'])],
    now,
    deleted: ['p2'],
  });
  const key = api.keyOf.desk!;
  const feed = await api.handler(request('GET /v1/alerts', { key }));
  assert.equal(feed.statusCode, 200, feed.body);
  const page = JSON.parse(feed.body) as FeedPage;
  assert.deepEqual(
    page.alerts.map((a) => a.evidence),
    [['p1'], ['p3', 'p4']],
  );
  const detail = await api.handler(request('GET /v1/alerts/{alertId}', { key, alertId: sample.alertId }));
  assert.equal(detail.statusCode, 200, detail.body);
  assert.deepEqual(
    (JSON.parse(detail.body) as AlertDetail).versions.map((v) => v.evidence),
    [['p1'], ['p3', 'p4']],
  );
});
