import { createHash } from 'node:crypto';

/** One message for the FIFO ingest queue (see INGEST in resources/). */
export interface IngestMessage {
  body: string;
  groupId: string;
  dedupId: string;
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
/** SQS allows 1-128 characters of ASCII letters, digits and punctuation in group ids. */
const groupOf = (source: string) => source.replace(/[^\w!-/:-@[-`{-~]/g, '_').slice(0, 128) || 'unknown';

/** A post batch's message: ordered per source, deduplicated per batchId. */
export function batchMessage(batchId: string, source: string, body: string): IngestMessage {
  return { body, groupId: groupOf(source), dedupId: sha(`batch:${batchId}`) };
}

/**
 * Any body, even one that is not a post batch (tests, redrive): the group and
 * dedup id come from its batchId and source when it has them.
 */
export function anyMessage(body: string, dedupSalt = ''): IngestMessage {
  try {
    const v = JSON.parse(body) as { batchId?: unknown; source?: unknown };
    if (typeof v.batchId === 'string' && typeof v.source === 'string' && !dedupSalt)
      return batchMessage(v.batchId, v.source, body);
    if (typeof v.source === 'string')
      return { body, groupId: groupOf(v.source), dedupId: sha(`body:${dedupSalt}:${body}`) };
  } catch {
    /* not JSON: its own group */
  }
  return { body, groupId: 'unparsed', dedupId: sha(`body:${dedupSalt}:${body}`) };
}
