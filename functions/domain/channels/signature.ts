/**
 * Webhook signatures: `Tocsin-Signature: t=<unix seconds>,v1=<hex>` where v1
 * is HMAC-SHA256, keyed with the channel's signing secret, over
 * `${t}.${body}` (the exact bytes sent). Receivers recompute it, compare in
 * constant time and refuse a timestamp too far from their clock (replays).
 * docs/channels.md has the receiver's side in a dozen lines of Node.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'Tocsin-Signature';
/** How far a receiver should accept a timestamp from its own clock. */
export const DEFAULT_TOLERANCE_SECONDS = 300;
const SECRET_PREFIX = 'whsec_';

/** A new signing secret: 32 random bytes, base64url, with a recognisable prefix (secret scanners know the shape). */
export function newSigningSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(32).toString('base64url')}`;
}

function mac(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(body, 'utf8').digest('hex');
}

/** The header value for `body` sent at `at`. */
export function signatureHeader(secret: string, body: string, at: Date): string {
  const t = Math.floor(at.getTime() / 1000);
  return `t=${t},v1=${mac(secret, t, body)}`;
}

export type Verification = { ok: true; timestamp: number } | { ok: false; reason: string };

/**
 * Checks a received header against the body and secret: any v1 entry may match
 * (several are sent while a secret is being rotated); the timestamp must be
 * within `toleranceSeconds` of `now`.
 */
export function verifySignature(
  header: string | undefined,
  body: string,
  secret: string,
  now: Date,
  toleranceSeconds = DEFAULT_TOLERANCE_SECONDS,
): Verification {
  if (!header) return { ok: false, reason: 'no signature header' };
  let t: number | undefined;
  const candidates: string[] = [];
  for (const part of header.split(',')) {
    const [k, v] = part.trim().split('=', 2);
    if (k === 't' && v !== undefined && /^\d{1,12}$/.test(v)) t = Number(v);
    if (k === 'v1' && v !== undefined && /^[0-9a-f]{64}$/.test(v)) candidates.push(v);
  }
  if (t === undefined) return { ok: false, reason: 'no timestamp' };
  if (candidates.length === 0) return { ok: false, reason: 'no v1 signature' };
  if (Math.abs(now.getTime() / 1000 - t) > toleranceSeconds)
    return { ok: false, reason: 'timestamp outside tolerance' };
  const expected = Buffer.from(mac(secret, t, body), 'hex');
  const match = candidates.some((c) => timingSafeEqual(Buffer.from(c, 'hex'), expected));
  return match ? { ok: true, timestamp: t } : { ok: false, reason: 'signature mismatch' };
}
