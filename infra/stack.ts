/**
 * The Tocsin stack: ingest queue -> score Lambda -> DynamoDB (events, alerts
 * outbox) -> alerts stream -> fan-out Lambda -> per-customer SNS topics.
 *
 * Every table, key, index, queue and function setting comes from
 * infra/resources.ts; this file only turns those definitions into AWS
 * resources, wires permissions (least privilege) and adds alarms.
 *
 * Env-agnostic on purpose (no account/region, no lookups): `cdk synth` works
 * offline and the same template deploys to any account/region.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type App,
  Aws,
  CfnOutput,
  Duration,
  RemovalPolicy,
  Stack,
  Tags,
  Validations,
  type StackProps,
} from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cwActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as lambdaEvents from 'aws-cdk-lib/aws-lambda-event-sources';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subs from 'aws-cdk-lib/aws-sns-subscriptions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { Construct, IConstruct } from 'constructs';
import { BUNDLED_FILE_NAME, cachedFile } from '../functions/domain/places';
import {
  ALERT_STREAM,
  CUSTOMER_TOPIC_PREFIX,
  DELIVERY_RETRY,
  ENV,
  FUNCTIONS,
  INGEST,
  TABLES,
  type KeyDef,
  type TableDef,
} from './resources';

/** Repository root (infra/..), so entries resolve the same from tests, the CLI and any cwd. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Packages a handler loads from node_modules at run time instead of from its
 * bundle (none today: the mechanism stays for packages that read files next
 * to their own module).
 */
export const RUNTIME_NODE_MODULES: Partial<Record<keyof typeof FUNCTIONS, readonly string[]>> = {};

/**
 * Data files copied next to a handler's bundle (index.mjs): the score
 * function's gazetteer (places.bin, built from the npm packages at first use,
 * see functions/domain/places/gazetteer.ts), which the places module reads
 * from its own directory. Without it the score function runs, but its alerts
 * carry no location.
 */
export const RUNTIME_DATA_FILES: Partial<Record<keyof typeof FUNCTIONS, () => { from: string; to: string }[]>> = {
  score: () => [{ from: cachedFile(), to: BUNDLED_FILE_NAME }],
};

/** The packages plus their dependencies, as installed (hoisted) in the repository's node_modules. */
export function dependencyClosure(roots: readonly string[], nodeModules = path.join(REPO_ROOT, 'node_modules')): string[] {
  const seen = new Set<string>();
  const todo = [...roots];
  while (todo.length > 0) {
    const name = todo.pop()!;
    if (seen.has(name)) continue;
    const manifest = path.join(nodeModules, name, 'package.json');
    // A dependency not hoisted lives in its parent's own node_modules, copied along with the parent.
    if (!existsSync(manifest)) {
      if (roots.includes(name)) throw new Error(`${name} is not installed in ${nodeModules}: run npm install`);
      continue;
    }
    seen.add(name);
    const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { dependencies?: Record<string, string> };
    todo.push(...Object.keys(pkg.dependencies ?? {}));
  }
  return [...seen].sort();
}

/** Namespace and metric the fan-out publishes through Powertools Metrics. */
export const METRICS_NAMESPACE = 'Tocsin';
export const DELIVERY_FAILURES_METRIC = 'DeliveryFailures';
export const SERVICE_NAMES = { score: 'tocsin-score', fanout: 'tocsin-fanout', deliveryRetry: 'tocsin-delivery-retry' } as const;
/**
 * The `service` dimension Powertools Metrics stamps on every metric: the
 * handlers construct `new Metrics({ namespace: 'Tocsin', serviceName })` with
 * these names. Alarms on custom metrics must name the exact dimension set.
 */
export const METRIC_SERVICES = { score: 'score', fanout: 'fanout' } as const;

/**
 * Upper bound on concurrent score invocations driven by the ingest queue.
 * Not a resource.ts value because nothing local needs it. On a FIFO source
 * Lambda already runs at most one batch per message group (source) at a time,
 * which keeps each source in order; detector state writes are conditional
 * (optimistic versions), so groups in parallel are safe. The cap protects the
 * events table's on-demand throughput and the account's Lambda concurrency
 * if many sources appear at once; the queue buffers the rest.
 */
export const SCORE_MAX_CONCURRENCY = 10;
/** Upper bound on concurrent delivery-retry invocations (see the event source). */
export const DELIVERY_RETRY_MAX_CONCURRENCY = 2;

