/**
 * The Tocsin stack: ingest queue -> score Lambda -> DynamoDB (events, alerts
 * outbox) -> alerts stream -> fan-out Lambda -> per-customer SNS topics, with
 * a retry queue for failed deliveries, alarms and a dashboard.
 *
 * Wiring only: every setting comes from resources/, every resource kind from
 * infra/constructs/. Env-agnostic on purpose (no account/region, no lookups):
 * `cdk synth` works offline and the same template deploys anywhere.
 */
import { type App, Aws, CfnOutput, Duration, Lazy, Stack, type StackProps, Tags, Validations } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { Construct } from 'constructs';
import { METRICS, METRICS_NAMESPACE } from '../functions/commons/observability';
import { API, CUSTOMER_TOPIC_PREFIX, DELIVERY_RETRY, type FunctionKind, INGEST, type TableName } from '../resources';
import {
  ConsoleSite,
  CustomerApi,
  Dashboard,
  deliveryMetric,
  functionMetric,
  OpsAlarms,
  QueueWithDlq,
  StreamConsumer,
  TocsinFunction,
  TocsinTable,
} from './constructs';

/** Scoring more than this behind the firehose is an incident. */
const MAX_OLDEST_INGEST_SECONDS = 300;
/** Alerts are the product: a fan-out more than a minute behind the alerts stream is an incident. */
const MAX_FAN_OUT_LAG_MS = 60_000;
/** The Bluesky connector: silent this long (no post accepted), behind the firehose this much, without a checkpoint this long, dropped this often. */
const CONNECTOR_SILENT_MINUTES = 5;
const MAX_CONNECTOR_LAG_SECONDS = 120;
const MAX_CHECKPOINT_AGE_SECONDS = 180;
const MAX_DISCONNECTS_IN_5_MINUTES = 10;

export interface TocsinStackProps extends StackProps {
  /** Optional e-mail address subscribed to the ops alarm topic (context value `alarmEmail`). */
  alarmEmail?: string | undefined;
}

export class TocsinStack extends Stack {
  readonly tables: Record<TableName, TocsinTable>;
  readonly ingest: QueueWithDlq;
  readonly deliveryRetry: QueueWithDlq;
  readonly alertStream: StreamConsumer;
  readonly functions: Record<FunctionKind, TocsinFunction>;
  readonly alarms: OpsAlarms;

