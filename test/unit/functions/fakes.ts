/** Fake dependencies and helpers for the handler unit tests: no AWS, no emulators. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Context } from 'aws-lambda';
import type { EvidenceEnvelope } from '../../../functions/adapters/evidence-queue';
import type { QuarantineEntry } from '../../../functions/adapters/quarantine';
import { type Invocation, invocationOf } from '../../../functions/commons/invocation';
import type { Telemetry } from '../../../functions/commons/observability';
import { InMemoryTombstoneStore } from '../../../functions/connectors/tombstones';
import type { Alert } from '../../../functions/domain/alert';
import type { RawAudience } from '../../../functions/domain/audience';
import { type Channel, ChannelKind } from '../../../functions/domain/channels/channel';
import type { Customer } from '../../../functions/domain/customer';
import { type DeliveryRecord, DeliveryRecordSchema } from '../../../functions/domain/delivery';
import type { RenderedMessage } from '../../../functions/domain/message';
import { SourceRegistry } from '../../../functions/domain/sources';
import { FreshAudience } from '../../../functions/fan-out/audience-source';
import type { FanOutDeps } from '../../../functions/fan-out/fan-out';
import type { ScoreDeps } from '../../../functions/score/score-message';
import { REPO_ROOT } from '../../../resources/repo';

/** A Lambda event from test/fixtures/events, fresh for each test (so a test may edit it). */
export function eventFixture<T>(name: string): T {
  return JSON.parse(readFileSync(path.join(REPO_ROOT, 'test/fixtures/events', name), 'utf8')) as T;
}

export const context = {
  functionName: 'test',
  invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:test',
  awsRequestId: 'req-1',
  getRemainingTimeInMillis: () => 30_000,
} as unknown as Context;

/** Records what a handler logs and counts. */
export function fakeTelemetry() {
  const metrics: Record<string, number> = {};
  const logs: { level: 'error' | 'warn' | 'info'; message: string; extra: unknown[] }[] = [];
  let published = 0;
  const telemetry: Telemetry = {
    logger: {
      error: (message: unknown, ...extra: unknown[]) =>
        void logs.push({ level: 'error', message: String(message), extra }),
      warn: (message: unknown, ...extra: unknown[]) =>
        void logs.push({ level: 'warn', message: String(message), extra }),
      info: (message: unknown, ...extra: unknown[]) =>
        void logs.push({ level: 'info', message: String(message), extra }),
    } as Telemetry['logger'],
    metrics: {
      addMetric: (name: string, _unit: unknown, value: number) => {
        metrics[name] = (metrics[name] ?? 0) + value;
      },
      hasStoredMetrics: () => Object.keys(metrics).length > 0,
      publishStoredMetrics: () => {
        published++;
      },
    } as Telemetry['metrics'],
  };
  /** The fields of each error logged, in order. */
  const errors = () =>
    logs.filter((l) => l.level === 'error').map((l) => (l.extra[0] ?? {}) as Record<string, string | undefined>);
  return { telemetry, metrics, logs, errors, published: () => published };
}

export const alert: Alert = {
  alertId: 'a-harbour',
  version: 1,
  category: 'explosion',
  severity: 4,
  level: 'flash',
  title: 'Explosion in Houston, US',
  location: { name: 'Houston, US', lat: 29.76, lon: -95.37, country: 'US' },
  firstSeenAt: '2026-05-01T10:00:00.000Z',
  triggeredAt: '2026-05-01T10:03:00.000Z',
  evidence: ['p1', 'p2'],
  sources: ['twitter'],
  authors: 5,
  posts: 6,
  terms: ['explosion'],
  scoreParts: { authors: 1 },
};

export const customer = (id: string, over: Partial<Customer> = {}): Customer => ({
  id,
  name: id,
  sector: 'finance',
  contract: { status: 'active', tier: 'standard', startsAt: '2026-01-01T00:00:00Z', endsAt: '2027-01-01T00:00:00Z' },
  entitlements: { categories: [], regions: [], minSeverity: 1 },
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  ...over,
});

export const channel = (customerId: string, channelId: string, over: Partial<Channel> = {}): Channel => ({
  customerId,
  channelId,
  kind: ChannelKind.parse(channelId.split('-')[0]),
  display: 'https://hooks.example.com/tocsin',
  secretRef: `local:${customerId}/${channelId}`,
  createdAt: '2026-01-01T00:00:00Z',
  ...over,
});

