/**
 * The Jetstream connector against two local Jetstream servers (no network):
 * the connector is killed twice and a server once, mid-stream, among
 * malformed frames and abrupt disconnects; every post created must reach the
 * detector and be counted there exactly once, and a breaking event told in
 * four languages must raise an alert.
 */

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Backoff } from '../../functions/connectors/backoff';
import { InMemoryCheckpointStore } from '../../functions/connectors/checkpoint';
import { startJetstream } from '../../functions/connectors/jetstream/connector';
import { postUri } from '../../functions/connectors/jetstream/mapping';
import type { RunningConnector } from '../../functions/connectors/running';
import { InMemoryTombstoneStore } from '../../functions/connectors/tombstones';
import { BREAKING_LYON, CHATTER, sleep, until } from './support/connector-fixtures';
import {
  account,
  didOf,
  identity,
  type JetstreamEvent,
  JetstreamServer,
  like,
  postCreate,
  postDelete,
} from './support/jetstream-server';
import { ScoringQueue } from './support/scoring-queue';

type Ev = Omit<JetstreamEvent, 'time_us'>;

/** The generated firehose: chatter, likes, deletions, identities, an account deletion, and the breaking event in the middle. */
function script(total: number): { events: Ev[]; created: Set<string>; deleted: Set<string>; goneDid: string } {
  const events: Ev[] = [];
  const created = new Set<string>();
  const deleted = new Set<string>();
  for (let a = 1; a <= 40; a++) events.push(identity(didOf(a), `user${a}.bsky.social`, a));
  const goneDid = didOf(77);
  for (let i = 0; events.length < total; i++) {
    const did = didOf(1 + (i % 60));
    const [lang, text] = CHATTER[i % CHATTER.length]!;
    const rkey = `3c${i.toString(36)}`;
    events.push(postCreate(did, rkey, `${text} #${i}`, { langs: [lang] }));
    created.add(postUri(did, rkey));
    if (i % 3 === 0) events.push(like(did, `l${i}`, postUri(did, rkey)));
    if (i % 25 === 10) {
      const victim = `3c${(i - 5).toString(36)}`;
      const vdid = didOf(1 + ((i - 5) % 60));
      events.push(postDelete(vdid, victim));
      deleted.add(postUri(vdid, victim));
    }
    if (i === 300) events.push(account(goneDid, false, 999, 'deleted'));
    if (i >= 400 && i < 400 + BREAKING_LYON.length * 15 && (i - 400) % 15 === 0) {
      const k = (i - 400) / 15;
      const [bl, bt] = BREAKING_LYON[k]!;
      const bdid = didOf(500 + k);
      events.push(postCreate(bdid, `3b${k}`, bt, { langs: [bl] }));
      created.add(postUri(bdid, `3b${k}`));
    }
  }
  return { events, created, deleted, goneDid };
}

