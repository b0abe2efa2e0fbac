import type { AlertsRepo } from '../adapters/alerts-repo';
import type { Quarantine } from '../adapters/quarantine';
import type { Detector } from '../domain/detector';
import { parseIngestMessage } from '../domain/ingest';

export interface ScoreDeps {
  detector: Detector;
  alerts: Pick<AlertsRepo, 'put'>;
  quarantine: Pick<Quarantine, 'put'>;
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
}

/**
 * One ingest message: parse, quarantine what is bad, score the rest, store
 * the alerts it raises, then commit detector state. Alerts are written before
 * state (outbox first): if we die in between, the retry recomputes the same
 * alert versions and the conditional put makes them no-ops.
 * Throws only on transient faults, so that the message is retried.
 */
export async function scoreMessage(body: string, messageId: string, deps: ScoreDeps): Promise<MessageOutcome> {
  const parsed = parseIngestMessage(body);
  if (!parsed.ok) {
    await deps.quarantine.put({
      kind: 'invalid-message',
      reason: `${parsed.field}: ${parsed.reason}`,
      sourceMessageId: messageId,
      payload: body,
    });
    return { messageId, valid: false, postsIn: 0, scored: 0, duplicates: 0, rejected: 0, alertsCreated: 0 };
  }
  if (parsed.rejected.length > 0) {
    await deps.quarantine.put({
      kind: 'rejected-posts',
      reason:
        parsed.rejected
          .map((r) => `${r.field}: ${r.reason}`)
          .slice(0, 5)
          .join('; ') + (parsed.rejected.length > 5 ? `; and ${parsed.rejected.length - 5} more` : ''),
      sourceMessageId: messageId,
      batchId: parsed.batchId,
      payload: { source: parsed.source, rejected: parsed.rejected },
    });
  }
  const result = await deps.detector.processBatch(parsed.posts);
  let alertsCreated = 0;
  for (const alert of result.alerts) if ((await deps.alerts.put(alert)) === 'created') alertsCreated++;
  await result.commit();
  return {
    messageId,
    valid: true,
    postsIn: parsed.posts.length + parsed.rejected.length,
    scored: result.scored,
    duplicates: result.duplicates,
    rejected: parsed.rejected.length,
    alertsCreated,
  };
}
