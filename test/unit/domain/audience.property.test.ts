/**
 * Property-based tests of decisions under an audience (functions/domain/audience.ts):
 * a bar holds under every name of its source, and one malformed item withholds
 * exactly what it could concern, never everyone.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Alert } from '../../../functions/domain/alert';
import { type Audience, decideFor, parseAudience } from '../../../functions/domain/audience';
import { SECTORS, type SourcePolicy } from '../../../functions/domain/customer';
import { decide } from '../../../functions/domain/entitlement';
import { alertArb, customerArb, FC_PARAMS, nowArb, policyArb } from './arbitraries';

/** The seeded aliases, written out independently of SEED_SOURCES. */
const CANON: Record<string, string> = { x: 'twitter', twitter: 'twitter', bsky: 'bluesky', bluesky: 'bluesky' };
const canon = (s: string) => CANON[s.trim().toLowerCase()] ?? s.trim().toLowerCase();
const NAMES = ['twitter', 'x', ' X', 'bluesky', 'bsky', 'BSKY', 'telegram'];

const aliasedAlert = alertArb.chain((a) =>
  fc.array(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 3 }).map((sources): Alert => ({ ...a, sources })),
);
const aliasedPolicies = fc.array(
  policyArb.chain((p) => fc.constantFrom(...NAMES).map((source): SourcePolicy => ({ ...p, source }))),
  { maxLength: 5 },
);

/** A policy item missing or mangling a field, as a bad write or a hand edit would leave it. */
const brokenPolicyArb = fc.record(
  {
    source: fc.constantFrom(...NAMES),
    sector: fc.oneof(fc.constantFrom(...SECTORS), fc.constant('nonsense')),
    from: fc.constantFrom('soon', '2026-03-05T10:00:00Z'),
  },
  { requiredKeys: [] },
);

const audienceOf = (raw: { customers?: unknown[]; policies?: unknown[] }, now: Date): Audience =>
  parseAudience({ customers: raw.customers ?? [], policies: raw.policies ?? [], sources: [] }, now);

describe('decideFor: property-based', () => {
  it('decides as decide() on canonical names: a bar on any name of a source holds for posts under any other', () => {
    fc.assert(
      fc.property(aliasedAlert, customerArb, aliasedPolicies, nowArb, (alert, customer, policies, now) => {
        const got = decideFor(alert, customer, audienceOf({ customers: [customer], policies }, now), now);
        const want = decide(
          { ...alert, sources: alert.sources.map(canon) },
          customer,
          policies.map((p) => ({ ...p, source: canon(p.source) })),
          now,
        );
        assert.deepEqual(got, want);
      }),
      FC_PARAMS,
    );
  });

  it('a malformed policy item never lets through a customer it could bar, and changes nothing for the others', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(
        aliasedAlert,
        customerArb,
        aliasedPolicies,
        fc.array(brokenPolicyArb, { minLength: 1, maxLength: 3 }),
        nowArb,
        (alert, customer, policies, broken, now) => {
          const d = decideFor(alert, customer, audienceOf({ policies: [...policies, ...broken] }, now), now);
          const clean = decideFor(alert, customer, audienceOf({ policies }, now), now);
          const sources = alert.sources.map(canon);
          const concerns = broken.some(
            (b) =>
              (b.sector === undefined || b.sector === 'nonsense' || b.sector === customer.sector) &&
              (b.source === undefined || sources.includes(canon(b.source))),
          );
          seen.add(d.deliver ? 'deliver' : d.code);
          if (concerns) assert.equal(d.deliver, false);
          else assert.deepEqual(d, clean);
          if (!clean.deliver) assert.deepEqual(d, clean, 'a withhold of decide() keeps its own reason');
        },
      ),
      FC_PARAMS,
    );
    if ((FC_PARAMS.numRuns ?? 0) >= 1000)
      assert.ok(seen.has('policy_invalid') && seen.has('deliver'), [...seen].join());
  });

  it('malformed customer items are set aside with a reason; every well-formed customer is still in the audience', () => {
    const garbage = fc.oneof(
      fc.constant(null),
      fc.string(),
      fc.record({ id: fc.string(), sector: fc.string() }, { requiredKeys: [] }),
      customerArb.map((c) => ({ ...c, contract: { ...c.contract, startsAt: 'yesterday' } })),
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(customerArb, garbage), { maxLength: 8 }), (items) => {
        const a = audienceOf({ customers: items }, new Date('2026-03-05T10:00:00Z'));
        assert.equal(a.customers.length + a.invalidCustomers.length, items.length);
        for (const c of a.customers) assert.ok(items.some((i) => JSON.stringify(i) === JSON.stringify(c)));
        for (const bad of a.invalidCustomers) assert.ok(bad.reason.length > 0);
      }),
      FC_PARAMS,
    );
  });
});
