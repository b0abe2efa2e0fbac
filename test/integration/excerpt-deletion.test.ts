/**
 * The stored excerpt follows its post's deletion, end to end on the
 * emulators: posts raise an alert that quotes one of them (stored, shown by
 * the API, posted to Slack); the post's tombstone arrives; the redact
 * function (on the tombstones stream) removes the excerpt from every stored
 * version that quotes it and from the detector state, the API shows none, and the next message (SNS and
 * Slack) of a version that still quoted it shows none either.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { GetCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoEventStateStore } from '../../functions/adapters/dynamo-event-store';
import { DynamoTombstoneStore } from '../../functions/adapters/dynamo-tombstones';
import type { Alert } from '../../functions/domain/alert';
import { FEED } from '../../functions/domain/feed';
import { TABLES } from '../../resources';
import { addChannel, channelAdmin } from '../../tools/admin/channels';
import { type ApiServer, startApiServer } from '../../tools/local/api-server';
import { localChannelSecretsDir } from '../../tools/local/environment';
import { ChannelReceiver, slackShape } from './support/channel-receiver';
import { cliJson } from './support/cli';
import { activeContract, everything, startTestStack, type TestStack } from './support/local-stack';
import { breakNews } from './support/news';
import { EXPLOSION_TEXTS } from './support/posts';

process.env.TOCSIN_HOME = mkdtempSync(join(tmpdir(), 'tocsin-home-'));
const secretsDir = localChannelSecretsDir();
const settle = () => new Promise((r) => setTimeout(r, FEED.settleMs + 300));

describe('a deleted post leaves the alerts that quote it', { timeout: 300_000 }, () => {
  let s: TestStack;
  let api: ApiServer;
  let key: string;
  const rx = new ChannelReceiver();

  const get = async (path: string) =>
    (await fetch(new URL(path, api.url), { headers: { authorization: `Bearer ${key}` } })).text();
  const storedItem = async (a: { alertId: string; version: number }) =>
    (
      await s.env.clients.doc.send(
        new GetCommand({
          TableName: TABLES.alerts.id,
          Key: { alertId: a.alertId, version: a.version },
          ConsistentRead: true,
        }),
      )
    ).Item ?? {};

  /** Every detector state item's JSON (large ones are stored gzipped: read through the store). */
  const detectorState = async (): Promise<string> => {
    const items = (await s.env.clients.doc.send(new ScanCommand({ TableName: TABLES.events.id }))).Items ?? [];
    assert.ok(items.length > 0, 'the detector has state');
    const store = new DynamoEventStateStore({ client: s.env.clients.doc, tableName: TABLES.events.id });
    const loaded = await store.load(items.map((i) => String(i.pk)));
    return [...loaded.values()].map((v) => v.data).join('\n');
  };

  /** A version as stored, less the quote and what the store adds around it. */
  const withoutQuote = (x: object) => {
    const { post, quotedKey, postRemovedAt, expiresAt, storedAt, feedDay, feedKey, ...rest } = x as Record<
      string,
      unknown
    >;
    return rest;
  };

  before(async () => {
    await rx.start();
    s = await startTestStack({
      register: true,
      pipeline: { channels: { allowLocalHttp: true, secretsDir, retryDelaySeconds: 1 } },
    });
    await s.addCustomer({
      id: 'desk',
      name: 'desk',
      sector: 'news_media',
      contract: activeContract,
      entitlements: everything,
    });
    await addChannel(s.ctx, channelAdmin(s.ctx), {
      customerId: 'desk',
      kind: 'slack',
      url: `${rx.url}/slack`,
      allowLocalHttp: true,
    });
    rx.chat('/slack', slackShape);
    key = (await cliJson<{ key: string }>(['keys', 'create', 'desk'])).key;
    api = await startApiServer(s.env);
  });
  after(async () => {
    await api?.close();
    await s?.stop();
    await rx.stop();
  });

  test('alert raised -> tombstone arrives -> the stored versions, the API, SNS and Slack no longer have the excerpt', async () => {
    await breakNews(s, EXPLOSION_TEXTS);
    const versions = await s.ctx.alerts.list();
    const quoting = versions.filter((v) => v.post);
    assert.ok(quoting.length >= 1, `the alert quotes a post (${versions.length} versions)`);
    // The post its event still holds as representative in the detector state (an earlier version may quote another).
    const stateText = await detectorState();
    const held = quoting.filter((v) => stateText.includes(v.post?.text ?? '\u0000'));
    assert.ok(held.length >= 1, 'the detector state holds a quoted post as its event’s representative');
    const post = (held[0] as Alert).post as NonNullable<Alert['post']>;
    const sameQuote = quoting.filter((v) => v.post?.id === post.id);
    assert.ok(post.text.length > 10 && post.lang === 'en', JSON.stringify(post));

    // Before: stored, read by the API, posted to Slack and SNS.
    await settle();
    assert.ok((await get(`v1/alerts/${(held[0] as Alert).alertId}`)).includes(post.text), 'the API shows it');
    assert.ok(
      rx.on('/slack').some((r) => r.body.includes(post.text.slice(0, 40))),
      'Slack got it',
    );
    assert.ok(
      (await s.received('desk')).some((m) => JSON.stringify(m).includes(post.text)),
      'SNS got it',
    );

    const stateHolds = async () => (await detectorState()).includes(post.text);
    assert.ok(await stateHolds(), 'the detector state holds it as the event’s representative');

    await new DynamoTombstoneStore(s.env.clients.doc, TABLES.tombstones.id).put([
      { id: post.id, source: 'twitter', deletedAt: new Date().toISOString() },
    ]);
    // The redact function reads the tombstones stream: wait until it has removed the excerpt.
    const deadline = Date.now() + 60_000;
    while ((await Promise.all(sameQuote.map(storedItem))).some((i) => i.post !== undefined)) {
      assert.ok(Date.now() < deadline, 'the excerpt was removed within 60 s');
      await new Promise((r) => setTimeout(r, 250));
    }
    for (const v of sameQuote) {
      const item = await storedItem(v);
      assert.equal(item.post, undefined, `${v.alertId} v${v.version}: no excerpt stored`);
      assert.equal(item.quotedKey, undefined, 'out of the byQuotedPost index');
      assert.match(String(item.postRemovedAt), /^\d{4}-\d\d-\d\dT/);
      assert.deepEqual(withoutQuote(item), withoutQuote(v), 'nothing else of the version changed');
    }
    // The same invocation then drops it from the detector state (the event's representative post).
    while (await stateHolds()) {
      assert.ok(Date.now() < deadline, 'the detector state no longer holds it');
      await new Promise((r) => setTimeout(r, 250));
    }
    const feed = await get('v1/alerts');
    assert.ok(!feed.includes(post.text), 'the feed shows no excerpt');
    for (const v of sameQuote) assert.ok(!(await get(`v1/alerts/${v.alertId}`)).includes(post.text), 'nor the detail');

    // A version still quoting the post (written as the redaction ran) reaches SNS and Slack without it: readers hide it.
    const last = sameQuote.at(-1) as Alert;
    const slackBefore = rx.on('/slack').length;
    await s.ctx.alerts.put({ ...last, version: last.version + 100, post });
    await s.pipeline.waitIdle();
    const sns = (await s.received('desk')).filter((m) => m.version === last.version + 100);
    assert.equal(sns.length, 1, 'the new version was delivered');
    assert.ok(!JSON.stringify(sns).includes(post.text), 'SNS: no excerpt');
    const slack = rx.on('/slack').slice(slackBefore);
    assert.ok(slack.length >= 1, 'Slack got the new version');
    assert.ok(!slack.some((r) => r.body.includes(post.text.slice(0, 40))), 'Slack: no excerpt');
  });
});
