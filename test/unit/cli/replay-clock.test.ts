import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ReplayClock } from '../../../tools/local/replay-clock';

test("a replay judges each batch at the time the replayer had reached when it sent it, whatever the queue's backlog", () => {
  const c = new ReplayClock();
  const body = (batchId: string, ...times: string[]) =>
    JSON.stringify({
      batchId,
      source: 'twitter',
      posts: times.map((createdAt, i) => ({ id: `${batchId}-${i}`, createdAt })),
    });
  c.sentBody(body('b1', '2026-03-02T10:00:00Z', '2026-03-02T10:05:00Z'));
  c.sentBody(body('b2', '2026-03-04T10:00:00Z'));
  c.sentBody(body('b3', '2026-03-03T10:00:00Z', 'not a time'));
  c.sentBody('{"batchId": "broken", "posts": [');
  assert.equal(c.clock('b1').toISOString(), '2026-03-02T10:05:00.000Z');
  assert.equal(c.clock('b2').toISOString(), '2026-03-04T10:00:00.000Z');
  assert.equal(c.clock('b3').toISOString(), '2026-03-04T10:00:00.000Z', 'never back');
  assert.equal(c.clock('redriven').toISOString(), '2026-03-04T10:00:00.000Z', 'an unknown batch: the latest time');
});

test('before the replay sent anything, its clock is the wall clock', () => {
  const t = Date.now();
  assert.ok(Math.abs(new ReplayClock().clock('x').getTime() - t) < 5000);
});
