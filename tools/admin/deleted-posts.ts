/**
 * Deleted posts in what the quarantine and the DLQs hold: their text
 * redacted when listed, the posts dropped when re-driven (docs/connectors.md,
 * Deletions). A body is whatever a queue kept: an ingest batch, an evidence
 * message (stage 1's output: the post's `excerpt`, which alerts may quote, and its `terms`, the text's words),
 * a quarantine record around either, or a message that is not JSON at all
 * (nothing to find).
 */
import { sqsSafeJson } from '../../functions/adapters/sqs-json';
import { type Deletions, deletionOf } from '../../functions/domain/tombstone';

type PostLike = Record<string, unknown> & { id: string };
const isPost = (v: unknown): v is PostLike =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as { id?: unknown }).id === 'string';

function parsed(s: string): { ok: true; value: unknown } | { ok: false } {
  const t = s.trimStart();
  if (!t.startsWith('{') && !t.startsWith('[')) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(s) };
  } catch {
    return { ok: false };
  }
}

/** Every value, nested JSON strings (a quarantined message's payload) included, rebuilt by `f` bottom-up. */
function mapDeep(v: unknown, f: (v: unknown) => unknown): unknown {
  if (typeof v === 'string') {
    const p = parsed(v);
    if (!p.ok) return v;
    const m = mapDeep(p.value, f);
    return m === p.value ? v : JSON.stringify(m);
  }
  if (Array.isArray(v)) {
    const m = v.map((x) => mapDeep(x, f));
    return f(m.every((x, i) => x === v[i]) ? v : m);
  }
  if (typeof v === 'object' && v !== null) {
    const entries = Object.entries(v).map(([k, x]) => [k, mapDeep(x, f)] as const);
    const same = entries.every(([k, x]) => x === (v as Record<string, unknown>)[k]);
    return f(same ? v : Object.fromEntries(entries));
  }
  return v;
}

/** The ids of every post-like object (an `id` string) a body holds. */
export function postIdsIn(body: string): string[] {
  const ids: string[] = [];
  mapDeep(body, (v) => {
    if (isPost(v)) ids.push(v.id);
    return v;
  });
  return ids;
}

export const redactedText = (deletedAt: string) => `[deleted by its author at ${deletedAt}]`;

/**
 * The body with the text (a post's), or the excerpt and words (an evidence item's `excerpt` and `terms`) of
 * every deleted post replaced by when it was deleted; the number redacted.
 */
export function redactDeleted(body: string, deleted: Deletions): { body: string; redacted: number } {
  let redacted = 0;
  const out = mapDeep(body, (v) => {
    if (!isPost(v) || (typeof v.text !== 'string' && typeof v.excerpt !== 'string' && !Array.isArray(v.terms)))
      return v;
    const at = deletionOf(v.id, deleted);
    if (at === undefined) return v;
    redacted++;
    const r: PostLike = { ...v };
    if (typeof v.text === 'string') r.text = redactedText(at);
    if (typeof v.excerpt === 'string') r.excerpt = redactedText(at);
    if (Array.isArray(v.terms)) r.terms = [redactedText(at)];
    return r;
  });
  return { body: out as string, redacted };
}

/**
 * An ingest batch (`{…, posts: [...]}`), an evidence message (`{…,
 * evidence: [...]}`) or a packed one (`{…, parts: [{…, evidence: [...]}]}`)
 * without its deleted posts: `empty` when none is left (nothing to re-send).
 * Anything else is left as it is.
 */
export function dropDeleted(body: string, deleted: Deletions): { body: string; dropped: number; empty: boolean } {
  const p = parsed(body);
  const batch = p.ok ? p.value : undefined;
  if (typeof batch !== 'object' || batch === null) return { body, dropped: 0, empty: false };
  const listOf = (o: object) =>
    (['posts', 'evidence'] as const).find((k) => Array.isArray((o as Record<string, unknown>)[k]));
  const parts = (batch as { parts?: unknown }).parts;
  const holders = Array.isArray(parts)
    ? parts.filter((x): x is object => typeof x === 'object' && x !== null)
    : [batch];
  let dropped = 0;
  let left = 0;
  const kept = holders.map((h) => {
    const key = listOf(h);
    if (!key) return h;
    const posts = (h as Record<typeof key, unknown[]>)[key];
    const mine = posts.filter((x) => !(isPost(x) && deletionOf(x.id, deleted) !== undefined));
    dropped += posts.length - mine.length;
    left += mine.length;
    return mine.length === posts.length ? h : { ...h, [key]: mine };
  });
  if (dropped === 0) return { body, dropped, empty: false };
  const out = Array.isArray(parts) ? { ...batch, parts: kept } : kept[0];
  return { body: sqsSafeJson(out), dropped, empty: left === 0 };
}
