/**
 * The delivery decision: may this alert version go to this customer now?
 *
 * Pure and deterministic: no I/O, no clock (the caller passes `now`, the
 * wall-clock time of the fan-out decision), no dependence on the order of the
 * `policies` array. This is a security property (a data source's bar on a
 * sector must take effect at once), so every unexpected input fails closed.
 *
 * Checks run in this fixed order and the first failing one is reported, so
 * the reason given is the most fundamental one:
 *
 *   1. contract status: suspended, terminated, expired
 *   2. contract dates: before startsAt (not started), at/after endsAt (expired)
 *   3. source usage policy: any source of the alert bars the customer's sector at `now`
 *   4. trial limit (trial contracts only, see TRIAL_LIMITS)
 *   5. entitlements: category, then regions, then minimum severity
 *
 * Time semantics: startsAt is inclusive and endsAt exclusive (a contract with
 * endsAt 2026-03-01T00:00:00Z delivers until 2026-02-28T23:59:59.999Z); a
 * policy's `from` is inclusive and `until` exclusive. Times may carry any UTC
 * offset; they are compared as instants.
 */
import { z } from 'zod';
import type { Alert } from './alert';
import type { Customer, Region, SourcePolicy } from './customer';
import { withinRadius } from './geo';

export const WITHHOLD_CODES = [
  'contract_suspended',
  'contract_terminated',
  'contract_expired',
  'contract_not_started',
  /** A contract date could not be parsed: fail closed. */
  'contract_invalid',
  'source_barred',
  'trial_limit',
  'category_not_entitled',
  'outside_regions',
  'no_location',
  'below_min_severity',
  /** The customer's own item failed its schema (audience.ts): fail closed. */
  'customer_invalid',
  /** A source policy item that could bar this customer failed its schema (audience.ts): fail closed. */
  'policy_invalid',
] as const;
export const WithholdCode = z.enum(WITHHOLD_CODES);
export type WithholdCode = z.infer<typeof WithholdCode>;

export type Decision = { deliver: true; reason: 'entitled' } | { deliver: false; code: WithholdCode; reason: string };

/**
 * Limits of trial contracts, applied on top of the customer's own
 * entitlements: a customer whose contract status is `trial` receives only
 * alerts of severity 3 or higher (severity is 1..5). Everything else about a
 * trial (dates, source policies, categories, regions, minSeverity) works as
 * for an active contract.
 */
export const TRIAL_LIMITS = { minSeverity: 3 } as const;

export function withhold(code: WithholdCode, reason: string): Decision {
  return { deliver: false, code, reason };
}

/** Canonical form of a data-source name, used on both sides of the comparison. */
export function normalizeSource(source: string): string {
  return source.trim().toLowerCase();
}

/** ISO UTC without milliseconds when they are zero: 2026-03-05T10:00:00Z. */
function isoUtc(ms: number): string {
  const s = new Date(ms).toISOString();
  return s.endsWith('.000Z') ? `${s.slice(0, -5)}Z` : s;
}

/** A calendar date when the instant is midnight UTC, else the full instant. */
function dateOrInstant(ms: number): string {
  const s = new Date(ms).toISOString();
  return s.endsWith('T00:00:00.000Z') ? s.slice(0, 10) : isoUtc(ms);
}

/**
 * A bar in force at `nowMs` for `sector` from any of `alertSources`
 * (normalized), or undefined. An alert that names no source (malformed) is of
 * unknown provenance: every source counts, so any bar on the sector applies.
 */
function barInForce(
  alertSources: readonly string[],
  sector: string,
  policies: readonly SourcePolicy[],
  nowMs: number,
): { source: string; from: string } | undefined {
  const candidates =
    alertSources.length > 0 ? alertSources : [...new Set(policies.map((p) => normalizeSource(p.source)))].sort();
  for (const raw of candidates) {
    const source = normalizeSource(raw);
    let best: { fromMs: number; from: string } | undefined;
    for (const p of policies) {
      if (p.sector !== sector || normalizeSource(p.source) !== source) continue;
      const fromMs = Date.parse(p.from);
      const untilMs = p.until === undefined ? Number.NaN : Date.parse(p.until);
      // Fail closed: an unparsable `from` counts as "always"; an unparsable
      // `until` counts as "not lifted".
      const started = Number.isNaN(fromMs) || fromMs <= nowMs;
      const lifted = !Number.isNaN(untilMs) && untilMs <= nowMs;
      if (!started || lifted) continue;
      const key = Number.isNaN(fromMs) ? Number.NEGATIVE_INFINITY : fromMs;
      if (best === undefined || key < best.fromMs) {
        best = { fromMs: key, from: Number.isNaN(fromMs) ? p.from : isoUtc(fromMs) };
      }
    }
    if (best !== undefined) return { source, from: best.from };
  }
  return undefined;
}