/** Alarm thresholds. */
export const ALARMS = {
  oldestIngestMessageSeconds: 300,
  /** Alerts are the product: a stream consumer more than a minute behind is an incident. */
  fanoutIteratorAgeMs: 60_000,
} as const;

/** The customer-topic ARN pattern the fan-out may publish to (topics are created by the admin CLI at onboarding). */
export const customerTopicArnPattern = (stack: Stack): string =>
  stack.formatArn({ service: 'sns', resource: `${CUSTOMER_TOPIC_PREFIX}*` });

export interface TocsinStackProps extends StackProps {
  /** Optional e-mail address subscribed to the ops alarm topic (context value `alarmEmail`). */
  alarmEmail?: string;
}

/**
 * Acknowledge one cdk-nag AwsSolutions finding on a construct (and its
 * children), with the reason. Namespaced `AwsSolutions::<rule>` so the
 * validation report lists it under suppressedViolations with its reason.
 */
export function acknowledgeNag(scope: IConstruct, ack: { id: string; reason: string }): void {
  Validations.of(scope).acknowledge({ id: `AwsSolutions::${ack.id}`, reason: ack.reason });
}

const attr = (k: KeyDef): dynamodb.Attribute => ({
  name: k.name,
  type: k.type === 'N' ? dynamodb.AttributeType.NUMBER : dynamodb.AttributeType.STRING,
});

export class TocsinStack extends Stack {
  readonly tables: Record<keyof typeof TABLES, dynamodb.Table>;
  readonly ingestQueue: sqs.Queue;
  readonly ingestDlq: sqs.Queue;
  readonly fanoutFailureQueue: sqs.Queue;
  readonly deliveryRetryQueue: sqs.Queue;
  readonly deliveryRetryDlq: sqs.Queue;
  readonly scoreFunction: nodejs.NodejsFunction;
  readonly fanoutFunction: nodejs.NodejsFunction;
  readonly deliveryRetryFunction: nodejs.NodejsFunction;
  readonly alarmTopic: sns.Topic;
  readonly alarms: cloudwatch.Alarm[] = [];

