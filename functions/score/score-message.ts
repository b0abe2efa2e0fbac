import type { AlertsRepo } from '../adapters/alerts-repo';
import type { Quarantine } from '../adapters/quarantine';
import type { Detector } from '../domain/detector';
import { admitPosts, parseIngestMessage, type Rejection } from '../domain/ingest';
import type { SourceRegistry } from '../domain/sources';

/**
 * The time against which a batch's posts are judged plausible: the wall clock
 * live; when a recorded stream is replayed, the replay's own clock for that
 * batch (tools/local/replay-clock.ts). Injected, never read from the data.
 */
export type IngestClock = (batchId: string) => Date;

export const wallClock: IngestClock = () => new Date();

/** In-process retries of a commit that lost a race on shared detector state, before the message fails. */
export const STATE_CONFLICT_RETRY = { attempts: 5, baseDelayMs: 25 } as const;

export interface ScoreDeps {
  detector: Detector;
  alerts: Pick<AlertsRepo, 'put'>;
  quarantine: Pick<Quarantine, 'put'>;
  /** The source registry (cached: adapters/source-registry-cache.ts). */
  sources: { current(): Promise<SourceRegistry> };
  clock: IngestClock;
  /** Waits between conflict retries (tests pass an instant one). */
  sleep?: (ms: number) => Promise<void>;
}

/** What became of one message's posts: postsIn = scored + duplicates + rejected. */
export interface MessageOutcome {
  messageId: string;
  /** False when the body was not a post batch at all. */
  valid: boolean;
  postsIn: number;
  scored: number;
  duplicates: number;
  rejected: number;
  alertsCreated: number;
  /** Commits that lost a race on shared detector state and were redone with a fresh load. */
  stateConflicts: number;
}

const isConflict = (e: unknown) => (e as { name?: string } | undefined)?.name === 'ConcurrentUpdateError';
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

const summary = (rejected: readonly Rejection[]) =>
  rejected
    .map((r) => `${r.field}: ${r.reason}`)
    .slice(0, 5)
    .join('; ') + (rejected.length > 5 ? `; and ${rejected.length - 5} more` : '');

/**
 * One ingest message: parse, admit (known source, plausible createdAt),
 * quarantine what is bad, score the rest, store the alerts it raises, then
 * commit detector state. Alerts are written before state (outbox first): if
 * we die in between, the retry recomputes the same alert versions and the
 * conditional put makes them no-ops. A commit that loses a race with another
 * source's invocation on shared state is redone here with a fresh load
 * (bounded, with jitter) rather than failing the message for a whole
 * visibility timeout. Throws only on transient faults, so that the message
 * is retried.
 */
export async function scoreMessage(body: string, messageId: string, deps: ScoreDeps): Promise<MessageOutcome> {
  const parsed = parseIngestMessage(body);
  const now = parsed.ok ? deps.clock(parsed.batchId) : null;
  const admitted = parsed.ok && now ? admitPosts(parsed, await deps.sources.current(), now) : parsed;
  if (!parsed.ok || !admitted.ok) {
    await deps.quarantine.put({
      kind: 'invalid-message',
      reason: admitted.ok ? '' : `${admitted.field}: ${admitted.reason}`,
      sourceMessageId: messageId,
      payload: body,
    });
    const postsIn = parsed.ok ? parsed.posts.length + parsed.rejected.length : 0;
    return {
      messageId,
      valid: false,
      postsIn,
      scored: 0,
      duplicates: 0,
      rejected: postsIn,
      alertsCreated: 0,
      stateConflicts: 0,
    };
  }
  if (admitted.rejected.length > 0) {
    await deps.quarantine.put({
      kind: 'rejected-posts',
      reason: summary(admitted.rejected),
      sourceMessageId: messageId,
      batchId: parsed.batchId,
      payload: { source: parsed.source, rejected: admitted.rejected },
    });
  }
  let alertsCreated = 0;
  let stateConflicts = 0;
  for (let attempt = 1; ; attempt++) {
    // The same clock bounds the detector's stream time; the batch id names its stage-2 messages on a redelivery.
    const result = await deps.detector.processBatch(admitted.posts, {
      now: (now ?? new Date()).getTime(),
      batchId: parsed.batchId,
    });
    for (const alert of result.alerts) if ((await deps.alerts.put(alert)) === 'created') alertsCreated++;
    try {
      await result.commit();
    } catch (e) {
      if (!isConflict(e) || attempt >= STATE_CONFLICT_RETRY.attempts) throw e;
      stateConflicts++;
      // Full jitter on an exponential base: two racing invocations rarely meet again.
      await (deps.sleep ?? sleep)(Math.random() * STATE_CONFLICT_RETRY.baseDelayMs * 2 ** attempt);
      continue;
    }
    return {
      messageId,
      valid: true,
      postsIn: admitted.posts.length + admitted.rejected.length,
      scored: result.scored,
      duplicates: result.duplicates,
      rejected: admitted.rejected.length,
      alertsCreated,
      stateConflicts,
    };
  }
}
