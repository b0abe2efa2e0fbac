/**
 * One post dated hours ahead must not blind the detector. Posts arrive one
 * per message, as a quiet live stream delivers them, through both stages
 * (scoreMessage, then aggregateMessages) and a wall clock that reads each
 * post's arrival time.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Post } from '../../../functions/domain/post';
import { scoreMessage } from '../../../functions/score/score-message';
import { inProcessStages } from '../../../tools/local/in-process-stages';
import { breakingEvent, chatter, EXPLOSION_TEXTS } from '../../integration/support/posts';

const liar = (id: string, createdAt: string, text: string): Post => ({
  id,
  text,
  createdAt,
  source: 'twitter',
  author: { id: `liar-${id}` },
});

/** Chatter, then at 10:05 a post dated 17:05 (7 h ahead) and one dated 2099, then a real explosion at 10:14. */
function stream(): { post: Post; arrivesAt: number }[] {
  const arriving = (p: Post, at = Date.parse(p.createdAt) + 2000) => ({ post: p, arrivesAt: at });
  return [
    ...chatter({ prefix: 'bg', start: '2026-06-01T10:00:00.000Z', count: 15, everySeconds: 20 }).map((p) =>
      arriving(p),
    ),
    arriving(
      liar('ahead', '2026-06-01T17:05:00.000Z', 'Huge explosion, smoke everywhere'),
      Date.parse('2026-06-01T10:05:10Z'),
    ),
    arriving(
      liar('y2099', '2099-01-01T00:00:00.000Z', 'Massive blast, windows shook'),
      Date.parse('2026-06-01T10:05:20Z'),
    ),
    ...chatter({ prefix: 'bg2', start: '2026-06-01T10:06:00.000Z', count: 20, everySeconds: 20 }).map((p) =>
      arriving(p),
    ),
    ...breakingEvent({ prefix: 'ev', start: '2026-06-01T10:14:00.000Z', authors: 12, texts: EXPLOSION_TEXTS }).map(
      (p) => arriving(p),
    ),
  ];
}

test('posts dated 7 h ahead and in 2099 are quarantined, and a real explosion later in the stream still alerts', async () => {
  let now = 0;
  const { alerts, quarantined, deps } = inProcessStages({ clock: () => new Date(now) });
  for (const [i, { post, arrivesAt }] of stream().entries()) {
    now = arrivesAt;
    await scoreMessage(JSON.stringify({ batchId: `b${i}`, source: 'twitter', posts: [post] }), `m${i}`, deps);
  }
  assert.equal(quarantined.length, 2);
  assert.match(quarantined[0]!.reason, /2026-06-01T17:05:00.000Z is more than 5 min ahead of the ingest clock/);
  assert.match(quarantined[1]!.reason, /2099-01-01T00:00:00.000Z is more than 5 min ahead/);
  assert.ok(
    alerts.some((a) => a.category === 'explosion' && a.location?.name.startsWith('Houston')),
    `the explosion alerts (${alerts.map((a) => a.title).join('; ') || 'no alert'})`,
  );
});
