/** Tests of SNS message rendering: safe subject, JSON structure, attributes, size limit. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Alert } from '../../../functions/domain/alert';
import type { Customer } from '../../../functions/domain/customer';
import {
  evidenceLink,
  publishBytes,
  RENDER_BUDGET_BYTES,
  renderMessage,
  renderSubject,
  SNS_MAX_PUBLISH_BYTES,
  SUBJECT_MAX_CHARS,
  UNKNOWN_COUNTRY,
} from '../../../functions/domain/message';
import { alertArb, customerArb, FC_PARAMS } from './arbitraries';

const CUSTOMER: Customer = {
  id: 'acme-news',
  name: 'Acme News',
  sector: 'news_media',
  contract: { status: 'active', tier: 'pro', startsAt: '2026-01-01T00:00:00Z' },
  entitlements: { categories: [], regions: [], minSeverity: 1 },
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
};

const ALERT: Alert = {
  alertId: 'a7f3c2',
  version: 2,
  category: 'explosion',
  severity: 4,
  level: 'flash',
  title: 'Explosion near West, Texas',
  location: { name: 'West, Texas', lat: 31.8021, lon: -97.0917, country: 'US' },
  firstSeenAt: '2026-03-05T11:58:00+01:00',
  triggeredAt: '2026-03-05T10:59:30.125Z',
  evidence: ['twitter:1897000000000000001', 'bluesky:3kabc', '1897000000000000002'],
  sources: ['twitter', 'bluesky'],
  authors: 12,
  posts: 30,
  terms: ['explosion', 'west'],
  scoreParts: { burst: 2.5 },
};

const SUBJECT_OK = /^[\x20-\x7E]+$/;

function parts(message: string): Record<string, string> {
  const parsed: unknown = JSON.parse(message);
  assert.ok(parsed !== null && typeof parsed === 'object');
  const obj = parsed as Record<string, unknown>;
  assert.deepEqual(Object.keys(obj).sort(), ['default', 'email', 'https', 'sqs']);
  for (const v of Object.values(obj)) assert.equal(typeof v, 'string');
  return obj as Record<string, string>;
}

/** Titles full of hostile characters: any code points, plus line breaks, bidi, zero-width, NUL, encoded-words. */
const hostileTitle = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
      fc.string({ minLength: 1, maxLength: 120 }),
      fc.constantFrom(
        '\r',
        '\n',
        '\r\n',
        '\u0000',
        '\u0007',
        '\u001b[31m',
        '\u0085',
        '\u2028',
        '\u2029',
        '\u202e',
        '\u2066',
        '\u200b',
        '\u200d',
        '\ufeff',
        '\ud800',
        '\udfff',
        '\u{1F4A5}',
        'מבזק',
        'انفجار',
        'Zürich',
        'ﷺ',
        '=?utf-8?b?SGk=?=',
        'Bcc: x@y.z',
        ' ',
        '\t',
      ),
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((xs) => xs.join('').slice(0, 300))
  .filter((s) => s.length >= 1);

describe('renderSubject', () => {
  it('renders the example', () => {
    assert.equal(SUBJECT_MAX_CHARS, 99);
    assert.equal(renderSubject(ALERT), '[FLASH] Explosion near West, Texas (sev 4)');
  });

  it('is safe printable ASCII, non-empty, <= 99 chars, starting with a bracket, for any title', () => {
    fc.assert(
      fc.property(alertArb, hostileTitle, (alert, title) => {
        const s = renderSubject({ ...alert, title });
        assert.ok(s.length <= 99, `${s.length}: ${s}`);
        assert.match(s, SUBJECT_OK);
        assert.match(s, /^\[(FLASH|URGENT|ALERT)\] \S/);
        assert.match(s, / \(sev [1-5]\)$/);
        assert.ok(!s.includes('=?'), s);
        assert.ok(!s.includes('  '), s);
      }),
      FC_PARAMS,
    );
  });

  it('folds accents, drops control characters, truncates long titles with an ellipsis', () => {
    assert.equal(
      renderSubject({ ...ALERT, title: 'Incendie à Zürich\r\nBcc: evil@example.com' }),
      '[FLASH] Incendie a Zurich Bcc: evil@example.com (sev 4)',
    );
    assert.equal(renderSubject({ ...ALERT, title: '\u200b\u202e\u0000' }), '[FLASH] Explosion alert (sev 4)');
    const long = renderSubject({ ...ALERT, title: 'x'.repeat(300) });
    assert.equal(long.length, 99);
    assert.ok(long.endsWith('... (sev 4)'));
  });
});

