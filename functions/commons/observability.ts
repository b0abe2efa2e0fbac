/**
 * Observability names in one place: the handlers publish these metrics and
 * the stack's alarms and dashboard read them (infra/constructs/).
 *
 * Powertools takes each function's service name and the metrics namespace
 * from POWERTOOLS_SERVICE_NAME and POWERTOOLS_METRICS_NAMESPACE, which the
 * stack sets from powertoolsEnvironment(); nothing in code overrides them.
 * The service name is the `service` dimension of every metric, so each
 * function's metrics, alarms included, are its own.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import type { FunctionKind } from '../../resources';

export const METRICS_NAMESPACE = 'Tocsin';

export const SERVICES = {
  score: 'tocsin-score',
  aggregate: 'tocsin-aggregate',
  fanOut: 'tocsin-fan-out',
  fanOutShard: 'tocsin-fan-out-shard',
  shardMigration: 'tocsin-shard-migration',
  deliveryRetry: 'tocsin-delivery-retry',
  channelDelivery: 'tocsin-channel-delivery',
  blueskyConnector: 'tocsin-bluesky-connector',
  mastodonConnector: 'tocsin-mastodon-connector',
  api: 'tocsin-api',
  redact: 'tocsin-redact',
  ingestMode: 'tocsin-ingest-mode',
} as const satisfies Record<FunctionKind, string>;

export const METRICS = {
  /**
   * score (stage 1): posts received (in valid batches), scored, rejected as
   * invalid, sent on as evidence; messages that were not a post batch at all;
   * messages quarantined as poison after their last receive (score and
   * aggregate). aggregate (stage 2): evidence posts applied, evidence posts
   * recognised as counted before, alert versions stored.
   */
  postsReceived: 'PostsReceived',
  postsScored: 'PostsScored',
  postsRejected: 'PostsRejected',
  messagesInvalid: 'MessagesInvalid',
  evidenceSent: 'EvidenceSent',
  evidenceApplied: 'EvidenceApplied',
  evidenceDuplicates: 'EvidenceDuplicates',
  alertsCreated: 'AlertsCreated',
  messagesPoisoned: 'MessagesPoisoned',
  /** aggregate: commits that lost a race on shared detector state and were redone in-process with a fresh load. */
  stateConflicts: 'StateConflictsRetried',
  /** score, fan-out, delivery-retry: records a batch reported as failed (their event source delivers them again). */
  recordsFailed: 'RecordsFailed',
  /** fan-out-shard and delivery-retry: decisions recorded, and publishes that failed. */
  delivered: 'Delivered',
  withheld: 'Withheld',
  deliveryFailures: 'DeliveryFailures',
  /** channel-delivery: jobs by outcome, and attempts that failed (each retried or parked). */
  channelDelivered: 'ChannelDelivered',
  channelWithheld: 'ChannelWithheld',
  channelDuplicates: 'ChannelDuplicates',
  channelParked: 'ChannelParked',
  channelFailures: 'ChannelFailures',
  /** redact: stored excerpts removed because their post or its author was deleted. */
  excerptsRemoved: 'ExcerptsRemoved',
  /**
   * fan-out and delivery-retry: customer and source-policy items that failed
   * their schema, per audience read. What they concern is withheld (fail
   * closed) until they are fixed: alarm at >= 1.
   */
  invalidCustomers: 'InvalidCustomerItems',
  invalidPolicies: 'InvalidPolicyItems',
  /**
   * connectors (dimension service = the connector, one per source): posts and
   * deletions the ingest queue accepted; seconds between now and the newest
   * source time in an accepted batch (lag); disconnects; seconds since the
   * last checkpoint; frames that failed their schema.
   */
  connectorPosts: 'ConnectorPosts',
  connectorDeletions: 'ConnectorDeletions',
  connectorLagSeconds: 'ConnectorLagSeconds',
  connectorDisconnects: 'ConnectorDisconnects',
  connectorCheckpointAgeSeconds: 'ConnectorCheckpointAgeSeconds',
  connectorMalformed: 'ConnectorMalformedFrames',
} as const;

/** The Powertools variables the stack sets on each function. */
export function powertoolsEnvironment(kind: FunctionKind): Record<string, string> {
  return { POWERTOOLS_SERVICE_NAME: SERVICES[kind], POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE };
}

/** What the handlers log and count through (narrow, so that tests can pass fakes). */
export interface Telemetry {
  logger: Pick<Logger, 'error' | 'warn' | 'info'>;
  metrics: Pick<Metrics, 'addMetric' | 'hasStoredMetrics' | 'publishStoredMetrics'>;
}

/**
 * Logger and metrics from the Powertools variables: on Lambda those of
 * process.env; the local environment, which runs every function in one
 * process, passes each function its own.
 */
export function createTelemetry(env: Readonly<Record<string, string | undefined>> = process.env): Telemetry {
  const serviceName = env.POWERTOOLS_SERVICE_NAME;
  const namespace = env.POWERTOOLS_METRICS_NAMESPACE;
  return {
    logger: new Logger(serviceName ? { serviceName } : {}),
    metrics: new Metrics({ ...(serviceName ? { serviceName } : {}), ...(namespace ? { namespace } : {}) }),
  };
}

/** Publishes what a batch counted (Powertools keeps it until then). */
export function flushMetrics(t: Telemetry): void {
  if (t.metrics.hasStoredMetrics()) t.metrics.publishStoredMetrics();
}
