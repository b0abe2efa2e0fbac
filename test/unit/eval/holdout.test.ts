/** Leave-event-out plumbing: which training events are held out, the leak check's text match, the cache key's code hash. */

import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { heldOutEvents, trainingEventsOf } from '../../../tools/eval/holdout';
import { leakCounter, textKey } from '../../../tools/eval/leaks';
import { sourceClosureHash } from '../../../tools/eval/model-cache';

const ev = {
  category: 'storm',
  place: 'x',
  lat: 0,
  lon: 0,
  onsetAt: '2026-01-01T00:00:00Z',
  firstPostAt: '2026-01-01T00:00:00Z',
  posts: 1,
};

test('cv events hold out their trainEvent, dev events their mapped events; an unmapped event is an error', () => {
  assert.deepEqual(trainingEventsOf({ eventId: 'anything', trainEvent: 'x_2012' }), ['x_2012']);
  assert.deepEqual(trainingEventsOf({ eventId: 'boston-marathon-bombing-2013' }), [
    '2013_Boston_bombings',
    '2013_Boston_Bombings',
  ]);
  assert.deepEqual(trainingEventsOf({ eventId: 'stem-school-shooting-2019' }), []);
  assert.throws(() => trainingEventsOf({ eventId: 'new-event-2030' }), /new-event-2030 has no trainEvent/);
  const truth = {
    events: [
      { ...ev, eventId: 'a', trainEvent: 'b_ev' },
      { ...ev, eventId: 'c', trainEvent: 'a_ev' },
      { ...ev, eventId: 'd', trainEvent: 'a_ev' },
    ],
    postEvent: {},
  };
  assert.deepEqual(heldOutEvents(truth), ['a_ev', 'b_ev']);
});

test('the leak check matches retweets and copies, not short generic texts', () => {
  assert.equal(
    textKey('RT @someone: Massive EXPLOSION at the plant!! http://t.co/x @news'),
    textKey('massive explosion at the plant'),
  );
  const leaks = leakCounter(new Map([[textKey('Massive blast at the feed mill on the edge of town'), 'e1']]));
  leaks.see({ text: 'RT @a: MASSIVE blast at the feed mill on the edge of town! https://t.co/abc' });
  leaks.see({ text: 'An unrelated post about the weather today in town' });
  assert.deepEqual(leaks.counts, { e1: 1 });
});

test('the training code hash follows imports: editing an imported file changes it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tocsin-closure-'));
  writeFileSync(join(dir, 'a.ts'), "import { b } from './b';\nexport const a = b;\n");
  writeFileSync(join(dir, 'b.ts'), "import { c } from './c/index';\nexport const b = c;\n");
  writeFileSync(join(dir, 'c.ts'), 'export const unrelated = 1;\n');
  assert.throws(() => sourceClosureHash(join(dir, 'a.ts')), /cannot resolve .\/c\/index/);
  writeFileSync(join(dir, 'b.ts'), "import { c } from './c';\nexport const b = c;\n");
  const h1 = sourceClosureHash(join(dir, 'a.ts'));
  assert.equal(sourceClosureHash(join(dir, 'a.ts')), h1);
  writeFileSync(join(dir, 'c.ts'), 'export const unrelated = 2;\n');
  assert.notEqual(sourceClosureHash(join(dir, 'a.ts')), h1);
});
