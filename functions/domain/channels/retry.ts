/**
 * Channel retries: SQS delivers a failed job again after the backoff the
 * handler sets on it (ChangeMessageVisibility); the receive after the last
 * attempt never happens, as the queue's redrive policy parks the job in the
 * DLQ (CHANNEL_DELIVERY.maxReceiveCount = CHANNEL_MAX_ATTEMPTS in resources/).
 */

/** Seconds before attempt n+1 after attempt n failed (n = 1..5): 30 s, 1, 2, 4, 8 minutes; about a quarter of an hour in all. */
const BACKOFF_SECONDS = [30, 60, 120, 240, 480] as const;
/** SQS's ceiling on a visibility timeout, and the longest a Retry-After may hold a job. */
const MAX_DELAY_SECONDS = 900;

/**
 * The delay before the next attempt after `attempt` (1-based) failed, with up
 * to 20 % jitter (`random` in [0, 1)), never shorter than a Retry-After the
 * endpoint asked for (capped at 15 minutes).
 */
export function retryDelaySeconds(attempt: number, random: number, retryAfterSeconds?: number): number {
  const base = BACKOFF_SECONDS[Math.min(Math.max(attempt, 1), BACKOFF_SECONDS.length) - 1] ?? 30;
  const jittered = Math.round(base * (1 + 0.2 * random));
  return Math.min(MAX_DELAY_SECONDS, Math.max(jittered, Math.ceil(retryAfterSeconds ?? 0)));
}
