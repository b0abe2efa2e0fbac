/**
 * Reads one Mastodon timeline (server-sent events over fetch) into a Forwarder.
 *
 * - Connect: subscribe to the stream first, then, when the timeline has a
 *   position (its checkpoint, or the last status handed over before a
 *   disconnect), backfill from the REST timeline with `min_id` = that id minus
 *   `overlapMs` (status ids are snowflakes: time in the bits above 16), page by
 *   page, oldest first, until a page comes back empty; only then read the
 *   stream, whose events queued meanwhile. What the two both carry is a
 *   duplicate the detector absorbs.
 * - Slow queue: reading simply waits (fetch's body is a stream: TCP pushes
 *   back); memory stays within the forwarder's bound.
 * - Disconnect (end of stream, error, nothing heard for `idleTimeoutMs`,
 *   Mastodon's heartbeat comments included): backoff with jitter, reconnect.
 * - delete events carry the server's local id: mapped to the post's id through
 *   a bounded cache of the statuses this reader handed over (older ones are
 *   counted as 'delete-unmapped').
 */
import { Backoff, sleep } from '../backoff';
import { Lru } from '../lru';
import type { ReaderOptions } from '../running';
import { compareCursors, type SourceItem } from '../source-item';
import { SseParser } from './sse';
import { SOURCE, StatusSchema, statusToPost } from './status';
import { idMinusMs, timelineEndpoints } from './timelines';

export interface MastodonReaderOptions extends ReaderOptions {
  /** https://server.example */
  url: string;
  streamingUrl?: string;
  timeline: string;
  token?: string;
  deleteCacheSize?: number;
}

export const MASTODON_DEFAULTS = {
  overlapMs: 60_000,
  idleTimeoutMs: 60_000,
  healthyAfterMs: 10_000,
  deleteCacheSize: 50_000,
  pageLimit: 40,
} as const;

class HttpError extends Error {
  constructor(
    readonly status: number,
    what: string,
  ) {
    super(`${what}: HTTP ${status}`);
  }
}

