/**
 * countMention's burst test without a count of voices per mention (burst.ts voicesNeeded, hasVoices) decides as the
 * rule it replaces: poissonTail(lambda, voices) < PARAMS.burstAlpha, voices the window's distinct authors and, among
 * them, distinct texts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { hasVoices, poissonTail, voicesNeeded } from '../../../functions/domain/detector/engine/burst';
import { PARAMS } from '../../../functions/domain/detector/engine/params';
import type { CategoryBurst } from '../../../functions/domain/detector/engine/state';

function voicesBefore(b: CategoryBurst): number {
  const authors = new Set<number>();
  const texts = new Set<number>();
  for (const [, a, d] of b.w) {
    if (authors.has(a)) continue;
    authors.add(a);
    texts.add(d);
  }
  return Math.min(authors.size, texts.size);
}

const window = fc.array(fc.tuple(fc.nat(1000), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 12 })), {
  minLength: 1,
  maxLength: PARAMS.burstCap,
});
// Rates from none to far more than a window's voices: the threshold moves from 1 past the window's size.
const lambda = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 80, noNaN: true }));

test('a burst exactly when the rule it replaces says so', () => {
  fc.assert(
    fc.property(window, lambda, (w, l) => {
      const b: CategoryBurst = { n: 0, at: 0, w };
      const need = voicesNeeded(l, w.length);
      const now = need !== Number.POSITIVE_INFINITY && hasVoices(b, need);
      assert.equal(now, poissonTail(l, voicesBefore(b)) < PARAMS.burstAlpha);
    }),
    { numRuns: 3000 },
  );
});

test('the fewest voices that burst, at every count up to the window', () => {
  fc.assert(
    fc.property(lambda, fc.integer({ min: 0, max: PARAMS.burstCap }), (l, most) => {
      const need = voicesNeeded(l, most);
      for (let k = 0; k <= most; k++) assert.equal(k >= need, poissonTail(l, k) < PARAMS.burstAlpha, `k ${k}`);
    }),
    { numRuns: 2000 },
  );
});
