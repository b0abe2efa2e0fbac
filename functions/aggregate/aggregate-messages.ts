import type { AlertsRepo } from '../adapters/alerts-repo';
import type { EvidenceEnvelope } from '../adapters/evidence-queue';
import { alertToStore, type TombstoneReader } from '../commons/evidence';
import type { Alert } from '../domain/alert';
import { aggregate, type EventStateStore } from '../domain/detector';

/** In-process retries of a commit that lost a race on detector state, before the messages fail. */
export const STATE_CONFLICT_RETRY = { attempts: 5, baseDelayMs: 25 } as const;

export interface AggregateDeps {
  store: EventStateStore;
  alerts: Pick<AlertsRepo, 'put'>;
  /** Deleted posts: a version does not store the excerpt of one (docs/retention.md). */
  tombstones: TombstoneReader;
  /** Waits between conflict retries (tests pass an instant one). */
  sleep?: (ms: number) => Promise<void>;
}

/** What one group's messages did in stage 2: evidence = applied + duplicates. */
export interface AggregateOutcome {
  partition: string;
  /** The ids of the parts applied or skipped (one per ingest message whose evidence the batch carried). */
  messageIds: string[];
  evidence: number;
  applied: number;
  duplicates: number;
  alertsCreated: number;
  /** Commits that lost a race on detector state and were redone with a fresh load. */
  stateConflicts: number;
}

/**
 * The versions a batch raised, stored at once: each is its own conditional put
 * of its own key, so they need no order among them (nothing reads the versions
 * of an alert in the order they were written: the stream orders records per
 * item only, the fan-out's jobs go through a standard queue, readers sort by
 * version or by feed key). One stamp for them all: a batch's versions of one
 * alert keep their version order in the feed. Every put is settled before a
 * failure is thrown, so none lands after the batch has been handed back; the
 * retry recomputes the same versions and the stored ones are no-ops.
 */
async function storeVersions(alerts: readonly Alert[], deps: AggregateDeps): Promise<number> {
  const storedAt = new Date();
  const settled = await Promise.allSettled(
    alerts.map(async (a) => deps.alerts.put(await alertToStore(a, deps.tombstones), storedAt)),
  );
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.filter((s) => s.status === 'fulfilled' && s.value === 'created').length;
}

const isConflict = (e: unknown) => (e as { name?: string } | undefined)?.name === 'ConcurrentUpdateError';
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * One partition's parts (each evidence message's, in order), in order: one state load, the alert versions
 * they raise stored (conditional puts, at once), then one conditional commit. Alerts
 * are written before state (outbox first): if we die in between, the retry
 * recomputes the same versions and the conditional put makes them no-ops.
 * One FIFO group runs at a time, so a conflict means a worker whose
 * visibility timeout ran out is still writing: redone here with a fresh load
 * (bounded, with jitter). Throws on transient faults, so that the messages
 * are retried, in order.
 *
 * The ingest clock: each message carries the one its batch was admitted by;
 * the group's latest bounds stream time (stage 1 already refused every post
 * more than PARAMS.futureSlackMs ahead of its own).
 */
export async function aggregateMessages(
  partition: string,
  messages: readonly EvidenceEnvelope[],
  deps: AggregateDeps,
): Promise<AggregateOutcome> {
  const now = Math.max(...messages.map((m) => m.now));
  let alertsCreated = 0;
  let stateConflicts = 0;
  for (let attempt = 1; ; attempt++) {
    const r = await aggregate(deps.store, messages, { now });
    alertsCreated += await storeVersions(r.alerts, deps);
    try {
      await r.commit();
    } catch (e) {
      if (!isConflict(e) || attempt >= STATE_CONFLICT_RETRY.attempts) throw e;
      stateConflicts++;
      // Full jitter on an exponential base: two racing invocations rarely meet again.
      await (deps.sleep ?? sleep)(Math.random() * STATE_CONFLICT_RETRY.baseDelayMs * 2 ** attempt);
      continue;
    }
    return {
      partition,
      messageIds: messages.map((m) => m.id),
      evidence: messages.reduce((n, m) => n + m.evidence.length, 0),
      applied: r.applied,
      duplicates: r.duplicates,
      alertsCreated,
      stateConflicts,
    };
  }
}
