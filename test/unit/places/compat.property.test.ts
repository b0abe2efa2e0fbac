/** compat() over readings looked up once per tally gives what it gave reading the gazetteer on every call (the rule before). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { distKm } from '../../../functions/domain/places';
import {
  admin1OfRef,
  countryOfRef,
  latOf,
  lonOf,
  type Ref,
  ref,
  refType,
} from '../../../functions/domain/places/entity';
import type { Gazetteer } from '../../../functions/domain/places/gazetteer';
import { EntityType } from '../../../functions/domain/places/layout';
import { compat, readingOf } from '../../../functions/domain/places/resolve';
import { fixtureContext } from './fixture';

const g = fixtureContext().g;

/** The rule as it was written before the readings (the oracle). */
function compatBefore(gz: Gazetteer, a: Ref, b: Ref): number {
  if (a === b) return 1;
  const ta = refType(a);
  const tb = refType(b);
  if (countryOfRef(gz, a) !== countryOfRef(gz, b)) return 0;
  if (ta === EntityType.Country || tb === EntityType.Country) return 1;
  if (ta === EntityType.Admin1 || tb === EntityType.Admin1) return admin1OfRef(gz, a) === admin1OfRef(gz, b) ? 1 : 0.15;
  const d = distKm(latOf(gz, a), lonOf(gz, a), latOf(gz, b), lonOf(gz, b));
  return Math.max(0.15, Math.exp(-d / 100));
}

const refArb = fc.oneof(
  fc.nat({ max: g.places - 1 }).map((i) => ref(EntityType.Place, i)),
  fc.nat({ max: g.admin1.length - 1 }).map((i) => ref(EntityType.Admin1, i)),
  fc.nat({ max: g.countries.length - 1 }).map((i) => ref(EntityType.Country, i)),
);

test('compat over readings equals the rule reading the gazetteer per call, for any two entities', () => {
  fc.assert(
    fc.property(refArb, refArb, (a, b) => {
      assert.equal(compat(g, readingOf(g, a), readingOf(g, b)), compatBefore(g, a, b));
      assert.equal(compat(g, readingOf(g, a), readingOf(g, a)), 1);
    }),
    { numRuns: 2000 },
  );
});
