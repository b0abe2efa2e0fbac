/**
 * docs/openapi.json against the implementation: the same routes as the
 * stack and the local server (API_ROUTES), the same parameters as the
 * handler accepts, and every response the handler gives (each documented
 * status) valid against the document's schemas.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { Alert } from '../../../functions/domain/alert';
import { AlertsQuerySchema, type FeedPage, type StoredAlert } from '../../../functions/domain/feed';
import { API_ROUTES, type ApiRoute } from '../../../resources';
import { eventFixture, alert as sample } from '../functions/fakes';
import { apiOver, request } from './fakes';
import { conformance, documentedRoutes, OPENAPI, operation } from './openapi';

const now = new Date('2026-05-01T12:00:00.000Z');
const at = (msAgo: number) => new Date(now.getTime() - msAgo).toISOString();
const version = (a: Partial<Alert>, storedAt: string): StoredAlert => ({ ...sample, ...a, storedAt });
const customer = (id: string, status: 'active' | 'suspended' = 'active') => ({
  id,
  name: id,
  sector: 'news_media' as const,
  contract: { status, tier: 'standard', startsAt: '2026-01-01T00:00:00.000Z' },
  entitlements: { categories: [], regions: [], minSeverity: 1 },
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});
const world = () =>
  apiOver({
    customers: [customer('news'), customer('paused', 'suspended')],
    policies: [],
    alerts: [
      version({ alertId: 'a1', version: 1, severity: 2, level: 'alert' }, at(60_000)),
      version({ alertId: 'a1', version: 2, severity: 4, level: 'flash', authors: 9 }, at(30_000)),
      version({ alertId: 'b2', version: 1, location: null, category: 'storm' }, at(20_000)),
    ],
    now,
    perMinute: 20,
  });

function conforms(route: ApiRoute, r: Awaited<ReturnType<ReturnType<typeof world>['handler']>>): void {
  assert.deepEqual(conformance(route, r), [], `${route} ${r.statusCode}: ${r.body}`);
}

test('the document is OpenAPI 3.1 and has exactly the routes the API serves', () => {
  assert.equal(OPENAPI.openapi, '3.1.0');
  assert.deepEqual(documentedRoutes().sort(), [...API_ROUTES].sort());
});

test("GET /v1/alerts: the document's query parameters are the handler's, and both refuse the same bad values", async () => {
  const documented = (operation('GET /v1/alerts').parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
  assert.deepEqual(documented.sort(), Object.keys(AlertsQuerySchema.shape).sort());
  const api = world();
  const key = api.keyOf.news!;
  for (const query of [
    { limit: '0' },
    { limit: '201' },
    { limit: 'ten' },
    { category: 'gossip' },
    { level: 'FLASH' },
    { minSeverity: '6' },
    { country: 'USA' },
    { since: 'not-a-cursor' },
    { since: Buffer.from('{"after":"yesterday"}').toString('base64url') },
    { min_severity: '3' },
  ]) {
    const r = await api.handler(request('GET /v1/alerts', { key, query }));
    assert.equal(r.statusCode, 400, JSON.stringify(query));
    assert.match(
      JSON.parse(r.body).error.message,
      new RegExp(Object.keys(query)[0]!.replace('min_severity', 'min_severity|Unrecognized')),
    );
    conforms('GET /v1/alerts', r);
  }
});

test('every status of every route conforms to the document', async () => {
  const api = world();
  const key = api.keyOf.news!;
  const list = await api.handler(request('GET /v1/alerts', { key }));
  conforms('GET /v1/alerts', list);
  const page = JSON.parse(list.body) as FeedPage;
  assert.deepEqual(
    page.alerts.map((a) => `${a.alertId}#${a.version}`),
    ['a1#1', 'a1#2', 'b2#1'],
  );
  for (const query of [{ level: 'flash' }, { minSeverity: '3' }, { country: 'us', limit: '1' }, { since: page.cursor }])
    conforms('GET /v1/alerts', await api.handler(request('GET /v1/alerts', { key, query })));

  const detail = await api.handler(request('GET /v1/alerts/{alertId}', { key, alertId: 'a1' }));
  conforms('GET /v1/alerts/{alertId}', detail);
  assert.deepEqual(JSON.parse(detail.body).versions[1].changes, [
    { field: 'level', from: 'alert', to: 'flash', text: 'level alert → flash' },
    { field: 'severity', from: 2, to: 4, text: 'severity 2 → 4' },
    { field: 'authors', from: 5, to: 9, text: 'authors 5 → 9' },
  ]);
  for (const alertId of ['nope', 'bad id!'])
    conforms('GET /v1/alerts/{alertId}', await api.handler(request('GET /v1/alerts/{alertId}', { key, alertId })));
  const paused = api.keyOf.paused!;
  const pausedDetail = await api.handler(request('GET /v1/alerts/{alertId}', { key: paused, alertId: 'a1' }));
  assert.equal(pausedDetail.statusCode, 404, 'a suspended contract reads no alert, not even by id');

  const me = await api.handler(request('GET /v1/me', { key }));
  conforms('GET /v1/me', me);
  assert.equal(JSON.parse(me.body).key.requestsPerMinute, 20);
  for (const route of API_ROUTES) conforms(route, await api.handler(request(route, { alertId: 'a1' })));
});

test('the per-key limit answers 429 with retry-after, for that key only', async () => {
  const api = world();
  const statuses: number[] = [];
  for (let i = 0; i < 21; i++)
    statuses.push((await api.handler(request('GET /v1/me', { key: api.keyOf.news! }))).statusCode);
  assert.deepEqual(statuses, [...Array(20).fill(200), 429]);
  const limited = await api.handler(request('GET /v1/alerts', { key: api.keyOf.news! }));
  conforms('GET /v1/alerts', limited);
  assert.equal(limited.headers?.['retry-after'], '30');
  assert.equal((await api.handler(request('GET /v1/me', { key: api.keyOf.paused! }))).statusCode, 200, 'other keys');
});

test('a fault is a 500 that says nothing of it, and is logged', async () => {
  const failing = apiOver({ customers: [customer('news')], policies: [], alerts: [], now });
  const r = await failing.handler(
    request('GET /v1/alerts', { key: failing.keyOf.news!, query: { since: 'x'.repeat(10) } }),
  );
  assert.equal(r.statusCode, 400, "a bad cursor is the caller's error");
  const broken = apiOver({ customers: [customer('news')], policies: [], alerts: [{} as StoredAlert], now });
  const r500 = await broken.handler(request('GET /v1/alerts', { key: broken.keyOf.news! }));
  assert.equal(r500.statusCode, 500);
  assert.equal(JSON.parse(r500.body).error.message, 'internal error');
  assert.equal(broken.logs.length, 1);
  conforms('GET /v1/alerts', r500);
});

test('the validator itself refuses a body off the schema', async () => {
  const api = world();
  const r = await api.handler(request('GET /v1/alerts', { key: api.keyOf.news! }));
  const { cursor: _, ...withoutCursor } = JSON.parse(r.body);
  assert.notDeepEqual(conformance('GET /v1/alerts', { ...r, body: JSON.stringify(withoutCursor) }), []);
  assert.notDeepEqual(conformance('GET /v1/me', { ...r, statusCode: 404 }), [], 'an undocumented status');
});

test('API Gateway HTTP API events (payload 2.0, test/fixtures/events) are answered as documented', async () => {
  const api = world();
  const withKey = <T>(name: string): T =>
    JSON.parse(JSON.stringify(eventFixture<T>(name)).replace('Bearer KEY', `Bearer ${api.keyOf.news}`)) as T;
  const list = await api.handler(withKey<APIGatewayProxyEventV2>('apigw-http-alerts.json'));
  conforms('GET /v1/alerts', list);
  assert.deepEqual(
    (JSON.parse(list.body) as FeedPage).alerts.map((a) => `${a.alertId}#${a.version}`),
    ['a1#2'],
  );
  const detail = await api.handler(withKey<APIGatewayProxyEventV2>('apigw-http-alert-detail.json'));
  conforms('GET /v1/alerts/{alertId}', detail);
  assert.equal(JSON.parse(detail.body).versions.length, 2);
});
