/** The handlers' own metrics as CloudWatch sees them (names and services from functions/commons/observability.ts). */
import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import { type METRICS, METRICS_NAMESPACE, SERVICES } from '../../functions/commons/observability';
import type { FunctionKind } from '../../resources';

export const ONE_MINUTE = Duration.minutes(1);

type MetricName = (typeof METRICS)[keyof typeof METRICS];

/** A metric one function publishes: Powertools adds its service name as the `service` dimension. */
export function functionMetric(kind: FunctionKind, metricName: MetricName): cloudwatch.Metric {
  return new cloudwatch.Metric({
    namespace: METRICS_NAMESPACE,
    metricName,
    dimensionsMap: { service: SERVICES[kind] },
    statistic: cloudwatch.Stats.SUM,
    period: ONE_MINUTE,
  });
}

/** A delivery metric summed over the two functions that deliver (the fan-out-shard and the delivery-retry). */
export function deliveryMetric(metricName: MetricName, label: string): cloudwatch.MathExpression {
  // Expression ids are unique per graph: named after the metric.
  const id = metricName.charAt(0).toLowerCase() + metricName.slice(1);
  return new cloudwatch.MathExpression({
    expression: `FILL(${id}FanOut, 0) + FILL(${id}Retry, 0)`,
    usingMetrics: {
      [`${id}FanOut`]: functionMetric('fanOutShard', metricName),
      [`${id}Retry`]: functionMetric('deliveryRetry', metricName),
    },
    period: ONE_MINUTE,
    label,
  });
}
