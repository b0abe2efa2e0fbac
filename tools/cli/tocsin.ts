/**
 * Tocsin's admin CLI: npm run tocsin -- COMMAND ... [--aws] [--json]
 * Acts on the local environment by default, on AWS with --aws.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { CATEGORIES } from '../../functions/domain/alert';
import { decideFor, parseAudience } from '../../functions/domain/audience';
import { CONTRACT_STATUSES, ContractStatus, type Region, SECTORS, Sector } from '../../functions/domain/customer';
import { monthlyReport } from '../../functions/domain/report';
import { createApiKey, listApiKeys, revokeApiKey } from '../admin/api-keys';
import { type AdminContext, openAdminContext } from '../admin/context';
import {
  addCustomer,
  type CustomerPatch,
  customerHistory,
  migrateShards,
  removeCustomer,
  requireCustomer,
  setContractStatus,
  showCustomer,
  subscribeCustomer,
  updateCustomer,
} from '../admin/customers';
import { DLQ_QUEUES, type DlqQueue, listDlq, redriveDlq } from '../admin/dlq';
import { barSector, liftBar, policyHistory } from '../admin/policies';
import { refanout } from '../admin/refanout';
import { addSource, listSources } from '../admin/sources';
import { UsageError } from '../admin/usage-error';
import { channelsCommand } from './channels';
import { runMain } from './main';

const USAGE = `usage: npm run tocsin -- COMMAND [options] [--aws] [--json]

  customers add ID --name NAME --sector SECTOR [--status STATUS] [--tier TIER]
                [--starts TIME] [--ends TIME] [--categories a,b] [--regions US,GB,LAT:LON:KM]
                [--min-severity 1-5]                       (refused if ID exists)
  customers update ID [any option of add; --ends none] [--expect-version N]
  customers list
  customers show ID                                      (the contract, its topic, subscriptions: unconfirmed ones flagged)
  customers history ID                                   (who changed what, when)
  customers remove ID                                    (unsubscribes everything, deletes the topic; the ledger stays)
  customers migrate-shards                               (what every deploy runs itself: each customer's fan-out
                                                          shard, and topic policies that admit its worker)
  contract set-status ID ${CONTRACT_STATUSES.join('|')} [--expect-version N]
  subscribe ID email|sqs|https ENDPOINT [--filter JSON]
  alerts list [--limit N]
  deliveries CUSTOMER_ID [--since TIME]
  explain ALERT_ID CUSTOMER_ID
  report CUSTOMER_ID --month YYYY-MM
  policy set SOURCE --bar SECTOR [--from TIME]
  policy set SOURCE --lift SECTOR [--from TIME]
  policy list
  policy history SOURCE
  sources list
  sources add NAME [--alias A,B]
  refanout --since TIME
  channels add CUSTOMER_ID webhook|slack|teams URL [--allow-local-http]
  channels list CUSTOMER_ID | channels remove CUSTOMER_ID CHANNEL_ID
  channels deliveries CUSTOMER_ID [--alert ALERT_ID]
  dlq list [--queue quarantine|poison|evidence]
  dlq redrive [--queue quarantine|poison|evidence] [MESSAGE_ID ...]
  keys create CUSTOMER_ID       a customer API key, shown once (only its SHA-256 is stored)
  keys list CUSTOMER_ID
  keys revoke KEY_ID

  sectors:  ${SECTORS.join(', ')}
  TIME:     ISO 8601, e.g. 2026-03-05T10:00:00Z (default: now)
  refanout: decides and delivers again, from the alerts table, every alert version stored since TIME (what the
            alerts stream lost); idempotent through the ledger: what was decided stays as recorded
  dlq:      quarantine = bad input (rejected at once, with its reason); poison = valid batches that failed
            every attempt (the ingest DLQ); evidence = stage 2's poison (the evidence DLQ, re-driven to the
            evidence queue); all three unless --queue names one; deleted posts redacted / left out
  channels: signed webhooks (the signing secret is printed once), Slack and Teams incoming webhooks; https and
            public addresses only (docs/channels.md); --allow-local-http admits http://127.0.0.1 (local tests only)
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
  alias: { type: 'string' },
  'expect-version': { type: 'string' },
  queue: { type: 'string' },
  alert: { type: 'string' },
  'allow-local-http': { type: 'boolean' },
} as const;

export type Values = ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>['values'];

function time(v: string | undefined, what: string): string {
  if (v === undefined) return new Date().toISOString();
  const d = new Date(v);
  if (Number.isNaN(d.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(v))
    throw new UsageError(`${what}: not an ISO 8601 time: "${v}"`);
  return d.toISOString();
}

export function oneOf<T extends string>(
  schema: z.ZodType<T>,
  v: string | undefined,
  what: string,
  all: readonly string[],
): T {
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

const list = (v: string | undefined): string[] =>
  (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** The contract and entitlement options given (add and update share them). */
