/**
 * One message for the ingest queue (INGEST in resources/: a STANDARD queue,
 * stage 1 of the detector). Every producer (connectors, npm start, the bench,
 * the admin CLI's redrive, tests) builds its messages here and sends them
 * through functions/adapters/ingest-queue.ts, so the queue's contract is
 * written once. A standard queue takes no group or deduplication id: a batch
 * sent or delivered twice is scored twice, and the keyed stage drops its
 * evidence the second time (its evidence message ids come from the batchId).
 */
export interface IngestMessage {
  body: string;
  /** The batch's source, when known (logs and tests). */
  source?: string;
}

/** A post batch's message ({batchId, source, posts} already serialised; its batchId names its evidence downstream). */
export function batchMessage(source: string, body: string): IngestMessage {
  return { body, source };
}

/** Any body, even one that is not a post batch (tests, redrive). */
export function anyMessage(body: string): IngestMessage {
  try {
    const v = JSON.parse(body) as { source?: unknown };
    if (typeof v.source === 'string') return { body, source: v.source };
  } catch {
    /* not JSON: sent as it is, the score function quarantines it */
  }
  return { body };
}
