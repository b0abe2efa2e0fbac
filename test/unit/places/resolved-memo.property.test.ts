/**
 * An event's votes resolved once and kept until addVotes changes them (resolveEventVotes, supportOf) answer what
 * resolving a fresh copy of the same votes answers, after any sequence of votes and reads.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { PostPlace } from '../../../functions/domain/places';
import { ref } from '../../../functions/domain/places/entity';
import { EntityType } from '../../../functions/domain/places/layout';
import {
  addVotes,
  emptyVotes,
  type HeldPlace,
  holdPlace,
  type PlaceVotes,
  resolveEventVotes,
  resolveVotes,
  supportOf,
} from '../../../functions/domain/places/resolve';
import { fixtureContext } from './fixture';

const g = fixtureContext().g;

const refArb = fc.oneof(
  fc.integer({ min: 0, max: g.places - 1 }).map((i) => ref(EntityType.Place, i)),
  fc.integer({ min: 0, max: g.admin1.length - 1 }).map((i) => ref(EntityType.Admin1, i)),
  fc.integer({ min: 0, max: g.countries.length - 1 }).map((i) => ref(EntityType.Country, i)),
);
const nameArb = fc.constantFrom('a', 'b', 'c', 'd', 'e');
const postArb = fc
  .tuple(
    fc.array(
      fc.record({
        k: nameArb,
        c: fc.array(refArb, { minLength: 1, maxLength: 3 }),
        w: fc.double({ min: 0.01, max: 2, noNaN: true }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    // Names the event goes by are no place in it (tally): a later post can take a vote's name away.
    fc.array(nameArb, { maxLength: 2 }),
  )
  .map(
    ([vs, names]): PostPlace => ({
      votes: vs.map((v) => ({ k: v.k, c: v.c, p: v.c.map(() => 1 / v.c.length), w: v.w })),
      best: vs[0]?.c[0] ?? 0,
      key: '?',
      names,
    }),
  );
/** A post's votes (by an author) or a read of the event's place. */
const stepArb = fc.oneof(
  fc.tuple(postArb, fc.integer({ min: 1, max: 8 })).map(([p, a]) => ({ add: p, author: a })),
  fc.constant({ read: true as const }),
);

const copy = (s: PlaceVotes): PlaceVotes => structuredClone(s);

test('kept resolution equals a fresh one over random sequences of votes and reads', () => {
  let hits = 0;
  fc.assert(
    fc.property(fc.array(stepArb, { minLength: 1, maxLength: 40 }), (steps) => {
      const s = emptyVotes();
      let held: HeldPlace | null = null;
      let readSinceAdd = false;
      for (const step of steps) {
        if ('add' in step) {
          addVotes(s, step.add, step.author);
          readSinceAdd = false;
        }
        const kept = resolveEventVotes(g, s);
        assert.deepEqual(kept, resolveVotes(g, copy(s)));
        if (readSinceAdd) hits++;
        readSinceAdd = true;
        if (held) assert.equal(supportOf(g, s, held.r), supportOf(g, copy(s), held.r));
        const next = holdPlace(g, held, kept, s);
        assert.deepEqual(next, holdPlace(g, held, resolveVotes(g, copy(s)), copy(s)));
        held = next;
      }
    }),
    { numRuns: 300 },
  );
  // The cache must have been read, not only filled, for the property to say anything about it.
  assert.ok(hits > 100, `reads of unchanged votes: ${hits}`);
});
