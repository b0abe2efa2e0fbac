/**
 * What a customer may read through the API: the alert versions decide()
 * lets it receive at the moment of the read, in the order they were stored.
 *
 * Pure: the versions come from a FeedSource (DynamoDB on AWS, an array in the
 * tests), the clock from the caller.
 *
 * The feed's order is the feed key: storedAt (the wall-clock time the score
 * function wrote the version) + alertId + version, in one index partition
 * per UTC day. A cursor is the last position a reader has seen; versions at
 * or after the horizon (now - FEED.settleMs) are left for the next read, so
 * that a version whose write or index update is still in flight when a
 * reader passes its position is not skipped (see docs/api.md, "Cursor").
 */
import { z } from 'zod';
import { AlertSchema, Category, type Change, Level } from './alert';
import { factsOf, versionChanges } from './alert-changes';
import type { Customer, SourcePolicy } from './customer';
import { deliveryKey } from './delivery';
import { decide } from './entitlement';
import { IsoTime } from './post';

export const FEED = {
  /** Versions stored less than this long ago wait for the next read (a write and its index update land well within it). */
  settleMs: 2000,
  /** A read without a cursor starts this long ago. */
  lookbackDays: 7,
  defaultLimit: 50,
  maxLimit: 200,
  /** A read examines at most this many versions and day partitions, then hands back a cursor to go on from. */
  maxExamined: 1000,
  maxDays: 31,
} as const;

const DAY_MS = 86_400_000;

/** A version as the alerts table holds it. */
export const StoredAlertSchema = AlertSchema.extend({ storedAt: IsoTime });
export type StoredAlert = z.infer<typeof StoredAlertSchema>;

/** A version as the API shows it: the stored alert without the detector's internal score parts. */
export const AlertVersionSchema = StoredAlertSchema.omit({ scoreParts: true });
export type AlertVersion = z.infer<typeof AlertVersionSchema>;

export function alertVersion(a: StoredAlert): AlertVersion {
  const { scoreParts: _, ...view } = a;
  return view;
}

/** The index attributes an alert version is stored with (TABLES.alerts, index byFeed). */
export function feedAttributes(a: { alertId: string; version: number }, storedAt: string) {
  return { feedDay: storedAt.slice(0, 10), feedKey: `${storedAt}#${deliveryKey(a.alertId, a.version)}` };
}
const feedKeyOf = (a: StoredAlert): string => feedAttributes(a, a.storedAt).feedKey;