function customerPatch(values: Values): CustomerPatch {
  const categories = list(values.categories);
  for (const c of categories)
    if (!(CATEGORIES as readonly string[]).includes(c))
      throw new UsageError(`unknown category "${c}" (one of ${CATEGORIES.join(', ')})`);
  let minSeverity: number | undefined;
  if (values['min-severity'] !== undefined) {
    minSeverity = Number(values['min-severity']);
    if (!Number.isInteger(minSeverity) || minSeverity < 1 || minSeverity > 5)
      throw new UsageError('--min-severity must be 1 to 5');
  }
  const contract: CustomerPatch['contract'] = {
    ...(values.status ? { status: oneOf(ContractStatus, values.status, '--status', CONTRACT_STATUSES) } : {}),
    ...(values.tier ? { tier: values.tier } : {}),
    ...(values.starts ? { startsAt: time(values.starts, '--starts') } : {}),
    ...(values.ends ? { endsAt: values.ends === 'none' ? null : time(values.ends, '--ends') } : {}),
  };
  const entitlements: CustomerPatch['entitlements'] = {
    ...(values.categories !== undefined ? { categories: categories as (typeof CATEGORIES)[number][] } : {}),
    ...(values.regions !== undefined ? { regions: parseRegions(values.regions) } : {}),
    ...(minSeverity !== undefined ? { minSeverity } : {}),
  };
  return {
    ...(values.name ? { name: values.name } : {}),
    ...(values.sector ? { sector: oneOf(Sector, values.sector, '--sector', SECTORS) } : {}),
    contract,
    entitlements,
  };
}

function expectVersion(values: Values): { expectedVersion?: number } {
  const v = values['expect-version'];
  if (v === undefined) return {};
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new UsageError('--expect-version must be a whole number');
  return { expectedVersion: n };
}

function dlqQueues(v: string | undefined): readonly DlqQueue[] {
  return v === undefined ? DLQ_QUEUES : [oneOf(z.enum(DLQ_QUEUES), v, '--queue', DLQ_QUEUES)];
}

export function need(pos: string[], i: number, what: string): string {
  const v = pos[i];
  if (!v) throw new UsageError(`missing ${what}`);
  return v;
}

export function print(values: Values, data: unknown, human: () => string): void {
  console.log(values.json ? JSON.stringify(data, null, 2) : human());
}

