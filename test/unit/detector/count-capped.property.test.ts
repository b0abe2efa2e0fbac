/** countCapped() remembering full records counts what it counted when it sized the record on every call (the rule before). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { countCapped } from '../../../functions/domain/detector/engine/accumulate';

function countCappedBefore(rec: Record<string, number>, keys: readonly (string | number)[], cap: number): void {
  let size = -1;
  for (const key of keys) {
    const k = String(key);
    const cur = rec[k];
    if (cur !== undefined) rec[k] = cur + 1;
    else {
      if (size < 0) size = Object.keys(rec).length;
      if (size < cap) {
        rec[k] = 1;
        size++;
      }
    }
  }
}

test('the same counts as sizing the record on every call, over any sequence of posts', () => {
  const keyArb = fc.oneof(
    fc.nat({ max: 40 }),
    fc.constantFrom('a', 'b', 'sandy', 'irma'),
    fc.nat().map((n) => n * 7919),
    // Content hashes: unsigned 32-bit, over 2^31 and up to 2^32 - 1 (no array index: a named key).
    fc.constantFrom(0x80000000, 3_000_000_000, 0xfffffffe, 0xffffffff),
  );
  fc.assert(
    fc.property(
      fc.array(fc.array(keyArb, { maxLength: 20 }), { maxLength: 30 }),
      fc.integer({ min: 1, max: 25 }),
      (posts, cap) => {
        const a: Record<string, number> = {};
        const b: Record<string, number> = {};
        for (const keys of posts) {
          countCapped(a, keys, cap);
          countCappedBefore(b, keys, cap);
          assert.deepEqual(a, b);
          // The stored text too: the same keys in the same order.
          assert.equal(JSON.stringify(a), JSON.stringify(b));
        }
        assert.ok(Object.keys(a).length <= cap);
      },
    ),
    { numRuns: 500 },
  );
});
