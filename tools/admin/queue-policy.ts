/** A subscriber queue's access policy, with one statement letting one customer topic send to it. */
import { z } from 'zod';
import { UsageError } from './usage-error';

const PolicySchema = z.looseObject({
  Version: z.string().optional(),
  Statement: z.union([z.array(z.looseObject({ Sid: z.string().optional() })), z.looseObject({})]).optional(),
});

/** The queue's statement for this topic: its Sid is derived from the topic, so subscribing again replaces it, never adds a second. */
export function topicStatement(queueArn: string, topicArn: string) {
  return {
    Sid: `tocsin-${topicArn.split(':').at(-1)}`,
    Effect: 'Allow',
    Principal: { Service: 'sns.amazonaws.com' },
    Action: 'sqs:SendMessage',
    Resource: queueArn,
    Condition: { ArnEquals: { 'aws:SourceArn': topicArn } },
  };
}

/**
 * The queue's policy with the topic's statement merged in: every other
 * statement (the queue owner's own, other topics') kept as it was. A policy
 * that is not JSON is refused rather than replaced.
 */
export function withTopicStatement(current: string | undefined, queueArn: string, topicArn: string): string {
  let parsed: z.infer<typeof PolicySchema> = {};
  if (current?.trim()) {
    let json: unknown;
    try {
      json = JSON.parse(current);
    } catch {
      throw new UsageError(
        `the queue's policy is not JSON; fix it first (it is left as it is): ${current.slice(0, 200)}`,
      );
    }
    const r = PolicySchema.safeParse(json);
    if (!r.success)
      throw new UsageError(`the queue's policy is not an IAM policy; fix it first: ${current.slice(0, 200)}`);
    parsed = r.data;
  }
  const mine = topicStatement(queueArn, topicArn);
  const existing =
    parsed.Statement === undefined ? [] : Array.isArray(parsed.Statement) ? parsed.Statement : [parsed.Statement];
  return JSON.stringify({
    ...parsed,
    Version: parsed.Version ?? '2012-10-17',
    Statement: [...existing.filter((s) => s.Sid !== mine.Sid), mine],
  });
}

/** Region, account and name of a queue ARN (arn:PARTITION:sqs:REGION:ACCOUNT:NAME). */
export function parseQueueArn(arn: string): { region: string; account: string; name: string } {
  const m = /^arn:aws[a-z-]*:sqs:([a-z0-9-]+):(\d{12}):([A-Za-z0-9_-]{1,80}(?:\.fifo)?)$/.exec(arn);
  if (!m) throw new UsageError(`not an SQS queue ARN: ${arn} (arn:aws:sqs:REGION:ACCOUNT:NAME)`);
  return { region: m[1]!, account: m[2]!, name: m[3]! };
}