export const table = (rows: Record<string, unknown>[]): string => {
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
  const key = ['customers', 'contract', 'policy', 'dlq', 'alerts', 'sources', 'channels', 'keys'].includes(cmd!)
    ? `${cmd} ${sub ?? ''}`.trim()
    : cmd!;
  switch (key) {
    case 'customers add': {
      const id = need(pos, 2, 'customer ID');
      if (!values.name) throw new UsageError('--name is required');
      const patch = customerPatch(values);
      const r = await addCustomer(ctx, {
        id,
        name: values.name,
        sector: oneOf(Sector, values.sector, '--sector', SECTORS),
        contract: {
          status: patch.contract?.status ?? 'active',
          tier: values.tier ?? 'standard',
          startsAt: time(values.starts, '--starts'),
          ...(patch.contract?.endsAt ? { endsAt: patch.contract.endsAt } : {}),
        },
        entitlements: { categories: [], regions: [], minSeverity: 1, ...patch.entitlements },
      });
      const c = r.customer;
      print(
        values,
        r,
        () =>
          `customer ${c.id} (${c.sector}, ${c.contract.status}) onboarded; topic ${r.topicArn}` +
          (r.removedSubscriptions
            ? ` (${r.removedSubscriptions} subscription(s) left by an earlier ${c.id} removed)`
            : ''),
      );
      return;
    }
    case 'customers update': {
      const id = need(pos, 2, 'customer ID');
      const c = await updateCustomer(ctx, id, customerPatch(values), expectVersion(values));
      print(values, c, () => `customer ${c.id} at version ${c.version ?? 0}: ${JSON.stringify(c.contract)}`);
      return;
    }
    case 'customers history': {
      const id = need(pos, 2, 'customer ID');
      const changes = await customerHistory(ctx, id);
      if (changes.length === 0) throw new UsageError(`no history for "${id}"`);
      print(values, changes, () =>
        table(
          changes.map((h) => ({
            at: h.at,
            by: h.by,
            action: h.action,
            v: h.version ?? '',
            changes: Object.entries(h.changes)
              .map(([k, [a, b]]) => (k === '(item)' ? '' : `${k}: ${JSON.stringify(a)} -> ${JSON.stringify(b)}`))
              .filter(Boolean)
              .join('; '),
          })),
        ),
      );
      return;
    }
    case 'customers remove': {
      const id = need(pos, 2, 'customer ID');
      const r = await removeCustomer(ctx, id);
      print(
        values,
        r,
        () =>
          `${r.removed ? `customer ${id} removed` : `customer ${id} was already removed`}; ${r.unsubscribed} subscription(s) removed, topic deleted; its ledger and history are kept`,
      );
      return;
    }
    case 'customers migrate-shards': {
      const r = await migrateShards(ctx);
      print(
        values,
        r,
        () =>
          `fan-out shard set on ${r.shardsSet.length} customer(s)${r.shardsSet.length ? ` (${r.shardsSet.join(', ')})` : ''}; ${r.topicPolicies} topic policy(ies) written again`,
      );
      return;
    }
    case 'customers list': {
      const audience = parseAudience(await ctx.customers.readAudience(), new Date());
      const cs = audience.customers;
      for (const bad of audience.invalidCustomers)
        console.error(`malformed customer item ${bad.id ?? '(no id)'}: ${bad.reason} (the fan-out withholds it)`);
      for (const id of await ctx.customers.unsharded())
        console.error(
          `customer ${id} is in no fan-out shard: nothing is decided for it until the next deploy or npm run tocsin -- customers migrate-shards`,
        );
      print(values, cs, () =>
        table(
          cs.map((c) => ({
            v: c.version ?? 0,
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
      const r = await showCustomer(ctx, need(pos, 2, 'customer ID'));
      const pending = r.subscriptions.filter((x) => x.pending);
      print(values, r, () =>
        [
          JSON.stringify(r.customer, null, 2),
          `topic ${r.topicArn}`,
          `subscriptions (${r.subscriptions.length}, ${pending.length} unconfirmed: nothing reaches those until their endpoint confirms):`,
          table(
            r.subscriptions.map((x) => ({
              protocol: x.protocol,
              endpoint: x.endpoint,
              state: x.pending ? 'UNCONFIRMED' : 'confirmed',
              deadLetter: x.deadLetterArn ?? 'NONE',
            })),
          ),
        ].join('\n'),
      );
      return;
    }
    case 'contract set-status': {
      const id = need(pos, 2, 'customer ID');
      const status = oneOf(ContractStatus, pos[3], 'status', CONTRACT_STATUSES);
      const c = await setContractStatus(ctx, id, status, expectVersion(values).expectedVersion);
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
      const now = decideFor(alert, customer, parseAudience(await ctx.customers.readAudience(), new Date()), new Date());
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
      if (values.bar) {
        const p = await barSector(ctx, source, oneOf(Sector, values.bar, '--bar', SECTORS), from);
        print(values, p, () => `${p.source}: ${p.sector} barred from ${p.from}`);
      } else {
        const closed = await liftBar(ctx, source, oneOf(Sector, values.lift, '--lift', SECTORS), from);
        print(values, closed, () => `${closed[0]?.source}: ${closed[0]?.sector} allowed again from ${from}`);
      }
      return;
    }
    case 'policy list':
    case 'policy history': {
      const ps =
        key === 'policy history'
          ? await policyHistory(ctx, need(pos, 2, 'SOURCE'))
          : await ctx.customers.listPolicies();
      print(values, ps, () =>
        table(
          ps.map((p) => ({
            source: p.source,
            sector: p.sector,
            barredFrom: p.from,
            until: p.until ?? '',
            setAt: p.setAt,
            setBy: p.setBy ?? '',
            liftedAt: p.liftedAt ?? '',
            liftedBy: p.liftedBy ?? '',
          })),
        ),
      );
      return;
    }
    case 'sources list': {
      const ss = await listSources(ctx);
      print(values, ss, () =>
        table(
          ss.map((x) => ({
            source: x.name,
            aliases: x.aliases.join(',') || '',
            added: x.seeded ? '(built in)' : `${x.addedAt} by ${x.addedBy}`,
          })),
        ),
      );
      return;
    }
    case 'sources add': {
      const e = await addSource(ctx, need(pos, 2, 'NAME'), list(values.alias));
      print(values, e, () => `source ${e.name} added${e.aliases.length ? ` (aliases ${e.aliases.join(', ')})` : ''}`);
      return;
    }
    case 'refanout': {
      const r = await refanout(ctx, time(values.since, '--since'));
      print(values, r, () =>
        ctx.target === 'aws'
          ? [
              `${r.versions} alert version(s) stored since ${r.since}:`,
              `  already decided ${r.alreadyDecided} (left as recorded)`,
              `  queued ${r.queued} (version, customer) pair(s) for the delivery-retry function, which decides and delivers them now`,
            ].join('\n')
          : [
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
            redacted: m.redacted,
            reason: m.reason.slice(0, 120),
          })),
        ),
      );
      return;
    }
    case 'dlq redrive': {
      const r = await redriveDlq(ctx, pos.slice(2), dlqQueues(values.queue));
      print(values, r, () =>
        [
          `re-drove ${r.redriven} message(s) to the ingest queue (evidence to the evidence queue), without ${r.droppedPosts} post(s) deleted by their authors`,
          ...(r.emptied.length
            ? [`removed ${r.emptied.length} message(s) whose posts were all deleted: ${r.emptied.join(', ')}`]
            : []),
          ...(r.notEvidence.length
            ? [
                `left ${r.notEvidence.length} evidence DLQ message(s) that are no evidence message in place (nothing to re-drive; see their reason): ${r.notEvidence.join(', ')}`,
              ]
            : []),
          ...(r.partsParked.length
            ? [
                `parked ${r.partsParked.length} part(s) that are not evidence alone in the evidence DLQ (their messages' other parts were re-driven): ${r.partsParked.join(', ')}`,
              ]
            : []),
        ].join('\n'),
      );
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
    case 'channels add':
    case 'channels list':
    case 'channels remove':
    case 'channels deliveries':
      return channelsCommand(ctx, values, pos);
    default:
      throw new UsageError(`unknown command "${pos.join(' ')}"\n\n${USAGE}`);
  }
}

if (import.meta.main) runMain('tocsin', () => run(process.argv.slice(2)));
