/**
 * The Tocsin stack: ingest queue (standard) -> score Lambda -> evidence queue
 * (FIFO by partition) -> aggregate Lambda -> DynamoDB (events, alerts outbox)
 * -> alerts stream -> fan-out Lambda (split by customer shard) ->
 * fan-out-shard queue -> fan-out-shard Lambda -> per-customer SNS topics,
 * with a retry queue for failed deliveries, alarms and a dashboard.
 *
 * Wiring only: every setting comes from resources/, every resource kind from
 * infra/constructs/. Env-agnostic on purpose (no account/region, no lookups):
 * `cdk synth` works offline and the same template deploys anywhere.
 */
import {
  type App,
  Aws,
  CfnOutput,
  type CfnResource,
  Duration,
  Lazy,
  Stack,
  type StackProps,
  Tags,
  Validations,
} from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import * as triggers from 'aws-cdk-lib/triggers';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { Construct } from 'constructs';
import { type MastodonServer, MastodonServersSchema } from '../functions/connectors/mastodon/timelines';
import {
  API,
  CHANNEL_DELIVERY,
  CUSTOMER_TOPIC_PREFIX,
  DELIVERY_RETRY,
  EVIDENCE,
  FAN_OUT_SHARD,
  FUNCTIONS,
  type FunctionKind,
  INGEST,
  MASTODON,
  QUARANTINE,
  RETIRED_LEDGER_INDEX,
  type TableName,
  TOMBSTONE_STREAM,
} from '../resources';
import { addAlarms } from './alarms';
import {
  acknowledgeNag,
  ConsoleSite,
  CustomerApi,
  CustomerTopicSupport,
  Dashboard,
  IngestModeSwitch,
  OpsAlarms,
  QueueWithDlq,
  StreamConsumer,
  TocsinFunction,
  TocsinTable,
  tocsinQueue,
} from './constructs';

export interface TocsinStackProps extends StackProps {
  /** Optional e-mail address subscribed to the ops alarm topic (context value `alarmEmail`). */
  alarmEmail?: string | undefined;
  /** Mastodon servers the Mastodon connector reads (context value `mastodonServers`); none: it is deployed idle, unscheduled. */
  mastodonServers?: readonly MastodonServer[] | undefined;
  /** Keep the ledger's retired index for this deploy (context value `ledgerIndexUpgrade`: the first of the two upgrade deploys, docs/deploy.md). */
  ledgerIndexUpgrade?: boolean | undefined;
}

export class TocsinStack extends Stack {
  readonly tables: Record<TableName, TocsinTable>;
  readonly ingest: QueueWithDlq;
  readonly evidence: QueueWithDlq;
  readonly quarantine: sqs.Queue;
  readonly deliveryRetry: QueueWithDlq;
  readonly channelDelivery: QueueWithDlq;
  readonly fanOutShards: QueueWithDlq;
  readonly alertStream: StreamConsumer;
  readonly functions: Record<FunctionKind, TocsinFunction>;
  readonly alarms: OpsAlarms;
  readonly console: ConsoleSite;
  readonly customerTopics: CustomerTopicSupport;
  readonly ingestMode: IngestModeSwitch;

