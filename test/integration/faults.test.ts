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
import { EVIDENCE, TABLES } from '../../resources';
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

/** Stage 1: posts in = scored + rejected, per delivery of a message. */
const accounted = (s: TestStack) => s.outcomes.reduce((n, o) => n + o.scored + o.rejected, 0);
/** Stage 2: evidence posts counted (applied) and recognised as counted before (duplicates). */
const applied = (s: TestStack) => s.aggregates.reduce((n, o) => n + o.applied, 0);
const duplicates = (s: TestStack) => s.aggregates.reduce((n, o) => n + o.duplicates, 0);
const evidenceSent = (s: TestStack) => s.outcomes.reduce((n, o) => n + o.evidence, 0);

/** Nothing in either dead-letter queue of the detector, nor in the quarantine. */
async function nothingGivenUp(s: TestStack, why: string): Promise<void> {
  assert.deepEqual(
    (await listDlq(s.ctx)).map((d) => d.reason),
    [],
    why,
  );
  assert.equal(await s.queueDepth(s.env.queues.evidenceDlqUrl), 0, `evidence DLQ empty: ${why}`);
}

describe('faults', { timeout: 540_000, concurrency: false }, () => {
  let clean: Awaited<ReturnType<typeof endState>>;
  let cleanApplied = 0;

  test('a clean run', async () => {
    const s = await startTestStack();
    try {
      await customers(s, ['news-a', 'news-b']);
      await send(s, stream());
      await s.pipeline.waitIdle();
      clean = await endState(s, ['news-a', 'news-b']);
      assert.ok(clean.alerts.length >= 2, 'both events alerted');
      assert.equal(accounted(s), POSTS);
      cleanApplied = applied(s);
      assert.ok(cleanApplied > 0, 'evidence reached stage 2');
      assert.equal(applied(s) + duplicates(s), evidenceSent(s), 'evidence = applied + duplicates');
      for (const c of Object.values(clean.perCustomer)) assert.equal(c.received.length, clean.alerts.length);
    } finally {
      await s.stop();
    }
  });

  test('a stage-2 handler that dies half way through a batch is retried, and the end state equals a clean run', async () => {
    let crashes = 0;
    const s = await startTestStack({
      pipeline: {
        wrapAggregate: (d) => ({
          ...d,
          // Dies just before storing an alert, then (on the retry) just after
          // storing it: both sides of the write, before detector state is committed.
          // A batch's versions are stored at once: the others of its batch land or not meanwhile.
          alerts: {
            put: async (a, at) => {
              const n = crashes++;
              if (n === 0) throw new Error('injected crash before the alert write');
              const r = await d.alerts.put(a, at);
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
      assert.equal(accounted(s), POSTS, 'every message scored once by stage 1');
      assert.equal(applied(s), cleanApplied, 'every evidence post counted exactly once despite the retry');
    } finally {
      await s.stop();
    }
  });

  test('a stage-2 worker killed mid-batch (after storing an alert, before its commit) leaves the end state of a clean run', async () => {
    // The worker never answers and never writes again, as a killed process: its messages come back
    // after the visibility timeout (2 s here) to the other worker, in order (their FIFO group was held).
    let release: () => void = () => undefined;
    const dead = new Promise<void>((r) => {
      release = r;
    });
    let killed = 0;
    let alertsStored = 0;
    const s = await startTestStack({
      pipeline: {
        aggregateConcurrency: 2,
        wrapAggregate: (d) => ({
          ...d,
          alerts: {
            put: async (a, at) => {
              const r = await d.alerts.put(a, at);
              alertsStored++;
              return r;
            },
          },
          store: {
            load: (keys) => d.store.load(keys),
            save: async (puts) => {
              if (killed === 0 && alertsStored > 0) {
                killed++;
                await dead;
                throw new Error('killed (injected): this worker is gone');
              }
              return d.store.save(puts);
            },
          },
        }),
      },
    });
    try {
      await customers(s, ['news-a', 'news-b']);
      await send(s, stream());
      await s.pipeline.waitIdle();
      assert.equal(killed, 1, 'one worker was killed between its alert write and its commit');
      assert.deepEqual(await endState(s, ['news-a', 'news-b']), clean);
      assert.equal(accounted(s), POSTS);
      assert.equal(applied(s), cleanApplied, 'the batch the dead worker held was applied once, by the other');
      await nothingGivenUp(s, 'nothing given up');
    } finally {
      release();
      await s.stop();
    }
  });

  test('the same batches again, shuffled and concurrently: no duplicate alert, delivery or count', async () => {
    const s = await startTestStack({ pipeline: { scoreConcurrency: 2, aggregateConcurrency: 2 } });
    try {
      await customers(s, ['news-a']);
      const bodies = stream();
      await send(s, bodies);
      await s.pipeline.waitIdle();
      const first = await endState(s, ['news-a']);
      const stateBefore = await eventState(s);
      assert.equal(accounted(s), POSTS);
      assert.equal(applied(s), cleanApplied);
      // Sent again as they were (the standard ingest queue takes them; stage 1 scores them again and
      // the evidence queue drops their evidence: same batch ids), and re-cut into other batches in
      // shuffled order (new batch ids: only stage 2's state can tell).
      const rebatched = stream(13);
      const shuffled = [...bodies, ...rebatched]
        .map((b, i) => ({ b, k: (i * 7919) % 97 }))
        .sort((x, y) => x.k - y.k)
        .map((x) => x.b);
      await send(s, shuffled);
      await s.pipeline.waitIdle();
      assert.equal(accounted(s), 3 * POSTS, 'stage 1 scored every copy (it is stateless)');
      assert.equal(applied(s), cleanApplied, 'stage 2 counted no evidence post twice');
      assert.ok(duplicates(s) > 0, 'stage 2 recognised evidence it had counted');
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
    // The outage lasts as long as DynamoDB Local takes to start again: 15-25 s on a loaded 2-core
    // machine, and up to the emulator's 30 s start limit. The head message fails once per visibility
    // timeout and is parked in the DLQ on its maxReceiveCount-th receive, so the test's retry budget,
    // (maxReceiveCount - 1) x visibility, must outlast that (on AWS: 4 x 180 s). At 5 s it did not
    // always: batch s20-0 went to the DLQ and 20 of the 228 posts were left to a redrive.
    // Measured 2026-12-02 with the two stages: an outage of 47 s on the loaded machine (the start alone
    // took 44 s), past a 40 s budget: 15 s gives 60 s.
    const visibilityTimeoutSeconds = 15;
    const budgetMs = (EVIDENCE.maxReceiveCount - 1) * visibilityTimeoutSeconds * 1000;
    const s = await startTestStack({
      dataDir: mkdtempSync(join(tmpdir(), 'tocsin-restart-')),
      visibilityTimeoutSeconds,
    });
    try {
      await customers(s, ['news-a', 'news-b']);
      const bodies = stream();
      await send(s, bodies.slice(0, 5));
      const down = Date.now();
      await s.env.emulators.stopDynamo();
      await send(s, bodies.slice(5));
      await new Promise((r) => setTimeout(r, 3000));
      await s.env.emulators.startDynamo();
      const outageMs = Date.now() - down;
      await s.pipeline.waitIdle();
      assert.ok(s.errors.length > 0 || s.outcomes.length < bodies.length * 2, 'the outage was noticed');
      // Checked first: a batch given up on is the one way posts go missing from the outcomes below.
      await nothingGivenUp(
        s,
        `nothing given up (outage ${(outageMs / 1000).toFixed(1)} s, retry budget ${budgetMs / 1000} s)`,
      );
      // Every post accounted for. A message that succeeded and came back anyway (its visibility
      // timeout ran out under load) is scored again by stage 1, and its evidence is dropped by
      // stage 2 (docs/detector.md, "Redelivery dedupe"). The end state below shows nothing was
      // counted twice.
      assert.ok(accounted(s) >= POSTS, `posts scored + rejected ${accounted(s)} >= ${POSTS}`);
      assert.equal(applied(s), cleanApplied, 'every evidence post counted once');
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
    // Five failing receives, one per visibility timeout: the shortest one (1 s) keeps that wait at ~5 s.
    const s = await startTestStack({
      register: true,
      visibilityTimeoutSeconds: 1,
      pipeline: {
        wrapScore: (d) => ({
          ...d,
          score: (batchId, posts) => {
            if (poisoned && posts.some((p) => p.id === 'poison')) throw new Error('injected fault');
            return d.score(batchId, posts);
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
      assert.deepEqual(await redriveDlq(s.ctx, [dlq[0]!.messageId], ['poison']), {
        redriven: 1,
        droppedPosts: 0,
        emptied: [],
        notEvidence: [],
        partsParked: [],
      });
      await s.pipeline.waitIdle();
      assert.equal((await listDlq(s.ctx)).length, 0);
      assert.equal(accounted(s), 4, 'scored after the redrive');
    } finally {
      await s.stop();
    }
  });
});
