/**
 * The customer API end to end on the emulators: DynamoDB Local (the feed
 * index, the keys table, the rate counters) and fauxqs (subscriptions),
 * the API function's handler behind the local server, keys and contracts
 * changed through the CLI as an operator would. Every response is checked
 * against docs/openapi.json.
 */

import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DynamoRateLimiter } from '../../functions/adapters/rate-limiter';
import type { ApiResponse } from '../../functions/api/api';
import type { Alert } from '../../functions/domain/alert';
import { FEED, type FeedPage } from '../../functions/domain/feed';
import { type ApiRoute, consoleSecurityHeaders, TABLES } from '../../resources';
import { adminContext } from '../../tools/admin/context';
import { addCustomer, subscribeCustomer } from '../../tools/admin/customers';
import { run as cli } from '../../tools/cli/tocsin';
import { type ApiServer, startApiServer } from '../../tools/local/api-server';
import { type LocalEnvironment, startLocalEnvironment } from '../../tools/local/environment';
import { conformance } from '../unit/api/openapi';
import { alert as sample } from '../unit/functions/fakes';
import { cliJson } from './support/cli';
import { activeContract, everything } from './support/local-stack';

process.env.TOCSIN_HOME = mkdtempSync(join(tmpdir(), 'tocsin-home-'));
process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';

const settle = () => new Promise((r) => setTimeout(r, FEED.settleMs + 300));
const ids = (p: FeedPage) => p.alerts.map((a) => `${a.alertId}#${a.version}`);

