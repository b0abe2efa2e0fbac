/**
 * The decoded state a store keeps between batches (keyed-store.ts): every
 * object kept is what its stored text decodes to, a load hands it out only
 * for that very item, and the detector raises the same alerts and writes the
 * same state with it as when every load decodes.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import type { Alert } from '../../../functions/domain/alert';
import {
  createDetector,
  type EventStateStore,
  InMemoryEventStateStore,
  loadPartitions,
  type StatePut,
  type StoredState,
} from '../../../functions/domain/detector';
import { commitLoaded, keptItems } from '../../../functions/domain/detector/engine/keyed-store';
import {
  CandidateSchema,
  decodeItem,
  HeadSchema,
  RecentPostSchema,
} from '../../../functions/domain/detector/engine/state';
import type { Post } from '../../../functions/domain/post';
import { generateStream } from '../../../tools/data/sample-stream';

/** A store that lets the test read every item it holds. */
class ListedStore extends InMemoryEventStateStore {
  readonly all = new Map<string, StoredState>();
  override async save(puts: readonly StatePut[]): Promise<void> {
    await super.save(puts);
    for (const p of puts) this.all.set(p.key, { version: p.expectedVersion + 1, data: p.data, expiresAt: p.expiresAt });
  }
}

/** A new view of the store for every batch: nothing kept from one batch to the next, every load decodes. */
const fresh = (inner: EventStateStore): EventStateStore => ({
  load: (k) => inner.load(k),
  save: (p) => inner.save(p),
});

function stream(): Post[][] {
  const { posts } = generateStream({ seed: 31, durationMinutes: 150, backgroundPerMinute: 12 });
  const batches: Post[][] = [];
  for (let i = 0; i < posts.length; i += 40) batches.push(posts.slice(i, i + 40));
  return batches;
}

async function run(batches: Post[][], keep: boolean, check?: (store: EventStateStore) => void) {
  const store = new ListedStore();
  const kept = createDetector({ store });
  const alerts: Alert[] = [];
  let clock = 0;
  for (const b of batches) {
    for (const p of b) clock = Math.max(clock, Date.parse(p.createdAt));
    const d = keep ? kept : createDetector({ store: fresh(store) });
    const r = await d.processBatch(b, { now: clock });
    alerts.push(...r.alerts);
    await r.commit();
    check?.(store);
  }
  const state = new Map(
    [...store.all].map(([k, v]) => [k, { version: v.version, item: JSON.parse(v.data) as unknown }]),
  );
  return { alerts, state };
}

test('every kept object is what its stored text decodes to, after every commit', async () => {
  let checked = 0;
  await run(stream(), true, (store) => {
    const kept = keptItems(store);
    for (const [key, k] of kept.heads) {
      const d = decodeItem(HeadSchema, k.data);
      assert.ok(d.ok && isDeepStrictEqual(k.value, d.value), `head ${key} v${k.version} differs from its text`);
      // Nothing changes a kept object after its commit: its text is still what it would write.
      assert.equal(k.data, JSON.stringify(k.value), `head ${key} v${k.version}: its text is not JSON.stringify's`);
      checked++;
    }
    for (const [key, k] of kept.candidates) {
      const d = decodeItem(CandidateSchema, k.data);
      assert.ok(d.ok && isDeepStrictEqual(k.value, d.value), `candidate ${key} v${k.version} differs from its text`);
      assert.equal(k.data, JSON.stringify(k.value), `candidate ${key} v${k.version}: its text is not JSON.stringify's`);
      checked++;
    }
  });
  assert.ok(checked > 100, `kept items checked: ${checked}`);
});

test('the same alerts and the same stored state with kept objects as with every load decoded', async () => {
  const batches = stream();
  const a = await run(batches, true);
  const b = await run(batches, false);
  assert.ok(a.alerts.length > 0);
  assert.deepEqual(a.alerts, b.alerts);
  assert.deepEqual(a.state, b.state);
});

