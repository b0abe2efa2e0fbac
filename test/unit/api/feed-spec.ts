/** The specification the API's property tests hold it to, written apart from functions/domain/feed.ts. */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { ApiResponse } from '../../../functions/api/api';
import { CATEGORIES, LEVELS } from '../../../functions/domain/alert';
import type { Customer, SourcePolicy } from '../../../functions/domain/customer';
import { decide } from '../../../functions/domain/entitlement';
import type { AlertDetail, StoredAlert } from '../../../functions/domain/feed';

const DAY = 86_400_000;

/** The one gate, asked at read time. */
export const decideAt = (a: StoredAlert, c: Customer, p: readonly SourcePolicy[], now: Date) =>
  decide(a, c, p, now).deliver;

/** Stored in the last 7 days (inclusive) and at least 2 s before the read (settled). */
export const FEED_BOUNDS = (a: StoredAlert, now: Date): boolean => {
  const ms = Date.parse(a.storedAt);
  return ms >= now.getTime() - 7 * DAY && ms < now.getTime() - 2000;
};

/** When a version was stored, relative to the read: often near the bounds. */
export const storedOffsetArb: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -9 * DAY, max: 1000 }),
  fc.constantFrom(-7 * DAY - 1, -7 * DAY, -7 * DAY + 1, -2001, -2000, -1999, 0),
  fc.integer({ min: -3 * DAY, max: -3 * DAY + 5000 }),
);

export type Filters = Partial<Record<'category' | 'level' | 'minSeverity' | 'country', string>>;
export const filtersArb: fc.Arbitrary<Filters> = fc.oneof(
  { arbitrary: fc.constant({}), weight: 3 },
  fc.record(
    {
      category: fc.constantFrom(...CATEGORIES),
      level: fc.constantFrom(...LEVELS),
      minSeverity: fc.integer({ min: 1, max: 5 }).map(String),
      country: fc.constantFrom('US', 'fr', 'GB'),
    },
    { requiredKeys: [] },
  ),
);

export function matches(a: StoredAlert, f: Filters): boolean {
  if (f.category && a.category !== f.category) return false;
  if (f.level && a.level !== f.level) return false;
  if (f.minSeverity && a.severity < Number(f.minSeverity)) return false;
  if (f.country && (a.location?.country ?? '').toUpperCase() !== f.country.toUpperCase()) return false;
  return true;
}

/** The detail holds exactly the readable versions, oldest first, or is a 404 when there are none. */
export function AlertDetailCheck(r: ApiResponse, readable: StoredAlert[]): void {
  if (readable.length === 0) {
    assert.equal(r.statusCode, 404, r.body);
    return;
  }
  assert.equal(r.statusCode, 200, r.body);
  const d = JSON.parse(r.body) as AlertDetail;
  assert.deepEqual(
    d.versions.map((v) => v.version),
    readable.map((a) => a.version).sort((x, y) => x - y),
  );
  assert.deepEqual(d.versions[0]!.changes, [], 'the first readable version changes nothing');
}
