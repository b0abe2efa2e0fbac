/**
 * Reads Jetstream over Node's built-in WebSocket into a Forwarder, for as
 * long as `signal` allows.
 *
 * - Start: from the stream's checkpoint minus `overlapMs` (the detector
 *   recognises the posts read twice), or live when there is none.
 * - Disconnect (close, error, nothing heard for `idleTimeoutMs`): reconnect
 *   to the next configured endpoint after a backoff with jitter, from the last
 *   event handed to the forwarder, minus the overlap when the endpoint is
 *   another instance (time_us differ a little between instances).
 * - Slow queue: the WebSocket API cannot pause a socket, so when the forwarder
 *   is full the reader closes it, waits until the forwarder has room, and
 *   reconnects to the same instance from the last event it handed over
 *   (Jetstream replays from a cursor; no overlap, so a burst larger than the
 *   buffer still makes progress). Frames arriving after that decision are dropped: they are read
 *   again. Memory stays bounded by the forwarder's limit.
 */
import { Backoff, Endpoints, sleep } from '../backoff';
import { Lru } from '../lru';
import type { ReaderOptions } from '../running';
import { POST_COLLECTION, parseFrame } from './frames';
import { mapFrame, STREAM } from './mapping';

export interface JetstreamReaderOptions extends ReaderOptions {
  /** e.g. wss://jetstream2.us-east.bsky.network/subscribe; alternated on failure. */
  endpoints: readonly string[];
  /** DIDs whose handle is remembered (from identity events). */
  handleCacheSize?: number;
}

type SessionEnd = 'closed' | 'error' | 'idle' | 'paused' | 'stopped';

export const JETSTREAM_DEFAULTS = {
  overlapMs: 10_000,
  idleTimeoutMs: 30_000,
  healthyAfterMs: 10_000,
  handleCacheSize: 100_000,
} as const;

export function subscribeUrl(endpoint: string, cursorUs: number | undefined): string {
  const u = new URL(endpoint);
  u.searchParams.delete('wantedCollections');
  u.searchParams.delete('cursor');
  u.searchParams.append('wantedCollections', POST_COLLECTION);
  if (cursorUs !== undefined) u.searchParams.set('cursor', String(cursorUs));
  return u.toString();
}

export async function readJetstream(o: JetstreamReaderOptions): Promise<void> {
  const overlapUs = (o.overlapMs ?? JETSTREAM_DEFAULTS.overlapMs) * 1000;
  const idleTimeoutMs = o.idleTimeoutMs ?? JETSTREAM_DEFAULTS.idleTimeoutMs;
  const healthyAfterMs = o.healthyAfterMs ?? JETSTREAM_DEFAULTS.healthyAfterMs;
  const backoff = o.backoff ?? new Backoff({ baseMs: 500, maxMs: 30_000 });
  const endpoints = new Endpoints(o.endpoints);
  const handles = new Lru<string, string>(o.handleCacheSize ?? JETSTREAM_DEFAULTS.handleCacheSize);
  const log = o.log ?? (() => undefined);
  const saved = await o.checkpoints.load(STREAM);
  /** time_us of the last event handed to the forwarder (or checkpointed): where a reconnect resumes. */
  let position: number | undefined = saved ? Number(saved.cursor) : undefined;
  let lastMalformedLog = 0;

  const session = (url: string): Promise<{ end: SessionEnd; frames: number; lastedMs: number }> =>
    new Promise((resolve) => {
      const openedAt = Date.now();
      let lastFrameAt = openedAt;
      let frames = 0;
      let ended = false;
      let ws: WebSocket | undefined;
      const finish = (end: SessionEnd) => {
        if (ended) return;
        ended = true;
        clearInterval(idle);
        o.signal.removeEventListener('abort', onAbort);
        try {
          ws?.close(1000);
        } catch {
          /* already closed */
        }
        resolve({ end, frames, lastedMs: Date.now() - openedAt });
      };
      const onAbort = () => finish('stopped');
      const idle = setInterval(
        () => {
          if (Date.now() - lastFrameAt > idleTimeoutMs) finish('idle');
        },
        Math.max(50, Math.floor(idleTimeoutMs / 4)),
      );
      o.signal.addEventListener('abort', onAbort, { once: true });
      try {
        ws = new WebSocket(url);
      } catch (e) {
        log('jetstream: cannot connect', { url, error: (e as Error).message });
        finish('error');
        return;
      }
      ws.binaryType = 'arraybuffer';
      ws.onmessage = (ev: MessageEvent) => {
        if (ended) return;
        lastFrameAt = Date.now();
        frames++;
        o.stats.eventsRead++;
        const data = typeof ev.data === 'string' ? ev.data : new TextDecoder().decode(ev.data as ArrayBuffer);
        const p = parseFrame(data);
        if (p.ok === 'ignored') return;
        if (p.ok === false) {
          o.stats.malformed++;
          if (lastFrameAt - lastMalformedLog > 10_000) {
            lastMalformedLog = lastFrameAt;
            log('jetstream: malformed frame skipped', { reason: p.reason, total: o.stats.malformed });
          }
          return;
        }
        const item = mapFrame(p.frame, handles);
        if (!o.forwarder.offer(item)) {
          finish('paused');
          return;
        }
        if (item.kind === 'skip') {
          o.stats.skip(item.reason);
          if (item.reason === 'malformed') o.stats.malformed++;
        }
        position = Math.max(position ?? 0, p.frame.time_us);
      };
      ws.onerror = () => finish('error');
      ws.onclose = () => finish('closed');
    });

  /** The endpoint whose clock `position` is on (none: it came from a checkpoint, written by any of them). */
  let positionFrom: string | undefined;
  while (!o.signal.aborted) {
    const endpoint = endpoints.current;
    // The same instance resumes exactly where it was (its time_us are its own,
    // and the event at `position` comes again: a duplicate, dropped). Another
    // instance, or a checkpoint, resumes `overlapMs` earlier.
    const from =
      position === undefined ? undefined : endpoint === positionFrom ? position : Math.max(1, position - overlapUs);
    const url = subscribeUrl(endpoint, from);
    const before = position;
    const s = await session(url);
    if (position !== before) positionFrom = endpoint;
    if (s.end === 'stopped') break;
    if (s.end === 'paused') {
      o.stats.pauses++;
      await Promise.race([o.forwarder.whenReady(), sleep(3_600_000, o.signal)]);
      continue;
    }
    o.stats.disconnects++;
    if (s.frames > 0 && s.lastedMs >= healthyAfterMs) backoff.reset();
    const delay = backoff.next();
    log('jetstream: disconnected', { endpoint: endpoints.current, end: s.end, frames: s.frames, reconnectInMs: delay });
    endpoints.advance();
    await sleep(delay, o.signal);
  }
}