  constructor(scope: Construct, id: string, props: TocsinStackProps = {}) {
    super(scope, id, props);
    Tags.of(this).add('Project', 'tocsin');

    const tables = {
      events: new TocsinTable(this, 'events'),
      alerts: new TocsinTable(this, 'alerts'),
      customers: new TocsinTable(this, 'customers'),
      deliveries: new TocsinTable(this, 'deliveries', props.ledgerIndexUpgrade ? [RETIRED_LEDGER_INDEX] : []),
      connectorState: new TocsinTable(this, 'connectorState'),
      tombstones: new TocsinTable(this, 'tombstones'),
      apiKeys: new TocsinTable(this, 'apiKeys'),
      channels: new TocsinTable(this, 'channels'),
      channelDeliveries: new TocsinTable(this, 'channelDeliveries'),
    };
    // Issue 11: stage 1 (score) on a standard queue, stage 2 (aggregate) on a FIFO queue grouped by partition.
    const ingest = new QueueWithDlq(this, INGEST);
    const evidence = new QueueWithDlq(this, EVIDENCE);
    const quarantine = tocsinQueue(this, `${QUARANTINE.id}Queue`, QUARANTINE);
    acknowledgeNag(quarantine, {
      id: 'AwsSolutions-SQS3',
      reason:
        'The quarantine queue is itself a dead-letter store (bad input, parked with its reason by the score function); nothing consumes it but the admin CLI, so a DLQ of its own would hold nothing.',
    });
    const retries = new QueueWithDlq(this, DELIVERY_RETRY);
    const channelJobs = new QueueWithDlq(this, CHANNEL_DELIVERY);
    const shardJobs = new QueueWithDlq(this, FAN_OUT_SHARD);
    const alertStream = new StreamConsumer(this, tables.alerts);
    const tombstoneStream = new StreamConsumer(this, tables.tombstones, TOMBSTONE_STREAM);
    const customerTopics = new CustomerTopicSupport(this, 'CustomerTopics', {
      tables,
      ingest,
      ingestDlq: ingest.dlq,
      ingestQuarantine: quarantine,
      evidence,
      evidenceDlq: evidence.dlq,
      deliveryRetry: retries,
    });

    // Each function is bound to what its definition lists (resources/functions.ts), nothing else.
    const bindable = {
      tables,
      queues: {
        ingest,
        ingestDlq: ingest.dlq,
        ingestQuarantine: quarantine,
        evidence,
        evidenceDlq: evidence.dlq,
        deliveryRetry: retries,
        channelDelivery: channelJobs,
        fanOutShard: shardJobs,
      },
    };
    const fns = {
      score: new TocsinFunction(this, 'score', bindable),
      aggregate: new TocsinFunction(this, 'aggregate', bindable),
      fanOut: new TocsinFunction(this, 'fanOut', bindable),
      fanOutShard: new TocsinFunction(this, 'fanOutShard', bindable),
      deliveryRetry: new TocsinFunction(this, 'deliveryRetry', bindable),
      blueskyConnector: new TocsinFunction(this, 'blueskyConnector', bindable),
      mastodonConnector: new TocsinFunction(this, 'mastodonConnector', bindable),
      api: new TocsinFunction(this, 'api', bindable),
      channelDelivery: new TocsinFunction(this, 'channelDelivery', bindable),
      shardMigration: new TocsinFunction(this, 'shardMigration', bindable),
      redact: new TocsinFunction(this, 'redact', bindable),
      ingestMode: new TocsinFunction(this, 'ingestMode', bindable),
    };
    // Every customer in a fan-out shard before the splitter runs: the migration runs on each deploy that changes it
    // (a new shard count is a code change), after the customers table (its byShard index) and before the fan-out's
    // function and stream mapping are updated, so the old fan-out serves until then. A failure fails the deploy.
    new triggers.Trigger(this, 'ShardMigrationTrigger', {
      handler: fns.shardMigration,
      timeout: Duration.seconds(FUNCTIONS.shardMigration.timeoutSeconds),
      executeAfter: [tables.customers],
      executeBefore: [fns.fanOut],
    });
    // The worker reads the jobs the splitter queues: it is updated first. A worker older than a job's shape (a range
    // of shards) refuses it, and SQS only redelivers it, five times at most.
    fns.fanOut.node.addDependency(fns.fanOutShard);
    // CDK's trigger provider is a raw CloudFormation function and role, which Tags.of() does not reach.
    const triggerProvider = this.node.findChild('AWSCDK.TriggerCustomResourceProviderCustomResourceProvider');
    for (const part of ['Role', 'Handler'])
      (triggerProvider.node.findChild(part) as CfnResource).addPropertyOverride('Tags', [
        { Key: 'Project', Value: 'tocsin' },
      ]);
    const ingestMapping = ingest.eventSource();
    fns.score.addEventSource(ingestMapping);
    // Stage 1's burst mode: its mapping switched on the queues' backlog (INGEST.burst).
    const ingestMode = new IngestModeSwitch(this, 'IngestMode', {
      mapping: ingestMapping,
      target: fns.score,
      ingest,
      evidence,
      fn: fns.ingestMode,
    });
    fns.aggregate.addEventSource(evidence.eventSource());
    fns.fanOut.addEventSource(alertStream);
    fns.redact.addEventSource(tombstoneStream);
    fns.fanOutShard.addEventSource(shardJobs.eventSource());
    fns.deliveryRetry.addEventSource(retries.eventSource());
    fns.channelDelivery.addEventSource(channelJobs.eventSource());
    // The connector reads in shifts under a lease; a tick a minute starts the next shift, or a new one after a crash.
    new events.Rule(this, 'BlueskyConnectorSchedule', {
      description: 'Starts the Bluesky connector shift (a tick finds the lease held and leaves, or takes it over)',
      schedule: events.Schedule.rate(Duration.minutes(1)),
      targets: [new targets.LambdaFunction(fns.blueskyConnector, { retryAttempts: 0 })],
    });

    const mastodonServers = props.mastodonServers ?? [];
    wireMastodon(this, fns.mastodonConnector, mastodonServers);

    // The console's origin is known before the API (CloudFront names it), so the API can admit it (CORS), and the
    // page may call any API of this region (its CSP cannot name this one's host without a dependency cycle).
    const site: ConsoleSite = new ConsoleSite(this, 'Console', {
      apiUrl: Lazy.string({ produce: (): string => api.url }),
      apiOrigin: `https://*.execute-api.${Aws.REGION}.${Aws.URL_SUFFIX}`,
    });
    const api: CustomerApi = new CustomerApi(this, API.id, { handler: fns.api, allowOrigins: [site.url] });
    // Chat messages link to the alert in the console (CONSOLE_URL#alert=ID). No cycle: the distribution depends on
    // the bucket and its headers policy only, never on a function.
    fns.channelDelivery.addEnvironment('CONSOLE_URL', site.url);

    const alarms = new OpsAlarms(this, { email: props.alarmEmail });
    addAlarms(alarms, {
      tables,
      ingest,
      evidence,
      deliveryRetry: retries,
      channelDelivery: channelJobs,
      fanOutShards: shardJobs,
      streamFailures: alertStream.failures,
      redactFailures: tombstoneStream.failures,
      functions: fns,
      api,
      mastodonScheduled: mastodonServers.length > 0,
    });
    new Dashboard(this, {
      functions: fns,
      ingest,
      quarantine,
      deliveryRetry: retries,
      fanOutShards: shardJobs,
    });

    const outputs: [string, string, string][] = [
      ['EventsTableName', tables.events.tableName, 'Detector state table'],
      ['AlertsTableName', tables.alerts.tableName, 'Alerts outbox table'],
      ['CustomersTableName', tables.customers.tableName, 'Customers and source policies table'],
      ['DeliveriesTableName', tables.deliveries.tableName, 'Delivery ledger table'],
      ['IngestQueueUrl', ingest.queueUrl, 'Ingest queue URL (firehose batches go here)'],
      ['IngestDlqUrl', ingest.dlq.queueUrl, 'Ingest dead-letter queue URL (poison messages)'],
      ['IngestQuarantineUrl', quarantine.queueUrl, 'Bad input quarantined with its reason'],
      ['EvidenceQueueUrl', evidence.queueUrl, 'Evidence between the score (stage 1) and aggregate (stage 2) functions'],
      ['EvidenceDlqUrl', evidence.dlq.queueUrl, 'Evidence messages the aggregate function gave up on'],
      [
        'FanoutFailureBucketName',
        alertStream.failures.bucketName,
        'Alert-stream batches the fan-out gave up on, kept whole (then: npm run tocsin -- --aws refanout --since TIME)',
      ],
      ['ScoreFunctionName', fns.score.functionName, 'Score Lambda (stage 1, stateless)'],
      [
        'IngestMappingId',
        ingestMapping.eventSourceMappingId,
        "Stage 1's event source mapping (its batching switches with the ingest-mode function)",
      ],
      ['AggregateFunctionName', fns.aggregate.functionName, 'Aggregate Lambda (stage 2, keyed detector state)'],
      ['FanoutFunctionName', fns.fanOut.functionName, 'Fan-out Lambda (splits each alert version by customer shard)'],
      ['FanoutShardFunctionName', fns.fanOutShard.functionName, 'Fan-out-shard Lambda (decides and delivers a shard)'],
      ['FanoutShardQueueUrl', shardJobs.queueUrl, 'Fan-out shard jobs waiting for a worker'],
      ['FanoutShardDlqUrl', shardJobs.dlq.queueUrl, 'Fan-out shard jobs given up on after their retries'],
      ['DeliveryRetryFunctionName', fns.deliveryRetry.functionName, 'Delivery-retry Lambda'],
      [
        'BlueskyConnectorFunctionName',
        fns.blueskyConnector.functionName,
        'Bluesky (Jetstream) connector Lambda, run in shifts',
      ],
      [
        'MastodonConnectorFunctionName',
        fns.mastodonConnector.functionName,
        'Mastodon connector Lambda, run in shifts when mastodonServers is set (docs/connectors.md)',
      ],
      ['ConnectorStateTableName', tables.connectorState.tableName, 'Connector checkpoints and leases'],
      ['TombstonesTableName', tables.tombstones.tableName, 'Deleted posts and accounts (30 days)'],
      ['DeliveryRetryQueueUrl', retries.queueUrl, 'Failed deliveries waiting for a retry'],
      ['DeliveryRetryDlqUrl', retries.dlq.queueUrl, 'Deliveries abandoned after their retries'],
      ['ChannelDeliveryQueueUrl', channelJobs.queueUrl, 'Webhook, Slack and Teams deliveries waiting to be sent'],
      ['ChannelDeliveryDlqUrl', channelJobs.dlq.queueUrl, 'Channel deliveries parked after their last attempt'],
      ['ChannelsTableName', tables.channels.tableName, "Customers' webhook, Slack and Teams channels"],
      [
        'ChannelDeliveriesTableName',
        tables.channelDeliveries.tableName,
        'Channel outcomes (the ledger of each channel)',
      ],
      ['AlarmTopicArn', alarms.topicArn, 'Ops alarm SNS topic'],
      ['ApiUrl', api.url, 'Customer API base URL (docs/openapi.json)'],
      ['ConsoleUrl', site.url, 'Live console (open it with an API key: npm run tocsin -- keys create ID)'],
      ['ApiKeysTableName', tables.apiKeys.tableName, 'Customer API keys (hashed) and rate-limit counters'],
      [
        'AdminRoleArn',
        customerTopics.adminRole.roleArn,
        'Role for the admin CLI (--aws): the only one customer topics let subscribe',
      ],
      [
        'SubscriptionDlqUrl',
        customerTopics.subscriptionDlq.queueUrl,
        'Messages SNS could not deliver to a customer endpoint',
      ],
      [
        'CustomerTopicPrefix',
        CUSTOMER_TOPIC_PREFIX,
        'Name prefix of per-customer SNS topics (created by the admin CLI)',
      ],
    ];
    for (const [name, value, description] of outputs) new CfnOutput(this, name, { value, description });
    this.tables = tables;
    this.ingest = ingest;
    this.evidence = evidence;
    this.quarantine = quarantine;
    this.deliveryRetry = retries;
    this.channelDelivery = channelJobs;
    this.fanOutShards = shardJobs;
    this.alertStream = alertStream;
    this.functions = fns;
    this.alarms = alarms;
    this.console = site;
    this.customerTopics = customerTopics;
    this.ingestMode = ingestMode;
  }
}

