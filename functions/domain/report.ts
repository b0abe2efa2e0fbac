/**
 * Monthly delivery report per customer, aggregated from DeliveryRecords.
 *
 * - Month: a record belongs to the UTC calendar month of its decidedAt.
 * - One count per (customerId, deliveryKey): when the input holds several
 *   records for the same alert version and customer (e.g. a failed attempt
 *   and its successful retry), a 'delivered' record wins, otherwise the
 *   latest decidedAt; the month is that record's month.
 * - Every known category, level and withhold code appears in the breakdowns,
 *   with 0 when absent, so reports have a stable shape; `failed` counts
 *   records whose final outcome is a failed publish, `pending` deliver
 *   decisions whose publish is not confirmed (in flight, or its invocation
 *   died and the retry has not completed it yet).
 */
import { CATEGORIES, LEVELS } from './alert';
import type { DeliveryOutcome, DeliveryRecord } from './delivery';
import { WITHHOLD_CODES, type WithholdCode } from './entitlement';

export interface MonthlyReport {
  customerId: string;
  month: string;
  delivered: { total: number; byCategory: Record<string, number>; byLevel: Record<string, number> };
  withheld: { total: number; byReason: Record<WithholdCode, number> };
  failed: { total: number };
  pending: { total: number };
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function monthOf(r: DeliveryRecord): string {
  const ms = Date.parse(r.decidedAt);
  if (Number.isNaN(ms))
    throw new RangeError(`monthlyReport: bad decidedAt ${JSON.stringify(r.decidedAt)} (${r.deliveryKey})`);
  return new Date(ms).toISOString().slice(0, 7);
}

const RANK: Record<DeliveryOutcome, number> = { delivered: 2, withheld: 1, failed: 0, pending: 0 };

/** True when `b` should replace `a` as the final record of a delivery. */
function supersedes(b: DeliveryRecord, a: DeliveryRecord): boolean {
  if ((a.outcome === 'delivered') !== (b.outcome === 'delivered')) return b.outcome === 'delivered';
  const ta = Date.parse(a.decidedAt);
  const tb = Date.parse(b.decidedAt);
  if (ta !== tb) return tb > ta;
  return RANK[b.outcome] > RANK[a.outcome];
}

/** The final record of each (customerId, deliveryKey), in first-seen order. */
function finalRecords(records: readonly DeliveryRecord[]): DeliveryRecord[] {
  const byKey = new Map<string, DeliveryRecord>();
  for (const r of records) {
    const key = `${r.customerId}\u0000${r.deliveryKey}`;
    const prev = byKey.get(key);
    if (prev === undefined || supersedes(r, prev)) byKey.set(key, r);
  }
  return [...byKey.values()];
}

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  const o = {} as Record<K, number>;
  for (const k of keys) o[k] = 0;
  return o;
}

function emptyReport(customerId: string, month: string): MonthlyReport {
  return {
    customerId,
    month,
    delivered: { total: 0, byCategory: zeros(CATEGORIES), byLevel: zeros(LEVELS) },
    withheld: { total: 0, byReason: zeros(WITHHOLD_CODES) },
    failed: { total: 0 },
    pending: { total: 0 },
  };
}

function add(report: MonthlyReport, r: DeliveryRecord): void {
  switch (r.outcome) {
    case 'delivered':
      report.delivered.total += 1;
      report.delivered.byCategory[r.category] = (report.delivered.byCategory[r.category] ?? 0) + 1;
      report.delivered.byLevel[r.level] = (report.delivered.byLevel[r.level] ?? 0) + 1;
      break;
    case 'withheld':
      if (r.code === undefined || !(WITHHOLD_CODES as readonly string[]).includes(r.code)) {
        throw new RangeError(`monthlyReport: withheld record without a known code (${r.customerId} ${r.deliveryKey})`);
      }
      report.withheld.total += 1;
      report.withheld.byReason[r.code] += 1;
      break;
    case 'failed':
      report.failed.total += 1;
      break;
    case 'pending':
      report.pending.total += 1;
      break;
    default:
      throw new RangeError(`monthlyReport: unknown outcome ${String((r as { outcome: unknown }).outcome)}`);
  }
}

function checkMonth(month: string): void {
  if (!MONTH.test(month)) throw new RangeError(`monthlyReport: month must be YYYY-MM, got ${JSON.stringify(month)}`);
}

/** One report per customer with at least one record in `month`, sorted by customerId. */
export function monthlyReports(records: readonly DeliveryRecord[], month: string): MonthlyReport[] {
  checkMonth(month);
  const reports = new Map<string, MonthlyReport>();
  for (const r of finalRecords(records)) {
    if (monthOf(r) !== month) continue;
    let report = reports.get(r.customerId);
    if (report === undefined) {
      report = emptyReport(r.customerId, month);
      reports.set(r.customerId, report);
    }
    add(report, r);
  }
  return [...reports.values()].sort((a, b) => (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0));
}

/**
 * The report of one customer for `month` ('YYYY-MM'). With `customerId`,
 * other customers' records are ignored and a customer without records gets an
 * all-zero report. Without it, `records` must all belong to one customer
 * (RangeError otherwise); an empty input then gives customerId ''.
 */
export function monthlyReport(records: readonly DeliveryRecord[], month: string, customerId?: string): MonthlyReport {
  checkMonth(month);
  let id = customerId;
  if (id === undefined) {
    const ids = new Set(records.map((r) => r.customerId));
    if (ids.size > 1) {
      throw new RangeError('monthlyReport: records of several customers; pass customerId or use monthlyReports');
    }
    id = [...ids][0] ?? '';
  }
  const mine = records.filter((r) => r.customerId === id);
  return monthlyReports(mine, month)[0] ?? emptyReport(id, month);
}