  constructor(scope: Construct, id: string, props: TocsinStackProps = {}) {
    super(scope, id, props);
    Tags.of(this).add('Project', 'tocsin');

    // ---------------------------------------------------------------- tables
    this.tables = {
      events: this.table(TABLES.events),
      alerts: this.table(TABLES.alerts),
      customers: this.table(TABLES.customers),
      deliveries: this.table(TABLES.deliveries),
    };
    const { events, alerts, customers, deliveries } = this.tables;
    acknowledgeNag(events, {
      id: 'AwsSolutions-DDB3',
      reason:
        'The events table holds only short-lived detector state (windowed counters, candidate events, seen post ids) that expires via TTL and is rebuilt from the firehose; point-in-time recovery would restore nothing of value.',
    });

    // ---------------------------------------------------------------- ingest
    // Physical names from INGEST: the admin CLI (--aws: dlq list/redrive) and
    // producers look the queues up by name.
    // FIFO (INGEST.fifo): the detector is stateful, so a failed message is
    // retried before the ones after it in its group (one group per source).
    // A FIFO queue's DLQ must be FIFO too. Producers set the deduplication id.
    this.ingestDlq = new sqs.Queue(this, 'IngestDlq', {
      queueName: INGEST.dlqName,
      fifo: INGEST.fifo,
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(INGEST.dlqRetentionDays),
    });
    this.ingestQueue = new sqs.Queue(this, 'IngestQueue', {
      queueName: INGEST.queueName,
      fifo: INGEST.fifo,
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: Duration.seconds(INGEST.visibilityTimeoutSeconds),
      retentionPeriod: Duration.days(INGEST.retentionDays),
      deadLetterQueue: { queue: this.ingestDlq, maxReceiveCount: INGEST.maxReceiveCount },
    });

    // Records the alerts-stream consumer gave up on (retries or max age exhausted).
    this.fanoutFailureQueue = new sqs.Queue(this, 'FanoutFailureQueue', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    acknowledgeNag(this.fanoutFailureQueue, {
      id: 'AwsSolutions-SQS3',
      reason:
        'This queue is itself the on-failure destination (dead-letter) of the alerts-stream event source mapping; a DLQ of a DLQ adds nothing.',
    });

    // Failed deliveries, one (alert version, customer) per message, retried
    // apart from the stream so one failing topic holds up no one else. The
    // fan-out sets the first retry's delay per message (DELIVERY_RETRY.delaySeconds).
    this.deliveryRetryDlq = new sqs.Queue(this, 'DeliveryRetryDlq', {
      queueName: DELIVERY_RETRY.dlqName,
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(DELIVERY_RETRY.dlqRetentionDays),
    });
    this.deliveryRetryQueue = new sqs.Queue(this, 'DeliveryRetryQueue', {
      queueName: DELIVERY_RETRY.queueName,
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: Duration.seconds(DELIVERY_RETRY.visibilityTimeoutSeconds),
      deadLetterQueue: { queue: this.deliveryRetryDlq, maxReceiveCount: DELIVERY_RETRY.maxReceiveCount },
    });

    // ------------------------------------------------------------- functions
    const tableEnv = {
      [ENV.eventsTable]: events.tableName,
      [ENV.alertsTable]: alerts.tableName,
      [ENV.customersTable]: customers.tableName,
      [ENV.deliveriesTable]: deliveries.tableName,
      [ENV.topicPrefix]: CUSTOMER_TOPIC_PREFIX,
    };

    this.scoreFunction = this.fn('score', {
      ...tableEnv,
      // Where the score function quarantines permanently invalid messages (with a reason).
      [ENV.ingestDlqUrl]: this.ingestDlq.queueUrl,
    });
    const deliveryEnv = { ...tableEnv, [ENV.deliveryRetryQueueUrl]: this.deliveryRetryQueue.queueUrl };
    this.fanoutFunction = this.fn('fanout', deliveryEnv);
    this.deliveryRetryFunction = this.fn('deliveryRetry', deliveryEnv);

    // Score: consume ingest, quarantine to the DLQ, read/write detector state, write the alerts outbox.
    this.scoreFunction.addEventSource(
      new lambdaEvents.SqsEventSource(this.ingestQueue, {
        // INGEST.batchSize: each message already carries up to a few hundred
        // posts, so 10 messages (the FIFO maximum) is a full invocation. No
        // batching window: FIFO sources take none, and alert latency is the
        // product. See infra/resources.ts.
        batchSize: INGEST.batchSize,
        reportBatchItemFailures: true,
        maxConcurrency: SCORE_MAX_CONCURRENCY,
      }),
    );
    this.ingestDlq.grantSendMessages(this.scoreFunction);
    events.grantReadWriteData(this.scoreFunction);
    alerts.grantWriteData(this.scoreFunction);

    // Fan-out: the alerts outbox stream, new alert versions only.
    this.fanoutFunction.addEventSource(
      new lambdaEvents.DynamoEventSource(alerts, {
        startingPosition: lambda.StartingPosition.TRIM_HORIZON,
        batchSize: ALERT_STREAM.batchSize,
        bisectBatchOnError: true,
        retryAttempts: ALERT_STREAM.retryAttempts,
        maxRecordAge: Duration.seconds(ALERT_STREAM.maxRecordAgeSeconds),
        reportBatchItemFailures: true,
        onFailure: new lambdaEvents.SqsDlq(this.fanoutFailureQueue),
        filters: [lambda.FilterCriteria.filter({ eventName: lambda.FilterRule.isEqual('INSERT') })],
      }),
    );
    // Fan-out only: park failed deliveries on the retry queue.
    this.deliveryRetryQueue.grantSendMessages(this.fanoutFunction);

    // Delivery-retry: the retry queue, one (alert version, customer) per message.
    this.deliveryRetryFunction.addEventSource(
      new lambdaEvents.SqsEventSource(this.deliveryRetryQueue, {
        batchSize: DELIVERY_RETRY.batchSize,
        reportBatchItemFailures: true,
        // Retries are few; a small cap keeps a burst of them from hammering a
        // throttled topic (SQS keeps the rest for later).
        maxConcurrency: DELIVERY_RETRY_MAX_CONCURRENCY,
      }),
    );

    // Both delivery functions decide and deliver: read customers/policies and
    // alerts, keep the ledger, publish to customer topics. Nothing else.
    const topicPattern = customerTopicArnPattern(this);
    for (const fn of [this.fanoutFunction, this.deliveryRetryFunction]) {
      customers.grantReadData(fn);
      alerts.grantReadData(fn);
      // The ledger: item reads/writes on the table, queries on its two named
      // indexes (explicit ARNs instead of grantReadWriteData's `index/*`).
      fn.addToRolePolicy(
        new iam.PolicyStatement({
          sid: 'DeliveriesLedger',
          actions: [
            'dynamodb:GetItem',
            'dynamodb:BatchGetItem',
            'dynamodb:Query',
            'dynamodb:ConditionCheckItem',
            'dynamodb:PutItem',
            'dynamodb:UpdateItem',
            'dynamodb:DeleteItem',
            'dynamodb:BatchWriteItem',
            'dynamodb:DescribeTable',
          ],
          resources: [deliveries.tableArn],
        }),
      );
      fn.addToRolePolicy(
        new iam.PolicyStatement({
          sid: 'DeliveriesIndexes',
          actions: ['dynamodb:Query'],
          resources: TABLES.deliveries.globalIndexes.map((i) => `${deliveries.tableArn}/index/${i.name}`),
        }),
      );
      // Customer topics are created at onboarding by the admin CLI, so the only
      // possible scope is the name prefix; never the ops topic or anything else.
      fn.addToRolePolicy(
        new iam.PolicyStatement({ sid: 'PublishToCustomerTopics', actions: ['sns:Publish'], resources: [topicPattern] }),
      );
      acknowledgeNag(fn.role!.node.findChild('DefaultPolicy'), {
        id: 'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:sns:<AWS::Region>:<AWS::AccountId>:' + CUSTOMER_TOPIC_PREFIX + '*]',
        reason:
          'Per-customer SNS topics are created at onboarding time by the admin CLI, not by this stack, so sns:Publish can only be scoped by the topic-name prefix (this account and region, tocsin-customer-* only).',
      });
    }
    acknowledgeNag(this.fanoutFunction.role!.node.findChild('DefaultPolicy'), {
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'dynamodb:ListStreams (added by the DynamoDB event source for the alerts stream) does not support resource-level permissions; every other stream action is scoped to the alerts table stream ARN.',
    });

    // ------------------------------------------------------- alarms + topic
    const alarmKey = new kms.Key(this, 'AlarmTopicKey', {
      description: 'Tocsin ops alarm topic encryption',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.DESTROY,
      pendingWindow: Duration.days(7),
    });
    // CloudWatch alarms can only publish to an encrypted topic if they may use its key.
    alarmKey.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'AllowCloudWatchAlarms',
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID } },
      }),
    );
    this.alarmTopic = new sns.Topic(this, 'OpsAlarmTopic', {
      displayName: 'Tocsin ops alarms',
      masterKey: alarmKey,
      enforceSSL: true,
    });
    if (props.alarmEmail) this.alarmTopic.addSubscription(new subs.EmailSubscription(props.alarmEmail));

    const alarmAction = new cwActions.SnsAction(this.alarmTopic);
    const alarm = (id: string, props: cloudwatch.AlarmProps): cloudwatch.Alarm => {
      const a = new cloudwatch.Alarm(this, id, props);
      a.addAlarmAction(alarmAction);
      a.addOkAction(alarmAction);
      this.alarms.push(a);
      return a;
    };
    const oneMinute = Duration.minutes(1);
    const deliveryFailures = new cloudwatch.Metric({
      namespace: METRICS_NAMESPACE,
      metricName: DELIVERY_FAILURES_METRIC,
      // Powertools Metrics adds the service name as a default dimension.
      dimensionsMap: { service: METRIC_SERVICES.fanout },
      statistic: cloudwatch.Stats.SUM,
      period: oneMinute,
    });

    alarm('IngestDlqDepthAlarm', {
      alarmDescription: 'Messages in the ingest dead-letter queue (quarantined or failed 5 times). Inspect and replay.',
      metric: this.ingestDlq.metricApproximateNumberOfMessagesVisible({ period: oneMinute, statistic: cloudwatch.Stats.MAXIMUM }),
      threshold: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    alarm('IngestOldestMessageAlarm', {
      alarmDescription: `Oldest ingest message older than ${ALARMS.oldestIngestMessageSeconds}s: scoring is falling behind the firehose.`,
      metric: this.ingestQueue.metricApproximateAgeOfOldestMessage({ period: oneMinute, statistic: cloudwatch.Stats.MAXIMUM }),
      threshold: ALARMS.oldestIngestMessageSeconds,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 3,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    alarm('ScoreErrorsAlarm', {
      alarmDescription: 'Score function invocation errors (whole-batch failures, timeouts, crashes).',
      metric: this.scoreFunction.metricErrors({ period: oneMinute, statistic: cloudwatch.Stats.SUM }),
      threshold: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    alarm('FanoutErrorsAlarm', {
      alarmDescription: 'Fan-out function invocation errors (whole-batch failures, timeouts, crashes).',
      metric: this.fanoutFunction.metricErrors({ period: oneMinute, statistic: cloudwatch.Stats.SUM }),
      threshold: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    alarm('FanoutDeliveryFailuresAlarm', {
      alarmDescription: `A delivery to a customer topic failed (${METRICS_NAMESPACE}/${DELIVERY_FAILURES_METRIC} > 0, fan-out or retry); it is retried from the delivery-retry queue.`,
      metric: deliveryFailures,
      threshold: 0,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    alarm('FanoutIteratorAgeAlarm', {
      alarmDescription: `Fan-out is more than ${ALARMS.fanoutIteratorAgeMs / 1000}s behind the alerts stream.`,
      metric: this.fanoutFunction.metric('IteratorAge', { period: oneMinute, statistic: cloudwatch.Stats.MAXIMUM }),
      threshold: ALARMS.fanoutIteratorAgeMs,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 3,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    alarm('FanoutFailureQueueDepthAlarm', {
      alarmDescription: 'Alert stream records parked after exhausting retries: those alerts were not fanned out. Inspect and replay.',
      metric: this.fanoutFailureQueue.metricApproximateNumberOfMessagesVisible({ period: oneMinute, statistic: cloudwatch.Stats.MAXIMUM }),
      threshold: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });

    alarm('DeliveryRetryErrorsAlarm', {
      alarmDescription: 'Delivery-retry function invocation errors (whole-batch failures, timeouts, crashes).',
      metric: this.deliveryRetryFunction.metricErrors({ period: oneMinute, statistic: cloudwatch.Stats.SUM }),
      threshold: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    alarm('DeliveryRetryDlqDepthAlarm', {
      alarmDescription: `Deliveries abandoned after ${DELIVERY_RETRY.maxReceiveCount} retries: those customers did not get the alert. Inspect the topic, then redrive.`,
      metric: this.deliveryRetryDlq.metricApproximateNumberOfMessagesVisible({ period: oneMinute, statistic: cloudwatch.Stats.MAXIMUM }),
      threshold: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });

    // ------------------------------------------------------------- dashboard
    this.dashboard(deliveryFailures);

    // --------------------------------------------------------------- outputs
    const out = (id: string, value: string, description: string) => new CfnOutput(this, id, { value, description });
    out('EventsTableName', events.tableName, 'Detector state table');
    out('AlertsTableName', alerts.tableName, 'Alerts outbox table');
    out('CustomersTableName', customers.tableName, 'Customers and source policies table');
    out('DeliveriesTableName', deliveries.tableName, 'Delivery ledger table');
    out('IngestQueueUrl', this.ingestQueue.queueUrl, 'Ingest queue URL (firehose batches go here)');
    out('IngestDlqUrl', this.ingestDlq.queueUrl, 'Ingest dead-letter queue URL');
    out('FanoutFailureQueueUrl', this.fanoutFailureQueue.queueUrl, 'Alert-stream records the fan-out gave up on');
    out('ScoreFunctionName', this.scoreFunction.functionName, 'Score Lambda');
    out('FanoutFunctionName', this.fanoutFunction.functionName, 'Fan-out Lambda');
    out('DeliveryRetryFunctionName', this.deliveryRetryFunction.functionName, 'Delivery-retry Lambda');
    out('DeliveryRetryQueueUrl', this.deliveryRetryQueue.queueUrl, 'Failed deliveries waiting for a retry');
    out('DeliveryRetryDlqUrl', this.deliveryRetryDlq.queueUrl, 'Deliveries abandoned after their retries');
    out('AlarmTopicArn', this.alarmTopic.topicArn, 'Ops alarm SNS topic');
    out('CustomerTopicPrefix', CUSTOMER_TOPIC_PREFIX, 'Name prefix of per-customer SNS topics (created by the admin CLI)');
  }

  private table(def: TableDef): dynamodb.Table {
    const table = new dynamodb.Table(this, def.id, {
      // Physical name = TABLES id: the admin CLI (--aws) and the local
      // environment address tables by these names.
      tableName: def.id,
      partitionKey: attr(def.partitionKey),
      ...(def.sortKey ? { sortKey: attr(def.sortKey) } : {}),
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: def.pointInTimeRecovery },
      ...(def.ttlAttribute ? { timeToLiveAttribute: def.ttlAttribute } : {}),
      ...(def.stream === 'NEW_IMAGE' ? { stream: dynamodb.StreamViewType.NEW_IMAGE } : {}),
      // Tables worth backing up are worth keeping; TTL'd scratch state is not.
      removalPolicy: def.pointInTimeRecovery ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    for (const gsi of def.globalIndexes ?? []) {
      table.addGlobalSecondaryIndex({
        indexName: gsi.name,
        partitionKey: attr(gsi.partitionKey),
        ...(gsi.sortKey ? { sortKey: attr(gsi.sortKey) } : {}),
        projectionType: dynamodb.ProjectionType.ALL,
      });
    }
    return table;
  }

  private fn(kind: keyof typeof FUNCTIONS, environment: Record<string, string>): nodejs.NodejsFunction {
    const def = FUNCTIONS[kind];
    const runtimeModules = RUNTIME_NODE_MODULES[kind] ?? [];
    // Copied from the local node_modules after bundling (not CDK's
    // `nodeModules`, which runs npm install and so needs the registry):
    // synth stays offline and ships exactly the locked versions.
    const copies = dependencyClosure(runtimeModules);
    const dataFiles = RUNTIME_DATA_FILES[kind]?.() ?? [];
    const logGroup = new logs.LogGroup(this, `${def.id}Logs`, {
      retention: logs.RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // Own role instead of AWSLambdaBasicExecutionRole: logs only to its own log group.
    const role = new iam.Role(this, `${def.id}Role`, {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `Tocsin ${kind} function`,
    });
    logGroup.grantWrite(role);
    return new nodejs.NodejsFunction(this, def.id, {
      entry: path.join(REPO_ROOT, def.entry),
      handler: 'handler' in def ? def.handler : 'handler',
      projectRoot: REPO_ROOT,
      depsLockFilePath: path.join(REPO_ROOT, 'package-lock.json'),
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: def.memoryMb,
      timeout: Duration.seconds(def.timeoutSeconds),
      role,
      logGroup,
      environment: {
        ...environment,
        POWERTOOLS_SERVICE_NAME: SERVICE_NAMES[kind],
        POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
        POWERTOOLS_LOG_LEVEL: 'INFO',
        NODE_OPTIONS: '--enable-source-maps',
      },
      bundling: {
        format: nodejs.OutputFormat.ESM,
        target: 'node24',
        minify: true,
        sourceMap: true,
        forceDockerBundling: false,
        mainFields: ['module', 'main'],
        // Defensive: a bundled CommonJS dependency that calls require() at run time
        // (none does today) gets a real one instead of esbuild's throwing shim.
        banner: "import { createRequire as __tocsinCreateRequire } from 'node:module'; const require = __tocsinCreateRequire(import.meta.url);",
        externalModules: ['@aws-sdk/*', ...runtimeModules],
        ...(copies.length + dataFiles.length > 0
          ? {
              commandHooks: {
                beforeBundling: () => [],
                beforeInstall: () => [],
                afterBundling: (_inputDir: string, outputDir: string) => [
                  ...copies.map((m) => {
                    const to = path.posix.join(outputDir, 'node_modules', m);
                    return `mkdir -p "${path.posix.dirname(to)}" && cp -R "${path.join(REPO_ROOT, 'node_modules', m)}" "${to}"`;
                  }),
                  ...dataFiles.map((f) => `cp "${f.from}" "${path.posix.join(outputDir, f.to)}"`),
                ],
              },
            }
          : {}),
      },
    });
  }

  private dashboard(deliveryFailures: cloudwatch.Metric): void {
    const m = (metricName: string, service: string, label: string) =>
      new cloudwatch.Metric({
        namespace: METRICS_NAMESPACE,
        metricName,
        dimensionsMap: { service },
        statistic: cloudwatch.Stats.SUM,
        period: Duration.minutes(1),
        label,
      });
    const oneMinute = { period: Duration.minutes(1) };
    const dash = new cloudwatch.Dashboard(this, 'Dashboard', { defaultInterval: Duration.hours(3) });
    dash.addWidgets(
      new cloudwatch.GraphWidget({
        title: 'Posts scored',
        left: [
          m('PostsScored', METRIC_SERVICES.score, 'posts scored'),
          m('PostsRejected', METRIC_SERVICES.score, 'posts rejected'),
          this.ingestQueue.metricNumberOfMessagesDeleted({ ...oneMinute, label: 'ingest batches consumed' }),
        ],
        width: 8,
      }),
      new cloudwatch.GraphWidget({
        title: 'Alerts',
        left: [m('AlertsCreated', METRIC_SERVICES.score, 'alert versions created')],
        width: 8,
      }),
      new cloudwatch.GraphWidget({
        title: 'Deliveries',
        left: [
          m('Delivered', METRIC_SERVICES.fanout, 'delivered'),
          m('Withheld', METRIC_SERVICES.fanout, 'withheld'),
          deliveryFailures.with({ label: 'delivery failures' }),
        ],
        width: 8,
      }),
    );
    dash.addWidgets(
      new cloudwatch.GraphWidget({
        title: 'Errors',
        left: [
          this.scoreFunction.metricErrors({ ...oneMinute, label: 'score errors' }),
          this.fanoutFunction.metricErrors({ ...oneMinute, label: 'fan-out errors' }),
          this.deliveryRetryFunction.metricErrors({ ...oneMinute, label: 'delivery-retry errors' }),
          this.scoreFunction.metricThrottles({ ...oneMinute, label: 'score throttles' }),
          this.fanoutFunction.metricThrottles({ ...oneMinute, label: 'fan-out throttles' }),
        ],
        width: 8,
      }),
      new cloudwatch.GraphWidget({
        title: 'Queue depth',
        left: [
          this.ingestQueue.metricApproximateNumberOfMessagesVisible({ ...oneMinute, label: 'ingest' }),
          this.ingestDlq.metricApproximateNumberOfMessagesVisible({ ...oneMinute, label: 'ingest DLQ' }),
          this.fanoutFailureQueue.metricApproximateNumberOfMessagesVisible({ ...oneMinute, label: 'fan-out failures' }),
          this.deliveryRetryQueue.metricApproximateNumberOfMessagesVisible({ ...oneMinute, label: 'delivery retries' }),
          this.deliveryRetryDlq.metricApproximateNumberOfMessagesVisible({ ...oneMinute, label: 'delivery-retry DLQ' }),
        ],
        right: [this.ingestQueue.metricApproximateAgeOfOldestMessage({ ...oneMinute, label: 'oldest ingest message (s)' })],
        width: 8,
      }),
      new cloudwatch.GraphWidget({
        title: 'Latency',
        left: [
          this.scoreFunction.metricDuration({ ...oneMinute, statistic: 'p99', label: 'score p99 (ms)' }),
          this.fanoutFunction.metricDuration({ ...oneMinute, statistic: 'p99', label: 'fan-out p99 (ms)' }),
        ],
        right: [
          this.fanoutFunction.metric('IteratorAge', { ...oneMinute, statistic: cloudwatch.Stats.MAXIMUM, label: 'fan-out iterator age (ms)' }),
        ],
        width: 8,
      }),
    );
  }
}

export const STACK_NAME = 'Tocsin';

export interface BuildOptions {
  alarmEmail?: string | undefined;
  /** Run the cdk-nag AwsSolutions pack (default true). */
  nag?: boolean;
}

/**
 * Assembles the Tocsin app: the stack, project tags and the cdk-nag
 * AwsSolutions checks. cdk-nag 3 runs as a CDK policy-validation plugin, so
 * an unacknowledged error fails `cdk synth` / `app.synth()`, and every finding
 * lands in the cloud assembly's validation-report.json. Shared by
 * infra/app.ts and the stack tests, so the tests check what gets deployed.
 */
export function buildApp(app: App, opts: BuildOptions = {}): TocsinStack {
  const stack = new TocsinStack(app, STACK_NAME, {
    description: 'Tocsin: real-time event alerting from the social-media firehose',
    ...(opts.alarmEmail ? { alarmEmail: opts.alarmEmail } : {}),
  });
  if (opts.nag ?? true) Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return stack;
}
