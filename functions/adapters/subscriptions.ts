import { ListSubscriptionsByTopicCommand, type SNSClient } from '@aws-sdk/client-sns';

export interface Subscription {
  protocol: string;
  endpoint: string;
  /** An e-mail or HTTPS endpoint that has not confirmed yet receives nothing. */
  confirmed: boolean;
}

/** The subscriptions of one customer's topic. */
export async function listSubscriptions(sns: SNSClient, topicArn: string): Promise<Subscription[]> {
  const out: Subscription[] = [];
  let token: string | undefined;
  do {
    const r = await sns.send(new ListSubscriptionsByTopicCommand({ TopicArn: topicArn, NextToken: token }));
    for (const s of r.Subscriptions ?? []) {
      out.push({
        protocol: s.Protocol ?? '',
        endpoint: s.Endpoint ?? '',
        confirmed: s.SubscriptionArn !== undefined && s.SubscriptionArn !== 'PendingConfirmation',
      });
    }
    token = r.NextToken;
  } while (token);
  return out;
}
