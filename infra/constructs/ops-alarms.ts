import { Aws, Duration, Lazy, RemovalPolicy } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cwActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subs from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { ONE_MINUTE } from './metrics';

const {
  GREATER_THAN_OR_EQUAL_TO_THRESHOLD: AT_LEAST,
  GREATER_THAN_THRESHOLD: ABOVE,
  LESS_THAN_THRESHOLD: BELOW,
} = cloudwatch.ComparisonOperator;

/**
 * The ops alarm topic (KMS-encrypted, TLS only, optionally an e-mail
 * subscription) and one helper per kind of alarm; every alarm notifies the
 * topic when it fires and when it clears. The construct is the topic; its key
 * and the alarms sit beside it in the given scope, with the ids the stack has
 * always given them.
 */
export class OpsAlarms extends sns.Topic {
  readonly alarms: cloudwatch.Alarm[] = [];
  private readonly scope: Construct;
  private readonly action: cwActions.SnsAction;

  constructor(scope: Construct, props: { email?: string | undefined } = {}) {
    const key = new kms.Key(scope, 'AlarmTopicKey', {
      description: 'Tocsin ops alarm topic encryption',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.DESTROY,
      pendingWindow: Duration.days(7),
    });
    // CloudWatch alarms can only publish to an encrypted topic if they may use its key.
    key.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'AllowCloudWatchAlarms',
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID } },
      }),
    );
    super(scope, 'OpsAlarmTopic', { displayName: 'Tocsin ops alarms', masterKey: key, enforceSSL: true });
    // A topic policy replaces SNS's default one, which is what let CloudWatch
    // publish: without this statement no alarm reaches anyone. Only this
    // account's CloudWatch, and only on behalf of the alarms below (listed when
    // the template is written, so an alarm added later is covered too). The key
    // policy above cannot name them (the key would depend on the alarms, which
    // depend on the topic, which depends on the key); this statement gates it.
    this.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'AllowTheseAlarmsToPublish',
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['sns:Publish'],
        resources: [this.topicArn],
        conditions: {
          StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID },
          ArnEquals: { 'aws:SourceArn': Lazy.list({ produce: () => this.alarms.map((a) => a.alarmArn) }) },
        },
      }),
    );
    this.scope = scope;
    this.action = new cwActions.SnsAction(this);
    if (props.email) this.addSubscription(new subs.EmailSubscription(props.email));
  }

  /** Anything waiting in a queue nobody reads on its own (a DLQ, a failure queue). */
  queueNotEmpty(id: string, queue: sqs.IQueue, description: string): cloudwatch.Alarm {
    const metric = queue.metricApproximateNumberOfMessagesVisible({
      period: ONE_MINUTE,
      statistic: cloudwatch.Stats.MAXIMUM,
    });
    return this.alarm(id, description, metric, AT_LEAST, 1, 1);
  }

  /** A queue's oldest message waiting longer than `seconds` for three minutes. */
  oldestMessage(id: string, queue: sqs.IQueue, seconds: number, description: string): cloudwatch.Alarm {
    const metric = queue.metricApproximateAgeOfOldestMessage({
      period: ONE_MINUTE,
      statistic: cloudwatch.Stats.MAXIMUM,
    });
    return this.alarm(id, description, metric, ABOVE, seconds, 3);
  }

  /** Any invocation error: whole-batch failures, timeouts, crashes. */
  functionErrors(id: string, fn: lambda.IFunction, name: string): cloudwatch.Alarm {
    const metric = fn.metricErrors({ period: ONE_MINUTE, statistic: cloudwatch.Stats.SUM });
    return this.alarm(
      id,
      `${name} function invocation errors (whole-batch failures, timeouts, crashes).`,
      metric,
      AT_LEAST,
      1,
      1,
    );
  }

  /** A stream consumer more than `ms` behind its stream for three minutes. */
  iteratorAge(id: string, fn: lambda.IFunction, ms: number, description: string): cloudwatch.Alarm {
    const metric = fn.metric('IteratorAge', { period: ONE_MINUTE, statistic: cloudwatch.Stats.MAXIMUM });
    return this.alarm(id, description, metric, ABOVE, ms, 3);
  }

  /** One of the handlers' own counts above zero in a minute. */
  countAboveZero(id: string, metric: cloudwatch.IMetric, description: string): cloudwatch.Alarm {
    return this.alarm(id, description, metric, ABOVE, 0, 1);
  }

  /** A metric above `threshold` for `periods` periods in a row. */
  above(
    id: string,
    metric: cloudwatch.IMetric,
    threshold: number,
    periods: number,
    description: string,
  ): cloudwatch.Alarm {
    return this.alarm(id, description, metric, ABOVE, threshold, periods);
  }

  /** A metric above `threshold` in `datapoints` of the last `periods` periods: sustained, though it may pause (SDK retries absorb a burst). */
  aboveInMost(
    id: string,
    metric: cloudwatch.IMetric,
    threshold: number,
    datapoints: number,
    periods: number,
    description: string,
  ): cloudwatch.Alarm {
    return this.alarm(id, description, metric, ABOVE, threshold, periods, undefined, datapoints);
  }

  /** A count that should never stop (a firehose read) below `threshold`; no data counts as breaching: silence is the failure. */
  belowOrSilent(
    id: string,
    metric: cloudwatch.IMetric,
    threshold: number,
    periods: number,
    description: string,
  ): cloudwatch.Alarm {
    return this.alarm(id, description, metric, BELOW, threshold, periods, cloudwatch.TreatMissingData.BREACHING);
  }

  /** A condition expression (1 = failing, 0 = fine) true for one period. */
  whenTrue(id: string, condition: cloudwatch.IMetric, description: string): cloudwatch.Alarm {
    return this.alarm(id, description, condition, AT_LEAST, 1, 1);
  }

  private alarm(
    id: string,
    alarmDescription: string,
    metric: cloudwatch.IMetric,
    comparisonOperator: cloudwatch.ComparisonOperator,
    threshold: number,
    evaluationPeriods: number,
    treatMissingData = cloudwatch.TreatMissingData.NOT_BREACHING,
    datapointsToAlarm = evaluationPeriods,
  ): cloudwatch.Alarm {
    const a = new cloudwatch.Alarm(this.scope, id, {
      alarmDescription,
      metric,
      threshold,
      comparisonOperator,
      evaluationPeriods,
      ...(datapointsToAlarm !== evaluationPeriods ? { datapointsToAlarm } : {}),
      treatMissingData,
    });
    a.addAlarmAction(this.action);
    a.addOkAction(this.action);
    this.alarms.push(a);
    return a;
  }
}
