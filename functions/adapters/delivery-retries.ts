import { SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { z } from 'zod';

export const DeliveryRetrySchema = z.object({
  alertId: z.string().min(1),
  version: z.number().int().positive(),
  customerId: z.string().min(1),
});
export type DeliveryRetry = z.infer<typeof DeliveryRetrySchema>;

/** Queues failed deliveries for a later, separate attempt (see DELIVERY_RETRY in resources/). */
export class DeliveryRetries {
  constructor(
    private readonly sqs: SQSClient,
    private readonly queueUrl: string,
    private readonly delaySeconds: number,
  ) {}

  async schedule(items: DeliveryRetry[]): Promise<void> {
    for (let i = 0; i < items.length; i += 10) {
      const r = await this.sqs.send(
        new SendMessageBatchCommand({
          QueueUrl: this.queueUrl,
          Entries: items
            .slice(i, i + 10)
            .map((m, j) => ({ Id: String(j), MessageBody: JSON.stringify(m), DelaySeconds: this.delaySeconds })),
        }),
      );
      if (r.Failed?.length)
        throw new Error(`could not schedule delivery retries: ${r.Failed.map((f) => f.Message).join('; ')}`);
    }
  }
}
