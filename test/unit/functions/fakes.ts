/** Fake dependencies and helpers for the handler unit tests: no AWS, no emulators. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Context } from 'aws-lambda';
import type { Telemetry } from '../../../functions/commons/observability';
import type { Alert } from '../../../functions/domain/alert';
import type { Customer } from '../../../functions/domain/customer';
import type { DeliveryRecord } from '../../../functions/domain/delivery';
import type { FanOutDeps } from '../../../functions/fan-out/fan-out';
import { REPO_ROOT } from '../../../resources/repo';

/** A Lambda event from test/fixtures/events, fresh for each test (so a test may edit it). */
export function eventFixture<T>(name: string): T {
  return JSON.parse(readFileSync(path.join(REPO_ROOT, 'test/fixtures/events', name), 'utf8')) as T;
}

export const context = {
  functionName: 'test',
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
  topicArn: `arn:aws:sns:us-east-1:000000000000:tocsin-customer-${id}`,
  contract: { status: 'active', tier: 'standard', startsAt: '2026-01-01T00:00:00Z', endsAt: '2027-01-01T00:00:00Z' },
  entitlements: { categories: [], regions: [], minSeverity: 1 },
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  ...over,
});

/** The ledger's contract (a final decision is written once; only a failed attempt may be overwritten) and a publisher that fails for the customers named. */
export function fakeDelivery(failing = new Set<string>()) {
  const ledger = new Map<string, DeliveryRecord>();
  const published: string[] = [];
  const deps: FanOutDeps = {
    now: () => new Date('2026-05-01T10:03:05Z'),
    deliveries: {
      get: async (c, a, v) => ledger.get(`${c}/${a}/${v}`),
      record: async (r) => {
        const k = `${r.customerId}/${r.alertId}/${r.version}`;
        const prev = ledger.get(k);
        if (prev && prev.outcome !== 'failed') return false;
        ledger.set(k, r);
        return true;
      },
    },
    publisher: {
      publish: async (arn) => {
        const id = arn.split('tocsin-customer-')[1] ?? arn;
        if (failing.has(id)) throw new Error(`Topic does not exist: ${arn}`);
        published.push(id);
        return `m-${published.length}`;
      },
    },
  };
  return { deps, ledger, published };
}