test('a load takes the kept object only for the item committed; a conflict or another writer leaves nothing stale', async () => {
  const store = new InMemoryEventStateStore();
  const { posts } = generateStream({ seed: 32, durationMinutes: 40, backgroundPerMinute: 12 });
  await (await createDetector({ store }).processBatch(posts)).commit();
  const [k, head] = [...keptItems(store).heads][0] ?? [];
  assert.ok(k && head, 'the head committed is kept');
  const family = head.value.key.slice(2);

  const first = await loadPartitions(store, [family]);
  assert.equal(first.states.get(family)?.head, head.value, 'the next load takes the kept object');
  const second = await loadPartitions(store, [family]);
  assert.notEqual(second.states.get(family)?.head, head.value, 'a load running beside it decodes its own');
  assert.deepEqual(second.states.get(family)?.head, head.value);

  // The first commits a change; the second, now stale, conflicts and keeps nothing.
  const h1 = first.states.get(family);
  assert.ok(h1);
  h1.head.clock += 1;
  h1.touched.add(h1.head.key);
  await commitLoaded(store, first);
  const h2 = second.states.get(family);
  assert.ok(h2);
  h2.head.clock += 2;
  h2.touched.add(h2.head.key);
  await assert.rejects(commitLoaded(store, second), { name: 'ConcurrentUpdateError' });
  const third = await loadPartitions(store, [family]);
  assert.equal(third.states.get(family)?.head, h1.head, "the winner's object, not the loser's");

  // Another writer (another process) moves the item on: the next load decodes what it wrote.
  await commitLoaded(store, third);
  const stored = (await store.load([k])).get(k);
  assert.ok(stored);
  const theirs = { ...JSON.parse(stored.data), clock: 42 };
  await store.save([
    { key: k, expectedVersion: stored.version, data: JSON.stringify(theirs), expiresAt: stored.expiresAt },
  ]);
  const fourth = await loadPartitions(store, [family]);
  assert.notEqual(fourth.states.get(family)?.head, h1.head);
  assert.equal(fourth.states.get(family)?.head.clock, 42);
});

test('a group this store committed loads in one round trip; after another writer, what its head lists is read too', async () => {
  const inner = new InMemoryEventStateStore();
  const calls: string[][] = [];
  const store: EventStateStore = {
    load: (keys) => {
      calls.push([...keys]);
      return inner.load(keys);
    },
    save: (puts) => inner.save(puts),
  };
  const { posts } = generateStream({ seed: 33, durationMinutes: 60, backgroundPerMinute: 12 });
  await (await createDetector({ store }).processBatch(posts)).commit();
  const [k, head] = [...keptItems(store).heads].find(([, h]) => h.value.active.length > 1) ?? [];
  assert.ok(k && head, 'a committed head with candidates');
  const family = head.value.key.slice(2);

  calls.length = 0;
  const mine = await loadPartitions(store, [family]);
  assert.equal(calls.length, 1, 'heads and candidates in one load');
  assert.equal(mine.states.get(family)?.candidates.size, head.value.active.length);
  await commitLoaded(store, mine);

  // Another writer lists one candidate more than the head this store kept.
  const stored = (await inner.load([k])).get(k);
  assert.ok(stored);
  const theirs = JSON.parse(stored.data) as { active: [string, number, number][] };
  const other = (await inner.load(theirs.active.map(([ck]) => ck))).get(theirs.active[0]?.[0] ?? '');
  assert.ok(other);
  const extra = `${theirs.active[0]?.[0]}x`;
  const extraItem = { ...JSON.parse(other.data), key: extra };
  await inner.save([
    { key: extra, expectedVersion: 0, data: JSON.stringify(extraItem), expiresAt: other.expiresAt },
    {
      key: k,
      expectedVersion: stored.version,
      data: JSON.stringify({ ...theirs, active: [...theirs.active, [extra, 0, 0]] }),
      expiresAt: stored.expiresAt,
    },
  ]);
  calls.length = 0;
  const after = await loadPartitions(store, [family]);
  assert.equal(calls.length, 2, 'the candidate not guessed is read in a second load');
  assert.deepEqual(calls[1], [extra]);
  assert.equal(after.states.get(family)?.candidates.get(extra)?.key, extra);
  assert.equal(after.states.get(family)?.candidates.size, theirs.active.length + 1);
});

test('a window post stored before it kept its language decodes without one; one with a language keeps it', () => {
  const base = { id: 'p1', t: 1, a: 2, w: 1, r: 1, src: 'twitter', dup: 3, k: 3, c: [4], s: true };
  assert.equal(RecentPostSchema.parse(base).l, undefined);
  assert.equal(RecentPostSchema.parse({ ...base, l: 'ja' }).l, 'ja');
});
