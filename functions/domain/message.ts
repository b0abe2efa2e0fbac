/**
 * Rendering of one alert version for one customer's SNS topic.
 *
 * - subject: safe printable ASCII only (0x20-0x7E), at most SUBJECT_MAX_CHARS,
 *   e.g. "[FLASH] Explosion reported in West, TX, US (sev 4)". Built from the
 *   level, the alert's headline (made from facts) and the severity only;
 *   never from post text.
 * - message: a MessageStructure 'json' string with keys default, email, sqs,
 *   https. email is readable plain text (headline, what changed, the
 *   representative post's excerpt with handle, language and link, then the
 *   facts); the caller passes the alert as a reader may show it
 *   (commons/evidence.ts: no excerpt of a deleted post); default, sqs and https carry the full
 *   alert JSON plus customerId and deliveryId (`${alertId}#${version}#${customerId}`)
 *   so subscribers can dedupe.
 * - attributes: category, severity (Number), level, country, alertId,
 *   version (Number). country is the alert's ISO 3166-1 alpha-2 code
 *   upper-cased, or UNKNOWN_COUNTRY ('XX', a user-assigned code) when the
 *   alert has no location or no country: SNS rejects empty attribute values,
 *   and a constant lets subscription filter policies match "unknown".
 * - size: subject + message + attributes stay within SNS_MAX_PUBLISH_BYTES
 *   less a safety margin; when the alert is too large, terms, scoreParts,
 *   evidence, sources and the location name are cut in steps and the JSON
 *   bodies carry `"truncated": true`.
 */
import type { Alert, Location } from './alert';
import type { Customer } from './customer';
import { normalizeSource } from './entitlement';

/** SNS rejects subjects of 100 characters or more. */
export const SUBJECT_MAX_CHARS = 99;
/** SNS Publish limit (message + attributes), bytes. */
export const SNS_MAX_PUBLISH_BYTES = 256 * 1024;
/** What renderMessage aims to stay under, leaving room for SNS's own accounting. */
export const RENDER_BUDGET_BYTES = SNS_MAX_PUBLISH_BYTES - 2048;
/** Value of the `country` attribute when the alert's country is unknown. */
export const UNKNOWN_COUNTRY = 'XX';

export type MessageAttribute = { DataType: 'String' | 'Number'; StringValue: string };

export interface RenderedMessage {
  subject: string;
  /** JSON with string values under default, email, sqs, https (MessageStructure 'json'). */
  message: string;
  attributes: Record<string, MessageAttribute>;
}

/** What default/sqs/https carry. */
export type AlertPayload = Alert & { customerId: string; deliveryId: string; truncated?: true };

export function deliveryId(alertId: string, version: number, customerId: string): string {
  return `${alertId}#${version}#${customerId}`;
}

// ---------------------------------------------------------------------------
// Text sanitising

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Printable ASCII only: accents are folded (NFKD, combining marks dropped),
 * everything else outside 0x20-0x7E becomes a space, whitespace runs collapse,
 * and MIME encoded-word openers ("=?") are broken so mail clients cannot
 * decode hidden text into the subject.
 */
export function toSafeAscii(s: string): string {
  return s
    .replace(LONE_SURROGATE, ' ')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7E]/g, ' ')
    .replace(/=\?/g, '= ?')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Plain text for the email body: no control, format (bidi, zero-width) or separator characters. */
