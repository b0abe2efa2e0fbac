/** What `dlq list` shows and `dlq redrive` re-sends once posts are deleted. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dropDeleted, postIdsIn, redactDeleted } from '../../../tools/admin/deleted-posts';

const post = (id: string, text: string) => ({ id, text, createdAt: '2026-05-01T10:00:00Z', author: 'a' });
const deleted = new Map([['b', '2026-05-01T10:04:00.000Z']]);
const batch = { batchId: 'x', source: 'bluesky', posts: [post('a', 'keep me'), post('b', 'secret words')] };
/** A quarantined invalid message: the original body kept as a string. */
const quarantined = { kind: 'invalid-message', payload: JSON.stringify(batch), sourceMessageId: 'm1' };
/** Rejected posts: the raw posts under payload.rejected. */
const rejected = {
  kind: 'rejected-posts',
  payload: { source: 'bluesky', rejected: [{ raw: post('b', 'secret words') }] },
};

test('dlq list: the text of a deleted post is redacted wherever the body keeps it, the rest untouched', () => {
  for (const body of [batch, quarantined, rejected].map((b) => JSON.stringify(b))) {
    const r = redactDeleted(body, deleted);
    assert.equal(r.redacted, 1);
    assert.doesNotMatch(r.body, /secret words/);
    assert.match(r.body, /deleted by its author at 2026-05-01T10:04:00.000Z/);
    assert.deepEqual(postIdsIn(r.body).sort(), postIdsIn(body).sort());
  }
  assert.match(redactDeleted(JSON.stringify(batch), deleted).body, /keep me/);
  assert.deepEqual(redactDeleted('not json {', deleted), { body: 'not json {', redacted: 0 });
  const untouched = JSON.stringify(batch);
  assert.equal(redactDeleted(untouched, new Map()).body, untouched);
});

test('dlq redrive: deleted posts are dropped from a batch; a batch left empty is reported empty', () => {
  const r = dropDeleted(JSON.stringify(batch), deleted);
  assert.equal(r.dropped, 1);
  assert.equal(r.empty, false);
  assert.deepEqual(
    (JSON.parse(r.body) as typeof batch).posts.map((p) => p.id),
    ['a'],
  );
  const all = dropDeleted(JSON.stringify(batch), new Map([...deleted, ['a', '2026-05-01T10:05:00.000Z']]));
  assert.equal(all.dropped, 2);
  assert.equal(all.empty, true);
  const none = dropDeleted(JSON.stringify(batch), new Map());
  assert.deepEqual(none, { body: JSON.stringify(batch), dropped: 0, empty: false });
});

test('evidence (the evidence DLQ): the words of a deleted post are redacted when listed, its evidence dropped when re-driven', () => {
  const item = (id: string, terms: string[]) => ({ id, t: 1, source: 'bluesky', terms, author: 'a' });
  const message = { id: 'b1#inc', partition: 'inc', now: 1, evidence: [item('a', ['keep']), item('b', ['secret'])] };
  const parked = { kind: 'poison', reason: 'failed', sourceMessageId: 'm', payload: JSON.stringify(message) };
  for (const body of [message, parked].map((b) => JSON.stringify(b))) {
    const r = redactDeleted(body, deleted);
    assert.equal(r.redacted, 1);
    assert.doesNotMatch(r.body, /secret/);
    assert.match(r.body, /keep/);
  }
  const d = dropDeleted(JSON.stringify(message), deleted);
  assert.equal(d.dropped, 1);
  assert.deepEqual(
    (JSON.parse(d.body) as typeof message).evidence.map((e) => e.id),
    ['a'],
  );
  assert.equal(dropDeleted(JSON.stringify({ ...message, evidence: [item('b', [])] }), deleted).empty, true);
});

test('a packed evidence message (one part per ingest message): each part without its deleted posts; empty when every part is', () => {
  const item = (id: string, terms: string[]) => ({ id, t: 1, source: 'bluesky', terms, author: 'a' });
  const part = (batch: string, ...evidence: ReturnType<typeof item>[]) => ({ id: `${batch}#inc`, now: 1, evidence });
  const packed = { partition: 'inc', parts: [part('b1', item('a', ['keep'])), part('b2', item('b', ['secret']))] };
  const r = redactDeleted(JSON.stringify(packed), deleted);
  assert.equal(r.redacted, 1);
  assert.doesNotMatch(r.body, /secret/);
  const d = dropDeleted(JSON.stringify(packed), deleted);
  assert.deepEqual([d.dropped, d.empty], [1, false]);
  assert.deepEqual(
    (JSON.parse(d.body) as typeof packed).parts.map((p) => [p.id, p.evidence.map((e) => e.id)]),
    [
      ['b1#inc', ['a']],
      ['b2#inc', []],
    ],
  );
  const gone = dropDeleted(JSON.stringify({ ...packed, parts: [packed.parts[1]] }), deleted);
  assert.deepEqual([gone.dropped, gone.empty], [1, true]);
  assert.deepEqual(dropDeleted(JSON.stringify(packed), new Map()).dropped, 0);
});