/** An invocation in account 000000000000, us-east-1, with `remaining` ms left (a function: tests move the deadline). */
export function fakeInvocation(remaining: () => number = () => 30_000): Invocation {
  return invocationOf({
    invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:test',
    getRemainingTimeInMillis: remaining,
  });
}

/** A fixed audience (what the customers table holds), read afresh on every fresh() call past its age. */
export function fakeAudience(
  raw: Partial<RawAudience> | (() => Partial<RawAudience>),
  now: () => Date = () => new Date('2026-05-01T10:03:05Z'),
  maxAgeMs = 5000,
) {
  let reads = 0;
  const read = async (): Promise<RawAudience> => {
    reads++;
    const r = typeof raw === 'function' ? raw() : raw;
    return { customers: r.customers ?? [], policies: r.policies ?? [], sources: r.sources ?? [] };
  };
  return { source: new FreshAudience(read, now, maxAgeMs), read, reads: () => reads };
}

const ledgerKey = (customerId: string, alertId: string, version: number) => `${customerId}/${alertId}/${version}`;

/**
 * The ledger's conditional writes as DynamoDB applies them (create if absent;
 * replace or complete only an open record) and a publisher that fails for
 * the customers named.
 */
export function fakeDelivery(failing = new Set<string>()) {
  const ledger = new Map<string, DeliveryRecord>();
  const published: string[] = [];
  const messages: RenderedMessage[] = [];
  const tombstones = new InMemoryTombstoneStore();
  const open = (k: string) => ['pending', 'failed'].includes(ledger.get(k)?.outcome ?? '');
  const complete = (c: string, a: string, v: number, patch: Partial<DeliveryRecord>) => {
    const k = ledgerKey(c, a, v);
    if (!open(k)) return false;
    const next: DeliveryRecord = { ...ledger.get(k)!, ...patch };
    if (next.outcome === 'delivered') delete next.error;
    ledger.set(k, DeliveryRecordSchema.parse(next));
    return true;
  };
  const deps: FanOutDeps = {
    now: () => new Date('2026-05-01T10:03:05Z'),
    deliveries: {
      get: async (c, a, v) => ledger.get(ledgerKey(c, a, v)),
      create: async (r) => {
        const k = ledgerKey(r.customerId, r.alertId, r.version);
        if (ledger.has(k)) return false;
        ledger.set(k, DeliveryRecordSchema.parse(r));
        return true;
      },
      replace: async (r, expected) => {
        const k = ledgerKey(r.customerId, r.alertId, r.version);
        if (ledger.get(k)?.outcome !== expected) return false;
        ledger.set(k, DeliveryRecordSchema.parse(r));
        return true;
      },
      markDelivered: async (c, a, v, d) => complete(c, a, v, { outcome: 'delivered', ...d }),
      markFailed: async (c, a, v, f) => complete(c, a, v, { outcome: 'failed', ...f }),
    },
    tombstones,
    publisher: {
      publish: async (arn, message) => {
        const id = arn.split('tocsin-customer-')[1] ?? arn;
        if (failing.has(id)) throw new Error(`Topic does not exist: ${arn}`);
        published.push(id);
        messages.push(message);
        return `m-${published.length}`;
      },
    },
  };
  /** The ledger read in one call for many customers (as the shard worker's DeliveriesRepo does), counted. */
  let manyReads = 0;
  const getMany: NonNullable<FanOutDeps['deliveries']['getMany']> = async (cs, a, v) => {
    manyReads++;
    return new Map(cs.flatMap((c) => (ledger.has(ledgerKey(c, a, v)) ? [[c, ledger.get(ledgerKey(c, a, v))!]] : [])));
  };
  return { deps, ledger, published, messages, tombstones, getMany, manyReads: () => manyReads };
}

/** Where the score stage sends evidence and quarantined input, recorded; the built-in source registry. */
export function scoreSinks() {
  /** Each call's parts (one invocation's evidence). */
  const sent: { parts: readonly EvidenceEnvelope[] }[] = [];
  const quarantined: QuarantineEntry[] = [];
  const deps: Pick<ScoreDeps, 'evidence' | 'quarantine' | 'sources'> = {
    evidence: {
      send: async (parts) => {
        sent.push({ parts });
        return [];
      },
    },
    quarantine: { put: async (e) => void quarantined.push(e) },
    sources: { current: async () => SourceRegistry.of() },
  };
  return { sent, quarantined, deps };
}
