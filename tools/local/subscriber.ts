import { DeleteMessageBatchCommand, ReceiveMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { z } from 'zod';

const Envelope = z.object({
  Type: z.literal('Notification'),
  Message: z.string(),
  MessageAttributes: z.record(z.string(), z.object({ Value: z.string() })).optional(),
});
const Delivered = z
  .object({ alertId: z.string(), version: z.number(), customerId: z.string(), deliveryId: z.string() })
  .loose();
export type DeliveredAlert = z.infer<typeof Delivered> & { attributes: Record<string, string> };

/**
 * What a customer's SQS subscriber receives: the SNS envelope whose Message is
 * the `sqs` body of the published message structure. fauxqs does not apply
 * MessageStructure=json (it forwards the whole structure), so that case is
 * unwrapped here; the handler publishes exactly what it publishes on AWS.
 */
export function parseDelivery(body: string): DeliveredAlert {
  const env = Envelope.parse(JSON.parse(body));
  let inner: unknown = JSON.parse(env.Message);
  if (inner && typeof inner === 'object' && 'sqs' in inner && typeof (inner as { sqs: unknown }).sqs === 'string')
    inner = JSON.parse((inner as { sqs: string }).sqs);
  const attributes = Object.fromEntries(Object.entries(env.MessageAttributes ?? {}).map(([k, v]) => [k, v.Value]));
  return { ...Delivered.parse(inner), attributes };
}

/** Reads and deletes everything currently in a subscriber queue. */
export async function drainQueue(sqs: SQSClient, queueUrl: string): Promise<DeliveredAlert[]> {
  const out: DeliveredAlert[] = [];
  for (let empty = 0; empty < 2; ) {
    const r = await sqs.send(
      new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }),
    );
    const ms = r.Messages ?? [];
    if (ms.length === 0) {
      empty++;
      continue;
    }
    for (const m of ms) out.push(parseDelivery(m.Body!));
    await sqs.send(
      new DeleteMessageBatchCommand({
        QueueUrl: queueUrl,
        Entries: ms.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle! })),
      }),
    );
  }
  return out;
}
