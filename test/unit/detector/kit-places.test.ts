/**
 * Places in the first-report kit (tools/eval/kit-places.ts): every report names its kit's city; the share placed
 * within 50 km of it, per half. The floors are what each half reached when the measure was added (not above): every
 * half had been looked at by then, so these guard against regressions, they prove no generality (half E, added on
 * branch parity4, as it first read). D's English kit (Newcastle, read as Newcastle, South Africa, by population) is the
 * known miss.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { kitPlaceRows, kitPlaces } from '../../../tools/eval/kit-places';

const FLOORS = { A: 412, B: 407, C: 411, D: 282, E: 320 } as const;

describe('first reports are placed at the city they name, in every seed language', () => {
  const results = kitPlaces();
  for (const [half, floor] of Object.entries(FLOORS) as [keyof typeof FLOORS, number][])
    test(`half ${half}: at least ${floor} reports within 50 km of their city`, () => {
      const all = kitPlaceRows(results, half).find((r) => r.lang === 'all');
      assert.ok(all && all.right >= floor, `${all?.right}/${all?.n}`);
    });
});
