/**
 * Tocsin's admin CLI: npm run tocsin -- COMMAND ... [--aws] [--json]
 * Acts on the local environment by default, on AWS with --aws.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { CATEGORIES } from '../../functions/domain/alert';
import { CONTRACT_STATUSES, ContractStatus, type Region, SECTORS, Sector } from '../../functions/domain/customer';
import { decide } from '../../functions/domain/entitlement';
import { monthlyReport } from '../../functions/domain/report';
import { createApiKey, listApiKeys, revokeApiKey } from '../admin/api-keys';
import { type AdminContext, openAdminContext } from '../admin/context';
import { onboardCustomer, requireCustomer, setContractStatus, subscribeCustomer } from '../admin/customers';
import { DLQ_QUEUES, type DlqQueue, listDlq, redriveDlq } from '../admin/dlq';
import { barSector, liftBar } from '../admin/policies';
import { refanout } from '../admin/refanout';
import { UsageError } from '../admin/usage-error';
import { runMain } from './main';

const USAGE = `usage: npm run tocsin -- COMMAND [options] [--aws] [--json]

  customers add ID --name NAME --sector SECTOR [--status STATUS] [--tier TIER]
                [--starts TIME] [--ends TIME] [--categories a,b] [--regions US,GB,LAT:LON:KM]
                [--min-severity 1-5]
  customers list
  customers show ID
  contract set-status ID ${CONTRACT_STATUSES.join('|')}
  subscribe ID email|sqs|https ENDPOINT [--filter JSON]
  alerts list [--limit N]
  deliveries CUSTOMER_ID [--since TIME]
  explain ALERT_ID CUSTOMER_ID
  report CUSTOMER_ID --month YYYY-MM
  policy set SOURCE --bar SECTOR [--from TIME]
  policy set SOURCE --lift SECTOR [--from TIME]
  policy list
  refanout --since TIME
  dlq list [--queue quarantine|poison]
  dlq redrive [--queue quarantine|poison] [MESSAGE_ID ...]
  keys create CUSTOMER_ID       a customer API key, shown once (only its SHA-256 is stored)
  keys list CUSTOMER_ID
  keys revoke KEY_ID

  sectors:  ${SECTORS.join(', ')}
  TIME:     ISO 8601, e.g. 2026-03-05T10:00:00Z (default: now)
  refanout: decides and delivers again, from the alerts table, every alert version stored since TIME (what the
            alerts stream lost); idempotent through the ledger: what was decided stays as recorded
  dlq:      quarantine = bad input (rejected at once, with its reason); poison = valid batches that failed
            every attempt (the ingest DLQ); both unless --queue names one
  --aws     act on the deployed stack (standard AWS credential chain) instead of the local environment`;

const options = {
  aws: { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  name: { type: 'string' },
  sector: { type: 'string' },
  status: { type: 'string' },
  tier: { type: 'string' },
  starts: { type: 'string' },
  ends: { type: 'string' },
  categories: { type: 'string' },
  regions: { type: 'string' },
  'min-severity': { type: 'string' },
  filter: { type: 'string' },
  limit: { type: 'string' },
  since: { type: 'string' },
  month: { type: 'string' },
  bar: { type: 'string' },
  lift: { type: 'string' },
  from: { type: 'string' },
  queue: { type: 'string' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>['values'];

function time(v: string | undefined, what: string): string {
  if (v === undefined) return new Date().toISOString();
  const d = new Date(v);
  if (Number.isNaN(d.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(v))
    throw new UsageError(`${what}: not an ISO 8601 time: "${v}"`);
  return d.toISOString();
}

function oneOf<T extends string>(schema: z.ZodType<T>, v: string | undefined, what: string, all: readonly string[]): T {
  const r = schema.safeParse(v);
  if (!r.success) throw new UsageError(`${what} must be one of ${all.join(', ')}${v ? ` (got "${v}")` : ''}`);
  return r.data;
}

export function parseRegions(v: string | undefined): Region[] {
  if (!v) return [];
  return v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      if (/^[A-Za-z]{2}$/.test(s)) return { country: s.toUpperCase() };
      const m = /^(-?\d+(?:\.\d+)?):(-?\d+(?:\.\d+)?):(\d+(?:\.\d+)?)$/.exec(s);
      if (!m) throw new UsageError(`region "${s}": use a country code (US) or LAT:LON:RADIUS_KM (48.85:2.35:50)`);
      return { lat: Number(m[1]), lon: Number(m[2]), radiusKm: Number(m[3]) };
    });
}

function dlqQueues(v: string | undefined): readonly DlqQueue[] {
  return v === undefined ? DLQ_QUEUES : [oneOf(z.enum(DLQ_QUEUES), v, '--queue', DLQ_QUEUES)];
}

function need(pos: string[], i: number, what: string): string {
  const v = pos[i];
  if (!v) throw new UsageError(`missing ${what}`);
  return v;
}

function print(values: Values, data: unknown, human: () => string): void {
  console.log(values.json ? JSON.stringify(data, null, 2) : human());
}

const table = (rows: Record<string, unknown>[]): string => {
  if (rows.length === 0) return '(none)';
  const cols = Object.keys(rows[0]!);
  const w = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c] ?? '').length)));
  const line = (r: Record<string, unknown> | null) =>
    cols
      .map((c, i) => String(r ? (r[c] ?? '') : c).padEnd(w[i]!))
      .join('  ')
      .trimEnd();
  return [line(null), ...rows.map(line)].join('\n');
};

export async function run(argv: string[]): Promise<void> {
  const { values, positionals: pos } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  if (values.help || pos.length === 0) {
    console.log(USAGE);
    return;
  }
  precheck(values, pos);
  const ctx = await openAdminContext(Boolean(values.aws));
  try {
    await dispatch(ctx, values, pos);
  } finally {
    await ctx.close();
  }
}

/** Arguments that can be refused before any environment is opened. */
function precheck(values: Values, pos: string[]): void {
  if (pos[0] === 'refanout') {
    if (!values.since) throw new UsageError('refanout needs --since TIME (when the lost alert versions were stored)');
    time(values.since, '--since');
  }
}

