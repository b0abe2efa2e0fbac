import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { METRICS } from '../../functions/commons/observability';
import type { FunctionKind } from '../../resources';
import { deliveryMetric, functionMetric, ONE_MINUTE } from './metrics';
import type { QueueWithDlq } from './queue-with-dlq';
import type { TocsinFunction } from './tocsin-function';

export interface DashboardProps {
  functions: Record<FunctionKind, TocsinFunction>;
  ingest: QueueWithDlq;
  quarantine: sqs.IQueue;
  deliveryRetry: QueueWithDlq;
  fanOutShards: QueueWithDlq;
}

/** One screen: posts, alerts and deliveries counted by the handlers, then errors, queue depths and latency. */
export class Dashboard extends cloudwatch.Dashboard {
  constructor(scope: Construct, p: DashboardProps) {
    super(scope, 'Dashboard', { defaultInterval: Duration.hours(3) });
    const { score, fanOut, fanOutShard, deliveryRetry } = p.functions;
    const m = { period: ONE_MINUTE };
    const counted = (kind: FunctionKind, name: (typeof METRICS)[keyof typeof METRICS], label: string) =>
      functionMetric(kind, name).with({ label });
    const graph = (title: string, left: cloudwatch.IMetric[], right: cloudwatch.IMetric[] = []) =>
      new cloudwatch.GraphWidget({ title, left, ...(right.length > 0 ? { right } : {}), width: 8 });
    this.addWidgets(
      graph('Posts scored', [
        counted('score', METRICS.postsScored, 'posts scored'),
        counted('score', METRICS.postsRejected, 'posts rejected'),
        p.ingest.metricNumberOfMessagesDeleted({ ...m, label: 'ingest batches consumed' }),
      ]),
      graph('Alerts', [counted('score', METRICS.alertsCreated, 'alert versions created')]),
      graph('Deliveries', [
        deliveryMetric(METRICS.delivered, 'delivered'),
        deliveryMetric(METRICS.withheld, 'withheld'),
        deliveryMetric(METRICS.deliveryFailures, 'delivery failures'),
      ]),
    );
    this.addWidgets(
      graph('Errors', [
        score.metricErrors({ ...m, label: 'score errors' }),
        fanOut.metricErrors({ ...m, label: 'fan-out errors' }),
        fanOutShard.metricErrors({ ...m, label: 'fan-out-shard errors' }),
        deliveryRetry.metricErrors({ ...m, label: 'delivery-retry errors' }),
        score.metricThrottles({ ...m, label: 'score throttles' }),
        fanOut.metricThrottles({ ...m, label: 'fan-out throttles' }),
        counted('score', METRICS.recordsFailed, 'score failed records'),
        counted('fanOut', METRICS.recordsFailed, 'fan-out failed records'),
        counted('fanOutShard', METRICS.recordsFailed, 'fan-out-shard failed jobs'),
        counted('deliveryRetry', METRICS.recordsFailed, 'delivery-retry failed records'),
      ]),
      graph(
        'Queue depth',
        [
          p.ingest.metricApproximateNumberOfMessagesVisible({ ...m, label: 'ingest' }),
          p.ingest.dlq.metricApproximateNumberOfMessagesVisible({ ...m, label: 'ingest DLQ (poison)' }),
          p.quarantine.metricApproximateNumberOfMessagesVisible({ ...m, label: 'quarantine (bad input)' }),
          p.fanOutShards.metricApproximateNumberOfMessagesVisible({ ...m, label: 'fan-out shard jobs' }),
          p.deliveryRetry.metricApproximateNumberOfMessagesVisible({ ...m, label: 'delivery retries' }),
          p.deliveryRetry.dlq.metricApproximateNumberOfMessagesVisible({ ...m, label: 'delivery-retry DLQ' }),
        ],
        [
          p.ingest.metricApproximateAgeOfOldestMessage({ ...m, label: 'oldest ingest message (s)' }),
          p.fanOutShards.metricApproximateAgeOfOldestMessage({ ...m, label: 'oldest shard job (s)' }),
        ],
      ),
      graph(
        'Latency',
        [
          score.metricDuration({ ...m, statistic: 'p99', label: 'score p99 (ms)' }),
          fanOut.metricDuration({ ...m, statistic: 'p99', label: 'fan-out p99 (ms)' }),
          fanOutShard.metricDuration({ ...m, statistic: 'p99', label: 'fan-out-shard p99 (ms)' }),
        ],
        [
          fanOut.metric('IteratorAge', {
            ...m,
            statistic: cloudwatch.Stats.MAXIMUM,
            label: 'fan-out iterator age (ms)',
          }),
        ],
      ),
    );
    const maximum = (name: (typeof METRICS)[keyof typeof METRICS], label: string) =>
      functionMetric('blueskyConnector', name).with({ statistic: cloudwatch.Stats.MAXIMUM, label });
    this.addWidgets(
      graph('Bluesky connector: posts/s', [
        new cloudwatch.MathExpression({
          expression: 'posts / 60',
          usingMetrics: { posts: counted('blueskyConnector', METRICS.connectorPosts, 'posts') },
          period: ONE_MINUTE,
          label: 'posts/s accepted',
        }),
        new cloudwatch.MathExpression({
          expression: 'deletions / 60',
          usingMetrics: { deletions: counted('blueskyConnector', METRICS.connectorDeletions, 'deletions') },
          period: ONE_MINUTE,
          label: 'deletions/s',
        }),
      ]),
      graph('Bluesky connector: lag and checkpoint age (s)', [
        maximum(METRICS.connectorLagSeconds, 'lag: now - newest source time accepted'),
        maximum(METRICS.connectorCheckpointAgeSeconds, 'checkpoint age'),
      ]),
      graph('Bluesky connector: disconnects, malformed frames, errors', [
        counted('blueskyConnector', METRICS.connectorDisconnects, 'disconnects'),
        counted('blueskyConnector', METRICS.connectorMalformed, 'malformed frames'),
        p.functions.blueskyConnector.metricErrors({ ...m, label: 'invocation errors' }),
      ]),
    );
  }
}
