/** Customer topics and their subscriptions, as the admin CLI makes, inspects and removes them. */
import {
  CreateTopicCommand,
  DeleteTopicCommand,
  GetSubscriptionAttributesCommand,
  ListSubscriptionsByTopicCommand,
  SetTopicAttributesCommand,
  type SNSClient,
  SubscribeCommand,
  UnsubscribeCommand,
} from '@aws-sdk/client-sns';
import { type AccountRegion, customerTopicName, roleArn } from '../../resources';

/** Who may do what on a customer topic. */
export interface TopicAccess {
  /** Role ARNs allowed to publish (the fan-out and the delivery-retry functions). */
  publishers: readonly string[];
  /** Role ARN allowed to subscribe endpoints (the admin role). */
  subscriber: string;
}

/** Who may do what on the customer topics of the stack in `where`: the delivery roles publish, the admin role subscribes. */
export function customerTopicAccess(where: AccountRegion): TopicAccess {
  return {
    publishers: [roleArn(where, 'fanOutShard'), roleArn(where, 'deliveryRetry'), roleArn(where, 'fanOut')],
    subscriber: roleArn(where, 'admin'),
  };
}

/**
 * The topic's resource policy: TLS only; Publish denied to every principal
 * but the delivery roles, Subscribe to every principal but the admin role
 * (a Deny holds even against an identity policy that allows).
 */
export function customerTopicPolicy(topicArn: string, access: TopicAccess): string {
  const denyUnless = (sid: string, action: string, allowed: readonly string[]) => ({
    Sid: sid,
    Effect: 'Deny',
    Principal: '*',
    Action: action,
    Resource: topicArn,
    Condition: { ArnNotEquals: { 'aws:PrincipalArn': [...allowed] } },
  });
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
      denyUnless('PublishOnlyByDelivery', 'sns:Publish', access.publishers),
      denyUnless('SubscribeOnlyByAdmin', 'sns:Subscribe', [access.subscriber]),
    ],
  });
}

/** Delivery-status logging to CloudWatch Logs, for the protocols SNS logs it for among those Tocsin subscribes (SQS, HTTP/S; not email). */
export function deliveryStatusAttributes(roleArn: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of ['SQS', 'HTTP']) {
    out[`${p}SuccessFeedbackRoleArn`] = roleArn;
    out[`${p}FailureFeedbackRoleArn`] = roleArn;
    out[`${p}SuccessFeedbackSampleRate`] = '100';
  }
  return out;
}

export interface TopicSettings {
  access: TopicAccess;
  /** The role SNS assumes to log delivery status; undefined locally (fauxqs refuses those attributes). */
  deliveryStatusRoleArn: string | undefined;
}

export interface Subscription {
  arn: string;
  protocol: string;
  endpoint: string;
  /** Not confirmed by its endpoint yet (email, HTTPS): nothing reaches it. */
  pending: boolean;
  /** Where undeliverable messages go, if anywhere. */
  deadLetterArn: string | undefined;
}

export async function listSubscriptions(sns: SNSClient, topicArn: string): Promise<Subscription[]> {
  const out: Subscription[] = [];
  let next: string | undefined;
  do {
    const r = await sns.send(new ListSubscriptionsByTopicCommand({ TopicArn: topicArn, NextToken: next }));
    for (const s of r.Subscriptions ?? []) {
      const arn = s.SubscriptionArn ?? '';
      // An unconfirmed subscription has no ARN of its own yet (AWS lists it as PendingConfirmation).
      const attrs =
        arn && arn !== 'PendingConfirmation'
          ? ((await sns.send(new GetSubscriptionAttributesCommand({ SubscriptionArn: arn }))).Attributes ?? {})
          : { PendingConfirmation: 'true' };
      const redrive = attrs.RedrivePolicy ? (JSON.parse(attrs.RedrivePolicy) as { deadLetterTargetArn?: string }) : {};
      out.push({
        arn,
        protocol: s.Protocol ?? '',
        endpoint: s.Endpoint ?? '',
        pending: attrs.PendingConfirmation === 'true',
        deadLetterArn: redrive.deadLetterTargetArn,
      });
    }
    next = r.NextToken;
  } while (next);
  return out;
}

