/**
 * The customer API (docs/openapi.json): an API Gateway HTTP API event in,
 * a JSON response out. Every request: the key authenticates a customer, the
 * key's rate limit is taken, the customer and the source policies are read
 * afresh, and the domain (functions/domain/feed.ts) answers through decide().
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { z } from 'zod';
import type { ApiRoute } from '../../resources';
import type { ApiKeysRepo } from '../adapters/api-keys-repo';
import type { CustomersRepo } from '../adapters/customers-repo';
import type { RateDecision, RateLimiter } from '../adapters/rate-limiter';
import type { Subscription } from '../adapters/subscriptions';
import type { TombstoneReader } from '../commons/evidence';
import type { Telemetry } from '../commons/observability';
import { keyAccepts, parseApiKey } from '../domain/api-key';
import type { Customer } from '../domain/customer';
import { AlertsQuerySchema, type FeedSource, readAlert, readFeed, type StoredAlert } from '../domain/feed';
import { type ShowsPosts, tombstoneKeysOfShown, withoutDeletedPosts } from '../domain/tombstone';

export interface ApiDeps {
  keys: Pick<ApiKeysRepo, 'get'>;
  limiter: RateLimiter;
  customers: Pick<CustomersRepo, 'get' | 'listPolicies'>;
  alerts: FeedSource & { versionsOf(alertId: string): Promise<StoredAlert[]> };
  /** The subscriptions of the customer's topic (its ARN derived from the id, never read from data). */
  subscriptions(customerId: string): Promise<Subscription[]>;
  /** Deleted posts and accounts: left out of the evidence and the excerpt every response shows (docs/connectors.md, Deletions). */
  tombstones: TombstoneReader;
  now: () => Date;
}

/** One tombstone lookup for a response's versions; each shows its evidence and its excerpt without deleted posts. */
async function hideDeleted<T extends ShowsPosts>(versions: T[], tombstones: TombstoneReader): Promise<T[]> {
  const keys = tombstoneKeysOfShown(versions);
  if (keys.length === 0) return versions;
  const deleted = await tombstones.deletedAmong(keys);
  return versions.map((v) => withoutDeletedPosts(v, deleted));
}

export type ApiResponse = APIGatewayProxyStructuredResultV2 & { statusCode: number; body: string };
export type ApiHandler = (event: APIGatewayProxyEventV2) => Promise<ApiResponse>;

const ERRORS = {
  400: 'bad_request',
  401: 'unauthorized',
  404: 'not_found',
  429: 'rate_limited',
  500: 'internal',
} as const;
type ErrorStatus = keyof typeof ERRORS;

function json(statusCode: number, body: unknown, headers: Record<string, string> = {}): ApiResponse {
  return {
    statusCode,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers },
    body: JSON.stringify(body),
  };
}
const problem = (status: ErrorStatus, message: string, headers: Record<string, string> = {}) =>
  json(status, { error: { code: ERRORS[status], message } }, headers);

const AlertIdParam = z.string().regex(/^[A-Za-z0-9._:-]{1,128}$/, 'not an alert id');

function rateHeaders(r: RateDecision, now: Date): Record<string, string> {
  const reset = Math.max(1, Math.ceil((r.resetAt.getTime() - now.getTime()) / 1000));
  return {
    'ratelimit-limit': String(r.limit),
    'ratelimit-remaining': String(r.remaining),
    'ratelimit-reset': String(reset),
    ...(r.allowed ? {} : { 'retry-after': String(reset) }),
  };
}

const issues = (e: z.ZodError) => e.issues.map((i) => `${i.path.join('.') || 'parameters'}: ${i.message}`).join('; ');

/** The customer the request's key belongs to, or why not (the same answer for every kind of bad key). */
async function authenticate(deps: ApiDeps, event: APIGatewayProxyEventV2) {
  const m = /^Bearer\s+(\S+)$/i.exec(event.headers.authorization ?? '');
  const parsed = m?.[1] ? parseApiKey(m[1]) : undefined;
  const record = parsed ? await deps.keys.get(parsed.keyId) : undefined;
  if (!parsed || !record || !keyAccepts(record, parsed.secret)) return undefined;
  return record;
}

export function createApiHandler(deps: ApiDeps, t: Telemetry): ApiHandler {
  const me = async (customer: Customer, keyId: string, limit: number) => ({
    customer: { id: customer.id, name: customer.name, sector: customer.sector },
    contract: customer.contract,
    entitlements: customer.entitlements,
    subscriptions: await deps.subscriptions(customer.id),
    key: { keyId, requestsPerMinute: limit },
  });

  return async (event) => {
    try {
      const key = await authenticate(deps, event);
      if (!key) {
        return problem(401, 'a valid API key is required: Authorization: Bearer tcs_…', {
          'www-authenticate': 'Bearer realm="tocsin"',
        });
      }
      const now = deps.now();
      const rate = await deps.limiter.take(key.keyId, now);
      const headers = rateHeaders(rate, now);
      if (!rate.allowed) return problem(429, `more than ${rate.limit} requests a minute with this key`, headers);
      const [customer, policies] = await Promise.all([
        deps.customers.get(key.customerId),
        deps.customers.listPolicies(),
      ]);
      // A key whose customer is gone authenticates nobody.
      if (!customer)
        return problem(401, 'a valid API key is required', { 'www-authenticate': 'Bearer realm="tocsin"' });
      const reader = { customer, policies };

      switch (event.routeKey as ApiRoute) {
        case 'GET /v1/alerts': {
          const q = AlertsQuerySchema.safeParse(event.queryStringParameters ?? {});
          if (!q.success) return problem(400, issues(q.error), headers);
          const page = await readFeed(deps.alerts, reader, q.data, now);
          return json(200, { ...page, alerts: await hideDeleted(page.alerts, deps.tombstones) }, headers);
        }
        case 'GET /v1/alerts/{alertId}': {
          const id = AlertIdParam.safeParse(event.pathParameters?.alertId);
          if (!id.success) return problem(400, issues(id.error), headers);
          const detail = readAlert(await deps.alerts.versionsOf(id.data), reader, now);
          if (!detail) return problem(404, `no alert ${id.data} for this key`, headers);
          return json(200, { ...detail, versions: await hideDeleted(detail.versions, deps.tombstones) }, headers);
        }
        case 'GET /v1/me':
          return json(200, await me(customer, key.keyId, rate.limit), headers);
        default:
          return problem(404, `no route ${event.routeKey}`, headers);
      }
    } catch (e) {
      t.logger.error('request failed', { routeKey: event.routeKey, error: e });
      return problem(500, 'internal error');
    }
  };
}
