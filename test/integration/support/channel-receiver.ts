/**
 * A local receiver for channel deliveries: it checks each webhook's signature
 * with the channel's secret, checks Slack and Teams payload shapes, counts
 * attempts, fails the first N attempts on a path, and can act before it
 * answers (a suspension landing mid-way).
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifySignature } from '../../../functions/domain/channels/signature';

export interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** Webhooks: the signature verified with the path's secret; chat: the payload had the service's shape. */
  valid: boolean;
  problem?: string;
  status: number;
}

type Check = (body: string, headers: IncomingHttpHeaders) => string | undefined;

export function slackShape(body: string): string | undefined {
  const m = JSON.parse(body) as { text?: unknown; attachments?: { color?: unknown; blocks?: { type?: unknown }[] }[] };
  if (typeof m.text !== 'string' || m.text === '') return 'no fallback text';
  const a = m.attachments?.[0];
  if (!a || typeof a.color !== 'string' || !/^#[0-9A-F]{6}$/i.test(a.color)) return 'no coloured attachment';
  if (a.blocks?.[0]?.type !== 'header') return 'no header block';
  return undefined;
}

export function teamsShape(body: string): string | undefined {
  const m = JSON.parse(body) as {
    type?: unknown;
    attachments?: { contentType?: unknown; content?: { type?: unknown; body?: unknown[] } }[];
  };
  const a = m.attachments?.[0];
  if (m.type !== 'message') return 'not a message';
  if (a?.contentType !== 'application/vnd.microsoft.card.adaptive') return 'no adaptive card';
  if (a.content?.type !== 'AdaptiveCard' || !Array.isArray(a.content.body)) return 'not an AdaptiveCard';
  return undefined;
}

export class ChannelReceiver {
  readonly requests: Received[] = [];
  private readonly checks = new Map<string, Check>();
  private readonly failures = new Map<string, number>();
  private readonly before = new Map<string, (r: Received) => Promise<void>>();
  private server: Server | undefined;
  url = '';

  /** Webhook at `path`: the signature must verify with `secret`. */
  webhook(path: string, secret: string): void {
    this.checks.set(path, (body, h) => {
      const v = verifySignature(h['tocsin-signature'] as string | undefined, body, secret, new Date());
      return v.ok ? undefined : v.reason;
    });
  }

  chat(path: string, check: Check): void {
    this.checks.set(path, check);
  }

  /** The first `n` attempts on `path` answer 503 (always: Infinity). */
  failFirst(path: string, n: number): void {
    this.failures.set(path, n);
  }

  /** Runs before the answer to each request on `path`. */
  beforeAnswer(path: string, f: (r: Received) => Promise<void>): void {
    this.before.set(path, f);
  }

  on(path: string): Received[] {
    return this.requests.filter((r) => r.path === path);
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        void (async () => {
          const path = req.url ?? '';
          const body = Buffer.concat(chunks).toString('utf8');
          const check = this.checks.get(path);
          let problem: string | undefined = check ? undefined : 'unknown path';
          try {
            problem ??= check?.(body, req.headers);
          } catch (e) {
            problem = `unreadable: ${String(e)}`;
          }
          const left = this.failures.get(path) ?? 0;
          if (left > 0) this.failures.set(path, left - 1);
          const status = left > 0 ? 503 : problem ? 400 : 204;
          const r: Received = {
            path,
            headers: req.headers,
            body,
            valid: problem === undefined,
            status,
            ...(problem ? { problem } : {}),
          };
          this.requests.push(r);
          await this.before.get(path)?.(r);
          res.writeHead(status).end(status === 503 ? 'try later' : '');
        })();
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