/** A position in the feed: a feed key, or a bare ISO time (before every version stored at or after it). */
const POSITION = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z(#[^\s]{1,300})?$/;
const CursorBody = z.object({ after: z.string().regex(POSITION) });

/** Opaque to clients: base64url of a small JSON object. */
export function encodeCursor(after: string): string {
  return Buffer.from(JSON.stringify({ after }), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string | undefined {
  if (!/^[A-Za-z0-9_-]{1,600}$/.test(cursor)) return undefined;
  try {
    const r = CursorBody.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    return r.success && !Number.isNaN(Date.parse(r.data.after.slice(0, 24))) ? r.data.after : undefined;
  } catch {
    return undefined;
  }
}

const iso = (ms: number) => new Date(ms).toISOString();
const nextDay = (day: string) => iso(Date.parse(`${day}T00:00:00.000Z`) + DAY_MS).slice(0, 10);

/** GET /v1/alerts query parameters. Unknown parameters are refused, so that a misspelt filter is not silently ignored. */
export const AlertsQuerySchema = z
  .object({
    since: z
      .string()
      .transform((s, ctx) => {
        const after = decodeCursor(s);
        if (after === undefined) ctx.addIssue({ code: 'custom', message: 'not a cursor this API returned' });
        return after ?? '';
      })
      .optional(),
    limit: z.coerce.number().int().min(1).max(FEED.maxLimit).default(FEED.defaultLimit),
    category: Category.optional(),
    level: Level.optional(),
    minSeverity: z.coerce.number().int().min(1).max(5).optional(),
    country: z
      .string()
      .regex(/^[A-Za-z]{2}$/, 'an ISO 3166-1 alpha-2 code')
      .transform((c) => c.toUpperCase())
      .optional(),
  })
  .strict();
export type AlertsQuery = z.infer<typeof AlertsQuerySchema>;
export type AlertFilters = Omit<AlertsQuery, 'since' | 'limit'>;

export function matchesFilters(a: StoredAlert, f: AlertFilters): boolean {
  return (
    (f.category === undefined || a.category === f.category) &&
    (f.level === undefined || a.level === f.level) &&
    (f.minSeverity === undefined || a.severity >= f.minSeverity) &&
    (f.country === undefined || a.location?.country?.toUpperCase() === f.country)
  );
}

/** Who reads, and the source policies in force: both read afresh for every request. */
export interface Reader {
  customer: Customer;
  policies: readonly SourcePolicy[];
}

/** The one gate: a version is readable exactly when decide() would deliver it now. */
export const readable = (a: StoredAlert, r: Reader, now: Date): boolean =>
  decide(a, r.customer, r.policies, now).deliver;

/** The stored versions of one UTC day whose feed key lies strictly between `after` and `before`, in feed order. */
export interface FeedSource {
  versions(day: string, after: string, before: string): AsyncIterable<StoredAlert>;
}

export interface FeedPage {
  alerts: AlertVersion[];
  /** Where the next read goes on from: pass it as `since`. */
  cursor: string;
  /** True when the read stopped at its limit: read again at once with the cursor. */
  hasMore: boolean;
}

/** GET /v1/alerts: the readable versions after the cursor (or from FEED.lookbackDays ago), oldest first. */
export async function readFeed(source: FeedSource, reader: Reader, q: AlertsQuery, now: Date): Promise<FeedPage> {
  const horizon = iso(now.getTime() - FEED.settleMs);
  let after = q.since ?? iso(now.getTime() - FEED.lookbackDays * DAY_MS);
  const alerts: AlertVersion[] = [];
  const page = (cursorAt: string, hasMore: boolean): FeedPage => ({ alerts, cursor: encodeCursor(cursorAt), hasMore });
  if (after >= horizon) return page(after, false);
  let examined = 0;
  let days = 0;
  for (let day = after.slice(0, 10); day <= horizon.slice(0, 10); day = nextDay(day)) {
    if (++days > FEED.maxDays) return page(after, true);
    for await (const v of source.versions(day, after, horizon)) {
      examined++;
      after = feedKeyOf(v);
      if (readable(v, reader, now) && matchesFilters(v, q)) {
        alerts.push(alertVersion(v));
        if (alerts.length === q.limit) return page(after, true);
      }
      if (examined >= FEED.maxExamined) return page(after, true);
    }
    // The whole day is read: go on from the start of the next one.
    after = `${nextDay(day)}T00:00:00.000Z`;
  }
  return page(horizon, false);
}

/** A change as the API shows it (alert-changes.ts: the one implementation). */
export type VersionChange = Change;

export interface AlertDetail {
  alertId: string;
  /** Each with the changes since the previous version the reader may see (which may differ from the stored `changes`, made against the version before it). */
  versions: (AlertVersion & { changes: VersionChange[] })[];
}

/**
 * GET /v1/alerts/{alertId}: every version the reader may read now, oldest
 * first, each with what changed since the one before it among those (so a
 * version it may not read leaks nothing through the changes either).
 * Undefined when it may read none: the alert's existence is not disclosed.
 */
export function readAlert(versions: readonly StoredAlert[], reader: Reader, now: Date): AlertDetail | undefined {
  const visible = versions
    .filter((v) => readable(v, reader, now))
    .sort((a, b) => a.version - b.version)
    .map(alertVersion);
  const first = visible[0];
  if (!first) return undefined;
  return {
    alertId: first.alertId,
    versions: visible.map((v, i) => {
      const prev = visible[i - 1];
      return { ...v, changes: versionChanges(prev ? factsOf(prev) : undefined, factsOf(v)) };
    }),
  };
}
