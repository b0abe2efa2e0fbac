import { CreateTopicCommand, SetTopicAttributesCommand, type SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import { customerTopicName } from '../../resources';

/** Deny any publish or subscribe that does not use TLS. */
export function tlsOnlyTopicPolicy(topicArn: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'EnforceTLS',
        Effect: 'Deny',
        Principal: '*',
        Action: ['sns:Publish', 'sns:Subscribe', 'sns:Receive'],
        Resource: topicArn,
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      },
    ],
  });
}

/** One topic per customer, made at onboarding; idempotent (CreateTopic returns the existing topic). */
export async function createCustomerTopic(sns: SNSClient, customerId: string): Promise<string> {
  const name = customerTopicName(customerId);
  const created = await sns.send(
    new CreateTopicCommand({
      Name: name,
      Attributes: { KmsMasterKeyId: 'alias/aws/sns' },
      Tags: [
        { Key: 'Project', Value: 'tocsin' },
        { Key: 'Customer', Value: customerId },
      ],
    }),
  );
  const arn = created.TopicArn;
  if (!arn) throw new Error(`CreateTopic ${name} returned no TopicArn`);
  await sns.send(
    new SetTopicAttributesCommand({ TopicArn: arn, AttributeName: 'Policy', AttributeValue: tlsOnlyTopicPolicy(arn) }),
  );
  return arn;
}

export type Protocol = 'email' | 'sqs' | 'https';

export async function subscribe(
  sns: SNSClient,
  topicArn: string,
  protocol: Protocol,
  endpoint: string,
  filterPolicy?: unknown,
): Promise<string> {
  const r = await sns.send(
    new SubscribeCommand({
      TopicArn: topicArn,
      Protocol: protocol,
      Endpoint: endpoint,
      ReturnSubscriptionArn: true,
      ...(filterPolicy
        ? { Attributes: { FilterPolicy: JSON.stringify(filterPolicy), FilterPolicyScope: 'MessageAttributes' } }
        : {}),
    }),
  );
  return r.SubscriptionArn ?? 'pending confirmation';
}
