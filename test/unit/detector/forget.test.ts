/** A deleted post leaves the detector state: the events quoting it drop their representative, nothing else changes. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forgetQuotedPosts, InMemoryEventStateStore, loadPartitions } from '../../../functions/domain/detector';
import { replayPosts } from '../../../functions/domain/detector/replay';
import { generateStream } from '../../../tools/data/sample-stream';

const families = ['inc', 'quake', 'weather', 'unrest', 'other'];
const reps = async (store: InMemoryEventStateStore) => {
  const loaded = await loadPartitions(store, families);
  return [...loaded.states.values()].flatMap((s) => [...s.candidates.values()].flatMap((c) => (c.rep ? [c.rep] : [])));
};

test('forgetQuotedPosts drops exactly the representatives the deletion hides, and is a no-op the second time', async () => {
  const store = new InMemoryEventStateStore();
  const s = generateStream({ seed: 5, durationMinutes: 120, backgroundPerMinute: 10 });
  const { alerts } = await replayPosts(s.posts, { store });
  const before = await reps(store);
  const quoted = alerts.at(-1)?.post;
  assert.ok(quoted && before.length >= 2, `state holds representatives (${before.length}) and an alert quotes one`);
  const target = before.find((r) => r.id === quoted.id) ?? (before[0] as (typeof before)[number]);
  assert.equal(await forgetQuotedPosts(store, (id) => id === target.id), 1);
  const after = await reps(store);
  assert.ok(!after.some((r) => r.id === target.id || r.text === target.text), 'its text is gone from the state');
  assert.deepEqual(
    after,
    before.filter((r) => r.id !== target.id),
    'every other representative is kept',
  );
  assert.equal(await forgetQuotedPosts(store, (id) => id === target.id), 0, 'nothing left to drop');
});
