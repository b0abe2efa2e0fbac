/** The customer API as the console calls it: the key in an Authorization header, errors by kind. */
import type { AlertDetail, FeedPage } from '../../functions/domain/feed';

export interface Me {
  customer: { id: string; name: string; sector: string };
  contract: { status: string; tier: string; startsAt: string; endsAt?: string };
  entitlements: { categories: string[]; regions: unknown[]; minSeverity: number };
  subscriptions: { protocol: string; endpoint: string; confirmed: boolean }[];
  key: { keyId: string; requestsPerMinute: number };
}

export type Filters = Partial<Record<'category' | 'level' | 'minSeverity' | 'country', string>>;

export class ApiError extends Error {
  constructor(
    readonly kind: 'unauthorized' | 'rate_limited' | 'network' | 'http',
    message: string,
    readonly retryAfterSeconds = 0,
  ) {
    super(message);
  }
}

export class ApiClient {
  constructor(
    private readonly base: string,
    private readonly key: string,
  ) {}

  private async get<T>(path: string, params: Record<string, string | undefined> = {}): Promise<T> {
    const url = new URL(path, this.base);
    for (const [k, v] of Object.entries(params)) if (v) url.searchParams.set(k, v);
    let r: Response;
    try {
      r = await fetch(url, { headers: { authorization: `Bearer ${this.key}` }, cache: 'no-store' });
    } catch {
      throw new ApiError('network', 'the API cannot be reached');
    }
    if (r.ok) return (await r.json()) as T;
    const body = (await r.json().catch(() => ({}))) as { error?: { message?: string } };
    const message = body.error?.message ?? `HTTP ${r.status}`;
    if (r.status === 401) throw new ApiError('unauthorized', message);
    if (r.status === 429) throw new ApiError('rate_limited', message, Number(r.headers.get('retry-after') ?? 10));
    throw new ApiError('http', `${r.status}: ${message}`);
  }

  me(): Promise<Me> {
    return this.get('v1/me');
  }

  alerts(since: string | undefined, filters: Filters): Promise<FeedPage> {
    return this.get('v1/alerts', { since, limit: '200', ...filters });
  }

  alert(alertId: string): Promise<AlertDetail> {
    return this.get(`v1/alerts/${encodeURIComponent(alertId)}`);
  }
}