export async function readMastodonTimeline(o: MastodonReaderOptions): Promise<void> {
  const host = new URL(o.url).host;
  const ep = timelineEndpoints(host, o.timeline);
  const overlapMs = o.overlapMs ?? MASTODON_DEFAULTS.overlapMs;
  const idleTimeoutMs = o.idleTimeoutMs ?? MASTODON_DEFAULTS.idleTimeoutMs;
  const healthyAfterMs = o.healthyAfterMs ?? MASTODON_DEFAULTS.healthyAfterMs;
  const backoff = o.backoff ?? new Backoff({ baseMs: 1000, maxMs: 60_000 });
  const known = new Lru<string, string>(o.deleteCacheSize ?? MASTODON_DEFAULTS.deleteCacheSize);
  const log = o.log ?? (() => undefined);
  const auth: Record<string, string> = o.token ? { Authorization: `Bearer ${o.token}` } : {};
  let position = (await o.checkpoints.load(ep.stream))?.cursor;

  /** Hands an item over, waiting for room as long as needed. False: stopped meanwhile. */
  const offer = async (item: SourceItem): Promise<boolean> => {
    while (!o.forwarder.offer(item)) {
      if (o.signal.aborted) return false;
      await Promise.race([o.forwarder.whenReady(), sleep(3_600_000, o.signal)]);
    }
    return true;
  };

  const status = async (raw: unknown): Promise<boolean> => {
    const r = StatusSchema.safeParse(raw);
    if (!r.success) {
      o.stats.malformed++;
      return true;
    }
    const s = r.data;
    const out = statusToPost(s, host, Date.now());
    const at = { stream: ep.stream, cursor: s.id };
    const seenAtMs = Date.parse(s.created_at);
    if (!out.ok) o.stats.skip(out.reason);
    else known.set(s.id, out.post.id);
    if (
      !(await offer(
        out.ok ? { kind: 'post', post: out.post, at, seenAtMs } : { kind: 'skip', reason: out.reason, at, seenAtMs },
      ))
    )
      return false;
    if (position === undefined || compareCursors(s.id, position) > 0) position = s.id;
    return true;
  };

  const backfill = async (since: string, signal: AbortSignal): Promise<void> => {
    let min = idMinusMs(since, overlapMs);
    for (;;) {
      const url = new URL(ep.restPath, o.url);
      url.searchParams.set('min_id', min);
      url.searchParams.set('limit', String(MASTODON_DEFAULTS.pageLimit));
      const res = await fetch(url, { headers: { Accept: 'application/json', ...auth }, signal });
      if (res.status === 429) {
        const wait = Number(res.headers.get('retry-after'));
        await res.body?.cancel();
        await sleep(Number.isFinite(wait) && wait > 0 ? Math.min(wait * 1000, 300_000) : backoff.next(), signal);
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel();
        throw new HttpError(res.status, `backfill ${url.pathname}`);
      }
      const page: unknown = await res.json();
      if (!Array.isArray(page)) throw new Error(`backfill ${url.pathname}: not a list of statuses`);
      if (page.length === 0) return;
      const withIds = page.filter(
        (s): s is { id: string } =>
          typeof (s as { id?: unknown })?.id === 'string' && /^\d{1,30}$/.test((s as { id: string }).id),
      );
      o.stats.malformed += page.length - withIds.length;
      withIds.sort((a, b) => compareCursors(a.id, b.id));
      for (const s of withIds) if (!(await status(s))) return;
      const last = withIds.at(-1)?.id;
      if (!last || compareCursors(last, min) <= 0) return;
      min = last;
    }
  };

  const session = async (): Promise<{ frames: number; lastedMs: number; error?: string }> => {
    const openedAt = Date.now();
    let lastDataAt = openedAt;
    let frames = 0;
    const ac = new AbortController();
    const stop = () => ac.abort();
    o.signal.addEventListener('abort', stop, { once: true });
    const idle = setInterval(
      () => {
        if (Date.now() - lastDataAt > idleTimeoutMs) ac.abort();
      },
      Math.max(50, Math.floor(idleTimeoutMs / 4)),
    );
    try {
      const res = await fetch(new URL(ep.streamPath, o.streamingUrl ?? o.url), {
        headers: { Accept: 'text/event-stream', ...auth },
        signal: ac.signal,
      });
      if (!res.ok || !res.body) {
        await res.body?.cancel();
        throw new HttpError(res.status, `stream ${ep.streamPath}`);
      }
      if (position !== undefined) await backfill(position, ac.signal);
      lastDataAt = Date.now();
      const reader = res.body.getReader();
      const decoder = new TextDecoder();
      const sse = new SseParser();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        lastDataAt = Date.now();
        for (const ev of sse.feed(decoder.decode(value, { stream: true }))) {
          frames++;
          o.stats.eventsRead++;
          if (ev.event === 'update') {
            let json: unknown;
            try {
              json = JSON.parse(ev.data);
            } catch {
              o.stats.malformed++;
              continue;
            }
            if (!(await status(json))) return { frames, lastedMs: Date.now() - openedAt };
          } else if (ev.event === 'delete') {
            const postId = known.get(ev.data.trim());
            if (!postId || position === undefined) {
              o.stats.skip('delete-unmapped');
              continue;
            }
            const tombstone = { id: postId, source: SOURCE, deletedAt: new Date().toISOString() };
            if (!(await offer({ kind: 'delete', tombstone, at: { stream: ep.stream, cursor: position } })))
              return { frames, lastedMs: Date.now() - openedAt };
          } else if (ev.event === 'status.update') o.stats.skip('edit');
        }
        o.stats.malformed += sse.dropped;
        sse.dropped = 0;
      }
      return { frames, lastedMs: Date.now() - openedAt, error: 'stream ended' };
    } catch (e) {
      return {
        frames,
        lastedMs: Date.now() - openedAt,
        error: ac.signal.aborted && !o.signal.aborted ? 'idle' : (e as Error).message,
      };
    } finally {
      clearInterval(idle);
      o.signal.removeEventListener('abort', stop);
      ac.abort();
    }
  };

  while (!o.signal.aborted) {
    const s = await session();
    if (o.signal.aborted) break;
    o.stats.disconnects++;
    if (s.frames > 0 && s.lastedMs >= healthyAfterMs) backoff.reset();
    const delay = backoff.next();
    log('mastodon: disconnected', { stream: ep.stream, error: s.error, frames: s.frames, reconnectInMs: delay });
    await sleep(delay, o.signal);
  }
}
