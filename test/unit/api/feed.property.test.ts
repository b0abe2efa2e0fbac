/**
 * For random customers, contracts, source bars, alert versions and read
 * times: GET /v1/alerts, followed page by page from no cursor, returns for
 * each key exactly the versions decide() lets its customer receive at the
 * read time (stored in the last 7 days, settled, matching the filters), in
 * feed order, each once; GET /v1/alerts/{id} exactly the readable versions
 * of that alert; and a key never reads as another customer.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { AlertVersion, FeedPage, StoredAlert } from '../../../functions/domain/feed';
import { alertArb, customerArb, FC_PARAMS, nowArb, policiesArb } from '../domain/arbitraries';
import { apiOver, request } from './fakes';
import { AlertDetailCheck, decideAt, FEED_BOUNDS, filtersArb, matches, storedOffsetArb } from './feed-spec';

const key = (a: { alertId: string; version: number }) => `${a.alertId}#${a.version}`;

test('GET /v1/alerts returns exactly what decide() allows at read time, per key, and nothing of another customer', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.uniqueArray(customerArb, { selector: (c) => c.id, minLength: 1, maxLength: 4 }),
      policiesArb,
      fc.uniqueArray(fc.tuple(alertArb, storedOffsetArb), {
        selector: ([a]) => key(a),
        maxLength: 20,
      }),
      nowArb,
      filtersArb,
      fc.integer({ min: 1, max: 6 }),
      async (customers, policies, raw, now, filters, limit) => {
        const alerts: StoredAlert[] = raw.map(([a, offset]) => ({
          ...a,
          storedAt: new Date(now.getTime() + offset).toISOString(),
        }));
        const api = apiOver({ customers, policies, alerts, now });
        for (const c of customers) {
          const got: AlertVersion[] = [];
          let since: string | undefined;
          for (let pages = 0; ; pages++) {
            assert.ok(pages <= alerts.length + 1, 'paging ends');
            const r = await api.handler(
              request('GET /v1/alerts', {
                key: api.keyOf[c.id]!,
                query: { limit: String(limit), ...filters, ...(since ? { since } : {}) },
              }),
            );
            assert.equal(r.statusCode, 200, r.body);
            const page = JSON.parse(r.body) as FeedPage;
            assert.ok(page.alerts.length <= limit);
            got.push(...page.alerts);
            since = page.cursor;
            if (!page.hasMore) break;
          }
          const expected = alerts
            .filter((a) => FEED_BOUNDS(a, now) && decideAt(a, c, policies, now) && matches(a, filters))
            .sort((x, y) => x.storedAt.localeCompare(y.storedAt) || key(x).localeCompare(key(y)));
          assert.deepEqual(got.map(key), expected.map(key), `customer ${c.id}`);
          assert.ok(
            got.every((a) => !('scoreParts' in a)),
            'internal score parts are not shown',
          );

          const me = JSON.parse((await api.handler(request('GET /v1/me', { key: api.keyOf[c.id]! }))).body);
          assert.equal(me.customer.id, c.id, 'a key reads as its own customer only');
          for (const alertId of new Set(alerts.map((a) => a.alertId))) {
            const r = await api.handler(request('GET /v1/alerts/{alertId}', { key: api.keyOf[c.id]!, alertId }));
            AlertDetailCheck(
              r,
              alerts.filter((a) => a.alertId === alertId && decideAt(a, c, policies, now)),
            );
          }
        }
      },
    ),
    { ...FC_PARAMS, numRuns: Math.min(FC_PARAMS.numRuns ?? 300, 300) },
  );
});

test("a key with another key's secret, a revoked key, or no key reads nothing", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.uniqueArray(customerArb, { selector: (c) => c.id, minLength: 2, maxLength: 3 }),
      nowArb,
      async (customers, now) => {
        const api = apiOver({ customers, policies: [], alerts: [], now });
        const [a, b] = customers as [(typeof customers)[0], (typeof customers)[0]];
        const keyA = api.keyOf[a.id]!;
        const keyB = api.keyOf[b.id]!;
        const forged = `${keyA.slice(0, 17)}${keyB.slice(17)}`; // a's key id, b's secret
        for (const authorization of [`Bearer ${forged}`, '', 'Bearer ', `Basic ${keyA}`, `Bearer ${keyA}x`]) {
          const r = await api.handler(request('GET /v1/me', { authorization }));
          assert.equal(r.statusCode, 401, authorization);
          assert.equal(r.headers?.['www-authenticate'], 'Bearer realm="tocsin"');
        }
        const record = api.keys.get(keyA.slice(4, 16))!;
        record.revokedAt = now.toISOString();
        assert.equal((await api.handler(request('GET /v1/me', { key: keyA }))).statusCode, 401, 'revoked');
        assert.equal((await api.handler(request('GET /v1/me', { key: keyB }))).statusCode, 200);
      },
    ),
    { ...FC_PARAMS, numRuns: 100 },
  );
});
