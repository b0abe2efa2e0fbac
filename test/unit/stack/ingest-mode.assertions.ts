/**
 * Stage 1's burst mode on AWS (INGEST.burst): the score function's mapping deploys in ordinary mode; two signal
 * alarms (backlog on either queue, calm on stage 1's input) notify nobody; a rule on their state changes and a
 * schedule invoke the ingest-mode function, which may read and update that one mapping and read those two alarms.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { METRICS, METRICS_NAMESPACE, SERVICES } from '../../../functions/commons/observability';
import { INGEST, INGEST_MODE_ENV } from '../../../resources';
import { deployed } from './helpers';

const s = deployed();
if (s.error) throw s.error;
const { stack } = s;
const template = Template.fromJSON(s.assembly!.getStackByName(stack.stackName).template);
const json = template.toJSON() as { Resources: Record<string, { Type: string; Properties: any }> };
const id = (c: IConstruct): string => stack.getLogicalId((c.node.defaultChild ?? c) as never);
const props = (c: IConstruct) => json.Resources[id(c)]!.Properties;
const ofType = (type: string) => Object.entries(json.Resources).filter(([, r]) => r.Type === type);
const b = INGEST.burst;

test("the score function's mapping deploys in ordinary mode: batches of 10, no window", () => {
  const mappings = ofType('AWS::Lambda::EventSourceMapping').filter(
    ([, r]) => JSON.stringify(r.Properties.FunctionName) === JSON.stringify({ Ref: id(stack.functions.score) }),
  );
  assert.equal(mappings.length, 1);
  const [, m] = mappings[0]!;
  assert.equal(m.Properties.BatchSize, INGEST.batchSize);
  assert.equal(m.Properties.MaximumBatchingWindowInSeconds, undefined);
  assert.ok(b.batchSize > 10 && b.maxBatchingWindowSeconds >= 1, 'AWS: a batch above 10 needs a window of 1 s');
});

test('backlog: the older of the ingest and evidence queues past enterAgeSeconds for enterPeriods; a signal, no action', () => {
  const a = props(stack.ingestMode.backlog);
  assert.deepEqual(
    [a.ComparisonOperator, a.Threshold, a.EvaluationPeriods, a.TreatMissingData],
    ['GreaterThanThreshold', b.enterAgeSeconds, b.enterPeriods, 'notBreaching'],
  );
  const expr = a.Metrics.find((m: any) => m.Expression);
  assert.equal(expr.Expression, 'MAX([FILL(ingest, 0), FILL(evidence, 0)])');
  const queues = Object.fromEntries(
    a.Metrics.filter((m: any) => m.MetricStat).map((m: any) => [
      m.Id,
      [m.MetricStat.Metric.MetricName, m.MetricStat.Stat, m.MetricStat.Period, m.MetricStat.Metric.Dimensions[0].Value],
    ]),
  );
  const q = (c: IConstruct) => [
    'ApproximateAgeOfOldestMessage',
    'Maximum',
    b.periodSeconds,
    { 'Fn::GetAtt': [id(c), 'QueueName'] },
  ];
  assert.deepEqual(queues, { ingest: q(stack.ingest), evidence: q(stack.evidence) });
  for (const k of ['AlarmActions', 'OKActions', 'InsufficientDataActions']) assert.equal(a[k], undefined, k);
});

test("calm: stage 1's posts received under leavePostsPerSecond for leavePeriods; no data is calm; no action", () => {
  const a = props(stack.ingestMode.calm);
  assert.deepEqual(
    [a.Namespace, a.MetricName, a.Dimensions, a.Statistic, a.Period],
    [METRICS_NAMESPACE, METRICS.postsReceived, [{ Name: 'service', Value: SERVICES.score }], 'Sum', b.periodSeconds],
  );
  assert.deepEqual(
    [a.ComparisonOperator, a.Threshold, a.EvaluationPeriods, a.TreatMissingData],
    ['LessThanThreshold', b.leavePostsPerSecond * b.periodSeconds, b.leavePeriods, 'breaching'],
  );
  for (const k of ['AlarmActions', 'OKActions', 'InsufficientDataActions']) assert.equal(a[k], undefined, k);
});

test('a rule on the two alarms state changes and a schedule invoke the ingest-mode function, nothing else does', () => {
  const fn = { 'Fn::GetAtt': [id(stack.functions.ingestMode), 'Arn'] };
  const change = props(stack.ingestMode.onChange);
  assert.deepEqual(change.EventPattern, {
    source: ['aws.cloudwatch'],
    'detail-type': ['CloudWatch Alarm State Change'],
    resources: [stack.ingestMode.backlog, stack.ingestMode.calm].map((a) => ({ 'Fn::GetAtt': [id(a), 'Arn'] })),
  });
  assert.deepEqual(
    change.Targets.map((t: any) => t.Arn),
    [fn],
  );
  const tick = props(stack.ingestMode.reconcile);
  assert.equal(tick.ScheduleExpression, 'rate(5 minutes)');
  assert.deepEqual(
    tick.Targets.map((t: any) => t.Arn),
    [fn],
  );
  const invokers = ofType('AWS::Lambda::Permission').filter(
    ([, p]) => JSON.stringify(p.Properties.FunctionName) === JSON.stringify(fn),
  );
  assert.deepEqual(
    invokers.map(([, p]) => [p.Properties.Principal, p.Properties.SourceArn]).sort(),
    [
      ['events.amazonaws.com', { 'Fn::GetAtt': [id(stack.ingestMode.onChange), 'Arn'] }],
      ['events.amazonaws.com', { 'Fn::GetAtt': [id(stack.ingestMode.reconcile), 'Arn'] }],
    ].sort(),
  );
});

test('the ingest-mode role: read and update that one mapping, read those two alarms, write its logs; nothing else', () => {
  const role = props(stack.functions.ingestMode).Role['Fn::GetAtt'][0];
  const statements = ofType('AWS::IAM::Policy')
    .filter(([, p]) =>
      (p.Properties.Roles as unknown[]).some((r) => JSON.stringify(r) === JSON.stringify({ Ref: role })),
    )
    .flatMap(([, p]) => p.Properties.PolicyDocument.Statement as any[]);
  const bySid = Object.fromEntries(statements.filter((st) => st.Sid).map((st) => [st.Sid, st]));
  const m = bySid.SwitchIngestMapping;
  const r = bySid.ReadIngestMapping;
  assert.deepEqual([m.Effect, [m.Action].flat()], ['Allow', ['lambda:UpdateEventSourceMapping']]);
  assert.deepEqual([r.Effect, [r.Action].flat()], ['Allow', ['lambda:GetEventSourceMapping']]);
  const [esmId] = ofType('AWS::Lambda::EventSourceMapping').find(
    ([, x]) => JSON.stringify(x.Properties.FunctionName) === JSON.stringify({ Ref: id(stack.functions.score) }),
  )!;
  for (const st of [m, r]) {
    assert.match(JSON.stringify(st.Resource), /event-source-mapping:/);
    assert.ok(JSON.stringify(st.Resource).includes(`"${esmId}"`), 'the score function mapping, by its id');
  }
  // An update may not repoint the mapping at another function.
  assert.deepEqual(m.Condition, {
    StringEquals: { 'lambda:FunctionArn': { 'Fn::GetAtt': [id(stack.functions.score), 'Arn'] } },
  });
  const a = bySid.ReadModeAlarms;
  assert.deepEqual([a.Action].flat(), ['cloudwatch:DescribeAlarms']);
  assert.deepEqual(
    a.Resource,
    [stack.ingestMode.backlog, stack.ingestMode.calm].map((x) => ({ 'Fn::GetAtt': [id(x), 'Arn'] })),
  );
  const others = statements.filter(
    (st) => !['SwitchIngestMapping', 'ReadIngestMapping', 'ReadModeAlarms'].includes(st.Sid),
  );
  for (const st of others)
    for (const action of [st.Action].flat()) assert.match(action, /^logs:/, `unexpected ${action}`);
});

test('the ingest-mode function knows the mapping and the alarms by the variables it reads; its errors page', () => {
  const vars = props(stack.functions.ingestMode).Environment.Variables;
  assert.deepEqual(vars[INGEST_MODE_ENV.backlogAlarm], { Ref: id(stack.ingestMode.backlog) });
  assert.deepEqual(vars[INGEST_MODE_ENV.calmAlarm], { Ref: id(stack.ingestMode.calm) });
  const [esmId] = ofType('AWS::Lambda::EventSourceMapping').find(
    ([, r]) => JSON.stringify(r.Properties.FunctionName) === JSON.stringify({ Ref: id(stack.functions.score) }),
  )!;
  assert.deepEqual(vars[INGEST_MODE_ENV.mappingId], { Ref: esmId });
  const errors = ofType('AWS::CloudWatch::Alarm').filter(
    ([, r]) =>
      r.Properties.MetricName === 'Errors' &&
      JSON.stringify(r.Properties.Dimensions) ===
        JSON.stringify([{ Name: 'FunctionName', Value: { Ref: id(stack.functions.ingestMode) } }]),
  );
  assert.equal(errors.length, 1);
  assert.deepEqual(errors[0]![1].Properties.AlarmActions, [{ Ref: id(stack.alarms) }]);
});