export const STACK_NAME = 'Tocsin';

export interface BuildOptions {
  alarmEmail?: string | undefined;
  /** The `mastodonServers` context value: a JSON string (from -c) or the list itself (from cdk.json). */
  mastodonServers?: unknown;
  /** The `ledgerIndexUpgrade` context value (true or "true"). */
  ledgerIndexUpgrade?: unknown;
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
    mastodonServers: parseMastodonServers(opts.mastodonServers),
    ledgerIndexUpgrade: opts.ledgerIndexUpgrade === true || opts.ledgerIndexUpgrade === 'true',
  });
  if (opts.nag ?? true) Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return stack;
}

/** The `mastodonServers` context value, checked: a bad list fails synth with what is wrong, before anything deploys. */
export function parseMastodonServers(value: unknown): MastodonServer[] {
  if (value === undefined || value === '') return [];
  let json = value;
  if (typeof value === 'string') {
    try {
      json = JSON.parse(value);
    } catch {
      throw new Error(`context ${MASTODON.contextKey} is not JSON`);
    }
  }
  const r = MastodonServersSchema.safeParse(json);
  if (!r.success)
    throw new Error(
      `context ${MASTODON.contextKey}: ${r.error.issues.map((i) => `${i.path.join('.') || '(list)'}: ${i.message}`).join('; ')}`,
    );
  const envTokens = r.data.filter((s) => s.token && 'env' in s.token).map((s) => s.url);
  if (envTokens.length > 0)
    throw new Error(
      `context ${MASTODON.contextKey}: on AWS a token comes from Secrets Manager ({"secret": "name or ARN"}), not from the function's environment (${envTokens.join(', ')})`,
    );
  return r.data;
}

