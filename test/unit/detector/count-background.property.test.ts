/** countBackground() listing a record's keys only when one is added keeps the background it kept when it listed them on every call (the rule before). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { PARAMS } from '../../../functions/domain/detector/engine/params';
import { countBackground } from '../../../functions/domain/detector/engine/partition';
import { emptyHead, type Head } from '../../../functions/domain/detector/engine/state';

function countBackgroundBefore(head: Head, area: string, source: string, t: number): void {
  const k = `${area}|${source}`;
  const e = head.bg[k] ?? [0, t];
  head.bg[k] = [e[0] * Math.exp(-Math.max(0, t - e[1]) / PARAMS.bgTauMs) + 1, Math.max(e[1], t)];
  const keys = Object.keys(head.bg);
  if (keys.length > PARAMS.bgCap) {
    const keep = Object.entries(head.bg)
      .sort((x, y) => y[1][0] - x[1][0] || (x[0] < y[0] ? -1 : 1))
      .slice(0, Math.floor((PARAMS.bgCap * 2) / 3));
    head.bg = Object.fromEntries(keep);
  }
}

test('the same background records as listing the keys on every call, past the cap and back', () => {
  // Areas enough for the cap (300 keys) to be passed more than once in a run, and a few hot ones updated in between.
  const op = fc.record({
    area: fc.oneof(fc.integer({ min: 0, max: 2 * PARAMS.bgCap }), fc.integer({ min: 0, max: 5 })),
    source: fc.constantFrom('twitter', 'bluesky'),
    dt: fc.integer({ min: 0, max: 600_000 }),
  });
  let prunedRuns = 0;
  fc.assert(
    fc.property(fc.array(op, { minLength: 700, maxLength: 1500, size: 'max' }), (ops) => {
      const a = emptyHead('attack');
      const b = emptyHead('attack');
      let t = 1_700_000_000_000;
      let pruned = 0;
      for (const o of ops) {
        t += o.dt;
        const before = b.bg;
        countBackground(a, `a${o.area}`, o.source, t);
        countBackgroundBefore(b, `a${o.area}`, o.source, t);
        if (b.bg !== before) pruned++;
        assert.equal(JSON.stringify(a.bg), JSON.stringify(b.bg));
      }
      assert.ok(Object.keys(a.bg).length <= PARAMS.bgCap);
      if (pruned > 0) prunedRuns++;
    }),
    { numRuns: 20 },
  );
  // The runs reach the cap: the rule is compared where it prunes, not only below it.
  assert.ok(prunedRuns > 0, 'no run pruned');
});

test('a run long enough prunes the record (the cap is reached in these runs)', () => {
  const h = emptyHead('attack');
  for (let i = 0; i <= PARAMS.bgCap; i++) countBackground(h, `a${i}`, 'twitter', 1_700_000_000_000 + i);
  assert.equal(Object.keys(h.bg).length, Math.floor((PARAMS.bgCap * 2) / 3));
});