  constructor(scope: Construct, id: string, props: TocsinStackProps = {}) {
    super(scope, id, props);
    Tags.of(this).add('Project', 'tocsin');

    const tables = {
      events: new TocsinTable(this, 'events'),
      alerts: new TocsinTable(this, 'alerts'),
      customers: new TocsinTable(this, 'customers'),
      deliveries: new TocsinTable(this, 'deliveries'),
      connectorState: new TocsinTable(this, 'connectorState'),
      tombstones: new TocsinTable(this, 'tombstones'),
      apiKeys: new TocsinTable(this, 'apiKeys'),
    };
    const ingest = new QueueWithDlq(this, INGEST);
    const retries = new QueueWithDlq(this, DELIVERY_RETRY);
    const alertStream = new StreamConsumer(this, tables.alerts);

    // Each function is bound to what its definition lists (resources/functions.ts), nothing else.
    const bindable = { tables, queues: { ingest, ingestDlq: ingest.dlq, deliveryRetry: retries } };
    const fns = {
      score: new TocsinFunction(this, 'score', bindable),
      fanOut: new TocsinFunction(this, 'fanOut', bindable),
      deliveryRetry: new TocsinFunction(this, 'deliveryRetry', bindable),
      blueskyConnector: new TocsinFunction(this, 'blueskyConnector', bindable),
      api: new TocsinFunction(this, 'api', bindable),
    };
    fns.score.addEventSource(ingest.eventSource());
    fns.fanOut.addEventSource(alertStream);
    fns.deliveryRetry.addEventSource(retries.eventSource());
    // The connector reads in shifts under a lease; a tick a minute starts the next shift, or a new one after a crash.
    new events.Rule(this, 'BlueskyConnectorSchedule', {
      description: 'Starts the Bluesky connector shift (a tick finds the lease held and leaves, or takes it over)',
      schedule: events.Schedule.rate(Duration.minutes(1)),
      targets: [new targets.LambdaFunction(fns.blueskyConnector, { retryAttempts: 0 })],
    });

    // The console's origin is known before the API (CloudFront names it), so the API can admit it (CORS), and the
    // page may call any API of this region (its CSP cannot name this one's host without a dependency cycle).
    const site: ConsoleSite = new ConsoleSite(this, 'Console', {
      apiUrl: Lazy.string({ produce: (): string => api.url }),
      apiOrigin: `https://*.execute-api.${Aws.REGION}.${Aws.URL_SUFFIX}`,
    });
    const api: CustomerApi = new CustomerApi(this, API.id, { handler: fns.api, allowOrigins: [site.url] });

    const alarms = new OpsAlarms(this, { email: props.alarmEmail });
    alarms.queueNotEmpty(
      'IngestDlqDepthAlarm',
      ingest.dlq,
      `Messages in the ingest dead-letter queue (quarantined or failed ${INGEST.maxReceiveCount} times). Inspect and replay.`,
    );
    alarms.oldestMessage(
      'IngestOldestMessageAlarm',
      ingest,
      MAX_OLDEST_INGEST_SECONDS,
      `Oldest ingest message older than ${MAX_OLDEST_INGEST_SECONDS}s: scoring is falling behind the firehose.`,
    );
    alarms.functionErrors('ScoreErrorsAlarm', fns.score, 'Score');
    alarms.functionErrors('FanoutErrorsAlarm', fns.fanOut, 'Fan-out');
    alarms.countAboveZero(
      'FanoutDeliveryFailuresAlarm',
      deliveryMetric(METRICS.deliveryFailures, 'delivery failures'),
      `A delivery to a customer topic failed (${METRICS_NAMESPACE}/${METRICS.deliveryFailures} > 0, fan-out or retry); it is retried from the delivery-retry queue.`,
    );
    alarms.iteratorAge(
      'FanoutIteratorAgeAlarm',
      fns.fanOut,
      MAX_FAN_OUT_LAG_MS,
      `Fan-out is more than ${MAX_FAN_OUT_LAG_MS / 1000}s behind the alerts stream.`,
    );
    alarms.queueNotEmpty(
      'FanoutFailureQueueDepthAlarm',
      alertStream.failureQueue,
      'Alert stream records parked after exhausting retries: those alerts were not fanned out. Inspect and replay.',
    );
    alarms.functionErrors('DeliveryRetryErrorsAlarm', fns.deliveryRetry, 'Delivery-retry');
    alarms.queueNotEmpty(
      'DeliveryRetryDlqDepthAlarm',
      retries.dlq,
      `Deliveries abandoned after ${DELIVERY_RETRY.maxReceiveCount} retries: those customers did not get the alert. Inspect the topic, then redrive.`,
    );
    alarms.functionErrors('BlueskyConnectorErrorsAlarm', fns.blueskyConnector, 'Bluesky connector');
    alarms.functionErrors('ApiErrorsAlarm', fns.api, 'Customer API');
    const connector = (name: (typeof METRICS)[keyof typeof METRICS], statistic: string, minutes = 1) =>
      functionMetric('blueskyConnector', name).with({ statistic, period: Duration.minutes(minutes) });
    alarms.belowOrSilent(
      'BlueskyConnectorSilentAlarm',
      connector(METRICS.connectorPosts, cloudwatch.Stats.SUM, CONNECTOR_SILENT_MINUTES),
      1,
      1,
      `The Bluesky connector accepted no post for ${CONNECTOR_SILENT_MINUTES} minutes: no shift is running, or it cannot read Jetstream or send to the ingest queue. Check its log group.`,
    );
    alarms.above(
      'BlueskyConnectorLagAlarm',
      connector(METRICS.connectorLagSeconds, cloudwatch.Stats.MAXIMUM),
      MAX_CONNECTOR_LAG_SECONDS,
      3,
      `The Bluesky connector is more than ${MAX_CONNECTOR_LAG_SECONDS} s behind the firehose (now - newest time_us accepted) for 3 minutes: the ingest queue is slow or Jetstream is replaying.`,
    );
    alarms.above(
      'BlueskyConnectorCheckpointAgeAlarm',
      connector(METRICS.connectorCheckpointAgeSeconds, cloudwatch.Stats.MAXIMUM),
      MAX_CHECKPOINT_AGE_SECONDS,
      3,
      `No Bluesky checkpoint for ${MAX_CHECKPOINT_AGE_SECONDS} s while the connector runs: batches are not being accepted (ingest queue or connector-state table failing).`,
    );
    alarms.above(
      'BlueskyConnectorDisconnectsAlarm',
      connector(METRICS.connectorDisconnects, cloudwatch.Stats.SUM, 5),
      MAX_DISCONNECTS_IN_5_MINUTES,
      1,
      `More than ${MAX_DISCONNECTS_IN_5_MINUTES} Jetstream disconnects in 5 minutes: the instances are failing or refusing us; the connector alternates between them.`,
    );
    new Dashboard(this, { functions: fns, ingest, deliveryRetry: retries, streamFailures: alertStream.failureQueue });

    const outputs: [string, string, string][] = [
      ['EventsTableName', tables.events.tableName, 'Detector state table'],
      ['AlertsTableName', tables.alerts.tableName, 'Alerts outbox table'],
      ['CustomersTableName', tables.customers.tableName, 'Customers and source policies table'],
      ['DeliveriesTableName', tables.deliveries.tableName, 'Delivery ledger table'],
      ['IngestQueueUrl', ingest.queueUrl, 'Ingest queue URL (firehose batches go here)'],
      ['IngestDlqUrl', ingest.dlq.queueUrl, 'Ingest dead-letter queue URL'],
      ['FanoutFailureQueueUrl', alertStream.failureQueue.queueUrl, 'Alert-stream records the fan-out gave up on'],
      ['ScoreFunctionName', fns.score.functionName, 'Score Lambda'],
      ['FanoutFunctionName', fns.fanOut.functionName, 'Fan-out Lambda'],
      ['DeliveryRetryFunctionName', fns.deliveryRetry.functionName, 'Delivery-retry Lambda'],
      [
        'BlueskyConnectorFunctionName',
        fns.blueskyConnector.functionName,
        'Bluesky (Jetstream) connector Lambda, run in shifts',
      ],
      ['ConnectorStateTableName', tables.connectorState.tableName, 'Connector checkpoints and leases'],
      ['TombstonesTableName', tables.tombstones.tableName, 'Deleted posts and accounts (30 days)'],
      ['DeliveryRetryQueueUrl', retries.queueUrl, 'Failed deliveries waiting for a retry'],
      ['DeliveryRetryDlqUrl', retries.dlq.queueUrl, 'Deliveries abandoned after their retries'],
      ['AlarmTopicArn', alarms.topicArn, 'Ops alarm SNS topic'],
      ['ApiUrl', api.url, 'Customer API base URL (docs/openapi.json)'],
      ['ConsoleUrl', site.url, 'Live console (open it with an API key: npm run tocsin -- keys create ID)'],
      ['ApiKeysTableName', tables.apiKeys.tableName, 'Customer API keys (hashed) and rate-limit counters'],
      [
        'CustomerTopicPrefix',
        CUSTOMER_TOPIC_PREFIX,
        'Name prefix of per-customer SNS topics (created by the admin CLI)',
      ],
    ];
    for (const [name, value, description] of outputs) new CfnOutput(this, name, { value, description });
    this.tables = tables;
    this.ingest = ingest;
    this.deliveryRetry = retries;
    this.alertStream = alertStream;
    this.functions = fns;
    this.alarms = alarms;
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
    alarmEmail: opts.alarmEmail,
  });
  if (opts.nag ?? true) Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return stack;
}