async function dispatch(ctx: AdminContext, values: Values, pos: string[]): Promise<void> {
  const [cmd, sub] = pos;
  const key = ['customers', 'contract', 'policy', 'dlq', 'alerts', 'keys'].includes(cmd!)
    ? `${cmd} ${sub ?? ''}`.trim()
    : cmd!;
  switch (key) {
    case 'customers add': {
      const id = need(pos, 2, 'customer ID');
      if (!values.name) throw new UsageError('--name is required');
      const categories = (values.categories ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      for (const c of categories)
        if (!(CATEGORIES as readonly string[]).includes(c))
          throw new UsageError(`unknown category "${c}" (one of ${CATEGORIES.join(', ')})`);
      const minSeverity = Number(values['min-severity'] ?? 1);
      if (!Number.isInteger(minSeverity) || minSeverity < 1 || minSeverity > 5)
        throw new UsageError('--min-severity must be 1 to 5');
      const c = await onboardCustomer(ctx, {
        id,
        name: values.name,
        sector: oneOf(Sector, values.sector, '--sector', SECTORS),
        contract: {
          status: oneOf(ContractStatus, values.status ?? 'active', '--status', CONTRACT_STATUSES),
          tier: values.tier ?? 'standard',
          startsAt: time(values.starts, '--starts'),
          ...(values.ends ? { endsAt: time(values.ends, '--ends') } : {}),
        },
        entitlements: {
          categories: categories as (typeof CATEGORIES)[number][],
          regions: parseRegions(values.regions),
          minSeverity,
        },
      });
      print(values, c, () => `customer ${c.id} (${c.sector}, ${c.contract.status}) onboarded; topic ${c.topicArn}`);
      return;
    }
    case 'customers list': {
      const cs = await ctx.customers.list();
      print(values, cs, () =>
        table(
          cs.map((c) => ({
            id: c.id,
            name: c.name,
            sector: c.sector,
            status: c.contract.status,
            tier: c.contract.tier,
            ends: c.contract.endsAt ?? '',
            categories: c.entitlements.categories.join(',') || 'all',
            regions: c.entitlements.regions.length || 'world',
            minSev: c.entitlements.minSeverity,
          })),
        ),
      );
      return;
    }
    case 'customers show': {
      const c = await requireCustomer(ctx, need(pos, 2, 'customer ID'));
      console.log(JSON.stringify(c, null, 2));
      return;
    }
    case 'contract set-status': {
      const id = need(pos, 2, 'customer ID');
      const status = oneOf(ContractStatus, pos[3], 'status', CONTRACT_STATUSES);
      const c = await setContractStatus(ctx, id, status);
      print(values, c, () => `customer ${c.id}: contract ${c.contract.status}`);
      return;
    }
    case 'subscribe': {
      const id = need(pos, 1, 'customer ID');
      const protocol = oneOf(z.enum(['email', 'sqs', 'https']), pos[2], 'protocol', ['email', 'sqs', 'https']);
      const endpoint = need(pos, 3, 'ENDPOINT');
      let filter: unknown;
      if (values.filter) {
        try {
          filter = JSON.parse(values.filter);
        } catch {
          throw new UsageError(`--filter is not JSON: ${values.filter}`);
        }
      }
      const arn = await subscribeCustomer(ctx, id, protocol, endpoint, filter);
      print(
        values,
        { subscriptionArn: arn },
        () =>
          `subscribed ${protocol} ${endpoint} to ${id}: ${arn}${protocol === 'email' ? ' (the recipient must confirm)' : ''}`,
      );
      return;
    }
    case 'alerts list': {
      const limit = Number(values.limit ?? 50);
      const alerts = (await ctx.alerts.list()).slice(0, limit);
      print(values, alerts, () =>
        table(
          alerts.map((a) => ({
            alertId: a.alertId,
            v: a.version,
            level: a.level,
            sev: a.severity,
            category: a.category,
            place: a.location?.name ?? '',
            triggeredAt: a.triggeredAt,
            authors: a.authors,
            title: a.title.slice(0, 60),
          })),
        ),
      );
      return;
    }
    case 'deliveries': {
      const id = need(pos, 1, 'customer ID');
      await requireCustomer(ctx, id);
      const recs = await ctx.deliveries.listByCustomer(id, values.since ? time(values.since, '--since') : undefined);
      print(values, recs, () =>
        table(
          recs.map((r) => ({
            decidedAt: r.decidedAt,
            alertId: r.alertId,
            v: r.version,
            outcome: r.outcome,
            level: r.level,
            category: r.category,
            reason: r.error ?? r.reason,
          })),
        ),
      );
      return;
    }
    case 'explain': {
      const alertId = need(pos, 1, 'ALERT_ID');
      const customer = await requireCustomer(ctx, need(pos, 2, 'CUSTOMER_ID'));
      const alert = await ctx.alerts.get(alertId);
      if (!alert) throw new UsageError(`no alert "${alertId}" (see: alerts list)`);
      const recorded = await ctx.deliveries.get(customer.id, alertId, alert.version);
      const now = decide(alert, customer, await ctx.customers.listPolicies(), new Date());
      const out = {
        alertId,
        version: alert.version,
        customerId: customer.id,
        recorded: recorded ?? null,
        ifFannedOutNow: now,
      };
      print(values, out, () =>
        [
          `alert ${alertId} v${alert.version} (${alert.category}, ${alert.level}, severity ${alert.severity}) for ${customer.id}:`,
          recorded
            ? `  ${recorded.outcome} at ${recorded.decidedAt}: ${recorded.error ?? recorded.reason}`
            : '  not fanned out to this customer yet',
          `  if fanned out now: ${now.deliver ? 'deliver' : 'withhold'} (${now.reason})`,
        ].join('\n'),
      );
      return;
    }
    case 'report': {
      const id = need(pos, 1, 'customer ID');
      const month = values.month ?? '';
      if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new UsageError('--month YYYY-MM is required');
      await requireCustomer(ctx, id);
      const r = monthlyReport(await ctx.deliveries.listByCustomer(id, `${month}-01`), month, id);
      const nonZero = (o: Record<string, number>) =>
        Object.entries(o)
          .filter(([, n]) => n > 0)
          .map(([k, n]) => `${k} ${n}`)
          .join(', ') || 'none';
      print(values, r, () =>
        [
          `${id}, ${month}:`,
          `  delivered ${r.delivered.total}: by category ${nonZero(r.delivered.byCategory)}; by level ${nonZero(r.delivered.byLevel)}`,
          `  withheld  ${r.withheld.total}: ${nonZero(r.withheld.byReason)}`,
          `  failed    ${r.failed.total}`,
        ].join('\n'),
      );
      return;
    }
    case 'policy set': {
      const source = need(pos, 2, 'SOURCE');
      if (values.bar && values.lift) throw new UsageError('use either --bar or --lift');
      if (!values.bar && !values.lift) throw new UsageError('--bar SECTOR or --lift SECTOR is required');
      const from = time(values.from, '--from');
      const p = values.bar
        ? await barSector(ctx, source, oneOf(Sector, values.bar, '--bar', SECTORS), from)
        : await liftBar(ctx, source, oneOf(Sector, values.lift, '--lift', SECTORS), from);
      print(values, p, () =>
        p.until
          ? `${source}: ${p.sector} allowed again from ${p.until}`
          : `${source}: ${p.sector} barred from ${p.from}`,
      );
      return;
    }
    case 'policy list': {
      const ps = await ctx.customers.listPolicies();
      print(values, ps, () =>
        table(
          ps.map((p) => ({
            source: p.source,
            sector: p.sector,
            barredFrom: p.from,
            until: p.until ?? '',
            setAt: p.setAt,
          })),
        ),
      );
      return;
    }
    case 'refanout': {
      const r = await refanout(ctx, time(values.since, '--since'));
      print(values, r, () =>
        [
          `${r.versions} alert version(s) stored since ${r.since} handed to the fan-out:`,
          `  delivered ${r.delivered}, withheld ${r.withheld}, already decided ${r.alreadyDecided} (left as recorded)`,
          `  publish failed ${r.failed} (queued for the delivery-retry function)`,
          r.notFannedOut.length
            ? `  NOT fanned out (nothing recorded; run again): ${r.notFannedOut.join(', ')}`
            : '  every version fanned out',
        ].join('\n'),
      );
      if (r.notFannedOut.length > 0) process.exitCode = 1;
      return;
    }
    case 'dlq list': {
      const items = await listDlq(ctx, dlqQueues(values.queue));
      print(values, items, () =>
        table(
          items.map((m) => ({
            queue: m.queue,
            messageId: m.messageId,
            kind: m.kind,
            receives: m.receiveCount,
            reason: m.reason.slice(0, 120),
          })),
        ),
      );
      return;
    }
    case 'dlq redrive': {
      const n = await redriveDlq(ctx, pos.slice(2), dlqQueues(values.queue));
      print(values, { redriven: n }, () => `re-drove ${n} message(s) to the ingest queue`);
      return;
    }
    case 'keys create': {
      const { key: apiKey, record } = await createApiKey(ctx, need(pos, 2, 'customer ID'));
      print(values, { key: apiKey, ...record }, () =>
        [
          `API key ${record.keyId} for ${record.customerId} (shown once: only its hash is stored):`,
          '',
          `  ${apiKey}`,
          '',
          'Use it as: Authorization: Bearer <key>',
        ].join('\n'),
      );
      return;
    }
    case 'keys list': {
      // The hashes stay in the table: nothing a listing needs.
      const keys = (await listApiKeys(ctx, need(pos, 2, 'customer ID'))).map(({ secretHash: _, ...k }) => k);
      print(values, keys, () =>
        table(keys.map((k) => ({ keyId: k.keyId, createdAt: k.createdAt, revokedAt: k.revokedAt ?? '' }))),
      );
      return;
    }
    case 'keys revoke': {
      const r = await revokeApiKey(ctx, need(pos, 2, 'KEY_ID'));
      print(values, r, () => `key ${r.keyId} of ${r.customerId} revoked at ${r.revokedAt}`);
      return;
    }
    default:
      throw new UsageError(`unknown command "${pos.join(' ')}"\n\n${USAGE}`);
  }
}

if (import.meta.main) runMain('tocsin', () => run(process.argv.slice(2)));
