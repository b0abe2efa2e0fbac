/**
 * Who may receive an alert, as read for a fan-out: customers, the bars of the
 * source policies, the source registry, and the items that failed their
 * schema. One malformed item never stops deliveries to everyone: it withholds
 * only what it could concern (fail closed), and is reported.
 */
import type { Alert } from './alert';
import { type Customer, CustomerSchema, Sector, type SourcePolicy, SourcePolicySchema } from './customer';
import { type Decision, decide, withhold } from './entitlement';
import { type SourceEntry, SourceEntrySchema, SourceRegistry } from './sources';

/** A customer item that failed its schema: that customer (when its id is readable) is withheld. */
export interface InvalidCustomer {
  id: string | undefined;
  reason: string;
}

/** A policy item that failed its schema: every customer it could bar (its sector, or all; for its source, or all) is withheld. */
export interface InvalidPolicy {
  source: string | undefined;
  sector: Sector | undefined;
  reason: string;
}

export interface Audience {
  customers: readonly Customer[];
  /** Bars with canonical source names. */
  policies: readonly SourcePolicy[];
  sources: SourceRegistry;
  invalidCustomers: readonly InvalidCustomer[];
  invalidPolicies: readonly InvalidPolicy[];
  /** When it was read: decisions use it for a bounded time only (fan-out). */
  readAt: Date;
}

/** The items as stored, not yet checked. */
export interface RawAudience {
  customers: readonly unknown[];
  policies: readonly unknown[];
  sources: readonly unknown[];
}

const field = (item: unknown, name: string): unknown =>
  typeof item === 'object' && item !== null ? (item as Record<string, unknown>)[name] : undefined;
const stringField = (item: unknown, name: string): string | undefined => {
  const v = field(item, name);
  return typeof v === 'string' ? v : undefined;
};
const firstIssue = (e: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string => {
  const i = e.issues[0];
  return i ? `${i.path.map(String).join('.') || '(item)'}: ${i.message}` : 'invalid';
};

/** Checks every item; what does not parse is kept aside with its reason, never dropped silently. */
export function parseAudience(raw: RawAudience, readAt: Date): Audience {
  const sourceEntries: SourceEntry[] = [];
  for (const s of raw.sources) {
    const r = SourceEntrySchema.safeParse(s);
    // A malformed registry entry only makes its names unknown: their posts are quarantined at ingest.
    if (r.success) sourceEntries.push(r.data);
  }
  const sources = SourceRegistry.of(sourceEntries.sort((a, b) => a.addedAt.localeCompare(b.addedAt)));

  const customers: Customer[] = [];
  const invalidCustomers: InvalidCustomer[] = [];
  for (const c of raw.customers) {
    const r = CustomerSchema.safeParse(c);
    if (r.success) customers.push(r.data);
    else invalidCustomers.push({ id: stringField(c, 'id'), reason: firstIssue(r.error) });
  }

  const policies: SourcePolicy[] = [];
  const invalidPolicies: InvalidPolicy[] = [];
  for (const p of raw.policies) {
    const r = SourcePolicySchema.safeParse(p);
    if (r.success) {
      policies.push({ ...r.data, source: sources.resolve(r.data.source) });
      continue;
    }
    const source = stringField(p, 'source');
    const sector = Sector.safeParse(field(p, 'sector'));
    invalidPolicies.push({
      source: source === undefined ? undefined : sources.resolve(source),
      sector: sector.success ? sector.data : undefined,
      reason: firstIssue(r.error),
    });
  }
  return { customers, policies, sources, invalidCustomers, invalidPolicies, readAt };
}

/** The alert with canonical source names, so that a bar on "twitter" holds for posts that came in as "x". */
export function canonicalSources(alert: Alert, sources: SourceRegistry): Alert {
  return { ...alert, sources: [...new Set(alert.sources.map((s) => sources.resolve(s)))] };
}

function inDoubt(p: InvalidPolicy, alert: Alert, customer: Customer): boolean {
  if (p.sector !== undefined && p.sector !== customer.sector) return false;
  // An alert naming no source is of unknown provenance (as in decide): any source counts.
  return p.source === undefined || alert.sources.length === 0 || alert.sources.includes(p.source);
}

/**
 * decide() under an audience: on canonical source names, and withheld when
 * a malformed policy item could bar this customer for this alert. decide()
 * runs first, so a suspended contract is still reported as such.
 */
export function decideFor(alert: Alert, customer: Customer, audience: Audience, now: Date): Decision {
  const canonical = canonicalSources(alert, audience.sources);
  const d = decide(canonical, customer, audience.policies, now);
  if (!d.deliver) return d;
  const doubt = audience.invalidPolicies.find((p) => inDoubt(p, canonical, customer));
  if (doubt) {
    return withhold(
      'policy_invalid',
      `a ${doubt.source ?? 'source'} policy item for ${doubt.sector ?? 'some sector'} is malformed (${doubt.reason}): withheld until it is fixed`,
    );
  }
  return d;
}

/** The withhold recorded for a customer whose own item is malformed. */
export function invalidCustomerDecision(c: InvalidCustomer): Decision {
  return withhold('customer_invalid', `customer item malformed (${c.reason}): withheld until it is fixed`);
}
