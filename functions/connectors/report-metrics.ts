import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { flushMetrics, METRICS, type Telemetry } from '../commons/observability';
import type { ConnectorStats } from './stats';

/**
 * Publishes a connector's metrics every `everyMs` (and once more at stop):
 * counts since the last report, lag and checkpoint age as they are now.
 * Posts per second per source = ConnectorPosts / 60 on a one-minute period.
 */
export function reportConnectorMetrics(stats: ConnectorStats, t: Telemetry, everyMs = 10_000): { stop(): void } {
  let last = { posts: 0, deletions: 0, disconnects: 0, malformed: 0 };
  const report = () => {
    const now = {
      posts: stats.postsAccepted,
      deletions: stats.deletionsAccepted,
      disconnects: stats.disconnects,
      malformed: stats.malformed,
    };
    t.metrics.addMetric(METRICS.connectorPosts, MetricUnit.Count, now.posts - last.posts);
    t.metrics.addMetric(METRICS.connectorDeletions, MetricUnit.Count, now.deletions - last.deletions);
    t.metrics.addMetric(METRICS.connectorDisconnects, MetricUnit.Count, now.disconnects - last.disconnects);
    t.metrics.addMetric(METRICS.connectorMalformed, MetricUnit.Count, now.malformed - last.malformed);
    const lag = stats.lagMs();
    if (lag !== undefined) t.metrics.addMetric(METRICS.connectorLagSeconds, MetricUnit.Seconds, lag / 1000);
    const age = stats.checkpointAgeMs();
    if (age !== undefined) t.metrics.addMetric(METRICS.connectorCheckpointAgeSeconds, MetricUnit.Seconds, age / 1000);
    last = now;
    flushMetrics(t);
  };
  const timer = setInterval(report, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      report();
    },
  };
}