describe('customer API on the emulators', { timeout: 180_000 }, () => {
  let env: LocalEnvironment;
  let server: ApiServer;
  const keys: Record<string, string> = {};

  /** A request through the local server, checked against the document; the parsed body. */
  async function call<T>(route: ApiRoute, key: string | undefined, path: string): Promise<{ status: number; body: T }> {
    const r = await fetch(new URL(path, server.url), { headers: key ? { authorization: `Bearer ${key}` } : {} });
    const body = await r.text();
    const response: ApiResponse = { statusCode: r.status, headers: Object.fromEntries(r.headers), body };
    assert.deepEqual(conformance(route, response), [], `${route} ${r.status} ${body}`);
    return { status: r.status, body: JSON.parse(body) as T };
  }
  const feed = async (key: string, query = '') =>
    (await call<FeedPage>('GET /v1/alerts', key, `v1/alerts${query}`)).body;
  const put = (a: Partial<Alert>) =>
    adminContext('local', env.clients, async () => undefined).alerts.put({ ...sample, ...a });

  before(async () => {
    env = await startLocalEnvironment({ register: true });
    const ctx = adminContext('local', env.clients, async () => undefined);
    for (const [id, sector] of [
      ['press', 'news_media'],
      ['spooks', 'intelligence'],
    ] as const) {
      await addCustomer(ctx, { id, name: id, sector, contract: activeContract, entitlements: everything });
      await subscribeCustomer(ctx, id, 'sqs', `sub-${id}`);
      keys[id] = (await cliJson<{ key: string }>(['keys', 'create', id])).key;
    }
    server = await startApiServer(env);
  });
  after(async () => {
    await server?.close();
    await env?.stop();
  });

  test('versions appear once settled, in the order stored, and the cursor follows new ones', async () => {
    await put({ alertId: 'a1', version: 1, sources: ['twitter'] });
    await put({ alertId: 'a1', version: 2, severity: 5, sources: ['twitter'] });
    await put({ alertId: 'b1', version: 1, category: 'storm', sources: ['bluesky'], location: null });
    await settle();
    const first = await feed(keys.press!);
    assert.deepEqual(ids(first), ['a1#1', 'a1#2', 'b1#1']);
    assert.equal(first.hasMore, false);

    await put({ alertId: 'c1', version: 1, sources: ['twitter'] });
    const early = await feed(keys.press!, `?since=${first.cursor}`);
    assert.deepEqual(ids(early), [], 'not yet settled');
    await settle();
    const next = await feed(keys.press!, `?since=${early.cursor}`);
    assert.deepEqual(ids(next), ['c1#1']);
    assert.deepEqual(ids(await feed(keys.press!, `?since=${next.cursor}`)), [], 'each version once');

    // One at a time: the cursor walks the same feed.
    const walked: string[] = [];
    let since = '';
    for (let more = true; more; ) {
      const p = await feed(keys.press!, `?limit=1${since}`);
      walked.push(...ids(p));
      since = `&since=${p.cursor}`;
      more = p.hasMore;
    }
    assert.deepEqual(walked, ['a1#1', 'a1#2', 'b1#1', 'c1#1']);
    assert.deepEqual(ids(await feed(keys.press!, '?category=storm')), ['b1#1']);
    assert.deepEqual(ids(await feed(keys.press!, '?minSeverity=5&country=us')), ['a1#2']);
  });

  test('a source bar hides, at once, what it bars for that sector only; lifting it shows it again', async () => {
    await cli(['policy', 'set', 'twitter', '--bar', 'intelligence']);
    assert.deepEqual(ids(await feed(keys.spooks!)), ['b1#1'], 'only the bluesky alert');
    assert.equal((await call('GET /v1/alerts/{alertId}', keys.spooks, 'v1/alerts/a1')).status, 404);
    assert.equal((await feed(keys.press!)).alerts.length, 4, 'other sectors unaffected');
    await cli(['policy', 'set', 'twitter', '--lift', 'intelligence']);
    assert.equal((await feed(keys.spooks!)).alerts.length, 4);
  });

  test('a suspended contract reads nothing, from the first request after the change', async () => {
    await cli(['contract', 'set-status', 'press', 'suspended']);
    assert.deepEqual(ids(await feed(keys.press!)), []);
    assert.equal((await call('GET /v1/alerts/{alertId}', keys.press, 'v1/alerts/a1')).status, 404);
    const me = await call<{ contract: { status: string } }>('GET /v1/me', keys.press, 'v1/me');
    assert.equal(me.body.contract.status, 'suspended');
    await cli(['contract', 'set-status', 'press', 'active']);
    assert.equal((await feed(keys.press!)).alerts.length, 4);
  });

  test("the detail: every readable version with what changed; /v1/me: the key's own customer and subscriptions", async () => {
    const d = await call<{ versions: { version: number; changes: { field: string }[] }[] }>(
      'GET /v1/alerts/{alertId}',
      keys.spooks,
      'v1/alerts/a1',
    );
    assert.deepEqual(
      d.body.versions.map((v) => [v.version, v.changes.map((c) => c.field)]),
      [
        [1, []],
        [2, ['severity']],
      ],
    );
    const me = await call<{ customer: { id: string }; subscriptions: { protocol: string; endpoint: string }[] }>(
      'GET /v1/me',
      keys.spooks,
      'v1/me',
    );
    assert.equal(me.body.customer.id, 'spooks');
    assert.deepEqual(
      me.body.subscriptions.map((s) => [s.protocol, s.endpoint.split(':').at(-1)]),
      [['sqs', 'sub-spooks']],
    );
  });

  test('keys: listed without their secret, revoked with the CLI, refused at once after', async () => {
    const extra = await cliJson<{ key: string; keyId: string }>(['keys', 'create', 'press']);
    const listed = await cliJson<{ keyId: string }[]>(['keys', 'list', 'press']);
    assert.equal(listed.length, 2);
    assert.ok(!JSON.stringify(listed).includes(extra.key.slice(17)), 'the secret is not shown');
    const stored = await adminContext('local', env.clients, async () => undefined).apiKeys.get(extra.keyId);
    assert.ok(stored && !JSON.stringify(stored).includes(extra.key.slice(17)), 'only its hash is stored');
    assert.equal((await call('GET /v1/me', extra.key, 'v1/me')).status, 200);
    await cli(['keys', 'revoke', extra.keyId]);
    assert.equal((await call('GET /v1/me', extra.key, 'v1/me')).status, 401);
    assert.equal((await call('GET /v1/me', keys.press, 'v1/me')).status, 200, "the customer's other key still works");
    await assert.rejects(cli(['keys', 'revoke', '000000000000']), /no key/);
  });

  test('the rate limit is shared through DynamoDB: per key, per minute window', async () => {
    const limiter = new DynamoRateLimiter(env.clients.doc, TABLES.apiKeys.id, 3);
    const at = new Date('2026-05-01T12:00:10.000Z');
    const taken = [];
    for (let i = 0; i < 4; i++) taken.push(await limiter.take('aaaaaaaaaaaa', at));
    assert.deepEqual(
      taken.map((t) => [t.allowed, t.remaining]),
      [
        [true, 2],
        [true, 1],
        [true, 0],
        [false, 0],
      ],
    );
    assert.equal((await limiter.take('bbbbbbbbbbbb', at)).allowed, true, 'another key');
    assert.equal(
      (await limiter.take('aaaaaaaaaaaa', new Date('2026-05-01T12:01:00.000Z'))).allowed,
      true,
      'next minute',
    );
  });

  test('the local server: API Gateway answers for unknown routes, the console comes with its security headers', async () => {
    const unknown = await fetch(new URL('v1/nowhere', server.url), {
      headers: { authorization: `Bearer ${keys.press}` },
    });
    assert.equal(unknown.status, 404);
    assert.deepEqual(await unknown.json(), { message: 'Not Found' });
    const page = await fetch(server.url);
    assert.equal(page.status, 200);
    const origin = new URL(server.url).origin;
    for (const [h, v] of Object.entries(consoleSecurityHeaders(origin))) assert.equal(page.headers.get(h), v, h);
    assert.deepEqual(await (await fetch(new URL('config.json', server.url))).json(), { apiUrl: origin });
    assert.match(await (await fetch(new URL('app.js', server.url))).text(), /v1\/alerts/);
  });
});
