/** fast-check arbitraries for domain tests (customers, policies, alerts, times). */
import fc from 'fast-check';
import { type Alert, CATEGORIES, type Category, LEVELS, type Location } from '../../../functions/domain/alert';
import {
  CONTRACT_STATUSES,
  type Customer,
  type Region,
  SECTORS,
  type SourcePolicy,
} from '../../../functions/domain/customer';

/** numRuns from FC_RUNS (default 1000); FC_SEED replays a failure (fast-check prints seed and path). */
export const FC_PARAMS: fc.Parameters<unknown> = {
  numRuns: Number(process.env.FC_RUNS ?? 1000),
  ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}),
  ...(process.env.FC_PATH ? { path: process.env.FC_PATH } : {}),
};

// ---------------------------------------------------------------------------
// Time: a few anchor instants (and +-1 ms around them) plus anything in a
// four-year window, so that equal instants (now == from, now == endsAt) are
// common and the boundaries get exercised.

const ANCHORS = [
  Date.parse('2026-01-01T00:00:00Z'),
  Date.parse('2026-03-01T00:00:00Z'),
  Date.parse('2026-03-05T10:00:00Z'),
  Date.parse('2026-06-30T23:59:59.999Z'),
];
const MIN_MS = Date.parse('2025-01-01T00:00:00Z');
const MAX_MS = Date.parse('2029-01-01T00:00:00Z');

export const timeMs: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(...ANCHORS),
  fc.tuple(fc.constantFrom(...ANCHORS), fc.constantFrom(-1, 1)).map(([a, d]) => a + d),
  fc.integer({ min: MIN_MS, max: MAX_MS }),
);

export const nowArb: fc.Arbitrary<Date> = timeMs.map((ms) => new Date(ms));

/** ISO string of `ms`, sometimes with a non-zero UTC offset (IsoTime allows offsets). */
export function isoWithOffset(ms: number, offsetMinutes: number): string {
  if (offsetMinutes === 0) return new Date(ms).toISOString();
  const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 23);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

const offsetArb = fc.constantFrom(0, 0, 0, 60, -300, 330);
export const isoFromMs = (ms: fc.Arbitrary<number>): fc.Arbitrary<string> =>
  fc.tuple(ms, offsetArb).map(([m, o]) => isoWithOffset(m, o));
export const isoTime: fc.Arbitrary<string> = isoFromMs(timeMs);
const longAgo = fc.integer({ min: Date.parse('2020-01-01T00:00:00Z'), max: MIN_MS });
const farAhead = fc.integer({ min: MAX_MS, max: Date.parse('2032-01-01T00:00:00Z') });

// ---------------------------------------------------------------------------
// Places

export const CENTRES = [
  { name: 'Boston', lat: 42.3601, lon: -71.0589, country: 'US' },
  { name: 'Paris', lat: 48.8566, lon: 2.3522, country: 'FR' },
  { name: 'Suva', lat: -18.1248, lon: 178.4501, country: 'FJ' },
  { name: 'Taveuni', lat: -16.8, lon: -179.97, country: 'FJ' },
  { name: 'Alert', lat: 82.5, lon: -62.35, country: 'CA' },
] as const;
const COUNTRIES = ['US', 'FR', 'FJ', 'CA', 'DE', 'us', 'fr'] as const;

const wrapLon = (lon: number): number => ((((lon + 180) % 360) + 360) % 360) - 180;
const clampLat = (lat: number): number => Math.max(-90, Math.min(90, lat));

/** A point near one of the centres (within a few degrees, across the antimeridian), or anywhere. */
export const pointArb: fc.Arbitrary<{ lat: number; lon: number }> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(...CENTRES),
      fc.double({ min: -4, max: 4, noNaN: true }),
      fc.double({ min: -4, max: 4, noNaN: true }),
    )
    .map(([c, dLat, dLon]) => ({ lat: clampLat(c.lat + dLat), lon: wrapLon(c.lon + dLon) })),
  fc.record({
    lat: fc.double({ min: -90, max: 90, noNaN: true }),
    lon: fc.double({ min: -180, max: 180, noNaN: true }),
  }),
);

export const regionArb: fc.Arbitrary<Region> = fc.oneof(
  fc.constantFrom(...COUNTRIES).map((country) => ({ country })),
  fc
    .tuple(pointArb, fc.double({ min: 1, max: 1500, noNaN: true }))
    .map(([p, radiusKm]) => ({ lat: p.lat, lon: p.lon, radiusKm })),
);

