/**
 * The stored text of a state item (engine/state-json.ts) is JSON.stringify's, byte for byte, whatever the item's
 * strings hold (a field's marker, quotes, the names of the fields it stands in for), and follows a new tuple or post.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countBackground } from '../../../functions/domain/detector/engine/partition';
import { emptyHead, newCandidate, type RecentPost } from '../../../functions/domain/detector/engine/state';
import { candidateJson, headJson } from '../../../functions/domain/detector/engine/state-json';

const post = (id: string, t: number): RecentPost => ({
  id,
  t,
  a: 123456789,
  w: 0.1 + t / 7,
  r: 1 / 3,
  src: 'bluesky',
  dup: 4294967295,
  k: 2,
  c: [1, 2, 4000000000],
  s: false,
});

test('a head: its background rates as JSON.stringify writes them, before and after they change', () => {
  const h = emptyHead('inc"bg":"\u0001');
  countBackground(h, 'US-TX', 'bluesky', 1_000);
  countBackground(h, '"bg":"\u0001"', 'x\\', 2_000);
  countBackground(h, '12', 'bluesky', 2_500);
  assert.equal(headJson(h), JSON.stringify(h));
  countBackground(h, 'US-TX', 'bluesky', 3_000);
  h.applied.push('"recent":"\u0001"');
  assert.equal(headJson(h), JSON.stringify(h));
  assert.equal(headJson(emptyHead('wx')), JSON.stringify(emptyHead('wx')));
});

test('a candidate: its window and evidence as JSON.stringify writes them, whatever its strings say', () => {
  const c = newCandidate('e#inc#"recent":"\u0001"', '"evidence":"\u0001"', 1_000, 4);
  assert.equal(candidateJson(c), JSON.stringify(c));
  c.terms = { recent: 1, evidence: 2, '"evidence":"\u0001"': 3 };
  c.recent.push(post('a"recent":"\u0001"', 1_000), post('b', 2_000));
  c.evidence = [c.recent[1] as RecentPost];
  assert.equal(candidateJson(c), JSON.stringify(c));
  c.recent.push(post('c', 3_000));
  c.evidence.unshift(c.recent[2] as RecentPost);
  c.own = [1.5, 3_000];
  assert.equal(candidateJson(c), JSON.stringify(c));
});
