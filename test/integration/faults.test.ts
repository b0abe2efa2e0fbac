/**
 * Nothing lost, nothing doubled: the pipeline on the real local services
 * under redelivery, crashes, a database restart, failing topics and poison.
 */

import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { DeleteTopicCommand as DeleteSnsTopic } from '@aws-sdk/client-sns';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { Alert } from '../../functions/domain/alert';
import type { Post } from '../../functions/domain/post';
import { TABLES } from '../../resources';
import { listDlq, redriveDlq } from '../../tools/admin/dlq';
import { activeContract, everything, startTestStack, type TestStack } from './support/local-stack';
import { breakingEvent, chatter, EARTHQUAKE_TEXTS, EXPLOSION_TEXTS } from './support/posts';

/** The same posts, cut into messages of `size` (another size: other batch ids, other batch boundaries). */
function stream(size = 20): string[] {
  const posts: Post[] = [
    ...chatter({ prefix: 'bg', start: '2026-07-01T09:00:00.000Z', count: 200, everySeconds: 6 }),
    ...breakingEvent({ prefix: 'ex', start: '2026-07-01T09:05:00.000Z', authors: 14, texts: EXPLOSION_TEXTS }),
    ...breakingEvent({ prefix: 'eq', start: '2026-07-01T09:12:00.000Z', authors: 14, texts: EARTHQUAKE_TEXTS }),
  ].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return Array.from({ length: Math.ceil(posts.length / size) }, (_, i) =>
    JSON.stringify({ batchId: `s${size}-${i}`, source: 'twitter', posts: posts.slice(i * size, i * size + size) }),
  );
}
const POSTS = 228;

const send = (s: TestStack, bodies: string[]) => s.send(bodies);

async function customers(s: TestStack, ids: string[]): Promise<void> {
  for (const id of ids)
    await s.addCustomer({ id, name: id, sector: 'news_media', contract: activeContract, entitlements: everything });
}

/** What a run leaves behind, free of timestamps: the alerts, and per customer the ledger and what reached its queue. */
async function endState(s: TestStack, ids: string[]) {
  const strip = ({ storedAt: _, ...a }: Alert & { storedAt?: string }) => a;
  const alerts = (await s.ctx.alerts.list())
    .map(strip)
    .sort((a, b) => `${a.alertId}${a.version}`.localeCompare(`${b.alertId}${b.version}`));
  const perCustomer: Record<string, { ledger: string[]; received: string[] }> = {};
  for (const id of ids) {
    perCustomer[id] = {
      ledger: (await s.ctx.deliveries.listByCustomer(id)).map((r) => `${r.deliveryKey} ${r.outcome}`).sort(),
      received: (await s.received(id)).map((m) => m.deliveryId).sort(),
    };
  }
  return { alerts, perCustomer };
}

/** Every item of the detector's state table. */
async function eventState(s: TestStack): Promise<Record<string, unknown>[]> {
  const items = (await s.env.clients.doc.send(new ScanCommand({ TableName: TABLES.events.id }))).Items ?? [];
  return items.sort((a, b) => String(a.pk).localeCompare(String(b.pk)));
}

const accounted = (s: TestStack) => s.outcomes.reduce((n, o) => n + o.scored + o.duplicates + o.rejected, 0);

