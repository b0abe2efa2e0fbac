/**
 * A local server that speaks Jetstream's subscribe protocol, for tests (no
 * network): WebSocket at /subscribe, `wantedCollections` (exact NSIDs and
 * `prefix.*`), `cursor` (replay every stored event with time_us >= cursor,
 * then live; absent or in the future: live only), commit / identity / account
 * events (identity and account go to every subscriber, as Jetstream does).
 * Faults on demand: a malformed frame every `malformedEvery` events, an
 * abrupt disconnect (TCP reset, no close frame) after `dropAfterFrames`
 * frames of a connection, and kill() / restart() of the whole server. The
 * event log survives a restart, as Jetstream's database does.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

export interface JetstreamEvent {
  did: string;
  time_us: number;
  kind: 'commit' | 'identity' | 'account';
  commit?: {
    rev: string;
    operation: 'create' | 'update' | 'delete';
    collection: string;
    rkey: string;
    record?: unknown;
    cid?: string;
  };
  identity?: { did: string; handle?: string; seq: number; time: string };
  account?: { did: string; active: boolean; status?: string; seq: number; time: string };
}

export interface JetstreamServerOptions {
  port?: number;
  /** Every n-th frame sent is preceded by a malformed one (0: never). */
  malformedEvery?: number;
  /** Each connection is reset after this many frames (0: never). */
  dropAfterFrames?: number;
  /** Added to this instance's time_us (instances' clocks differ: a cursor from one is only roughly right on another). */
  clockSkewUs?: number;
}

interface Sub {
  ws: WebSocket;
  wanted: string[];
  live: boolean;
  sent: number;
}

const MALFORMED = [
  'not json at all {',
  '{"kind":"commit","did":"did:plc:broken","time_us":"yesterday"}',
  '{"did":"did:plc:abcdefgh","time_us":1,"kind":"commit","commit":{"operation":"explode","collection":"app.bsky.feed.post","rkey":"x"}}',
  '[1,2,3]',
  '{"did":"did:plc:abcdefgh","time_us":2,"kind":"commit","commit":{"rev":"r","operation":"create","collection":"app.bsky.feed.post","rkey":"bad","record":{"text":42}}}',
];

export class JetstreamServer {
  readonly log: JetstreamEvent[] = [];
  private http: Server | undefined;
  private wss: WebSocketServer | undefined;
  private subs = new Set<Sub>();
  private lastUs = 0;
  private frameNo = 0;
  /** Connections accepted and the cursors they asked for (tests look at them). */
  readonly connections: { cursor: number | null; wanted: string[] }[] = [];
  port = 0;

  constructor(private readonly opts: JetstreamServerOptions = {}) {}

  get url(): string {
    return `ws://127.0.0.1:${this.port}/subscribe`;
  }

  async start(): Promise<this> {
    const http = createServer((_req, res) => {
      res.writeHead(404).end();
    });
    const wss = new WebSocketServer({ noServer: true });
    http.on('upgrade', (req, socket, head) => {
      const u = new URL(req.url ?? '/', 'http://x');
      if (u.pathname !== '/subscribe') {
        socket.destroy();
        return;
      }
      wss.handleUpgrade(req, socket, head, (ws) => this.subscribe(ws, u.searchParams));
    });
    await new Promise<void>((resolve, reject) => {
      http.once('error', reject);
      http.listen(this.opts.port ?? this.port, '127.0.0.1', () => resolve());
    });
    this.port = (http.address() as AddressInfo).port;
    this.http = http;
    this.wss = wss;
    return this;
  }

  /** Hard stop: every connection reset, the port closed. The log is kept. */
  async kill(): Promise<void> {
    for (const s of this.subs) s.ws.terminate();
    this.subs.clear();
    this.wss?.close();
    const http = this.http;
    this.http = undefined;
    if (http) {
      http.closeAllConnections();
      await new Promise<void>((r) => http.close(() => r()));
    }
  }

  /** Starts again on the same port, with the same log. */
  async restart(): Promise<void> {
    this.opts.port = this.port;
    await this.start();
  }

  /** Appends events (time_us assigned now, strictly increasing) and sends them to live subscribers. */
  publish(events: Omit<JetstreamEvent, 'time_us'>[]): JetstreamEvent[] {
    const out: JetstreamEvent[] = [];
    for (const e of events) {
      this.lastUs = Math.max(this.lastUs + 1, Date.now() * 1000 + (this.opts.clockSkewUs ?? 0));
      const ev = { ...e, time_us: this.lastUs } as JetstreamEvent;
      this.log.push(ev);
      out.push(ev);
      for (const s of this.subs) if (s.live) this.send(s, ev);
    }
    return out;
  }

