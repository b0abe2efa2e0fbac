import { SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { z } from 'zod';

/**
 * One job of the sharded fan-out: an alert version's key and a range of its
 * customer shards, `shard` through `through` (one shard when `through` is
 * absent: every job queued before ranges existed), starting after `after` in
 * `shard` (when a shard was too big for one job). Never the audience: the
 * worker reads it when it runs.
 */
export const ShardJobSchema = z
  .strictObject({
    alertId: z.string().min(1),
    version: z.number().int().positive(),
    shard: z.number().int().nonnegative(),
    through: z.number().int().nonnegative().optional(),
    after: z.string().min(1).optional(),
  })
  .refine((j) => j.through === undefined || j.through >= j.shard, { message: 'through must not be below shard' });
export type ShardJob = z.infer<typeof ShardJobSchema>;

/** The fan-out-shard queue (FAN_OUT_SHARD in resources/). */
export class ShardJobs {
  constructor(
    private readonly sqs: SQSClient,
    private readonly queueUrl: string,
  ) {}

  /** Every job, 10 to a call; a job SQS refused fails the whole call (the caller's retry sends all again: the ledger dedupes). */
  async enqueue(jobs: readonly ShardJob[]): Promise<void> {
    const calls: Promise<void>[] = [];
    for (let i = 0; i < jobs.length; i += 10) {
      const entries = jobs.slice(i, i + 10).map((j, n) => ({ Id: String(n), MessageBody: JSON.stringify(j) }));
      calls.push(
        this.sqs.send(new SendMessageBatchCommand({ QueueUrl: this.queueUrl, Entries: entries })).then((r) => {
          if (r.Failed?.length)
            throw new Error(`could not queue fan-out shard jobs: ${r.Failed.map((f) => f.Message).join('; ')}`);
        }),
      );
    }
    const settled = await Promise.allSettled(calls);
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
  }
}
