/** Which evidence a customer may still be shown: rules that must hold for any ids and tombstones. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { deletionOf, tombstoneKeysFor, withoutDeleted } from '../../../functions/domain/tombstone';

const did = fc.constantFrom('did:plc:aaa', 'did:plc:bbb', 'did:web:c.example');
const atPost = fc.tuple(did, fc.constantFrom('r1', 'r2', 'r3')).map(([d, r]) => `at://${d}/app.bsky.feed.post/${r}`);
const postId = fc.oneof(atPost, fc.constantFrom('1', '2', 'mastodon:https://m.example/@a/1', 'p1'));
const time = fc.integer({ min: 1.7e12, max: 1.8e12 }).map((ms) => new Date(ms).toISOString());
/** Tombstones of posts and of whole repositories (a deleted account). */
const tombstones = fc
  .array(
    fc.tuple(
      fc.oneof(
        postId,
        did.map((d) => `at://${d}`),
      ),
      time,
    ),
    { maxLength: 8 },
  )
  .map((es) => new Map(es));

test('withoutDeleted keeps exactly the ids no tombstone hides, in their order', () => {
  fc.assert(
    fc.property(fc.array(postId, { maxLength: 12 }), tombstones, (ids, deleted) => {
      const kept = withoutDeleted(ids, deleted);
      const hidden = (id: string) => tombstoneKeysFor(id).some((k) => deleted.has(k));
      assert.deepEqual(
        kept,
        ids.filter((id) => !hidden(id)),
      );
      // A subsequence of the input: nothing added, nothing reordered.
      let i = 0;
      for (const id of ids) if (id === kept[i]) i++;
      assert.equal(i, kept.length);
    }),
  );
});

test('a deleted account hides every post of its repository, and only those', () => {
  fc.assert(
    fc.property(fc.array(atPost, { maxLength: 12 }), did, time, (ids, gone, at) => {
      const kept = withoutDeleted(ids, new Map([[`at://${gone}`, at]]));
      assert.deepEqual(
        kept,
        ids.filter((id) => !id.startsWith(`at://${gone}/`)),
      );
    }),
  );
});

test('filtering is idempotent, and no tombstone keeps everything', () => {
  fc.assert(
    fc.property(fc.array(postId, { maxLength: 12 }), tombstones, (ids, deleted) => {
      const once = withoutDeleted(ids, deleted);
      assert.deepEqual(withoutDeleted(once, deleted), once);
      assert.deepEqual(withoutDeleted(ids, new Map()), ids);
    }),
  );
});

test('deletionOf gives the earlier of a post tombstone and its repository tombstone', () => {
  const post = 'at://did:plc:aaa/app.bsky.feed.post/r1';
  const deleted = new Map([
    [post, '2026-05-01T10:05:00.000Z'],
    ['at://did:plc:aaa', '2026-05-01T10:01:00.000Z'],
  ]);
  assert.equal(deletionOf(post, deleted), '2026-05-01T10:01:00.000Z');
  assert.equal(deletionOf('at://did:plc:bbb/app.bsky.feed.post/r1', deleted), undefined);
});