/** Removes every subscription of the topic that can be removed (an unconfirmed one goes with the topic). */
export async function unsubscribeAll(sns: SNSClient, topicArn: string): Promise<number> {
  let n = 0;
  for (const s of await listSubscriptions(sns, topicArn)) {
    if (!s.arn || s.arn === 'PendingConfirmation') continue;
    await sns.send(new UnsubscribeCommand({ SubscriptionArn: s.arn }));
    n++;
  }
  return n;
}

/**
 * The customer's topic with its policy, SignatureVersion 2 and delivery-status
 * logging, starting with no subscription: a topic left behind by an earlier
 * customer of the same id (an interrupted removal) is emptied first, so that
 * a new customer never inherits another's endpoints.
 */
export async function createCustomerTopic(
  sns: SNSClient,
  customerId: string,
  topicArn: string,
  settings: TopicSettings,
): Promise<{ topicArn: string; removedSubscriptions: number }> {
  const created = await sns.send(
    new CreateTopicCommand({
      Name: customerTopicName(customerId),
      Tags: [
        { Key: 'Project', Value: 'tocsin' },
        { Key: 'Customer', Value: customerId },
      ],
    }),
  );
  if (created.TopicArn !== topicArn)
    throw new Error(`CreateTopic returned ${created.TopicArn ?? 'no ARN'}, expected ${topicArn}`);
  const removedSubscriptions = await unsubscribeAll(sns, topicArn);
  // Set one by one rather than at creation: CreateTopic refuses an existing topic whose attributes differ.
  const attributes: Record<string, string> = {
    KmsMasterKeyId: 'alias/aws/sns',
    SignatureVersion: '2',
    Policy: customerTopicPolicy(topicArn, settings.access),
    ...(settings.deliveryStatusRoleArn ? deliveryStatusAttributes(settings.deliveryStatusRoleArn) : {}),
  };
  for (const [AttributeName, AttributeValue] of Object.entries(attributes))
    await sns.send(new SetTopicAttributesCommand({ TopicArn: topicArn, AttributeName, AttributeValue }));
  return { topicArn, removedSubscriptions };
}

/** The topic's policy made again from `access` (a migration: a new delivery role to admit). */
export async function setCustomerTopicPolicy(sns: SNSClient, topicArn: string, access: TopicAccess): Promise<void> {
  await sns.send(
    new SetTopicAttributesCommand({
      TopicArn: topicArn,
      AttributeName: 'Policy',
      AttributeValue: customerTopicPolicy(topicArn, access),
    }),
  );
}

/** Offboarding: every subscription removed, then the topic. Idempotent (a missing topic is fine). */
export async function deleteCustomerTopic(sns: SNSClient, topicArn: string): Promise<number> {
  let removed = 0;
  try {
    removed = await unsubscribeAll(sns, topicArn);
  } catch (e) {
    if ((e as { name?: string }).name !== 'NotFoundException') throw e;
  }
  await sns.send(new DeleteTopicCommand({ TopicArn: topicArn }));
  return removed;
}

export type Protocol = 'email' | 'sqs' | 'https';

/** Subscribes an endpoint with its redrive policy (undeliverable messages to `deadLetterArn`) and optional filter. */
export async function subscribe(
  sns: SNSClient,
  topicArn: string,
  protocol: Protocol,
  endpoint: string,
  deadLetterArn: string,
  filterPolicy?: unknown,
): Promise<string> {
  const r = await sns.send(
    new SubscribeCommand({
      TopicArn: topicArn,
      Protocol: protocol,
      Endpoint: endpoint,
      ReturnSubscriptionArn: true,
      Attributes: {
        RedrivePolicy: JSON.stringify({ deadLetterTargetArn: deadLetterArn }),
        ...(filterPolicy ? { FilterPolicy: JSON.stringify(filterPolicy), FilterPolicyScope: 'MessageAttributes' } : {}),
      },
    }),
  );
  return r.SubscriptionArn ?? 'pending confirmation';
}
