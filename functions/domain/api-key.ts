/**
 * Customer API keys: `tcs_<keyId>_<secret>`. The key id (12 hex digits) is
 * public: it names the key in listings, revocations and logs. The secret is
 * 256 random bits, shown once at creation; only its SHA-256 is stored. A
 * slow password hash would add nothing against a secret of that entropy,
 * and the digest is compared in constant time.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { IsoTime } from './post';

const KEY = /^tcs_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export const KeyId = z.string().regex(/^[0-9a-f]{12}$/, 'a key id is 12 hexadecimal digits');

export const ApiKeyRecordSchema = z.object({
  keyId: KeyId,
  customerId: z.string().min(1),
  /** SHA-256 of the secret, hex. */
  secretHash: z.string().regex(/^[0-9a-f]{64}$/),
  createdAt: IsoTime,
  revokedAt: IsoTime.optional(),
});
export type ApiKeyRecord = z.infer<typeof ApiKeyRecordSchema>;

export const hashSecret = (secret: string): string => createHash('sha256').update(secret, 'utf8').digest('hex');

/** A new key for `customerId`: the full key (to show once) and the record to store. */
export function newApiKey(customerId: string, now: Date): { key: string; record: ApiKeyRecord } {
  const keyId = randomBytes(6).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  return {
    key: `tcs_${keyId}_${secret}`,
    record: { keyId, customerId, secretHash: hashSecret(secret), createdAt: now.toISOString() },
  };
}

export function parseApiKey(presented: string): { keyId: string; secret: string } | undefined {
  const m = KEY.exec(presented);
  return m?.[1] && m[2] ? { keyId: m[1], secret: m[2] } : undefined;
}

/** Whether `secret` is the one `record` was made for, and the key is not revoked. Constant time in the secret. */
export function keyAccepts(record: ApiKeyRecord, secret: string): boolean {
  const expected = Buffer.from(record.secretHash, 'hex');
  const got = Buffer.from(hashSecret(secret), 'hex');
  return timingSafeEqual(expected, got) && record.revokedAt === undefined;
}