describe('renderMessage', () => {
  it('gives a json MessageStructure with default, email, sqs and https', () => {
    const r = renderMessage(ALERT, CUSTOMER);
    const p = parts(r.message);
    for (const k of ['default', 'sqs', 'https'] as const) {
      const body = JSON.parse(p[k] as string) as Record<string, unknown>;
      assert.equal(body.customerId, 'acme-news');
      assert.equal(body.deliveryId, 'a7f3c2#2#acme-news');
      assert.equal(body.alertId, 'a7f3c2');
      assert.equal(body.version, 2);
      assert.deepEqual(body.evidence, ALERT.evidence);
      assert.deepEqual(body.location, ALERT.location);
      assert.equal(body.truncated, undefined);
    }
    assert.equal(r.subject, '[FLASH] Explosion near West, Texas (sev 4)');
  });

  it('email is readable plain text with times in UTC and evidence links', () => {
    const email = parts(renderMessage(ALERT, CUSTOMER).message).email as string;
    assert.match(email, /^Explosion near West, Texas\n/);
    assert.match(email, /Level: +flash/);
    assert.match(email, /Severity: +4 \/ 5/);
    assert.match(email, /Category: +explosion/);
    assert.match(email, /Place: +West, Texas, US \(31\.8021, -97\.0917\)/);
    // A resolved place carries its country in its name and a confidence radius.
    const placed = parts(
      renderMessage(
        {
          ...ALERT,
          location: { name: 'West, TX, US', lat: 31.8024, lon: -97.0917, radiusKm: 10, country: 'US', admin1: 'Texas' },
        },
        CUSTOMER,
      ).message,
    ).email as string;
    assert.match(placed, /Place: +West, TX, US \(31\.8024, -97\.0917 ± 10 km\)/);
    assert.match(email, /Triggered at: +2026-03-05T10:59:30\.125Z/);
    assert.match(email, /First seen at: +2026-03-05T10:58:00\.000Z/);
    assert.ok(email.includes('  https://x.com/i/web/status/1897000000000000001\n'));
    assert.ok(email.includes('  bluesky:3kabc\n'));
    // A bare id in a multi-source alert cannot be attributed: shown as is.
    assert.ok(email.includes('  1897000000000000002\n'));
    assert.match(email, /Alert a7f3c2 version 2/);
    assert.match(email, /Delivery id: a7f3c2#2#acme-news/);
  });

  it('evidence links: twitter ids become x.com links only when numeric', () => {
    assert.equal(evidenceLink('123', ['twitter']), 'https://x.com/i/web/status/123');
    assert.equal(evidenceLink('123', [' Twitter ']), 'https://x.com/i/web/status/123');
    assert.equal(evidenceLink('twitter:123', ['bluesky', 'twitter']), 'https://x.com/i/web/status/123');
    assert.equal(evidenceLink('123/../evil', ['twitter']), 'twitter:123/../evil');
    assert.equal(evidenceLink('abc', ['telegram']), 'telegram:abc');
    assert.equal(evidenceLink('abc', ['telegram', 'bluesky']), 'abc');
  });

  it('attributes: category, severity, level, country, alertId, version; XX when country unknown', () => {
    const r = renderMessage(ALERT, CUSTOMER);
    assert.deepEqual(r.attributes, {
      category: { DataType: 'String', StringValue: 'explosion' },
      severity: { DataType: 'Number', StringValue: '4' },
      level: { DataType: 'String', StringValue: 'flash' },
      country: { DataType: 'String', StringValue: 'US' },
      alertId: { DataType: 'String', StringValue: 'a7f3c2' },
      version: { DataType: 'Number', StringValue: '2' },
    });
    assert.equal(
      renderMessage({ ...ALERT, location: null }, CUSTOMER).attributes.country?.StringValue,
      UNKNOWN_COUNTRY,
    );
    const noCountry = { ...ALERT, location: { name: 'Sea', lat: 0, lon: 0 } };
    assert.equal(renderMessage(noCountry, CUSTOMER).attributes.country?.StringValue, 'XX');
  });

  it('for any alert and customer: valid structure, subject safe, attributes non-empty, within the size limit', () => {
    fc.assert(
      fc.property(
        alertArb,
        customerArb,
        hostileTitle,
        hostileTitle,
        fc.array(hostileTitle, { minLength: 1, maxLength: 20 }),
        (alert, customer, title, place, evidence) => {
          const a: Alert = {
            ...alert,
            title,
            evidence,
            location: alert.location && { ...alert.location, name: place },
          };
          const r = renderMessage(a, customer);
          // Well-formed UTF-16 (so valid UTF-8 on the wire): lone surrogates are escaped by JSON.stringify.
          assert.ok(!/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(r.message));
          const p = parts(r.message);
          assert.match(r.subject, SUBJECT_OK);
          assert.ok(r.subject.length <= 99);
          const body = JSON.parse(p.sqs as string) as Record<string, unknown>;
          assert.equal(body.title, title);
          assert.deepEqual(body.evidence, evidence);
          // No line injection in the email: one line per evidence post, each indented.
          const section = (p.email as string).split('\nEvidence:\n')[1]?.split('\n\nAlert ')[0] ?? '';
          assert.equal(section.split('\n').length, evidence.length);
          assert.ok(section.split('\n').every((l) => l.startsWith('  ')));
          assert.equal(body.deliveryId, `${a.alertId}#${a.version}#${customer.id}`);
          assert.equal(p.default, p.sqs);
          assert.equal(p.https, p.sqs);
          // The email keeps only line feeds as control characters, and no bidi/zero-width format characters.
          assert.ok(
            !/[\p{Cc}\p{Cf}\u2028\u2029]/u.test((p.email as string).replace(/\n/g, '')),
            'control chars in email',
          );
          for (const v of Object.values(r.attributes)) assert.ok(v.StringValue.length > 0);
          assert.match(r.attributes.severity?.StringValue ?? '', /^[1-5]$/);
          assert.match(r.attributes.country?.StringValue ?? '', /^[A-Z]{2}$/);
          assert.ok(publishBytes(r) < SNS_MAX_PUBLISH_BYTES);
        },
      ),
      { ...FC_PARAMS },
    );
  });

  it('stays under 256 KB with 20 long evidence ids, huge terms and score parts, and says it truncated', () => {
    const huge: Alert = {
      ...ALERT,
      title: '\u{1F4A5}'.repeat(150),
      location: { name: 'ø'.repeat(50_000), lat: 1, lon: 2, country: 'NO' },
      evidence: Array.from({ length: 20 }, (_, i) => `${i}`.padEnd(20_000, '9')),
      terms: Array.from({ length: 50_000 }, (_, i) => `term-${i}-\u00e9\u00e9\u00e9`),
      scoreParts: Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`part${i}`, i / 7])),
    };
    const r = renderMessage(huge, CUSTOMER);
    const bytes = publishBytes(r);
    assert.ok(bytes <= RENDER_BUDGET_BYTES && bytes < 256 * 1024, `${bytes} bytes`);
    assert.ok(Buffer.byteLength(r.message, 'utf8') < 256 * 1024);
    const p = parts(r.message);
    const body = JSON.parse(p.sqs as string) as Alert & { truncated?: boolean };
    assert.equal(body.truncated, true);
    assert.equal(body.alertId, ALERT.alertId);
    assert.ok(body.evidence.length >= 1);
    assert.match(p.email as string, /truncated/);
  });

  it('stays under 256 KB for alerts of every size around the limit', () => {
    for (const n of [1_000, 3_000, 5_000, 7_000, 9_000, 12_000, 20_000, 40_000]) {
      const a: Alert = { ...ALERT, terms: Array.from({ length: n }, (_, i) => `term${String(i).padStart(8, '0')}`) };
      const r = renderMessage(a, CUSTOMER);
      const bytes = publishBytes(r);
      assert.ok(bytes < 256 * 1024, `${n} terms: ${bytes} bytes`);
      const body = JSON.parse(parts(r.message).sqs as string) as Alert & { truncated?: boolean };
      // Nothing is cut from an alert that fits.
      if (body.truncated === undefined) assert.equal(body.terms.length, n);
    }
  });

  it('does not truncate an alert that fits', () => {
    const big: Alert = {
      ...ALERT,
      evidence: Array.from({ length: 20 }, (_, i) => String(1897000000000000000 + i)),
      terms: Array.from({ length: 500 }, (_, i) => `t${i}`),
    };
    const body = JSON.parse(parts(renderMessage(big, CUSTOMER).message).sqs as string) as Alert & {
      truncated?: boolean;
    };
    assert.equal(body.truncated, undefined);
    assert.equal(body.evidence.length, 20);
    assert.equal(body.terms.length, 500);
  });
});

