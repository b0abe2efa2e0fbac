/** HMAC signatures: what is signed verifies; any change to body, timestamp, signature or secret does not. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  DEFAULT_TOLERANCE_SECONDS,
  newSigningSecret,
  signatureHeader,
  verifySignature,
} from '../../../functions/domain/channels/signature';
import { FC_PARAMS } from '../domain/arbitraries';

const body = fc.string({ unit: 'binary', maxLength: 2000 });
const atMs = fc.integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2030-01-01T00:00:00Z') });
// The header carries whole seconds: a second short of the tolerance either way.
const skew = fc.integer({ min: -(DEFAULT_TOLERANCE_SECONDS - 1) * 1000, max: (DEFAULT_TOLERANCE_SECONDS - 1) * 1000 });
const secret = fc.constant(null).map(() => newSigningSecret());

test('a signed body verifies within the tolerance, whatever the body', () => {
  fc.assert(
    fc.property(secret, body, atMs, skew, (s, b, at, d) => {
      const h = signatureHeader(s, b, new Date(at));
      const r = verifySignature(h, b, s, new Date(at + d));
      assert.ok(r.ok, JSON.stringify(r));
    }),
    FC_PARAMS,
  );
});

test('a body changed anywhere, another secret, a moved timestamp, a flipped signature digit or a stale timestamp fail', () => {
  fc.assert(
    fc.property(
      secret,
      secret,
      body,
      atMs,
      fc.nat(),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }),
      (s, other, b, at, pos, insert) => {
        const h = signatureHeader(s, b, new Date(at));
        const now = new Date(at);
        const i = pos % (b.length + 1);
        const tampered = b.slice(0, i) + insert + b.slice(i);
        assert.equal(verifySignature(h, tampered, s, now).ok, false, 'body with an insertion');
        if (b.length > 0) {
          const j = pos % b.length;
          const flipped = b.slice(0, j) + String.fromCharCode(b.charCodeAt(j) ^ 1) + b.slice(j + 1);
          assert.equal(verifySignature(h, flipped, s, now).ok, false, 'body with a flipped bit');
        }
        assert.equal(verifySignature(h, b, other, now).ok, false, 'another secret');
        const t = Number(/t=(\d+)/.exec(h)?.[1]);
        assert.equal(verifySignature(h.replace(`t=${t}`, `t=${t + 1}`), b, s, now).ok, false, 'timestamp moved');
        const sig = /v1=([0-9a-f]{64})/.exec(h)?.[1] ?? '';
        const k = pos % 64;
        const digit = sig[k] === '0' ? '1' : '0';
        assert.equal(verifySignature(`t=${t},v1=${sig.slice(0, k)}${digit}${sig.slice(k + 1)}`, b, s, now).ok, false);
        const late = new Date(at + (DEFAULT_TOLERANCE_SECONDS + 1) * 1000);
        assert.equal(verifySignature(h, b, s, late).ok, false, 'replayed too late');
      },
    ),
    FC_PARAMS,
  );
});

test('malformed headers are refused with a reason, never thrown on', () => {
  const s = newSigningSecret();
  for (const h of [undefined, '', 't=', 'v1=abc', 't=1,v1=zz', `t=abc,v1=${'0'.repeat(64)}`]) {
    const r = verifySignature(h, '{}', s, new Date());
    assert.equal(r.ok, false, String(h));
  }
  assert.match(s, /^whsec_[A-Za-z0-9_-]{43}$/);
});
