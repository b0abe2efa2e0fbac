/**
 * Which URLs a channel may post to, checked at registration and again before
 * every send (functions/adapters/channel-http.ts also checks every address the
 * host resolves to, and connects only to an address it checked).
 */
import { isIP } from 'node:net';
import { refusedAddress } from './address';
import type { ChannelKind } from './channel';

/**
 * Local testing only, never a default: `allowLocalHttp` lets a channel post
 * to http://127.0.0.1:PORT (the test receiver), of any kind. Lambda never sets it.
 */
export interface EndpointPolicy {
  allowLocalHttp?: boolean;
}

export type EndpointCheck = { ok: true; url: URL; local: boolean } | { ok: false; reason: string };

const MAX_URL_CHARS = 2048;

/** Incoming-webhook hosts and paths of the chat services (their documented URL shapes). */
export const CHAT_ENDPOINTS: Record<
  Exclude<ChannelKind, 'webhook'>,
  { host: RegExp; path: RegExp; example: string }[]
> = {
  slack: [
    {
      host: /^hooks\.slack\.com$/,
      path: /^\/(services|triggers|workflows)\/[A-Za-z0-9/_-]+$/,
      example: 'https://hooks.slack.com/services/T000/B000/XXXX',
    },
    {
      host: /^hooks\.slack-gov\.com$/,
      path: /^\/(services|triggers|workflows)\/[A-Za-z0-9/_-]+$/,
      example: 'https://hooks.slack-gov.com/services/T000/B000/XXXX',
    },
  ],
  teams: [
    // Office 365 connectors (incoming webhooks).
    {
      host: /^[a-z0-9-]{1,63}\.webhook\.office\.com$/,
      path: /^\/webhookb2\/[A-Za-z0-9@/_.-]+$/,
      example: 'https://contoso.webhook.office.com/webhookb2/...',
    },
    // Teams Workflows ("Post to a channel when a webhook request is received"), the connectors' successor.
    {
      host: /^[a-z0-9-]{1,63}\.[a-z0-9-]{1,63}\.logic\.azure\.com$/,
      path: /^\/workflows\/[A-Za-z0-9/_-]+$/,
      example: 'https://prod-00.westeurope.logic.azure.com/workflows/...',
    },
  ],
};

/** Names that are local by definition, whatever a resolver says. */
const LOCAL_NAMES = /(^|\.)(localhost|local|internal|localdomain|home\.arpa|lan)$/;

const refuse = (reason: string): EndpointCheck => ({ ok: false, reason });

/** The URL as a channel of `kind` may use it, or why not. Pure: no DNS (see checkResolved). */
export function checkEndpoint(raw: string, kind: ChannelKind, policy: EndpointPolicy = {}): EndpointCheck {
  if (raw.length > MAX_URL_CHARS) return refuse(`URL longer than ${MAX_URL_CHARS} characters`);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return refuse('not a URL');
  }
  if (url.username || url.password) return refuse('credentials in the URL are not allowed');
  if (url.hash) return refuse('a URL fragment is never sent: remove it');
  // WHATWG URL parsing has already turned 2130706433, 0x7f.1 and friends into dotted IPv4.
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (policy.allowLocalHttp && url.protocol === 'http:' && host === '127.0.0.1') return { ok: true, url, local: true };
  if (url.protocol !== 'https:') return refuse(`only https:// endpoints are accepted (got ${url.protocol})`);
  if (host === '' || host.endsWith('.')) return refuse('no host name');
  if (isIP(host)) {
    const why = refusedAddress(host);
    if (why) return refuse(why);
  } else if (LOCAL_NAMES.test(host) || !host.includes('.')) {
    return refuse(`${host} is a local name`);
  }
  if (kind !== 'webhook') {
    const patterns = CHAT_ENDPOINTS[kind];
    // Their URLs use the default port; only Teams Workflows URLs carry a query (api-version, signature).
    const shaped = url.port === '' && (kind === 'teams' || url.search === '');
    if (!shaped || !patterns.some((p) => p.host.test(host) && p.path.test(url.pathname))) {
      return refuse(`not a ${kind} incoming-webhook URL (expected e.g. ${patterns[0]?.example})`);
    }
  }
  return { ok: true, url, local: false };
}

/** Refuses the endpoint when any address its host resolved to may not be reached (all must pass: a resolver may rotate). */
export function checkResolved(host: string, addresses: readonly string[]): string | undefined {
  if (addresses.length === 0) return `${host} does not resolve`;
  for (const a of addresses) {
    const why = refusedAddress(a);
    if (why) return `${host} resolves to ${why.replace(/ is /, ', which is ')}`;
  }
  return undefined;
}

/** What may be shown of a secret URL (a chat webhook URL is a credential): its origin and the last four characters. */
export function redactUrl(url: URL): string {
  const tail = url.pathname.length > 12 ? url.pathname.slice(-4) : '';
  return `${url.origin}/…${tail}`;
}