  private wants(s: Sub, e: JetstreamEvent): boolean {
    if (e.kind !== 'commit' || s.wanted.length === 0) return true;
    const c = e.commit?.collection ?? '';
    return s.wanted.some((w) => (w.endsWith('.*') ? c.startsWith(w.slice(0, -1)) : c === w));
  }

  private send(s: Sub, e: JetstreamEvent): void {
    if (!this.wants(s, e)) return;
    const every = this.opts.malformedEvery ?? 0;
    if (every > 0 && ++this.frameNo % every === 0) s.ws.send(MALFORMED[(this.frameNo / every) % MALFORMED.length]!);
    s.ws.send(JSON.stringify(e));
    s.sent++;
    const drop = this.opts.dropAfterFrames ?? 0;
    if (drop > 0 && s.sent >= drop) {
      this.subs.delete(s);
      s.ws.terminate();
    }
  }

  private subscribe(ws: WebSocket, q: URLSearchParams): void {
    const wanted = q.getAll('wantedCollections');
    const cursorParam = q.get('cursor');
    const cursor = cursorParam !== null && /^\d+$/.test(cursorParam) ? Number(cursorParam) : null;
    this.connections.push({ cursor, wanted });
    const s: Sub = { ws, wanted, live: false, sent: 0 };
    this.subs.add(s);
    ws.on('close', () => this.subs.delete(s));
    ws.on('error', () => this.subs.delete(s));
    // Replay (synchronously, so no live event can slip between replay and live).
    if (cursor !== null && cursor <= this.lastUs) {
      for (const e of this.log) {
        if (!this.subs.has(s)) return;
        if (e.time_us >= cursor) this.send(s, e);
      }
    }
    s.live = this.subs.has(s);
  }
}

/** Generated events: ids, records and timestamps that look like the real firehose. */
export function postCreate(
  did: string,
  rkey: string,
  text: string,
  o: { langs?: string[]; createdAt?: string; replyTo?: string; quote?: string } = {},
): Omit<JetstreamEvent, 'time_us'> {
  return {
    did,
    kind: 'commit',
    commit: {
      rev: `3l${rkey}`,
      operation: 'create',
      collection: 'app.bsky.feed.post',
      rkey,
      cid: `bafyrei${rkey}`,
      record: {
        $type: 'app.bsky.feed.post',
        text,
        createdAt: o.createdAt ?? new Date().toISOString(),
        ...(o.langs ? { langs: o.langs } : {}),
        ...(o.replyTo
          ? { reply: { root: { uri: o.replyTo, cid: 'bafyroot' }, parent: { uri: o.replyTo, cid: 'bafyparent' } } }
          : {}),
        ...(o.quote ? { embed: { $type: 'app.bsky.embed.record', record: { uri: o.quote, cid: 'bafyq' } } } : {}),
      },
    },
  };
}

export function postDelete(did: string, rkey: string): Omit<JetstreamEvent, 'time_us'> {
  return {
    did,
    kind: 'commit',
    commit: { rev: `3d${rkey}`, operation: 'delete', collection: 'app.bsky.feed.post', rkey },
  };
}

export function like(did: string, rkey: string, subject: string): Omit<JetstreamEvent, 'time_us'> {
  return {
    did,
    kind: 'commit',
    commit: {
      rev: `3k${rkey}`,
      operation: 'create',
      collection: 'app.bsky.feed.like',
      rkey,
      record: {
        $type: 'app.bsky.feed.like',
        subject: { uri: subject, cid: 'bafy' },
        createdAt: new Date().toISOString(),
      },
    },
  };
}

export function identity(did: string, handle: string, seq: number): Omit<JetstreamEvent, 'time_us'> {
  return { did, kind: 'identity', identity: { did, handle, seq, time: new Date().toISOString() } };
}

export function account(did: string, active: boolean, seq: number, status?: string): Omit<JetstreamEvent, 'time_us'> {
  return {
    did,
    kind: 'account',
    account: { did, active, seq, time: new Date().toISOString(), ...(status ? { status } : {}) },
  };
}

export const didOf = (n: number): string => `did:plc:${n.toString(36).padStart(24, 'a')}`;
