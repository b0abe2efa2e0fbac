import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as lambdaEvents from 'aws-cdk-lib/aws-lambda-event-sources';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { METRICS } from '../../functions/commons/observability';
import { INGEST, INGEST_MODE_ENV } from '../../resources';
import { functionMetric } from './metrics';
import type { TocsinFunction } from './tocsin-function';

/** Reconciles even when no alarm changes: after a deploy that rewrote the mapping's settings, or a failed update. */
const RECONCILE_EVERY = Duration.minutes(5);

export interface IngestModeSwitchProps {
  /** Stage 1's event source mapping (the score function on the ingest queue). */
  mapping: lambdaEvents.SqsEventSource;
  /** The function the mapping feeds: the only one an update may leave it pointing at. */
  target: lambda.IFunction;
  ingest: sqs.IQueue;
  evidence: sqs.IQueue;
  fn: TocsinFunction;
}

/**
 * Stage 1's burst mode on AWS (INGEST.burst): two alarms that are signals, not pages (no action: they notify
 * nobody), an EventBridge rule on their state changes and a schedule, both into the ingest-mode function, which may
 * read and update that one mapping and read those two alarms, nothing else.
 * - backlog: the older of the two queues' oldest messages above INGEST.burst.enterAgeSeconds for enterPeriods
 *   periods. Both queues: at the burst stage 1 scales out and the backlog forms in the evidence queue (the busiest
 *   FIFO group), at its start in the ingest queue while Lambda adds pollers.
 * - calm: posts received by stage 1 under INGEST.burst.leavePostsPerSecond for leavePeriods periods; no data (no
 *   posts) is calm.
 */
export class IngestModeSwitch extends Construct {
  readonly backlog: cloudwatch.Alarm;
  readonly calm: cloudwatch.Alarm;
  readonly onChange: events.Rule;
  readonly reconcile: events.Rule;

  constructor(scope: Construct, id: string, p: IngestModeSwitchProps) {
    super(scope, id);
    const b = INGEST.burst;
    const period = Duration.seconds(b.periodSeconds);
    const oldest = (q: sqs.IQueue) =>
      q.metricApproximateAgeOfOldestMessage({ period, statistic: cloudwatch.Stats.MAXIMUM });
    this.backlog = new cloudwatch.Alarm(this, 'BacklogAlarm', {
      alarmDescription: `Signal, not a page: the oldest ingest or evidence message older than ${b.enterAgeSeconds} s in ${b.enterPeriods} period(s) of ${b.periodSeconds} s. The ingest-mode function switches stage 1 to burst mode (batches of ${b.batchSize}, window ${b.maxBatchingWindowSeconds} s).`,
      metric: new cloudwatch.MathExpression({
        expression: 'MAX([FILL(ingest, 0), FILL(evidence, 0)])',
        usingMetrics: { ingest: oldest(p.ingest), evidence: oldest(p.evidence) },
        period,
        label: 'oldest ingest or evidence message (s)',
      }),
      threshold: b.enterAgeSeconds,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: b.enterPeriods,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    this.calm = new cloudwatch.Alarm(this, 'CalmAlarm', {
      alarmDescription: `Signal, not a page: stage 1 received fewer than ${b.leavePostsPerSecond} posts/s in ${b.leavePeriods} periods of ${b.periodSeconds} s. With no backlog, the ingest-mode function returns stage 1 to ordinary mode (batches of ${INGEST.batchSize}, no window).`,
      metric: functionMetric('score', METRICS.postsReceived).with({ period, statistic: cloudwatch.Stats.SUM }),
      threshold: b.leavePostsPerSecond * b.periodSeconds,
      comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
      evaluationPeriods: b.leavePeriods,
      treatMissingData: cloudwatch.TreatMissingData.BREACHING,
    });
    const alarms = [this.backlog, this.calm];

    p.fn.addEnvironment(INGEST_MODE_ENV.mappingId, p.mapping.eventSourceMappingId);
    p.fn.addEnvironment(INGEST_MODE_ENV.backlogAlarm, this.backlog.alarmName);
    p.fn.addEnvironment(INGEST_MODE_ENV.calmAlarm, this.calm.alarmName);
    p.fn.addToRolePolicy(
      new iam.PolicyStatement({
        sid: 'ReadIngestMapping',
        actions: ['lambda:GetEventSourceMapping'],
        resources: [p.mapping.eventSourceMappingArn],
      }),
    );
    // UpdateEventSourceMapping can also repoint a mapping at another function: the condition keeps it on stage 1's.
    p.fn.addToRolePolicy(
      new iam.PolicyStatement({
        sid: 'SwitchIngestMapping',
        actions: ['lambda:UpdateEventSourceMapping'],
        resources: [p.mapping.eventSourceMappingArn],
        conditions: { StringEquals: { 'lambda:FunctionArn': p.target.functionArn } },
      }),
    );
    p.fn.addToRolePolicy(
      new iam.PolicyStatement({
        sid: 'ReadModeAlarms',
        actions: ['cloudwatch:DescribeAlarms'],
        resources: alarms.map((a) => a.alarmArn),
      }),
    );

    // A failed invocation is retried (EventBridge, then Lambda's async retries); the schedule catches whatever is left,
    // including a stale write: two invocations racing read the same states and write the same batching, and one that
    // read before a change and wrote after it is undone by the next event or tick.
    const target = new targets.LambdaFunction(p.fn, { retryAttempts: 2 });
    this.onChange = new events.Rule(this, 'AlarmChangeRule', {
      description: "Stage 1's mode alarms changed state: the ingest-mode function re-decides the mapping's batching",
      eventPattern: {
        source: ['aws.cloudwatch'],
        detailType: ['CloudWatch Alarm State Change'],
        resources: alarms.map((a) => a.alarmArn),
      },
      targets: [target],
    });
    this.reconcile = new events.Rule(this, 'ReconcileSchedule', {
      description: "Re-decides stage 1's mode from the alarms' current states (after a deploy or a failed update)",
      schedule: events.Schedule.rate(RECONCILE_EVERY),
      targets: [target],
    });
  }
}
