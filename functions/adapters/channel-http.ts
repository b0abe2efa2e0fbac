/**
 * Posts one channel delivery. The endpoint is checked again here (a channel
 * stored yesterday is checked with today's rules), its host resolved, every
 * address checked, and the connection made to a checked address only (the
 * lookup below hands the socket what was checked, so a second resolution
 * cannot swap in another: no DNS rebinding). Redirects are not followed; the
 * response body is not read beyond a few hundred bytes (for the ledger).
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import type { ChannelKind } from '../domain/channels/channel';
import { checkEndpoint, checkResolved, type EndpointPolicy } from '../domain/channels/endpoint';
import type { ChannelRequest } from '../domain/channels/format';

export type SendResult =
  | { ok: true; status: number }
  | { ok: false; status?: number; reason: string; retryAfterSeconds?: number };

export type Resolver = (host: string) => Promise<string[]>;

export const systemResolver: Resolver = async (host) =>
  (await dnsLookup(host, { all: true, verbatim: true })).map((a) => a.address);

export interface ChannelSender {
  send(url: string, kind: ChannelKind, req: ChannelRequest): Promise<SendResult>;
}

const BODY_EXCERPT = 300;

export class HttpChannelSender implements ChannelSender {
  constructor(
    private readonly policy: EndpointPolicy = {},
    private readonly resolve: Resolver = systemResolver,
    private readonly timeoutMs = 10_000,
  ) {}

  async send(raw: string, kind: ChannelKind, req: ChannelRequest): Promise<SendResult> {
    const checked = checkEndpoint(raw, kind, this.policy);
    if (!checked.ok) return { ok: false, reason: `endpoint refused: ${checked.reason}` };
    const url = checked.url;
    const host = url.hostname.replace(/^\[|\]$/g, '');
    let address = host;
    if (!isIP(host)) {
      let addresses: string[];
      try {
        addresses = await this.resolve(host);
      } catch (e) {
        return { ok: false, reason: `${host} does not resolve (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
      }
      const why = checkResolved(host, addresses);
      if (why) return { ok: false, reason: `endpoint refused: ${why}` };
      address = addresses[0] ?? host;
    }
    const family = isIP(address);
    const pinned: LookupFunction = (_h, opts, cb) => {
      if ((opts as { all?: boolean }).all)
        (cb as (e: null, a: { address: string; family: number }[]) => void)(null, [{ address, family }]);
      else cb(null, address, family);
    };
    const body = Buffer.from(req.body, 'utf8');
    const client = url.protocol === 'https:' ? https : http;
    return new Promise<SendResult>((resolve) => {
      const r = client.request(
        url,
        {
          method: 'POST',
          headers: { ...req.headers, 'Content-Length': String(body.length) },
          lookup: pinned,
          timeout: this.timeoutMs,
          // Keep-alive would let a pooled socket outlive the address check.
          agent: false,
        },
        (res) => {
          let excerpt = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            if (excerpt.length < BODY_EXCERPT) excerpt += chunk.slice(0, BODY_EXCERPT - excerpt.length);
            else res.destroy();
          });
          const done = () => {
            const status = res.statusCode ?? 0;
            if (status >= 200 && status < 300) return resolve({ ok: true, status });
            const retryAfter = Number(res.headers['retry-after']);
            const where = status >= 300 && status < 400 ? ' (redirects are not followed)' : '';
            resolve({
              ok: false,
              status,
              reason: `HTTP ${status}${where}${excerpt ? `: ${excerpt.replace(/\s+/g, ' ').slice(0, BODY_EXCERPT)}` : ''}`,
              ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfterSeconds: retryAfter } : {}),
            });
          };
          res.on('end', done);
          res.on('close', done);
        },
      );
      r.on('timeout', () => r.destroy(new Error(`no answer within ${this.timeoutMs} ms`)));
      r.on('error', (e) => resolve({ ok: false, reason: e.message.slice(0, BODY_EXCERPT) }));
      r.end(body);
    });
  }
}
