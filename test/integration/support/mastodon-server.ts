/**
 * A local server that speaks the parts of Mastodon's API the connector uses,
 * for tests (no network): streaming over server-sent events
 * (/api/v1/streaming/public, /public/local, /hashtag?tag=, with `update`,
 * `delete` and heartbeat comments) and the REST timelines that backfill them
 * (/api/v1/timelines/public[?local=true], /api/v1/timelines/tag/:tag, with
 * min_id / since_id / max_id / limit), behind a bearer token when configured.
 * Status ids are snowflakes (milliseconds << 16 | sequence), as Mastodon's.
 * Faults on demand: a malformed event every `malformedEvery` events, an
 * abrupt disconnect after `dropAfterEvents` events, kill() / restart().
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StatusJson {
  id: string;
  uri: string;
  created_at: string;
  content: string;
  spoiler_text: string;
  language: string | null;
  visibility: 'public';
  in_reply_to_id: string | null;
  reblog: StatusJson | null;
  account: { id: string; acct: string; followers_count: number };
  tags: { name: string }[];
  /** Not part of the API: whether the author is on this server (public:local). */
  local: boolean;
}

export interface MastodonServerOptions {
  port?: number;
  token?: string;
  malformedEvery?: number;
  dropAfterEvents?: number;
}

interface Client {
  res: ServerResponse;
  matches: (s: StatusJson) => boolean;
  sent: number;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

export class MastodonServer {
  readonly statuses: StatusJson[] = [];
  readonly deleted = new Set<string>();
  /** Requests seen: path and query (tests look at the backfills). */
  readonly requests: string[] = [];
  private http: Server | undefined;
  private clients = new Set<Client>();
  private seq = 0;
  private lastMs = 0;
  private events = 0;
  private heartbeat: NodeJS.Timeout | undefined;
  port = 0;

  constructor(private readonly opts: MastodonServerOptions = {}) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get host(): string {
    return `127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    const http = createServer((req, res) => this.route(req, res));
    await new Promise<void>((resolve, reject) => {
      http.once('error', reject);
      http.listen(this.opts.port ?? this.port, '127.0.0.1', () => resolve());
    });
    this.port = (http.address() as AddressInfo).port;
    this.http = http;
    this.heartbeat = setInterval(() => {
      for (const c of this.clients) c.res.write(':thump\n\n');
    }, 200);
    return this;
  }

  async kill(): Promise<void> {
    clearInterval(this.heartbeat);
    for (const c of this.clients) c.res.socket?.destroy();
    this.clients.clear();
    const http = this.http;
    this.http = undefined;
    if (http) {
      http.closeAllConnections();
      await new Promise<void>((r) => http.close(() => r()));
    }
  }

  async restart(): Promise<void> {
    this.opts.port = this.port;
    await this.start();
  }

  publish(p: {
    text: string;
    lang?: string;
    acct: string;
    tags?: string[];
    local?: boolean;
    followers?: number;
    inReplyTo?: string;
  }): StatusJson {
    const ms = Date.now();
    this.seq = ms === this.lastMs ? this.seq + 1 : 0;
    this.lastMs = ms;
    const id = ((BigInt(ms) << 16n) | BigInt(this.seq)).toString();
    const [user, domain] = p.acct.split('@');
    const s: StatusJson = {
      id,
      uri: `https://${domain ?? this.host}/users/${user}/statuses/${id}`,
      created_at: new Date(ms).toISOString(),
      content: `<p>${escapeHtml(p.text)}</p>`,
      spoiler_text: '',
      language: p.lang ?? null,
      visibility: 'public',
      in_reply_to_id: p.inReplyTo ?? null,
      reblog: null,
      account: { id: String(user?.length), acct: p.acct, followers_count: p.followers ?? 10 },
      tags: (p.tags ?? []).map((name) => ({ name })),
      local: p.local ?? !p.acct.includes('@'),
    };
    this.statuses.push(s);
    this.broadcast((c) => (c.matches(s) ? `event: update\ndata: ${JSON.stringify(s)}\n\n` : null));
    return s;
  }

  delete(id: string): void {
    this.deleted.add(id);
    this.broadcast(() => `event: delete\ndata: ${id}\n\n`);
  }

  private broadcast(frame: (c: Client) => string | null): void {
    for (const c of this.clients) {
      const f = frame(c);
      if (f === null) continue;
      const every = this.opts.malformedEvery ?? 0;
      if (every > 0 && ++this.events % every === 0) c.res.write('event: update\ndata: {"id": "1", "broken\n\n');
      c.res.write(f);
      c.sent++;
      const drop = this.opts.dropAfterEvents ?? 0;
      if (drop > 0 && c.sent >= drop) {
        this.clients.delete(c);
        c.res.socket?.destroy();
      }
    }
  }

  private filter(path: string, q: URLSearchParams): ((s: StatusJson) => boolean) | null {
    const tag = (t: string | null | undefined) => (s: StatusJson) =>
      s.tags.some((x) => x.name.toLowerCase() === (t ?? '').toLowerCase());
    const local = q.get('local') === 'true';
    if (path === '/api/v1/streaming/public' || path === '/api/v1/timelines/public')
      return local ? (s) => s.local : () => true;
    if (path === '/api/v1/streaming/public/local') return (s) => s.local;
    if (path === '/api/v1/streaming/hashtag') return tag(q.get('tag'));
    if (path === '/api/v1/streaming/hashtag/local') {
      const t = tag(q.get('tag'));
      return (s) => s.local && t(s);
    }
    const m = /^\/api\/v1\/timelines\/tag\/([^/]+)$/.exec(path);
    if (m) {
      const t = tag(decodeURIComponent(m[1]!));
      return local ? (s) => s.local && t(s) : t;
    }
    return null;
  }

  private route(req: IncomingMessage, res: ServerResponse): void {
    const u = new URL(req.url ?? '/', 'http://x');
    this.requests.push(`${u.pathname}${u.search}`);
    if (this.opts.token && req.headers.authorization !== `Bearer ${this.opts.token}`) {
      res.writeHead(401, { 'content-type': 'application/json' }).end('{"error":"The access token is invalid"}');
      return;
    }
    const matches = this.filter(u.pathname, u.searchParams);
    if (!matches) {
      res.writeHead(404).end();
      return;
    }
    if (u.pathname.startsWith('/api/v1/streaming/')) {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      res.write(':)\n\n');
      const c: Client = { res, matches, sent: 0 };
      this.clients.add(c);
      res.on('close', () => this.clients.delete(c));
      return;
    }
    const limit = Math.min(40, Math.max(1, Number(u.searchParams.get('limit') ?? 20)));
    const gt = (a: string, b: string) => BigInt(a) > BigInt(b);
    const minId = u.searchParams.get('min_id');
    const sinceId = u.searchParams.get('since_id');
    const maxId = u.searchParams.get('max_id');
    let list = this.statuses.filter((s) => matches(s) && !this.deleted.has(s.id));
    if (maxId) list = list.filter((s) => gt(maxId, s.id));
    if (sinceId) list = list.filter((s) => gt(s.id, sinceId));
    // min_id: the page right after it (the oldest newer statuses); otherwise the newest.
    if (minId) list = list.filter((s) => gt(s.id, minId)).slice(0, limit);
    else list = list.slice(-limit);
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify([...list].reverse()));
  }
}