describe('faults', { timeout: 240_000, concurrency: false }, () => {
  let clean: Awaited<ReturnType<typeof endState>>;

  test('a clean run', async () => {
    const s = await startTestStack();
    try {
      await customers(s, ['news-a', 'news-b']);
      await send(s, stream());
      await s.pipeline.waitIdle();
      clean = await endState(s, ['news-a', 'news-b']);
      assert.ok(clean.alerts.length >= 2, 'both events alerted');
      assert.equal(accounted(s), POSTS);
      for (const c of Object.values(clean.perCustomer)) assert.equal(c.received.length, clean.alerts.length);
    } finally {
      await s.stop();
    }
  });

  test('a handler that dies half way through a batch is retried, and the end state equals a clean run', async () => {
    let crashes = 0;
    const s = await startTestStack({
      pipeline: {
        wrapScore: (d) => ({
          ...d,
          // Dies just before storing an alert, then (on the retry) just after
          // storing it: both sides of the write, before detector state is committed.
          alerts: {
            put: async (a) => {
              const n = crashes++;
              if (n === 0) throw new Error('injected crash before the alert write');
              const r = await d.alerts.put(a);
              if (n === 1) throw new Error('injected crash after the alert write');
              return r;
            },
          },
        }),
      },
    });
    try {
      await customers(s, ['news-a', 'news-b']);
      await send(s, stream());
      await s.pipeline.waitIdle();
      assert.ok(crashes > 2, 'both crashes happened');
      assert.deepEqual(await endState(s, ['news-a', 'news-b']), clean);
      assert.equal(accounted(s), POSTS, 'every post counted exactly once despite the retry');
    } finally {
      await s.stop();
    }
  });

  test('the same batches again, shuffled and concurrently: no duplicate alert, delivery or count', async () => {
    const s = await startTestStack({ pipeline: { scoreConcurrency: 2 } });
    try {
      await customers(s, ['news-a']);
      const bodies = stream();
      await send(s, bodies);
      await s.pipeline.waitIdle();
      const first = await endState(s, ['news-a']);
      const stateBefore = await eventState(s);
      const counted = s.outcomes.reduce((n, o) => n + o.scored, 0);
      assert.equal(counted, POSTS);
      // Sent again as they were (SQS drops them: same batch ids), and re-cut into
      // other batches in shuffled order (new batch ids: only the detector can tell).
      const rebatched = stream(13);
      const shuffled = [...bodies, ...rebatched]
        .map((b, i) => ({ b, k: (i * 7919) % 97 }))
        .sort((x, y) => x.k - y.k)
        .map((x) => x.b);
      await send(s, shuffled);
      await s.pipeline.waitIdle();
      assert.equal(
        accounted(s),
        2 * POSTS,
        'the identical re-sends were dropped by SQS (same batch ids); every re-cut post was accounted for',
      );
      assert.ok(s.outcomes.reduce((n, o) => n + o.duplicates, 0) > 0, 'the detector recognised posts it had counted');
      assert.deepEqual(await eventState(s), stateBefore, 'event state untouched: nothing counted twice');
      const again = await endState(s, ['news-a']);
      assert.deepEqual(again.alerts, first.alerts);
      assert.deepEqual(again.perCustomer['news-a']!.ledger, first.perCustomer['news-a']!.ledger);
      assert.deepEqual(again.perCustomer['news-a']!.received, [], 'nothing delivered twice');
    } finally {
      await s.stop();
    }
  });

  test('DynamoDB Local stopped in the middle of a replay and restarted: the pipeline resumes and every post is accounted for', async () => {
    // Receives come every 5 s here, so five of them outlast the outage (on AWS: 180 s each).
    const s = await startTestStack({
      dataDir: mkdtempSync(join(tmpdir(), 'tocsin-restart-')),
      visibilityTimeoutSeconds: 5,
    });
    try {
      await customers(s, ['news-a', 'news-b']);
      const bodies = stream();
      await send(s, bodies.slice(0, 5));
      await s.env.emulators.stopDynamo();
      await send(s, bodies.slice(5));
      await new Promise((r) => setTimeout(r, 3000));
      await s.env.emulators.startDynamo();
      await s.pipeline.waitIdle();
      assert.ok(s.errors.length > 0 || s.outcomes.length < bodies.length * 2, 'the outage was noticed');
      // Every post accounted for. A message that succeeded and came back anyway (its visibility
      // timeout, 5 s here, ran out under load) counts its evidence as duplicates but scores its other
      // posts again: they leave no state (docs/detector.md, "Redelivery dedupe"). The end state
      // below shows nothing was counted twice.
      assert.ok(accounted(s) >= POSTS, `posts in ${accounted(s)} = posts scored + duplicates + rejected >= ${POSTS}`);
      assert.equal((await listDlq(s.ctx)).length, 0, 'nothing given up');
      assert.deepEqual(await endState(s, ['news-a', 'news-b']), clean);
    } finally {
      await s.stop();
    }
  });

  test('a failing customer topic never blocks the others; the failure is retried and visible in the ledger', async () => {
    let throttled = 0;
    const failures: string[] = [];
    const s = await startTestStack({
      settings: { deliveryRetryDelaySeconds: 1 },
      hooks: {
        onFanOut: (_a, _v, r) => {
          failures.push(...r.failedCustomers);
        },
      },
      pipeline: {
        wrapFanOut: (d) => ({
          ...d,
          publisher: {
            publish: async (arn, m) => {
              if (arn.endsWith('-throttled') && throttled++ < 2)
                throw Object.assign(new Error('Rate exceeded'), { name: 'ThrottledException' });
              return d.publisher.publish(arn, m);
            },
          },
        }),
      },
    });
    try {
      await customers(s, ['news-a', 'news-b', 'throttled', 'gone']);
      await s.env.clients.sns.send(new DeleteSnsTopic({ TopicArn: await s.ctx.topicArn('gone') }));
      await send(s, stream());
      await s.pipeline.waitIdle();
      const state = await endState(s, ['news-a', 'news-b', 'throttled']);
      assert.deepEqual(state.alerts, clean.alerts);
      assert.deepEqual(state.perCustomer['news-a'], clean.perCustomer['news-a'], 'others delivered in full');
      assert.equal(
        state.perCustomer.throttled!.received.length,
        clean.alerts.length,
        'throttled deliveries retried until delivered',
      );
      assert.ok(
        failures.includes('throttled') && failures.includes('gone'),
        'failures counted (the DeliveryFailures metric)',
      );
      const ledger = await s.ctx.deliveries.listByCustomer('gone');
      assert.equal(ledger.length, clean.alerts.length);
      for (const r of ledger) {
        assert.equal(r.outcome, 'failed');
        assert.ok((r.attempts ?? 0) >= 2, 'retried');
        assert.match(r.error ?? '', /not ?found|does not exist/i);
      }
    } finally {
      await s.stop();
    }
  });

  test('a poison message lands in the DLQ after maxReceiveCount with a readable reason; dlq redrive brings it back', async () => {
    let poisoned = true;
    const s = await startTestStack({
      register: true,
      pipeline: {
        wrapScore: (d) => ({
          ...d,
          detector: {
            processBatch: async (posts) => {
              if (poisoned && posts.some((p) => p.id === 'poison')) throw new Error('injected fault');
              return d.detector.processBatch(posts);
            },
          },
        }),
      },
    });
    try {
      await send(s, [
        JSON.stringify({
          batchId: 'p',
          source: 'twitter',
          posts: chatter({ prefix: 'poison-bg', start: '2026-07-02T00:00:00Z', count: 3 }).concat({
            id: 'poison',
            text: 'x',
            createdAt: '2026-07-02T00:01:00Z',
            source: 'twitter',
          }),
        }),
      ]);
      await s.pipeline.waitIdle();
      const dlq = await listDlq(s.ctx);
      assert.equal(dlq.length, 1);
      assert.equal(dlq[0]!.kind, 'poison');
      assert.equal(dlq[0]!.queue, 'poison', 'in the ingest DLQ, apart from bad input');
      assert.deepEqual(await listDlq(s.ctx, ['quarantine']), []);
      assert.match(dlq[0]!.reason, /failed 5 times in the score function: injected fault/);
      poisoned = false;
      assert.equal(await redriveDlq(s.ctx, [dlq[0]!.messageId], ['poison']), 1);
      await s.pipeline.waitIdle();
      assert.equal((await listDlq(s.ctx)).length, 0);
      assert.equal(accounted(s), 4, 'scored after the redrive');
    } finally {
      await s.stop();
    }
  });
});
