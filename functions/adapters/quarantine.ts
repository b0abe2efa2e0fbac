import { createHash } from 'node:crypto';
import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { sqsSafeJson } from './sqs-json';

/** SQS caps a message at 256 KiB by default, counted in UTF-8 bytes; keep room for attributes. */
export const MAX_BODY_BYTES = 200_000;

export interface QuarantineEntry {
  /** poison: valid input whose processing failed on every attempt. */
  kind: 'invalid-message' | 'rejected-posts' | 'poison';
  /** One line anyone can read: the field and what is wrong with it. */
  reason: string;
  sourceMessageId: string;
  batchId?: string;
  /** The original body (invalid message) or the rejected posts with their reasons. */
  payload: unknown;
}

/** Where each kind goes: bad input to the quarantine queue, poison to the ingest DLQ (QUARANTINE in resources/queues.ts says why apart). */
export interface QuarantineQueues {
  badInput: string;
  poison: string;
}

/**
 * Bad input is quarantined straight away with its reason as a message
 * attribute, rather than failing five times first: retrying cannot fix it.
 */
export class Quarantine {
  constructor(
    private readonly sqs: SQSClient,
    private readonly queues: QuarantineQueues,
  ) {}

  async put(e: QuarantineEntry): Promise<void> {
    const body = quarantineBody(e, new Date().toISOString());
    const queueUrl = e.kind === 'poison' ? this.queues.poison : this.queues.badInput;
    await this.sqs.send(
      new SendMessageCommand({
        QueueUrl: queueUrl,
        MessageBody: body,
        // On a FIFO queue (the quarantine; the evidence queue's DLQ) a group per entry keeps
        // entries independent (listing one never hides another), and the same rejection sent
        // again by a retried batch is deduplicated. The ingest DLQ is standard (its queue is).
        ...(queueUrl.endsWith('.fifo')
          ? {
              MessageGroupId: `quarantine-${e.sourceMessageId}`.slice(0, 128),
              MessageDeduplicationId: createHash('sha256').update(`${e.kind}:${e.sourceMessageId}`).digest('hex'),
            }
          : {}),
        MessageAttributes: {
          'tocsin-kind': { DataType: 'String', StringValue: e.kind },
          'tocsin-reason': {
            DataType: 'String',
            StringValue: e.reason.replace(/[^\t\n\r\x20-\ud7ff\ue000-\ufffd]/g, '?').slice(0, 1000) || 'unknown',
          },
          'tocsin-source-message': { DataType: 'String', StringValue: e.sourceMessageId },
        },
      }),
    );
  }
}

/**
 * The entry as a message body of at most MAX_BODY_BYTES UTF-8 bytes: an
 * oversized payload is cut (its JSON text, which the body escapes again, so
 * the cut is measured on the body it makes) and marked truncated.
 */
export function quarantineBody(e: QuarantineEntry, quarantinedAt: string): string {
  const whole = sqsSafeJson({ ...e, quarantinedAt });
  let bytes = Buffer.byteLength(whole);
  if (bytes <= MAX_BODY_BYTES) return whole;
  const text = JSON.stringify(e.payload) ?? '';
  let keep = text.length;
  for (;;) {
    keep = Math.floor((keep * MAX_BODY_BYTES * 0.97) / bytes);
    const body = sqsSafeJson({ ...e, payload: `${text.slice(0, keep)}…(truncated)`, quarantinedAt });
    bytes = Buffer.byteLength(body);
    if (bytes <= MAX_BODY_BYTES) return body;
  }
}
