import { ArnFormat, Aws, Duration, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { CHANNEL_SECRET_PREFIX, CUSTOMER_TOPIC_PREFIX, roleName, SUBSCRIPTION_DLQ } from '../../resources';
import { acknowledgeNag } from './nag';
import type { TocsinTable } from './tocsin-table';

export interface CustomerTopicSupportProps {
  tables: {
    customers: TocsinTable;
    alerts: TocsinTable;
    deliveries: TocsinTable;
    channels: TocsinTable;
    channelDeliveries: TocsinTable;
    tombstones: TocsinTable;
    apiKeys: TocsinTable;
  };
  /** The queues the admin CLI reads (the ingest and evidence DLQs, the quarantine) and writes (the ingest and evidence queues, for redrives). */
  ingest: sqs.IQueue;
  ingestDlq: sqs.IQueue;
  ingestQuarantine: sqs.IQueue;
  evidence: sqs.IQueue;
  evidenceDlq: sqs.IQueue;
  /** `refanout --aws` hands (version, customer) pairs to the delivery-retry function through its queue. */
  deliveryRetry: sqs.IQueue;
}

/**
 * What the per-customer topics (created by the admin CLI, not by the stack)
 * rely on: the admin role, the only principal their policy lets subscribe
 * endpoints; the role SNS assumes to log delivery status; and the DLQ every
 * subscription's redrive policy names. Roles are named from resources/roles.ts
 * so that the CLI can name them in a topic policy from the account and region.
 */
export class CustomerTopicSupport extends Construct {
  readonly adminRole: iam.Role;
  readonly deliveryStatusRole: iam.Role;
  readonly subscriptionDlq: sqs.Queue;

  constructor(scope: Construct, id: string, props: CustomerTopicSupportProps) {
    super(scope, id);
    const topics = `arn:${Aws.PARTITION}:sns:${Aws.REGION}:${Aws.ACCOUNT_ID}:${CUSTOMER_TOPIC_PREFIX}*`;

    this.subscriptionDlq = new sqs.Queue(this, SUBSCRIPTION_DLQ.id, {
      queueName: SUBSCRIPTION_DLQ.queueName,
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(SUBSCRIPTION_DLQ.retentionDays),
    });
    this.subscriptionDlq.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'CustomerTopicsRedrive',
        principals: [new iam.ServicePrincipal('sns.amazonaws.com')],
        actions: ['sqs:SendMessage'],
        resources: [this.subscriptionDlq.queueArn],
        conditions: { ArnLike: { 'aws:SourceArn': topics } },
      }),
    );
    acknowledgeNag(this.subscriptionDlq, {
      id: 'AwsSolutions-SQS3',
      reason: 'This queue is itself a dead-letter queue: the redrive target of every customer topic subscription.',
    });

    this.deliveryStatusRole = new iam.Role(this, 'SnsDeliveryStatusRole', {
      roleName: roleName('deliveryStatus', Aws.REGION),
      assumedBy: new iam.ServicePrincipal('sns.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID } },
      }),
      description: 'Assumed by SNS to log the delivery status of customer topic messages (SQS, HTTP/S)',
    });
    const snsLogs = `arn:${Aws.PARTITION}:logs:${Aws.REGION}:${Aws.ACCOUNT_ID}:log-group:sns/${Aws.REGION}/${Aws.ACCOUNT_ID}/${CUSTOMER_TOPIC_PREFIX}*`;
    this.deliveryStatusRole.addToPolicy(
      new iam.PolicyStatement({
        sid: 'DeliveryStatusLogs',
        actions: [
          'logs:CreateLogGroup',
          'logs:CreateLogStream',
          'logs:PutLogEvents',
          'logs:PutMetricFilter',
          'logs:PutRetentionPolicy',
        ],
        resources: [snsLogs, `${snsLogs}:*`],
      }),
    );
    const logGroups =
      'arn:<AWS::Partition>:logs:<AWS::Region>:<AWS::AccountId>:log-group:sns/<AWS::Region>/<AWS::AccountId>/';
    for (const resource of [`${logGroups}${CUSTOMER_TOPIC_PREFIX}*`, `${logGroups}${CUSTOMER_TOPIC_PREFIX}*:*`])
      acknowledgeNag(this.deliveryStatusRole.node.findChild('DefaultPolicy'), {
        id: `AwsSolutions-IAM5[Resource::${resource}]`,
        reason:
          'SNS names a delivery-status log group after each topic (sns/REGION/ACCOUNT/TOPIC); customer topics are created at onboarding, so only their name prefix can scope it.',
      });

    this.adminRole = new iam.Role(this, 'AdminRole', {
      roleName: roleName('admin', Aws.REGION),
      assumedBy: new iam.AccountRootPrincipal(),
      description: 'Tocsin operators (npm run tocsin -- --aws): the only principal customer topics let subscribe',
      maxSessionDuration: Duration.hours(1),
    });
    this.adminRole.addToPolicy(
      new iam.PolicyStatement({
        sid: 'CustomerTopics',
        actions: [
          'sns:CreateTopic',
          'sns:DeleteTopic',
          'sns:GetTopicAttributes',
          'sns:SetTopicAttributes',
          'sns:TagResource',
          'sns:Subscribe',
          'sns:Unsubscribe',
          'sns:ListSubscriptionsByTopic',
          'sns:GetSubscriptionAttributes',
        ],
        // A subscription's ARN is its topic's ARN and an id: the prefix covers both.
        resources: [topics],
      }),
    );
    this.adminRole.addToPolicy(
      new iam.PolicyStatement({
        sid: 'PassDeliveryStatusRole',
        actions: ['iam:PassRole'],
        resources: [this.deliveryStatusRole.roleArn],
      }),
    );
    this.adminRole.addToPolicy(
      new iam.PolicyStatement({
        sid: 'SubscriberQueues',
        // Customers' own queues in this account: their policy gets one statement per topic (subscribe).
        actions: ['sqs:GetQueueUrl', 'sqs:GetQueueAttributes', 'sqs:SetQueueAttributes'],
        resources: [`arn:${Aws.PARTITION}:sqs:${Aws.REGION}:${Aws.ACCOUNT_ID}:*`],
      }),
    );
    // Tables with indexes: the table and each named index (CDK's grants would add index/*).
    const allow = (sid: string, table: TocsinTable, actions: string[]) =>
      this.adminRole.addToPolicy(
        new iam.PolicyStatement({
          sid,
          actions,
          resources: [
            table.tableArn,
            ...(table.def.globalIndexes ?? []).map((i) => `${table.tableArn}/index/${i.name}`),
          ],
        }),
      );
    // Customers, bars, sources and history: every admin write path (conditional puts, transactions, migrate-shards).
    allow('Customers', props.tables.customers, [
      'dynamodb:GetItem',
      'dynamodb:BatchGetItem',
      'dynamodb:Query',
      'dynamodb:ConditionCheckItem',
      'dynamodb:PutItem',
      'dynamodb:UpdateItem',
      'dynamodb:DeleteItem',
      'dynamodb:DescribeTable',
    ]);
    allow('ReadAlerts', props.tables.alerts, [
      'dynamodb:GetItem',
      'dynamodb:BatchGetItem',
      'dynamodb:Query',
      'dynamodb:Scan',
      'dynamodb:DescribeTable',
    ]);
    // refanout --aws reads the ledger of a shard page of customers in one BatchGetItem.
    allow('ReadLedger', props.tables.deliveries, [
      'dynamodb:GetItem',
      'dynamodb:BatchGetItem',
      'dynamodb:Query',
      'dynamodb:DescribeTable',
    ]);
    // Customer API keys (keys create / list / revoke): written and read, never deleted (a revoked key stays as its record).
    allow('ApiKeys', props.tables.apiKeys, [
      'dynamodb:GetItem',
      'dynamodb:Query',
      'dynamodb:PutItem',
      'dynamodb:UpdateItem',
      'dynamodb:DescribeTable',
    ]);
    // `dlq list` and `dlq redrive` look up the posts they hold: keys only (docs/connectors.md, Deletions).
    this.adminRole.addToPolicy(
      new iam.PolicyStatement({
        sid: 'LookupTombstones',
        actions: ['dynamodb:GetItem', 'dynamodb:BatchGetItem'],
        resources: [props.tables.tombstones.tableArn],
      }),
    );
    // Channels (docs/channels.md): their items, their outcomes (read), and their secrets, created and deleted, never read back.
    props.tables.channels.grantReadWriteData(this.adminRole);
    props.tables.channelDeliveries.grantReadData(this.adminRole);
    this.adminRole.addToPolicy(
      new iam.PolicyStatement({
        sid: 'ChannelSecrets',
        actions: ['secretsmanager:CreateSecret', 'secretsmanager:DeleteSecret', 'secretsmanager:TagResource'],
        resources: [
          Stack.of(this).formatArn({
            service: 'secretsmanager',
            resource: 'secret',
            resourceName: `${CHANNEL_SECRET_PREFIX}*`,
            arnFormat: ArnFormat.COLON_RESOURCE_NAME,
          }),
        ],
      }),
    );
    props.ingest.grantSendMessages(this.adminRole);
    props.ingestDlq.grantConsumeMessages(this.adminRole);
    props.ingestQuarantine.grantConsumeMessages(this.adminRole);
    props.evidence.grantSendMessages(this.adminRole);
    props.evidenceDlq.grantConsumeMessages(this.adminRole);
    props.deliveryRetry.grantSendMessages(this.adminRole);
    this.subscriptionDlq.grant(this.adminRole, 'sqs:GetQueueUrl', 'sqs:GetQueueAttributes');
    acknowledgeNag(this.adminRole.node.findChild('DefaultPolicy'), {
      id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:sns:<AWS::Region>:<AWS::AccountId>:${CUSTOMER_TOPIC_PREFIX}*]`,
      reason:
        'Operators manage the per-customer topics (and their subscriptions), which the admin CLI creates at onboarding: only their name prefix can scope them. Publish is not granted.',
    });
    acknowledgeNag(this.adminRole.node.findChild('DefaultPolicy'), {
      id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:secretsmanager:<AWS::Region>:<AWS::AccountId>:secret:${CHANNEL_SECRET_PREFIX}*]`,
      reason:
        'Channel secrets are created per channel by the admin CLI (channels add) and deleted by it (channels remove): only their name prefix can scope them. Reading them back is not granted.',
    });
    acknowledgeNag(this.adminRole.node.findChild('DefaultPolicy'), {
      id: 'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:sqs:<AWS::Region>:<AWS::AccountId>:*]',
      reason:
        'Subscriber queues are the customers’ own, named by them: `subscribe` adds one statement to such a queue’s policy (get/set attributes only, never messages).',
    });
  }
}