/**
 * The Mastodon connector reads the configured servers in shifts like Bluesky's
 * (a tick a minute), may read exactly the token secrets they name, and is not
 * scheduled when no server is configured.
 */
function wireMastodon(scope: Construct, fn: TocsinFunction, servers: readonly MastodonServer[]): void {
  fn.addEnvironment(MASTODON.serversVariable, JSON.stringify(servers));
  const secrets = servers.flatMap((s) => (s.token && 'secret' in s.token ? [s.token.secret] : []));
  if (secrets.length > 0)
    fn.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['secretsmanager:GetSecretValue'],
        // A name matches the ARN Secrets Manager gives it (name + "-" + 6 random characters).
        resources: [...new Set(secrets)].map((id) =>
          id.startsWith('arn:')
            ? id
            : `arn:${Aws.PARTITION}:secretsmanager:${Aws.REGION}:${Aws.ACCOUNT_ID}:secret:${id}-??????`,
        ),
      }),
    );
  if (servers.length === 0) return;
  new events.Rule(scope, 'MastodonConnectorSchedule', {
    description: 'Starts the Mastodon connector shift (a tick finds the lease held and leaves, or takes it over)',
    schedule: events.Schedule.rate(Duration.minutes(1)),
    targets: [new targets.LambdaFunction(fn, { retryAttempts: 0 })],
  });
}