export const locationArb: fc.Arbitrary<Location | null> = fc.oneof(
  fc.constant(null),
  fc
    .tuple(
      pointArb,
      fc.option(fc.constantFrom(...COUNTRIES), { nil: undefined }),
      fc.constantFrom('Boston', 'West, Texas', ''),
    )
    .map(([p, country, name]) => (country === undefined ? { name, ...p } : { name, ...p, country })),
);

// ---------------------------------------------------------------------------
// Domain objects

export const SOURCE_NAMES = ['twitter', 'Twitter', ' twitter ', 'bluesky', 'telegram', 'reddit'] as const;
export const POLICY_SOURCES = ['twitter', 'TWITTER', 'bluesky', 'telegram'] as const;

export const customerArb: fc.Arbitrary<Customer> = fc
  .record(
    {
      id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{1,20}$/),
      name: fc.constantFrom('Acme News', 'Bank of Nowhere', 'Agency'),
      sector: fc.constantFrom(...SECTORS),
      contract: fc.record(
        {
          // Weighted towards contracts in force so later checks get exercised too.
          status: fc.oneof(
            { arbitrary: fc.constant('active' as const), weight: 5 },
            { arbitrary: fc.constant('trial' as const), weight: 2 },
            { arbitrary: fc.constantFrom(...CONTRACT_STATUSES), weight: 2 },
          ),
          tier: fc.constantFrom('standard', 'pro'),
          startsAt: fc.oneof({ arbitrary: isoFromMs(longAgo), weight: 2 }, { arbitrary: isoTime, weight: 1 }),
          endsAt: fc.oneof({ arbitrary: isoFromMs(farAhead), weight: 2 }, { arbitrary: isoTime, weight: 1 }),
        },
        { requiredKeys: ['status', 'tier', 'startsAt'] },
      ),
      entitlements: fc.record({
        categories: fc.oneof(fc.constant<Category[]>([]), fc.subarray([...CATEGORIES], { minLength: 1 })),
        regions: fc.oneof(fc.constant<Region[]>([]), fc.array(regionArb, { minLength: 1, maxLength: 3 })),
        minSeverity: fc.integer({ min: 1, max: 5 }),
      }),
      createdAt: fc.constant('2025-01-01T00:00:00.000Z'),
      updatedAt: fc.constant('2025-01-01T00:00:00.000Z'),
    },
    { requiredKeys: ['id', 'name', 'sector', 'contract', 'entitlements', 'createdAt', 'updatedAt'] },
  )
  .map((c): Customer => c);

export const policyArb: fc.Arbitrary<SourcePolicy> = fc.record(
  {
    source: fc.constantFrom(...POLICY_SOURCES),
    sector: fc.constantFrom(...SECTORS),
    from: isoTime,
    until: isoTime,
    setAt: fc.constant('2025-01-01T00:00:00.000Z'),
  },
  { requiredKeys: ['source', 'sector', 'from', 'setAt'] },
);

export const policiesArb: fc.Arbitrary<SourcePolicy[]> = fc.array(policyArb, { maxLength: 6 });

export const alertArb: fc.Arbitrary<Alert> = fc.record({
  alertId: fc.stringMatching(/^[a-z0-9]{4,12}$/),
  version: fc.integer({ min: 1, max: 5 }),
  category: fc.constantFrom(...CATEGORIES),
  severity: fc.integer({ min: 1, max: 5 }),
  level: fc.constantFrom(...LEVELS),
  title: fc.constantFrom('Explosion near West, Texas', 'Fire in Paris'),
  location: locationArb,
  firstSeenAt: fc.constant('2026-03-05T09:58:00.000Z'),
  triggeredAt: fc.constant('2026-03-05T10:00:27.658Z'),
  evidence: fc.array(fc.stringMatching(/^[0-9]{5,19}$/), { minLength: 1, maxLength: 3 }),
  sources: fc.array(fc.constantFrom(...SOURCE_NAMES), { minLength: 1, maxLength: 3 }),
  authors: fc.nat(50),
  posts: fc.nat(100),
  terms: fc.array(fc.constantFrom('explosion', 'fire', 'smoke'), { maxLength: 3 }),
  scoreParts: fc.constant({ burst: 1.5 }),
});
