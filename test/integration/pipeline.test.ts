/**
 * The whole pipeline on the real local services (DynamoDB Local, fauxqs):
 * ingest queue -> score handler -> alerts table -> stream -> fan-out handler
 * -> customers' SNS topics -> their SQS subscriber queues.
 */

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Post } from '../../functions/domain/post';
import { listDlq } from '../../tools/admin/dlq';
import { activeContract, everything, startTestStack, type TestStack } from './support/local-stack';
import { breakingEvent, chatter, EXPLOSION_TEXTS } from './support/posts';

const batch = (batchId: string, posts: unknown[]) => JSON.stringify({ batchId, source: 'twitter', posts });

const send = (s: TestStack, bodies: string[]) => s.send(bodies);

const chunks = (posts: Post[], n: number, prefix: string) =>
  Array.from({ length: Math.ceil(posts.length / n) }, (_, i) => batch(`${prefix}-${i}`, posts.slice(i * n, i * n + n)));

describe('pipeline on the local emulators', { timeout: 180_000 }, () => {
  let s: TestStack;
  before(async () => {
    s = await startTestStack();
    await s.addCustomer({
      id: 'bank',
      name: 'Bank',
      sector: 'finance',
      contract: activeContract,
      entitlements: everything,
    });
    await s.addCustomer({
      id: 'agency',
      name: 'Agency',
      sector: 'intelligence',
      contract: activeContract,
      entitlements: everything,
    });
    await s.addCustomer({
      id: 'paused',
      name: 'Paused',
      sector: 'news_media',
      contract: { ...activeContract, status: 'suspended' },
      entitlements: everything,
    });
  });
  after(async () => {
    await s?.stop();
  });

  test('a malformed message in the middle of a batch fails alone; its neighbours are scored once', async () => {
    const t = '2026-05-01T08:00:00.000Z';
    const good = chunks(chatter({ prefix: 'bg1', start: t, count: 80 }), 10, 'bg1');
    const halfBad = batch('half-bad', [
      ...chatter({ prefix: 'hb', start: t, count: 3 }),
      { id: 'hb-broken', text: 'no timestamp', source: 'twitter' },
    ]);
    const bodies = [...good.slice(0, 4), '{"batchId": "cut-off", "posts": [', halfBad, ...good.slice(4)];
    await send(s, bodies);
    await s.pipeline.waitIdle();

    assert.equal(s.outcomes.length, bodies.length, 'each message handled exactly once: none retried');
    assert.equal(new Set(s.outcomes.map((o) => o.messageId)).size, bodies.length);
    const invalid = s.outcomes.filter((o) => !o.valid);
    assert.equal(invalid.length, 1);
    const hb = s.outcomes.find((o) => o.rejected > 0)!;
    assert.deepEqual(
      { postsIn: hb.postsIn, scored: hb.scored, rejected: hb.rejected },
      { postsIn: 4, scored: 3, rejected: 1 },
    );
    const totalIn = s.outcomes.reduce((n, o) => n + o.postsIn, 0);
    const accounted = s.outcomes.reduce((n, o) => n + o.scored + o.rejected, 0);
    assert.equal(totalIn, 84);
    assert.equal(accounted, totalIn, 'posts in = scored + rejected (stage 1)');

    const dlq = await listDlq(s.ctx);
    assert.equal(dlq.length, 2);
    assert.deepEqual(
      dlq.map((m) => m.queue),
      ['quarantine', 'quarantine'],
      'bad input is quarantined apart from poison',
    );
    const kinds = Object.fromEntries(dlq.map((m) => [m.kind, m.reason]));
    assert.match(kinds['invalid-message'] ?? '', /not JSON/);
    assert.match(kinds['rejected-posts'] ?? '', /posts\[3\]\.createdAt/);
    assert.equal(await s.queueDepth(s.env.queues.ingestUrl), 0);
  });

  test('a breaking event reaches every entitled customer once; the ledger says why the others were not', async () => {
    const t = '2026-05-01T10:00:00.000Z';
    const posts = [
      ...chatter({ prefix: 'bg2', start: t, count: 120, everySeconds: 3 }),
      ...breakingEvent({ prefix: 'ex', start: '2026-05-01T10:02:00.000Z', authors: 12, texts: EXPLOSION_TEXTS }),
    ].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    await send(s, chunks(posts, 25, 'ev'));
    await s.pipeline.waitIdle();

    const alerts = await s.ctx.alerts.list();
    assert.ok(alerts.length >= 1, 'the explosion raised an alert');
    const alert = alerts.find((a) => a.category === 'explosion');
    assert.ok(alert, `an explosion alert (got ${alerts.map((a) => a.category).join(', ')})`);
    assert.match(alert.location?.name ?? '', /Houston/);

    const bank = await s.received('bank');
    const agency = await s.received('agency');
    assert.equal(bank.length, alerts.length, 'one message per alert version');
    assert.equal(agency.length, alerts.length);
    assert.deepEqual(await s.received('paused'), []);
    assert.equal(new Set(bank.map((m) => m.deliveryId)).size, bank.length, 'no duplicates');

    const ledger = await s.ctx.deliveries.listByCustomer('paused');
    assert.equal(ledger.length, alerts.length);
    assert.ok(ledger.every((r) => r.outcome === 'withheld' && /suspended/.test(r.reason)));
    const delivered = await s.ctx.deliveries.listByCustomer('bank');
    assert.ok(delivered.every((r) => r.outcome === 'delivered' && r.messageId));
  });

  test('a redelivered batch creates no duplicate alert and no duplicate delivery', async () => {
    const before = await s.ctx.alerts.list();
    const ledgerBefore = await s.ctx.deliveries.listByCustomer('bank');
    const posts = breakingEvent({
      prefix: 'ex',
      start: '2026-05-01T10:02:00.000Z',
      authors: 12,
      texts: EXPLOSION_TEXTS,
    });
    await send(s, chunks(posts, 25, 'again'));
    await s.pipeline.waitIdle();
    // Stage 1 scores the copy again (it is stateless); stage 2 recognises every evidence post as counted.
    const redelivered = s.outcomes.slice(-1)[0]!;
    assert.equal(redelivered.scored, 12);
    const stage2 = s.aggregates.filter((o) => o.messageIds.some((id) => id.startsWith('again-')));
    assert.equal(
      stage2.reduce((n, o) => n + o.duplicates, 0),
      redelivered.evidence,
      'every evidence post recognised as already counted',
    );
    assert.equal(
      stage2.reduce((n, o) => n + o.applied, 0),
      0,
    );
    assert.deepEqual(await s.ctx.alerts.list(), before);
    assert.deepEqual(await s.ctx.deliveries.listByCustomer('bank'), ledgerBefore);
    assert.deepEqual(await s.received('bank'), []);
  });
});