it('email: headline, what changed, the representative post (text, handle, language, link); JSON carries all of it', () => {
  const a = {
    ...ALERT,
    version: 2,
    title: 'Shooting reported in Las Vegas, NV, US; at least 20 dead',
    post: {
      id: '99',
      source: 'twitter',
      text: 'Shots fired near the Strip, people running',
      lang: 'en',
      handle: 'lvwitness',
      url: 'https://x.com/lvwitness/status/99',
    },
    changes: [{ field: 'deaths' as const, from: 3, to: 20, text: 'death toll 3 → 20' }],
  };
  const r = renderMessage(a, CUSTOMER);
  const body = JSON.parse(r.message) as { email: string; sqs: string };
  assert.match(
    body.email,
    /^Shooting reported in Las Vegas, NV, US; at least 20 dead\n\nWhat changed:\n {2}- death toll 3 → 20\n/,
  );
  assert.match(
    body.email,
    /Representative post:\n {2}"Shots fired near the Strip, people running"\n {2}\(@lvwitness, language en\)\n {2}https:\/\/x\.com\/lvwitness\/status\/99\n/,
  );
  const json = JSON.parse(body.sqs) as typeof a;
  assert.deepEqual(json.post, a.post);
  assert.deepEqual(json.changes, a.changes);
  assert.doesNotMatch(r.subject, /Shots fired/, 'the subject never carries post text');
});
