/** The fast schemas of stored state's number lists and maps accept exactly what zod's own element-wise schemas accept. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { z } from 'zod';
import { NumberList, NumberRecord } from '../../../functions/domain/number-schemas';

const anyValue = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0),
  fc.string(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.integer(), { maxLength: 2 }),
  fc.object({ maxDepth: 1 }),
);
const mostlyNumbers = fc.oneof({ weight: 6, arbitrary: fc.double() }, { weight: 1, arbitrary: anyValue });

test('NumberList accepts what z.array(z.number()) accepts, and nothing else', () => {
  const ref = z.array(z.number());
  fc.assert(
    fc.property(fc.oneof(fc.array(mostlyNumbers, { maxLength: 8 }), anyValue), (v) => {
      assert.equal(NumberList.safeParse(v).success, ref.safeParse(v).success, JSON.stringify(v));
    }),
    { numRuns: 3000 },
  );
  assert.equal(NumberList.safeParse([1, 'x']).success, false);
});

test('NumberRecord accepts what z.record(z.string(), z.number()) accepts, and nothing else', () => {
  const ref = z.record(z.string(), z.number());
  fc.assert(
    fc.property(fc.oneof(fc.dictionary(fc.string({ maxLength: 4 }), mostlyNumbers, { maxKeys: 6 }), anyValue), (v) => {
      // An own "__proto__" key: zod leaves it out of the copy it returns; NumberRecord returns the object itself, so it
      // must check it (below).
      fc.pre(typeof v !== 'object' || v === null || !Object.hasOwn(v, '__proto__'));
      assert.equal(NumberRecord.safeParse(v).success, ref.safeParse(v).success, JSON.stringify(v));
    }),
    { numRuns: 3000 },
  );
  assert.equal(NumberRecord.safeParse({ a: 1, b: '2' }).success, false);
  // Stricter than zod where it must be: the object is used as parsed, so a non-number under an own "__proto__" key
  // (JSON.parse makes one) is refused, not dropped.
  assert.equal(NumberRecord.safeParse(JSON.parse('{"__proto__": [], "a": 1}')).success, false);
  assert.equal(NumberRecord.safeParse(JSON.parse('{"__proto__": 2, "a": 1}')).success, true);
});