describe('Jetstream connector end to end', () => {
  test('killed connector, killed server, malformed frames, resets: every post created is counted once by the detector; the multilingual event alerts', async () => {
    const { events, created, deleted, goneDid } = script(2400);
    const a = await new JetstreamServer({ malformedEvery: 37, dropAfterFrames: 900 }).start();
    const b = await new JetstreamServer({ malformedEvery: 53, clockSkewUs: -150_000 }).start();
    const queue = new ScoringQueue();
    const checkpoints = new InMemoryCheckpointStore();
    const tombstones = new InMemoryTombstoneStore();
    const start = (): RunningConnector =>
      startJetstream({
        endpoints: [a.url, b.url],
        sink: queue,
        checkpoints,
        tombstones,
        overlapMs: 300,
        idleTimeoutMs: 1500,
        healthyAfterMs: 200,
        backoff: new Backoff({ baseMs: 20, maxMs: 200 }),
        limits: { maxWaitMs: 100, maxPosts: 50 },
      });
    const runs: RunningConnector[] = [start()];
    try {
      // No checkpoint yet: the first connector starts live, so publish once it listens.
      await until('connected', () => a.connections.length > 0, 5000);
      const chunk = 12;
      for (let i = 0, n = 0; i < events.length; i += chunk, n++) {
        // Both instances see every event, each stamping its own time_us (as Bluesky's do).
        a.publish(events.slice(i, i + chunk));
        b.publish(events.slice(i, i + chunk));
        if (n === 40) runs.at(-1)!.kill();
        if (n === 45) runs.push(start());
        if (n === 70) await a.kill();
        if (n === 95) await a.restart();
        if (n === 130) {
          runs.at(-1)!.kill();
          await sleep(80);
          runs.push(start());
        }
        if (n === 150) queue.failures.push('after', 'before');
        await sleep(12);
      }
      const wanted = [...created].filter((id) => !deleted.has(id));
      await until(
        'every post',
        () => {
          const got = new Set(queue.delivered);
          return wanted.every((id) => got.has(id));
        },
        30_000,
      );
      assert.equal(await runs.at(-1)!.stop(5000), true, 'the last connector flushed and checkpointed everything');
    } finally {
      for (const r of runs) r.kill();
      await a.kill();
      await b.kill();
    }
    const got = new Set(queue.delivered);
    for (const id of got) assert.ok(created.has(id), `${id} was created`);
    assert.equal(queue.rejected, 0, JSON.stringify(queue.quarantined).slice(0, 500));
    // Evidence is counted once (a re-sent copy is a duplicate); a post that is no evidence leaves no
    // state, so a re-sent copy of it is scored again (docs/detector.md, "Redelivery dedupe").
    assert.equal(queue.scored + queue.duplicates, queue.delivered.length, 'every copy sent is scored or a duplicate');
    assert.ok(
      queue.delivered.length > got.size,
      `the overlaps re-sent posts (${queue.delivered.length} sent, ${got.size} distinct)`,
    );
    assert.ok(queue.scored >= got.size, 'every post was scored');
    assert.ok(
      queue.resentBatches >= 1,
      'the batch whose reply was lost was re-sent with the same id, and scored again (a standard queue keeps both; its evidence counts once)',
    );
    for (const id of deleted) assert.ok(tombstones.items.has(id), `tombstone for ${id}`);
    assert.ok(tombstones.items.has(`at://${goneDid}`), 'the deleted account is tombstoned');
    const alert = queue.alerts.find((x) => x.category === 'explosion' && x.location?.name.startsWith('Lyon'));
    assert.ok(alert, `an explosion alert in Lyon (alerts: ${JSON.stringify(queue.alerts.map((x) => x.title))})`);
    assert.deepEqual(
      queue.alerts.filter((x) => x.location?.name.startsWith('Lyon') !== true).map((x) => x.title),
      [],
      'no alert from the chatter',
    );
    assert.ok(
      [...queue.posts.values()].some((p) => p.author?.handle?.endsWith('.bsky.social')),
      'handles from identity events',
    );
    const totals = runs.map((r) => r.stats);
    assert.ok(totals.reduce((s, x) => s + x.malformed, 0) > 0, 'malformed frames were met and skipped');
    assert.ok(totals.reduce((s, x) => s + x.disconnects, 0) > 0, 'disconnects were met');
    assert.ok(
      a.connections.some((c) => c.cursor !== null) || b.connections.some((c) => c.cursor !== null),
      'reconnects resumed from a cursor',
    );
    assert.ok([...a.connections, ...b.connections].every((c) => c.wanted.join() === 'app.bsky.feed.post'));
  });

  test('a slow queue: the reader pauses (bounded buffer) and loses nothing', async () => {
    const server = await new JetstreamServer().start();
    const queue = new ScoringQueue();
    queue.delayMs = 60;
    const checkpoints = new InMemoryCheckpointStore();
    const c = startJetstream({
      endpoints: [server.url],
      sink: queue,
      checkpoints,
      tombstones: new InMemoryTombstoneStore(),
      overlapMs: 200,
      backoff: new Backoff({ baseMs: 20, maxMs: 100 }),
      limits: { maxWaitMs: 50, maxPosts: 20, maxBufferedItems: 60 },
    });
    let maxBuffered = 0;
    const watch = setInterval(() => {
      maxBuffered = Math.max(maxBuffered, c.forwarder.bufferedItems);
    }, 2);
    const ids = new Set<string>();
    try {
      await until('connected', () => server.connections.length > 0, 5000);
      for (let i = 0; i < 600; i++) {
        const did = didOf(i % 97);
        server.publish([postCreate(did, `s${i}`, `post number ${i}`)]);
        ids.add(postUri(did, `s${i}`));
      }
      await until(
        'every post',
        () => {
          const got = new Set(queue.delivered);
          return [...ids].every((id) => got.has(id));
        },
        30_000,
      );
      assert.equal(await c.stop(5000), true);
    } finally {
      clearInterval(watch);
      c.kill();
      await server.kill();
    }
    assert.ok(c.stats.pauses > 0, 'the reader paused for the queue');
    assert.ok(maxBuffered <= 60, `buffer bounded (max ${maxBuffered})`);
    assert.equal(queue.scored + queue.duplicates, queue.delivered.length, 'every copy sent is scored or a duplicate');
    assert.equal(c.stats.disconnects, 0, 'pauses are not failures');
  });
});
