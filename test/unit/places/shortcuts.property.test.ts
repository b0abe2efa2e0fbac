/** The place extractor's shortcuts answer as the plain rules they stand for: distance thresholds, cue lookups. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { Scan } from '../../../functions/domain/detector/scan';
import { CUE_BITS, cueOf } from '../../../functions/domain/places/cues';
import { distKm, withinKm } from '../../../functions/domain/places/gazetteer';
import { Tokens } from '../../../functions/domain/places/text';

const lat = fc.double({ min: -90, max: 90, noNaN: true });
const lon = fc.double({ min: -180, max: 180, noNaN: true });

test('withinKm(...) is distKm(...) <= km, near the threshold and far from it', () => {
  // Points near each other (where the latitude test decides nothing) as well as anywhere.
  const near = fc
    .tuple(lat, lon, fc.double({ min: -2, max: 2, noNaN: true }), fc.double({ min: -2, max: 2, noNaN: true }))
    .map(([a, b, da, db]) => [a, b, Math.max(-90, Math.min(90, a + da)), b + db] as const);
  const pair = fc.oneof(near, fc.tuple(lat, lon, lat, lon));
  fc.assert(
    fc.property(
      pair,
      fc.oneof(fc.constantFrom(15, 30, 50, 100, 150), fc.double({ min: 0, max: 500, noNaN: true })),
      ([a, b, c, d], km) => {
        assert.equal(withinKm(a, b, c, d, km), distKm(a, b, c, d) <= km);
      },
    ),
    { numRuns: 20_000 },
  );
  // Exactly at the threshold, along a meridian (where the latitude bound is tightest).
  for (const km of [15, 30, 100, 150]) {
    const deg = km / 111.19508;
    assert.equal(withinKm(10, 20, 10 + deg, 20, km), distKm(10, 20, 10 + deg, 20) <= km);
  }
});

test('cueOf gives every cue word its bits, and a word that is no cue none', () => {
  const scan = new Scan();
  const t = new Tokens();
  for (const [w, bits] of CUE_BITS) {
    t.read(scan.scan(w, false));
    if (scan.n !== 1 || scan.key(0) !== w) continue; // a cue entry of several words is looked up word by word
    assert.equal(cueOf(t, 0), bits, w);
  }
  fc.assert(
    fc.property(fc.stringMatching(/^[a-z]{1,12}$/), (w) => {
      t.read(scan.scan(w, false));
      assert.equal(cueOf(t, 0), CUE_BITS.get(w) ?? 0, w);
    }),
    { numRuns: 5_000 },
  );
});