function plain(s: string): string {
  return s
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  // Do not split a surrogate pair.
  let end = max;
  const c = s.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end -= 1;
  return s.slice(0, end);
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// ---------------------------------------------------------------------------
// Subject

export function renderSubject(alert: Pick<Alert, 'level' | 'title' | 'severity' | 'category'>): string {
  const prefix = `[${cut(toSafeAscii(String(alert.level)), 12).toUpperCase() || 'ALERT'}] `;
  const suffix = ` (sev ${Number.isInteger(alert.severity) ? alert.severity : '?'})`;
  let title = toSafeAscii(alert.title);
  if (title === '') title = `${capitalize(cut(toSafeAscii(String(alert.category)), 32) || 'Event')} alert`;
  const room = SUBJECT_MAX_CHARS - prefix.length - suffix.length;
  if (title.length > room) title = `${title.slice(0, room - 3).trimEnd()}...`;
  return `${prefix}${title}${suffix}`;
}

// ---------------------------------------------------------------------------
// Email body

function isoUtc(s: string): string {
  const ms = Date.parse(s);
  return Number.isNaN(ms) ? plain(s) : new Date(ms).toISOString();
}

function describePlace(location: Location | null): string {
  if (!location) return 'unknown';
  const name = plain(location.name);
  const country = location.country ? plain(location.country).toUpperCase() : '';
  // Names from the places module already end with their country code ("Moore, OK, US").
  const label =
    country && !name.endsWith(`, ${country}`) && name !== country
      ? [name, country].filter((x) => x !== '').join(', ')
      : name;
  const radius = location.radiusKm !== undefined ? ` ± ${Math.round(location.radiusKm)} km` : '';
  const coords = `${location.lat.toFixed(4)}, ${location.lon.toFixed(4)}${radius}`;
  return label ? `${label} (${coords})` : coords;
}

/**
 * A reader-facing reference for one evidence post. An id of the form
 * "<source>:<id>" names its source; otherwise, the source is the alert's only
 * source when it has exactly one. Twitter ids become x.com links (only when
 * numeric, so nothing can be smuggled into the URL).
 */
export function evidenceLink(id: string, sources: readonly string[]): string {
  const known = [...new Set(sources.map(normalizeSource))];
  let source: string | undefined;
  let postId = id;
  const m = /^([A-Za-z0-9_.-]{1,64}):(.+)$/s.exec(id);
  if (m && m[1] !== undefined && m[2] !== undefined && known.includes(normalizeSource(m[1]))) {
    source = normalizeSource(m[1]);
    postId = m[2];
  } else if (known.length === 1) {
    source = known[0];
  }
  if (source === 'twitter' && /^\d{1,30}$/.test(postId)) return `https://x.com/i/web/status/${postId}`;
  return source === undefined ? plain(postId) : `${plain(source)}:${plain(postId)}`;
}

/** The representative post as the email quotes it: text, then language, handle and link. */
function quotePost(alert: Alert): string[] {
  const p = alert.post;
  if (!p) return [];
  const by = [p.handle ? `@${plain(p.handle)}` : '', `language ${plain(p.lang)}`].filter((x) => x !== '').join(', ');
  return ['Representative post:', `  "${plain(p.text)}"`, `  (${by})`, ...(p.url ? [`  ${plain(p.url)}`] : []), ''];
}

function changesOf(alert: Alert): string[] {
  const c = alert.changes ?? [];
  return c.length > 0 ? ['What changed:', ...c.map((x) => `  - ${plain(x.text)}`), ''] : [];
}

function renderEmail(alert: Alert, customer: Customer, truncated: boolean): string {
  const lines = [
    plain(alert.title),
    '',
    ...changesOf(alert),
    ...quotePost(alert),
    `Level:         ${plain(String(alert.level))}`,
    `Severity:      ${alert.severity} / 5`,
    `Category:      ${plain(String(alert.category))}`,
    `Place:         ${describePlace(alert.location)}`,
    `Triggered at:  ${isoUtc(alert.triggeredAt)}`,
    `First seen at: ${isoUtc(alert.firstSeenAt)}`,
    `Authors:       ${alert.authors}, posts: ${alert.posts}`,
    '',
    'Evidence:',
    ...alert.evidence.map((id) => `  ${evidenceLink(id, alert.sources)}`),
    '',
    `Alert ${plain(alert.alertId)} version ${alert.version}`,
    `Delivery id: ${plain(deliveryId(alert.alertId, alert.version, customer.id))}`,
  ];
  if (truncated) lines.push('(Some details were truncated to fit the message size limit.)');
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------
// Size control

/** Bytes SNS counts for a publish: subject, message, attribute names, types and values. */
export function publishBytes(r: RenderedMessage): number {
  let n = Buffer.byteLength(r.subject, 'utf8') + Buffer.byteLength(r.message, 'utf8');
  for (const [name, a] of Object.entries(r.attributes)) {
    n +=
      Buffer.byteLength(name, 'utf8') +
      Buffer.byteLength(a.DataType, 'utf8') +
      Buffer.byteLength(a.StringValue, 'utf8');
  }
  return n;
}

/** Progressively smaller versions of the alert: step 0 is the alert itself. */
function shrink(alert: Alert, step: number): Alert {
  if (step === 0) return alert;
  const limits = [
    undefined,
    { terms: 200, term: 64, evidence: 20, id: 256, scoreParts: 50, name: 200, sources: 20 },
    { terms: 20, term: 64, evidence: 20, id: 64, scoreParts: 0, name: 100, sources: 10 },
    { terms: 0, term: 0, evidence: 1, id: 64, scoreParts: 0, name: 64, sources: 5 },
  ][step];
  if (!limits) throw new RangeError(`shrink: no step ${step}`);
  const scoreParts: Record<string, number> = {};
  for (const [k, v] of Object.entries(alert.scoreParts).slice(0, limits.scoreParts)) scoreParts[cut(k, 64)] = v;
  return {
    ...alert,
    title: cut(alert.title, 300),
    location: alert.location ? { ...alert.location, name: cut(alert.location.name, limits.name) } : alert.location,
    evidence: alert.evidence.slice(0, limits.evidence).map((e) => cut(e, limits.id)),
    sources: alert.sources.slice(0, limits.sources).map((s) => cut(s, 64)),
    terms: alert.terms.slice(0, limits.terms).map((t) => cut(t, limits.term)),
    scoreParts,
  };
}
const SHRINK_STEPS = 4;

function attributesFor(alert: Alert): Record<string, MessageAttribute> {
  const country =
    alert.location?.country && /^[A-Za-z]{2}$/.test(alert.location.country)
      ? alert.location.country.toUpperCase()
      : UNKNOWN_COUNTRY;
  return {
    category: { DataType: 'String', StringValue: String(alert.category) },
    severity: { DataType: 'Number', StringValue: String(alert.severity) },
    level: { DataType: 'String', StringValue: String(alert.level) },
    country: { DataType: 'String', StringValue: country },
    alertId: { DataType: 'String', StringValue: alert.alertId },
    version: { DataType: 'Number', StringValue: String(alert.version) },
  };
}

/**
 * Render `alert` for `customer`. Throws if even the most reduced form does not
 * fit SNS limits (only possible with an absurdly long alertId or customer id).
 */
export function renderMessage(alert: Alert, customer: Customer): RenderedMessage {
  const subject = renderSubject(alert);
  const attributes = attributesFor(alert);
  for (let step = 0; step < SHRINK_STEPS; step++) {
    const a = shrink(alert, step);
    const truncated = step > 0;
    const payload: AlertPayload = {
      ...a,
      customerId: customer.id,
      deliveryId: deliveryId(alert.alertId, alert.version, customer.id),
      ...(truncated ? { truncated: true as const } : {}),
    };
    const json = JSON.stringify(payload);
    const message = JSON.stringify({
      default: json,
      email: renderEmail(a, customer, truncated),
      sqs: json,
      https: json,
    });
    const rendered = { subject, message, attributes };
    if (publishBytes(rendered) <= RENDER_BUDGET_BYTES) return rendered;
  }
  throw new RangeError(`renderMessage: alert ${cut(alert.alertId, 64)} cannot fit the SNS size limit`);
}