function regionMatches(region: Region, location: NonNullable<Alert['location']>): boolean {
  if ('country' in region) {
    return location.country !== undefined && location.country.toUpperCase() === region.country.toUpperCase();
  }
  return withinRadius(location, region, region.radiusKm);
}

function describeLocation(location: NonNullable<Alert['location']>): string {
  const name = location.name.trim() || `${location.lat.toFixed(4)},${location.lon.toFixed(4)}`;
  return location.country ? `${name}, ${location.country.toUpperCase()}` : name;
}

/**
 * Decide whether `alert` goes to `customer` at `now`, under source usage
 * `policies` (all of them; the relevant ones are picked here).
 * Throws RangeError if `now` is an invalid Date (a programming error).
 */
export function decide(alert: Alert, customer: Customer, policies: readonly SourcePolicy[], now: Date): Decision {
  const nowMs = now.getTime();
  if (Number.isNaN(nowMs)) throw new RangeError('decide: now is an invalid Date');

  // 1. Contract status.
  const { contract } = customer;
  const startsMs = Date.parse(contract.startsAt);
  const endsMs = contract.endsAt === undefined ? undefined : Date.parse(contract.endsAt);
  switch (contract.status) {
    case 'suspended':
      return withhold('contract_suspended', 'contract suspended');
    case 'terminated':
      return withhold('contract_terminated', 'contract terminated');
    case 'expired':
      return withhold(
        'contract_expired',
        endsMs !== undefined && !Number.isNaN(endsMs) && endsMs <= nowMs
          ? `contract expired on ${dateOrInstant(endsMs)}`
          : 'contract expired',
      );
    case 'active':
    case 'trial':
      break;
    default:
      // A status this code does not know: fail closed.
      return withhold('contract_invalid', `contract status ${String(contract.status)} not deliverable`);
  }

  // 2. Contract dates.
  if (Number.isNaN(startsMs)) return withhold('contract_invalid', 'contract start date invalid');
  if (endsMs !== undefined && Number.isNaN(endsMs)) return withhold('contract_invalid', 'contract end date invalid');
  if (nowMs < startsMs) return withhold('contract_not_started', `contract starts on ${dateOrInstant(startsMs)}`);
  if (endsMs !== undefined && endsMs <= nowMs) {
    return withhold('contract_expired', `contract expired on ${dateOrInstant(endsMs)}`);
  }

  // 3. Source usage policy.
  const bar = barInForce(alert.sources, customer.sector, policies, nowMs);
  if (bar) {
    return withhold('source_barred', `sector ${customer.sector} barred by ${bar.source} policy since ${bar.from}`);
  }

  // 4. Trial limits.
  if (contract.status === 'trial' && !(alert.severity >= TRIAL_LIMITS.minSeverity)) {
    return withhold(
      'trial_limit',
      `trial limit: severity ${alert.severity} below trial minimum ${TRIAL_LIMITS.minSeverity}`,
    );
  }

  // 5. Entitlements.
  const { categories, regions, minSeverity } = customer.entitlements;
  if (categories.length > 0 && !categories.includes(alert.category)) {
    return withhold('category_not_entitled', `category ${alert.category} not entitled`);
  }
  if (regions.length > 0) {
    const location = alert.location;
    if (location === null || location === undefined) {
      return withhold('no_location', 'alert has no location and customer is restricted to regions');
    }
    if (!regions.some((r) => regionMatches(r, location))) {
      return withhold('outside_regions', `outside regions (location ${describeLocation(location)})`);
    }
  }
  if (!(alert.severity >= minSeverity)) {
    return withhold('below_min_severity', `below minimum severity (${alert.severity} < ${minSeverity})`);
  }

  return { deliver: true, reason: 'entitled' };
}

/** `decide` for each customer, in the given order. */
export function decideAll(
  alert: Alert,
  customers: readonly Customer[],
  policies: readonly SourcePolicy[],
  now: Date,
): Array<{ customer: Customer; decision: Decision }> {
  return customers.map((customer) => ({ customer, decision: decide(alert, customer, policies, now) }));
}
