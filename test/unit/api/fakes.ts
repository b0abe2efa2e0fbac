/** The API handler over in-memory stores: keys, customers, policies, alert versions; and an event builder. */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { type ApiDeps, createApiHandler } from '../../../functions/api/api';
import { type ApiKeyRecord, newApiKey } from '../../../functions/domain/api-key';
import type { Customer, SourcePolicy } from '../../../functions/domain/customer';
import { type FeedSource, feedAttributes, type StoredAlert } from '../../../functions/domain/feed';
import type { ApiRoute } from '../../../resources';
import { fakeTelemetry } from '../functions/fakes';

export class MemoryFeed implements FeedSource {
  constructor(readonly stored: StoredAlert[]) {}

  async *versions(day: string, after: string, before: string): AsyncIterable<StoredAlert> {
    const keyed = this.stored
      .map((a) => ({ a, ...feedAttributes(a, a.storedAt) }))
      .filter((x) => x.feedDay === day && x.feedKey > after && x.feedKey < before)
      .sort((x, y) => x.feedKey.localeCompare(y.feedKey));
    for (const x of keyed) yield x.a;
  }

  async versionsOf(alertId: string): Promise<StoredAlert[]> {
    return this.stored.filter((a) => a.alertId === alertId);
  }
}

export interface World {
  customers: Customer[];
  policies: SourcePolicy[];
  alerts: StoredAlert[];
  now: Date;
  /** Requests a key may make (default: no limit). */
  perMinute?: number;
  /** Post ids deleted by their authors (tombstones). */
  deleted?: string[];
}

export function apiOver(w: World) {
  const keys = new Map<string, ApiKeyRecord>();
  const keyOf: Record<string, string> = {};
  for (const c of w.customers) {
    const { key, record } = newApiKey(c.id, w.now);
    keys.set(record.keyId, record);
    keyOf[c.id] = key;
  }
  const counts = new Map<string, number>();
  const limit = w.perMinute ?? Number.MAX_SAFE_INTEGER;
  const t = fakeTelemetry();
  const deps: ApiDeps = {
    keys: { get: async (id) => keys.get(id) },
    limiter: {
      take: async (keyId) => {
        const n = (counts.get(keyId) ?? 0) + 1;
        counts.set(keyId, Math.min(n, limit));
        return {
          allowed: n <= limit,
          limit,
          remaining: Math.max(0, limit - n),
          resetAt: new Date(w.now.getTime() + 30_000),
        };
      },
    },
    customers: {
      get: async (id) => w.customers.find((c) => c.id === id),
      listPolicies: async () => w.policies,
    },
    alerts: new MemoryFeed(w.alerts),
    subscriptions: async () => [{ protocol: 'sqs', endpoint: 'arn:aws:sqs:eu-west-1:1:q', confirmed: true }],
    tombstones: {
      deletedAmong: async (ids) =>
        new Map(ids.filter((id) => w.deleted?.includes(id)).map((id) => [id, w.now.toISOString()])),
    },
    now: () => w.now,
  };
  return { handler: createApiHandler(deps, t.telemetry), keys, keyOf, logs: t.logs };
}

export function request(
  routeKey: ApiRoute,
  o: { key?: string; query?: Record<string, string>; alertId?: string; authorization?: string } = {},
): APIGatewayProxyEventV2 {
  const authorization = o.authorization ?? (o.key ? `Bearer ${o.key}` : undefined);
  return {
    version: '2.0',
    routeKey,
    rawPath: routeKey.split(' ')[1]!.replace('{alertId}', o.alertId ?? ''),
    rawQueryString: new URLSearchParams(o.query ?? {}).toString(),
    headers: authorization ? { authorization } : {},
    ...(o.query ? { queryStringParameters: o.query } : {}),
    ...(o.alertId !== undefined ? { pathParameters: { alertId: o.alertId } } : {}),
    isBase64Encoded: false,
    requestContext: {} as APIGatewayProxyEventV2['requestContext'],
  };
}
