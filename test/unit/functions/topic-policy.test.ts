import assert from 'node:assert/strict';
import { test } from 'node:test';
import { customerTopicPolicy, deliveryStatusAttributes } from '../../../functions/adapters/topics';
import { roleArn } from '../../../resources';

const where = { partition: 'aws', region: 'eu-west-1', account: '123456789012' };
const topic = 'arn:aws:sns:eu-west-1:123456789012:tocsin-customer-bank';

test('a customer topic denies Publish to all but the delivery roles, Subscribe to all but the admin role, and plain HTTP', () => {
  const policy = JSON.parse(
    customerTopicPolicy(topic, {
      publishers: [roleArn(where, 'fanOut'), roleArn(where, 'deliveryRetry')],
      subscriber: roleArn(where, 'admin'),
    }),
  ) as {
    Statement: {
      Sid: string;
      Effect: string;
      Principal: string;
      Action: unknown;
      Resource: string;
      Condition: unknown;
    }[];
  };
  const bySid = Object.fromEntries(policy.Statement.map((s) => [s.Sid, s]));
  assert.ok(policy.Statement.every((s) => s.Effect === 'Deny' && s.Principal === '*' && s.Resource === topic));
  assert.deepEqual(bySid.PublishOnlyByDelivery?.Condition, {
    ArnNotEquals: {
      'aws:PrincipalArn': [
        'arn:aws:iam::123456789012:role/tocsin-fan-out-eu-west-1',
        'arn:aws:iam::123456789012:role/tocsin-delivery-retry-eu-west-1',
      ],
    },
  });
  assert.equal(bySid.PublishOnlyByDelivery?.Action, 'sns:Publish');
  assert.deepEqual(bySid.SubscribeOnlyByAdmin?.Condition, {
    ArnNotEquals: { 'aws:PrincipalArn': ['arn:aws:iam::123456789012:role/tocsin-admin-eu-west-1'] },
  });
  assert.deepEqual(bySid.EnforceTLS?.Condition, { Bool: { 'aws:SecureTransport': 'false' } });
});

test('delivery status is logged for SQS and HTTP/S subscriptions (SNS logs none for email)', () => {
  const a = deliveryStatusAttributes('arn:aws:iam::123456789012:role/tocsin-sns-delivery-status-eu-west-1');
  assert.deepEqual(Object.keys(a).sort(), [
    'HTTPFailureFeedbackRoleArn',
    'HTTPSuccessFeedbackRoleArn',
    'HTTPSuccessFeedbackSampleRate',
    'SQSFailureFeedbackRoleArn',
    'SQSSuccessFeedbackRoleArn',
    'SQSSuccessFeedbackSampleRate',
  ]);
});
