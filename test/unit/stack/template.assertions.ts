/**
 * Assertions on the synthesized Tocsin template (one synth, shared).
 */

import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { test } from 'node:test';
import { Stack, Token } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import type { CfnTable } from 'aws-cdk-lib/aws-dynamodb';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import type { CfnTopic } from 'aws-cdk-lib/aws-sns';
import type { CfnQueue } from 'aws-cdk-lib/aws-sqs';
import type { IConstruct } from 'constructs';
import { METRICS, METRICS_NAMESPACE, SERVICES } from '../../../functions/commons/observability';
import {
  ALERT_STREAM,
  CHANNEL_DELIVERY,
  CHANNEL_MAX_ATTEMPTS,
  CHANNEL_SECRET_PREFIX,
  CUSTOMER_TOPIC_PREFIX,
  DELIVERY_RETRY,
  ENV,
  EVIDENCE,
  environmentOf,
  FAN_OUT_SHARD,
  FUNCTIONS,
  INGEST,
  INGEST_MODE_ENV,
  QUARANTINE,
  REDACTION,
  RETENTION,
  RETIRED_LEDGER_INDEX,
  ROLES,
  type RoleRef,
  roleArn,
  TABLES,
  type TableDef,
  TOMBSTONE_STREAM,
} from '../../../resources';
import { ALARM_EMAIL, deployed, synth } from './helpers';

const s = deployed();
if (s.error) throw s.error;
const { stack } = s;
const template = Template.fromJSON(s.assembly!.getStackByName(stack.stackName).template);
const json = template.toJSON() as {
  Resources: Record<string, { Type: string; Properties?: any; DeletionPolicy?: string }>;
  Outputs: Record<string, unknown>;
};

const id = (c: IConstruct): string =>
  stack.getLogicalId(c.node.defaultChild as CfnTable | CfnFunction | CfnQueue | CfnTopic);
const getAtt = (c: IConstruct, a = 'Arn') => ({ 'Fn::GetAtt': [id(c), a] });
const ref = (c: IConstruct) => ({ Ref: id(c) });
const resource = (c: IConstruct) => {
  const r = json.Resources[id(c)];
  assert.ok(r, `resource ${c.node.path} in template`);
  return r;
};
const ofType = (type: string) => Object.entries(json.Resources).filter(([, r]) => r.Type === type);

const tableKinds = Object.keys(TABLES) as (keyof typeof TABLES)[];
const queues = () => [
  stack.ingest,
  stack.ingest.dlq,
  stack.quarantine,
  stack.deliveryRetry,
  stack.deliveryRetry.dlq,
  stack.channelDelivery,
  stack.channelDelivery.dlq,
  stack.fanOutShards,
  stack.fanOutShards.dlq,
  stack.customerTopics.subscriptionDlq,
];
const functions = () => ({
  score: stack.functions.score,
  fanOut: stack.functions.fanOut,
  fanOutShard: stack.functions.fanOutShard,
  deliveryRetry: stack.functions.deliveryRetry,
  channelDelivery: stack.functions.channelDelivery,
});

/** Every IAM statement that applies to a role: inline policies on the role and AWS::IAM::Policy resources attached to it. */
function statementsOf(roleLogicalId: string): any[] {
  const role = json.Resources[roleLogicalId];
  assert.ok(role, `role ${roleLogicalId}`);
  const out: any[] = [];
  for (const p of role.Properties?.Policies ?? []) out.push(...p.PolicyDocument.Statement);
  for (const [, p] of ofType('AWS::IAM::Policy')) {
    const roles = p.Properties.Roles as unknown[];
    if (roles.some((r) => JSON.stringify(r) === JSON.stringify({ Ref: roleLogicalId })))
      out.push(...p.Properties.PolicyDocument.Statement);
  }
  return out;
}
const roleOf = (fnLogicalId: string): string => {
  const roleProp = json.Resources[fnLogicalId]!.Properties.Role;
  return roleProp['Fn::GetAtt'][0];
};
const actionsOf = (st: any): string[] => [st.Action].flat();
/** Every action the statements grant on a table (its ARN, its indexes or its stream), sorted. */
const actionsOn = (statements: any[], table: IConstruct): string[] =>
  [
    ...new Set(statements.filter((st) => JSON.stringify(st.Resource).includes(`"${id(table)}"`)).flatMap(actionsOf)),
  ].sort();

// ------------------------------------------------------------------ ingest

test('score ESM on the ingest queue: partial batch responses, batch settings from INGEST, concurrency cap', () => {
  template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
    EventSourceArn: getAtt(stack.ingest),
    FunctionName: ref(stack.functions.score),
    FunctionResponseTypes: ['ReportBatchItemFailures'],
    BatchSize: INGEST.batchSize,
    MaximumBatchingWindowInSeconds: Match.absent(),
    ScalingConfig: { MaximumConcurrency: Match.anyValue() },
  });
  const [, esm] = ofType('AWS::Lambda::EventSourceMapping').find(
    ([, r]) => JSON.stringify(r.Properties.EventSourceArn) === JSON.stringify(getAtt(stack.ingest)),
  )!;
  assert.ok(esm.Properties.ScalingConfig.MaximumConcurrency >= 2, 'maxConcurrency >= 2');
});

test('ingest queue redrives to its DLQ after INGEST.maxReceiveCount (5) receives', () => {
  assert.equal(INGEST.maxReceiveCount, 5);
  assert.deepEqual(resource(stack.ingest).Properties.RedrivePolicy, {
    deadLetterTargetArn: getAtt(stack.ingest.dlq),
    maxReceiveCount: 5,
  });
  assert.equal(resource(stack.ingest).Properties.QueueName, INGEST.queueName);
  assert.equal(resource(stack.ingest).Properties.FifoQueue, undefined, 'ingest is standard (stage 1 is stateless)');
  assert.equal(resource(stack.ingest.dlq).Properties.FifoQueue, undefined, "a standard queue's DLQ is standard");
  assert.equal(resource(stack.ingest.dlq).Properties.QueueName, INGEST.dlqName);
  assert.equal(resource(stack.ingest).Properties.MessageRetentionPeriod, INGEST.retentionDays * 86400);
  assert.equal(resource(stack.ingest.dlq).Properties.MessageRetentionPeriod, INGEST.dlqRetentionDays * 86400);
});

test('the evidence queue is FIFO (groups = partitions), redrives to its FIFO DLQ, and drives the aggregate function 10 messages at a time', () => {
  assert.equal(resource(stack.evidence).Properties.FifoQueue, true);
  assert.equal(resource(stack.evidence).Properties.FifoThroughputLimit, 'perMessageGroupId', 'high-throughput mode');
  assert.equal(resource(stack.evidence).Properties.DeduplicationScope, 'messageGroup');
  assert.equal(resource(stack.evidence).Properties.QueueName, EVIDENCE.queueName);
  assert.equal(resource(stack.evidence.dlq).Properties.FifoQueue, true);
  assert.deepEqual(resource(stack.evidence).Properties.RedrivePolicy, {
    deadLetterTargetArn: getAtt(stack.evidence.dlq),
    maxReceiveCount: EVIDENCE.maxReceiveCount,
  });
  template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
    EventSourceArn: getAtt(stack.evidence),
    FunctionName: ref(stack.functions.aggregate),
    FunctionResponseTypes: ['ReportBatchItemFailures'],
    BatchSize: 10,
  });
});

test('bad input has a quarantine queue of its own, apart from the poison DLQ; both keep post text one day at most', () => {
  const q = resource(stack.quarantine).Properties;
  assert.equal(q.QueueName, QUARANTINE.queueName);
  assert.equal(q.FifoQueue, true, 'FIFO, for its deduplication of a retried batch');
  assert.equal(q.RedrivePolicy, undefined, 'nothing consumes it: no redrive of its own');
  assert.notEqual(id(stack.quarantine), id(stack.ingest.dlq));
  for (const held of [stack.quarantine, stack.ingest.dlq]) {
    assert.equal(resource(held).Properties.MessageRetentionPeriod, RETENTION.postTextDays * 86400);
  }
  assert.ok(RETENTION.postTextDays <= 1, 'post text outside the pipeline: a day at most (docs/retention.md)');
  const vars = resource(stack.functions.score).Properties.Environment.Variables;
  assert.deepEqual(vars[ENV.queues.ingestQuarantine], ref(stack.quarantine));
  assert.deepEqual(vars[ENV.queues.ingestDlq], ref(stack.ingest.dlq));
});

test('ingest visibility timeout is at least 6 x the score function timeout', () => {
  const visibility = resource(stack.ingest).Properties.VisibilityTimeout as number;
  const timeout = resource(stack.functions.score).Properties.Timeout as number;
  assert.equal(timeout, FUNCTIONS.score.timeoutSeconds);
  assert.equal(visibility, INGEST.visibilityTimeoutSeconds);
  assert.ok(visibility >= 6 * timeout, `visibility ${visibility}s < 6 x ${timeout}s`);
});

test('delivery-retry queue: names, DLQ after DELIVERY_RETRY.maxReceiveCount, visibility >= 6 x its function timeout', () => {
  const q = resource(stack.deliveryRetry).Properties;
  assert.equal(q.QueueName, DELIVERY_RETRY.queueName);
  assert.equal(resource(stack.deliveryRetry.dlq).Properties.QueueName, DELIVERY_RETRY.dlqName);
  assert.deepEqual(q.RedrivePolicy, {
    deadLetterTargetArn: getAtt(stack.deliveryRetry.dlq),
    maxReceiveCount: DELIVERY_RETRY.maxReceiveCount,
  });
  assert.equal(
    resource(stack.deliveryRetry.dlq).Properties.MessageRetentionPeriod,
    DELIVERY_RETRY.dlqRetentionDays * 86400,
  );
  const timeout = resource(stack.functions.deliveryRetry).Properties.Timeout as number;
  assert.equal(q.VisibilityTimeout, DELIVERY_RETRY.visibilityTimeoutSeconds);
  assert.ok(q.VisibilityTimeout >= 6 * timeout, `visibility ${q.VisibilityTimeout}s < 6 x ${timeout}s`);
  template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
    EventSourceArn: getAtt(stack.deliveryRetry),
    FunctionName: ref(stack.functions.deliveryRetry),
    FunctionResponseTypes: ['ReportBatchItemFailures'],
    BatchSize: DELIVERY_RETRY.batchSize,
  });
});

test('every queue is encrypted at rest and has a TLS-only queue policy', () => {
  const all = ofType('AWS::SQS::Queue');
  assert.equal(
    all.length,
    12,
    'ingest + DLQ, evidence + DLQ, quarantine, delivery retry + DLQ, subscription DLQ, channel delivery + DLQ, fan-out shard + DLQ',
  );
  for (const [logicalId, q] of all) {
    assert.ok(q.Properties.SqsManagedSseEnabled === true || q.Properties.KmsMasterKeyId, `${logicalId} SSE`);
  }
  for (const q of queues()) {
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [ref(q)],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: 'sqs:*',
            Principal: { AWS: '*' },
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
  }
});

// ------------------------------------------------------------------ tables

test('tables come from TABLES: keys, on-demand billing, SSE, TTL, GSIs', () => {
  assert.equal(ofType('AWS::DynamoDB::Table').length, tableKinds.length);
  for (const kind of tableKinds) {
    const def: TableDef = TABLES[kind];
    const p = resource(stack.tables[kind]).Properties;
    assert.equal(p.TableName, def.id, `${kind}: physical name from TABLES (the admin CLI uses it)`);
    assert.equal(p.BillingMode, 'PAY_PER_REQUEST', kind);
    assert.deepEqual(p.SSESpecification, { SSEEnabled: true }, `${kind} SSE`);
    const keys: { AttributeName: string; KeyType: string }[] = [
      { AttributeName: def.partitionKey.name, KeyType: 'HASH' },
    ];
    if (def.sortKey) keys.push({ AttributeName: def.sortKey.name, KeyType: 'RANGE' });
    assert.deepEqual(p.KeySchema, keys, `${kind} keys`);
    if (def.ttlAttribute)
      assert.deepEqual(p.TimeToLiveSpecification, { AttributeName: def.ttlAttribute, Enabled: true });
    else assert.equal(p.TimeToLiveSpecification, undefined, kind);
  }
  for (const kind of tableKinds) {
    const def: TableDef = TABLES[kind];
    const gsis = (resource(stack.tables[kind]).Properties.GlobalSecondaryIndexes ?? []) as any[];
    assert.deepEqual(
      gsis.map((g) => [g.IndexName, g.KeySchema, g.Projection]),
      (def.globalIndexes ?? []).map((g) => [
        g.name,
        [
          { AttributeName: g.partitionKey.name, KeyType: 'HASH' },
          ...(g.sortKey ? [{ AttributeName: g.sortKey.name, KeyType: 'RANGE' }] : []),
        ],
        { ProjectionType: g.projection ?? 'ALL' },
      ]),
      `${kind} indexes`,
    );
  }
  assert.deepEqual(
    TABLES.alerts.globalIndexes.map((g) => g.name),
    ['byFeed', 'byQuotedPost'],
  );
  assert.equal(TABLES.events.ttlAttribute, 'expiresAt');
  // The customers table's keys never change (a key change replaces the table): shards are an index, keys only.
  assert.deepEqual(resource(stack.tables.customers).Properties.KeySchema, [
    { AttributeName: 'kind', KeyType: 'HASH' },
    { AttributeName: 'id', KeyType: 'RANGE' },
  ]);
  assert.deepEqual(
    TABLES.customers.globalIndexes.map((g) => [g.name, g.partitionKey.name, g.projection]),
    [['byShard', 'shard', 'KEYS_ONLY']],
  );
});

test('the ledger index upgrade: with -c ledgerIndexUpgrade=true the retired index stays beside the keys-only one, one index added per deploy', () => {
  const ledgerIndexes = (t: Template) =>
    Object.values(t.findResources('AWS::DynamoDB::Table', { Properties: { TableName: TABLES.deliveries.id } })).flatMap(
      (r) =>
        (r.Properties.GlobalSecondaryIndexes as { IndexName: string; Projection: unknown }[]).map((g) => [
          g.IndexName,
          g.Projection,
        ]),
    );
  const upgrade = synth({ nag: false, ledgerIndexUpgrade: 'true' });
  try {
    assert.deepEqual(ledgerIndexes(Template.fromStack(upgrade.stack)), [
      ['byCustomerDecided', { ProjectionType: 'KEYS_ONLY' }],
      [RETIRED_LEDGER_INDEX.name, { ProjectionType: 'ALL' }],
    ]);
  } finally {
    rmSync(upgrade.outdir, { recursive: true, force: true });
  }
  // The app as deployed after the upgrade: only the keys-only index.
  assert.deepEqual(ledgerIndexes(Template.fromStack(s.stack)), [
    ['byCustomerDecided', { ProjectionType: 'KEYS_ONLY' }],
  ]);
});

test('retention: alerts and ledger expire by TTL; every retained table has deletion protection; scratch tables none (they go with the stack)', () => {
  for (const kind of ['alerts', 'deliveries'] as const)
    assert.deepEqual(resource(stack.tables[kind]).Properties.TimeToLiveSpecification, {
      AttributeName: 'expiresAt',
      Enabled: true,
    });
  for (const kind of tableKinds) {
    const r = resource(stack.tables[kind]);
    const retained = r.DeletionPolicy === 'Retain';
    assert.equal(retained, TABLES[kind].pointInTimeRecovery, kind);
    assert.equal(r.Properties.DeletionProtectionEnabled === true, retained, `${kind}: deletion protection`);
  }
  assert.ok(RETENTION.ledgerDays >= RETENTION.alertsDays, 'the ledger outlives the alerts it records');
});

test('alerts and tombstones tables stream NEW_IMAGE; no other table has a stream', () => {
  for (const kind of ['alerts', 'tombstones'] as const)
    assert.deepEqual(resource(stack.tables[kind]).Properties.StreamSpecification, { StreamViewType: 'NEW_IMAGE' });
  for (const kind of tableKinds.filter((k) => k !== 'alerts' && k !== 'tombstones')) {
    assert.equal(resource(stack.tables[kind]).Properties.StreamSpecification, undefined, kind);
  }
});

test('PITR on alerts/customers/deliveries/connector state (and RETAIN), off on events and tombstones (TTL)', () => {
  for (const kind of ['alerts', 'customers', 'deliveries', 'connectorState'] as const) {
    const r = resource(stack.tables[kind]);
    assert.deepEqual(r.Properties.PointInTimeRecoverySpecification, { PointInTimeRecoveryEnabled: true }, kind);
    assert.equal(r.DeletionPolicy, 'Retain', kind);
  }
  const events = resource(stack.tables.events).Properties.PointInTimeRecoverySpecification;
  assert.ok(!events?.PointInTimeRecoveryEnabled, 'events: no PITR');
  assert.equal(TABLES.tombstones.ttlAttribute, 'expiresAt');
  for (const kind of tableKinds)
    assert.equal(TABLES[kind].pointInTimeRecovery, kind !== 'events' && kind !== 'tombstones');
});

// --------------------------------------------------------------- functions

test('all functions: nodejs24.x on arm64, memory/timeout/handler from FUNCTIONS, own log group', () => {
  const all = ofType('AWS::Lambda::Function');
  // Besides Tocsin's own: CDK's handler that copies the console into its bucket (test/unit/stack/api.assertions.ts).
  const fns = all.filter(
    ([logicalId]) =>
      !logicalId.startsWith('CustomCDKBucketDeployment') &&
      !logicalId.startsWith('AWSCDKTriggerCustomResourceProvider'),
  );
  assert.equal(all.length - fns.length, 2, "two custom-resource helpers: CDK's BucketDeployment and trigger provider");
  assert.equal(
    fns.length,
    12,
    'score, aggregate, fan-out, fan-out shard, delivery-retry, bluesky and mastodon connectors, API, channel delivery, shard migration, redact, ingest mode',
  );
  for (const [logicalId, f] of fns) {
    assert.equal(f.Properties.Runtime, 'nodejs24.x', logicalId);
    assert.deepEqual(f.Properties.Architectures, ['arm64'], logicalId);
    assert.ok(f.Properties.LoggingConfig?.LogGroup, `${logicalId} log group`);
  }
  for (const [kind, fn] of Object.entries(functions()) as [keyof typeof FUNCTIONS, IConstruct][]) {
    const def = FUNCTIONS[kind];
    const p = resource(fn).Properties;
    assert.equal(p.MemorySize, def.memoryMb, kind);
    assert.equal(p.Timeout, def.timeoutSeconds, kind);
    assert.equal(p.Handler, 'index.handler', kind);
  }
});

test('each function gets exactly the variables its definition binds, pointing at its resources, and its own service name', () => {
  const runtime = ['NODE_OPTIONS', 'POWERTOOLS_LOG_LEVEL', 'POWERTOOLS_METRICS_NAMESPACE', 'POWERTOOLS_SERVICE_NAME'];
  // Set by the stack, not a binding: where chat messages link to (the console's distribution).
  const wiredByStack: Partial<Record<keyof typeof FUNCTIONS, string[]>> = {
    channelDelivery: ['CONSOLE_URL'],
    // Stage 1's mapping and the two mode alarms (test/unit/stack/ingest-mode.assertions.ts).
    ingestMode: Object.values(INGEST_MODE_ENV),
  };
  for (const [kind, fn] of Object.entries(functions()) as [keyof typeof FUNCTIONS, IConstruct][]) {
    const vars = resource(fn).Properties.Environment.Variables as Record<string, unknown>;
    assert.deepEqual(
      Object.keys(vars).sort(),
      [...environmentOf(kind), ...runtime, ...(wiredByStack[kind] ?? [])].sort(),
      kind,
    );
    for (const [table, variable] of Object.entries(ENV.tables) as [keyof typeof TABLES, string][]) {
      if (variable in vars) assert.deepEqual(vars[variable], ref(stack.tables[table]), `${kind} ${variable}`);
    }
    // Powertools takes the service (the metrics' `service` dimension, which the alarms name) from here.
    assert.equal(vars.POWERTOOLS_SERVICE_NAME, SERVICES[kind], kind);
    assert.equal(vars.POWERTOOLS_METRICS_NAMESPACE, METRICS_NAMESPACE);
  }
  assert.deepEqual(
    resource(stack.functions.score).Properties.Environment.Variables[ENV.queues.ingestDlq],
    ref(stack.ingest.dlq),
  );
  assert.deepEqual(
    resource(stack.functions.channelDelivery).Properties.Environment.Variables.CONSOLE_URL,
    stack.resolve(stack.console.url),
    "chat messages link to the console's CloudFront address",
  );
  const fanOutVars = resource(stack.functions.fanOut).Properties.Environment.Variables;
  assert.deepEqual(fanOutVars[ENV.queues.fanOutShard], ref(stack.fanOutShards), 'the splitter sends shard jobs');
  const shardVars = resource(stack.functions.fanOutShard).Properties.Environment.Variables;
  assert.deepEqual(shardVars[ENV.queues.deliveryRetry], ref(stack.deliveryRetry));
  assert.deepEqual(shardVars[ENV.queues.fanOutShard], ref(stack.fanOutShards), 'the rest of a big shard');
  assert.equal(
    shardVars[ENV.settings.deliveryRetryDelaySeconds],
    String(FUNCTIONS.fanOutShard.settings.deliveryRetryDelaySeconds),
  );
  const connectorVars = resource(stack.functions.blueskyConnector).Properties.Environment.Variables;
  assert.deepEqual(connectorVars[ENV.queues.ingest], ref(stack.ingest), 'the connector sends to the ingest queue');
  assert.equal(
    connectorVars[ENV.settings.connectorShiftSeconds],
    String(FUNCTIONS.blueskyConnector.settings.connectorShiftSeconds),
  );
  assert.equal(new Set(Object.values(SERVICES)).size, Object.keys(FUNCTIONS).length, 'one service per function');
});

test('fan-out ESM on the alerts stream: TRIM_HORIZON, INSERT only, retries from ALERT_STREAM, bisect, on-failure bucket', () => {
  template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
    EventSourceArn: getAtt(stack.tables.alerts, 'StreamArn'),
    FunctionName: ref(stack.functions.fanOut),
    StartingPosition: 'TRIM_HORIZON',
    BatchSize: ALERT_STREAM.batchSize,
    BisectBatchOnFunctionError: true,
    MaximumRetryAttempts: ALERT_STREAM.retryAttempts,
    MaximumRecordAgeInSeconds: ALERT_STREAM.maxRecordAgeSeconds,
    FunctionResponseTypes: ['ReportBatchItemFailures'],
    DestinationConfig: { OnFailure: { Destination: getAtt(stack.alertStream.failures) } },
    FilterCriteria: { Filters: [{ Pattern: JSON.stringify({ eventName: ['INSERT'] }) }] },
  });
  assert.equal(ofType('AWS::Lambda::EventSourceMapping').length, 7);
});

test('fan-out shard queue: names, DLQ after FAN_OUT_SHARD.maxReceiveCount, visibility >= 6 x its worker timeout, partial batch responses, concurrency cap', () => {
  const q = resource(stack.fanOutShards).Properties;
  assert.equal(q.QueueName, FAN_OUT_SHARD.queueName);
  assert.equal(resource(stack.fanOutShards.dlq).Properties.QueueName, FAN_OUT_SHARD.dlqName);
  assert.deepEqual(q.RedrivePolicy, {
    deadLetterTargetArn: getAtt(stack.fanOutShards.dlq),
    maxReceiveCount: FAN_OUT_SHARD.maxReceiveCount,
  });
  const timeout = resource(stack.functions.fanOutShard).Properties.Timeout as number;
  assert.ok(q.VisibilityTimeout >= 6 * timeout, `visibility ${q.VisibilityTimeout}s < 6 x ${timeout}s`);
  template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
    EventSourceArn: getAtt(stack.fanOutShards),
    FunctionName: ref(stack.functions.fanOutShard),
    FunctionResponseTypes: ['ReportBatchItemFailures'],
    BatchSize: FAN_OUT_SHARD.batchSize,
    ScalingConfig: { MaximumConcurrency: FAN_OUT_SHARD.maxConcurrency },
  });
});

test('the splitter reads no table and publishes nothing: it only sends shard jobs', () => {
  const st = statementsOf(roleOf(id(stack.functions.fanOut)));
  for (const kind of tableKinds.filter((k) => k !== 'alerts'))
    assert.deepEqual(actionsOn(st, stack.tables[kind]), [], `nothing on ${kind}`);
  assert.ok(!st.some((s) => actionsOf(s).some((a) => a.startsWith('sns:'))), 'no SNS');
  const sends = st.filter((s) => actionsOf(s).includes('sqs:SendMessage'));
  assert.deepEqual(
    sends.map((s) => s.Resource),
    [getAtt(stack.fanOutShards)],
    'sends to the shard queue only',
  );
});

test('the shard worker reads customers through the byShard index (Query) and the table itself (BatchGetItem), never a Scan', () => {
  const st = statementsOf(roleOf(id(stack.functions.fanOutShard)));
  const onCustomers = actionsOn(st, stack.tables.customers);
  assert.ok(
    onCustomers.includes('dynamodb:Query') && onCustomers.includes('dynamodb:BatchGetItem'),
    onCustomers.join(),
  );
  assert.ok(!onCustomers.includes('dynamodb:Scan'));
  assert.ok(
    st.some((s) => JSON.stringify(s.Resource).includes('/index/byShard') && actionsOf(s).includes('dynamodb:Query')),
    'Query on the byShard index, named',
  );
});

test('the shard migration runs at deploy: after the customers table, before the fan-out is updated; it may only set shards (Query, UpdateItem) and customer topic policies', () => {
  const triggers = ofType('Custom::Trigger');
  assert.equal(triggers.length, 1);
  const [triggerId, trigger] = triggers[0]!;
  const t = trigger as { Properties: any; DependsOn?: string[] };
  assert.deepEqual(t.Properties.HandlerArn, stack.resolve(stack.functions.shardMigration.currentVersion.functionArn));
  assert.equal(t.Properties.InvocationType, 'RequestResponse', 'a failed migration fails the deploy');
  assert.equal(t.Properties.ExecuteOnHandlerChange, true);
  assert.ok(t.DependsOn?.includes(id(stack.tables.customers)), 'after the customers table (its byShard index)');
  const fanOut = json.Resources[id(stack.functions.fanOut)] as { DependsOn?: string[] };
  assert.ok(fanOut.DependsOn?.includes(triggerId), 'the splitter is updated only after the migration');
  const fanOutMapping = ofType('AWS::Lambda::EventSourceMapping').find(
    ([, m]) => JSON.stringify(m.Properties.FunctionName) === JSON.stringify(ref(stack.functions.fanOut)),
  );
  assert.ok(fanOutMapping, 'the fan-out stream mapping');
  assert.ok((fanOutMapping[1] as { DependsOn?: string[] }).DependsOn?.includes(triggerId), 'and its stream mapping');

  const st = statementsOf(roleOf(id(stack.functions.shardMigration)));
  assert.deepEqual(actionsOn(st, stack.tables.customers), ['dynamodb:Query', 'dynamodb:UpdateItem']);
  assert.ok(
    st.every((s) => !JSON.stringify(s.Resource).includes('/index/')),
    'no index',
  );
  const other = st.flatMap(actionsOf).filter((a) => !a.startsWith('logs:') && !a.startsWith('dynamodb:'));
  assert.deepEqual(other, ['sns:SetTopicAttributes']);
  assert.equal(resource(stack.functions.shardMigration).Properties.Timeout, 900);
});

test('failed alert-stream batches are kept whole in S3: encrypted, TLS only, private, expiring, request metrics for the alarm', () => {
  const b = resource(stack.alertStream.failures);
  assert.equal(b.DeletionPolicy, 'Retain');
  assert.deepEqual(b.Properties.BucketEncryption, {
    ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
  });
  assert.deepEqual(b.Properties.PublicAccessBlockConfiguration, {
    BlockPublicAcls: true,
    BlockPublicPolicy: true,
    IgnorePublicAcls: true,
    RestrictPublicBuckets: true,
  });
  assert.deepEqual(b.Properties.LifecycleConfiguration.Rules, [
    {
      AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 },
      ExpirationInDays: RETENTION.streamFailuresDays,
      Status: 'Enabled',
    },
  ]);
  assert.deepEqual(b.Properties.MetricsConfigurations, [{ Id: 'EntireBucket' }]);
  template.hasResourceProperties('AWS::S3::BucketPolicy', {
    Bucket: ref(stack.alertStream.failures),
    PolicyDocument: {
      Statement: Match.arrayWith([
        Match.objectLike({ Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
      ]),
    },
  });
  // The fan-out role may write failed batches there, and neither read nor delete them.
  const onBucket = statementsOf(roleOf(id(stack.functions.fanOut))).filter((st) =>
    JSON.stringify(st.Resource).includes(`"${id(stack.alertStream.failures)}"`),
  );
  assert.deepEqual(onBucket.flatMap(actionsOf).sort(), ['s3:ListBucket', 's3:PutObject']);
  assert.deepEqual(
    ofType('AWS::S3::Bucket')
      .map(([k]) => k)
      .sort(),
    [id(stack.alertStream.failures), id(stack.console.bucket), redactFailures()].sort(),
  );
});

/** The redact function's on-failure bucket (the one its stream's mapping names). */
const redactFailures = (): string => {
  const [, m] = ofType('AWS::Lambda::EventSourceMapping').find(
    ([, r]) => JSON.stringify(r.Properties.FunctionName) === JSON.stringify(ref(stack.functions.redact)),
  )!;
  return m.Properties.DestinationConfig.OnFailure.Destination['Fn::GetAtt'][0];
};

test('redact: on the tombstones stream (INSERT only, retries from TOMBSTONE_STREAM, bisect, its own on-failure bucket)', () => {
  template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
    EventSourceArn: getAtt(stack.tables.tombstones, 'StreamArn'),
    FunctionName: ref(stack.functions.redact),
    StartingPosition: 'TRIM_HORIZON',
    BisectBatchOnFunctionError: true,
    MaximumRetryAttempts: TOMBSTONE_STREAM.retryAttempts,
    FunctionResponseTypes: ['ReportBatchItemFailures'],
    FilterCriteria: { Filters: [{ Pattern: JSON.stringify({ eventName: ['INSERT'] }) }] },
  });
  assert.notEqual(redactFailures(), id(stack.alertStream.failures));
});

test('redact role: on the alerts only Query on byQuotedPost and UpdateItem of the excerpt attributes (no Put, Delete, Scan), nothing on another table', () => {
  const st = statementsOf(roleOf(id(stack.functions.redact)));
  assert.deepEqual(actionsOn(st, stack.tables.alerts), ['dynamodb:Query', 'dynamodb:UpdateItem']);
  const query = st.find((x) => actionsOf(x).includes('dynamodb:Query'));
  assert.match(JSON.stringify(query.Resource), /\/index\/byQuotedPost"/, 'Query on the index only, not the table');
  const update = st.find((x) => actionsOf(x).includes('dynamodb:UpdateItem'));
  assert.deepEqual(update.Condition, {
    'ForAllValues:StringEquals': { 'dynamodb:Attributes': [...REDACTION.attributes] },
    StringEqualsIfExists: { 'dynamodb:ReturnValues': 'NONE' },
  });
  assert.deepEqual(REDACTION.attributes, ['alertId', 'version', 'post', 'quotedKey', 'postRemovedAt']);
  for (const kind of tableKinds.filter((k) => k !== 'alerts' && k !== 'tombstones' && k !== 'events'))
    assert.deepEqual(actionsOn(st, stack.tables[kind]), [], `nothing on ${kind}`);
  // On the tombstones: only what its stream's event source needs.
  assert.ok(
    actionsOn(st, stack.tables.tombstones).every((a) =>
      /^dynamodb:(DescribeStream|GetRecords|GetShardIterator|ListStreams)$/.test(a),
    ),
  );
  assert.ok(!st.some((x) => actionsOf(x).some((a) => a.startsWith('sns:'))), 'no SNS');
});

// --------------------------------------------------------------------- IAM

test('score role (stage 1): no SNS permission, no detector state, no alerts; sends evidence, quarantine and poison; reads the source registry', () => {
  const statements = statementsOf(roleOf(id(stack.functions.score)));
  assert.ok(statements.length > 0);
  for (const st of statements) {
    for (const a of actionsOf(st)) assert.ok(!/^sns:|^\*$/i.test(a), `score role must not have ${a}`);
  }
  const role = json.Resources[roleOf(id(stack.functions.score))]!;
  assert.equal(role.Properties.ManagedPolicyArns, undefined, 'no managed policies on the score role');
  assert.deepEqual(actionsOn(statements, stack.tables.alerts), [], 'stage 1 stores no alert');
  assert.deepEqual(actionsOn(statements, stack.tables.events), [], 'stage 1 keeps no state');
  // may send to the evidence queue (stage 2), the quarantine (bad input) and the DLQ (poison)
  for (const q of [stack.evidence, stack.quarantine, stack.ingest.dlq])
    assert.ok(
      statements.some(
        (st) => actionsOf(st).includes('sqs:SendMessage') && JSON.stringify(st.Resource) === JSON.stringify(getAtt(q)),
      ),
    );
  // reads the source registry (customers table), writes nothing there; nothing on deliveries
  const onCustomers = actionsOn(statements, stack.tables.customers);
  assert.ok(onCustomers.includes('dynamodb:Query'), 'score reads the source registry');
  assert.ok(!onCustomers.some((a) => /Put|Update|Delete|Write/.test(a)), `score writes customers: ${onCustomers}`);
  assert.ok(
    !statements.some((st) => JSON.stringify(st.Resource).includes(id(stack.tables.deliveries))),
    'score role touches deliveries',
  );
});

test('aggregate role (stage 2): detector state read-write, alerts append-only (PutItem), poison to its DLQ; no SNS, no customers', () => {
  const statements = statementsOf(roleOf(id(stack.functions.aggregate)));
  for (const st of statements)
    for (const a of actionsOf(st)) assert.ok(!/^sns:|^\*$/i.test(a), `aggregate role must not have ${a}`);
  assert.deepEqual(actionsOn(statements, stack.tables.alerts), ['dynamodb:PutItem']);
  assert.ok(actionsOn(statements, stack.tables.events).includes('dynamodb:BatchGetItem'));
  assert.deepEqual(actionsOn(statements, stack.tables.customers), []);
  assert.ok(
    statements.some(
      (st) =>
        actionsOf(st).includes('sqs:SendMessage') &&
        JSON.stringify(st.Resource) === JSON.stringify(getAtt(stack.evidence.dlq)),
    ),
  );
});

/** Every customer topic of this account and region, as the template writes it. */
const CUSTOMER_TOPICS_ARN = {
  'Fn::Join': [
    '',
    [
      'arn:',
      { Ref: 'AWS::Partition' },
      ':sns:',
      { Ref: 'AWS::Region' },
      ':',
      { Ref: 'AWS::AccountId' },
      `:${CUSTOMER_TOPIC_PREFIX}*`,
    ],
  ],
};

for (const which of ['fanOutShard', 'deliveryRetry'] as const)
  test(`${which} role: the ledger is an audit record: GetItem, PutItem and UpdateItem on the table itself, never a delete or a batch write`, () => {
    const statements = statementsOf(roleOf(id(functions()[which])));
    assert.deepEqual(actionsOn(statements, stack.tables.deliveries), [
      'dynamodb:GetItem',
      'dynamodb:PutItem',
      'dynamodb:UpdateItem',
    ]);
    const onLedger = statements.filter((st) =>
      JSON.stringify(st.Resource).includes(`"${id(stack.tables.deliveries)}"`),
    );
    for (const st of onLedger)
      assert.deepEqual(st.Resource, getAtt(stack.tables.deliveries), 'the table, not its indexes');
    // No other statement may reach it through a wildcard either.
    for (const st of statements)
      for (const a of actionsOf(st))
        assert.ok(!/^dynamodb:(DeleteItem|BatchWriteItem|\*)$|^\*$/.test(a), `${which} may ${a}`);
  });

for (const which of ['fanOutShard', 'deliveryRetry'] as const)
  test(`${which} role: sns:Publish only on the customer-topic prefix ARN, nothing on the events table`, () => {
    const fn = functions()[which];
    const statements = statementsOf(roleOf(id(fn)));
    const publish = statements.filter((st) => actionsOf(st).some((a) => /^sns:/i.test(a) || a === '*'));
    assert.equal(publish.length, 1, 'exactly one SNS statement');
    assert.deepEqual(actionsOf(publish[0]), ['sns:Publish']);
    const expected = Stack.of(stack).resolve(
      stack.formatArn({ service: 'sns', resource: `${CUSTOMER_TOPIC_PREFIX}*` }),
    );
    assert.deepEqual(publish[0].Resource, expected);
    assert.deepEqual(expected, CUSTOMER_TOPICS_ARN);
    assert.ok(
      !statements.some((st) => JSON.stringify(st.Resource).includes(id(stack.tables.events))),
      'fan-out touches events',
    );
    assert.ok(
      !statements.some((st) => JSON.stringify(st.Resource).includes(id(stack.alarms))),
      'fan-out touches the ops topic',
    );
    // The only literal "*" resource is dynamodb:ListStreams (no resource-level permissions).
    for (const st of statements.filter((st) => st.Resource === '*'))
      assert.deepEqual(actionsOf(st), ['dynamodb:ListStreams']);
    const role = json.Resources[roleOf(id(fn))]!;
    assert.equal(role.Properties.ManagedPolicyArns, undefined, `no managed policies on the ${which} role`);
    // the ledger on the table and its two named indexes, never index/*
    assert.ok(!JSON.stringify(statements).includes('/index/*'), 'no index wildcard');
    const sendsRetries = statements.some(
      (st) =>
        actionsOf(st).includes('sqs:SendMessage') &&
        JSON.stringify(st.Resource) === JSON.stringify(getAtt(stack.deliveryRetry)),
    );
    assert.equal(sendsRetries, which === 'fanOutShard', 'only the fan-out shard worker schedules retries');
  });

test('only the two delivery roles may publish; only the admin role manages customer topics; the API only lists subscriptions (test/unit/stack/api.assertions.ts); the others have no SNS permission', () => {
  const delivery = new Set([roleOf(id(stack.functions.fanOutShard)), roleOf(id(stack.functions.deliveryRetry))]);
  const admin = id(stack.customerTopics.adminRole);
  const api = roleOf(id(stack.functions.api));
  const migration = roleOf(id(stack.functions.shardMigration));
  const roles = ofType('AWS::IAM::Role').map(([logicalId]) => logicalId);
  assert.equal(
    roles.length,
    16,
    "twelve functions, admin, SNS delivery status, CDK's BucketDeployment handler and trigger provider",
  );
  for (const r of roles.filter((r) => !delivery.has(r))) {
    for (const st of statementsOf(r))
      for (const a of actionsOf(st)) {
        assert.ok(!/^sns:Publish$|^\*$|^sns:\*$/i.test(a), `${r} has ${a}`);
        if (r === api) assert.ok(!/^sns:/i.test(a) || a === 'sns:ListSubscriptionsByTopic', `${r} has ${a}`);
        else if (r === migration) {
          assert.ok(!/^sns:/i.test(a) || a === 'sns:SetTopicAttributes', `${r} has ${a}`);
          if (a.startsWith('sns:')) assert.equal(JSON.stringify(st.Resource), JSON.stringify(CUSTOMER_TOPICS_ARN), r);
        } else if (r !== admin) assert.ok(!/^sns:/i.test(a), `${r} has ${a}`);
      }
  }
  const adminSns = statementsOf(admin).filter((st) => actionsOf(st).some((a) => a.startsWith('sns:')));
  assert.deepEqual(
    adminSns.map((st) => JSON.stringify(st.Resource)),
    [JSON.stringify(CUSTOMER_TOPICS_ARN)],
    'the admin role touches customer topics only',
  );
});

test('the admin role reads the ledger and never writes it; refanout --aws goes through the delivery-retry queue', () => {
  const statements = statementsOf(id(stack.customerTopics.adminRole));
  assert.deepEqual(actionsOn(statements, stack.tables.deliveries), [
    'dynamodb:BatchGetItem',
    'dynamodb:DescribeTable',
    'dynamodb:GetItem',
    'dynamodb:Query',
  ]);
  assert.ok(
    statements.some(
      (st) =>
        actionsOf(st).includes('sqs:SendMessage') &&
        JSON.stringify(st.Resource) === JSON.stringify(getAtt(stack.deliveryRetry)),
    ),
    'the admin role may queue deliveries for the delivery-retry function',
  );
  // dlq list / redrive --queue evidence: reads the evidence DLQ, sends back to the evidence queue.
  const on = (q: IConstruct) =>
    statements.filter((st) => JSON.stringify(st.Resource) === JSON.stringify(getAtt(q))).flatMap(actionsOf);
  assert.ok(
    on(stack.evidence.dlq).includes('sqs:ReceiveMessage') && on(stack.evidence.dlq).includes('sqs:DeleteMessage'),
  );
  assert.ok(on(stack.evidence).includes('sqs:SendMessage') && !on(stack.evidence).includes('sqs:ReceiveMessage'));
});

test('the roles customer topic policies name have the names the admin CLI derives (resources/roles.ts)', () => {
  const named = (c: IConstruct, role: RoleRef) =>
    assert.deepEqual(json.Resources[id(c)]!.Properties.RoleName, {
      'Fn::Join': ['', [`${ROLES[role]}-`, { Ref: 'AWS::Region' }]],
    });
  named(stack.functions.fanOut.role!, 'fanOut');
  named(stack.functions.fanOutShard.role!, 'fanOutShard');
  named(stack.functions.deliveryRetry.role!, 'deliveryRetry');
  named(stack.customerTopics.adminRole, 'admin');
  named(stack.customerTopics.deliveryStatusRole, 'deliveryStatus');
  // What the CLI puts in a topic's policy for account 123456789012 in eu-west-1:
  assert.equal(
    roleArn({ partition: 'aws', region: 'eu-west-1', account: '123456789012' }, 'fanOut'),
    'arn:aws:iam::123456789012:role/tocsin-fan-out-eu-west-1',
  );
});

test('the subscription DLQ takes messages from customer topics only (SNS, this account and region)', () => {
  template.hasResourceProperties('AWS::SQS::QueuePolicy', {
    Queues: [ref(stack.customerTopics.subscriptionDlq)],
    PolicyDocument: {
      Statement: Match.arrayWith([
        Match.objectLike({
          Effect: 'Allow',
          Principal: { Service: 'sns.amazonaws.com' },
          Action: 'sqs:SendMessage',
          Condition: {
            ArnLike: {
              'aws:SourceArn': CUSTOMER_TOPICS_ARN,
            },
          },
        }),
      ]),
    },
  });
});

// ------------------------------------------------------------ alarms, ops

test('ops alarm topic: KMS-encrypted, TLS-only, CloudWatch may publish for this account and these alarms only, email subscription from alarmEmail', () => {
  const topic = resource(stack.alarms);
  assert.ok(topic.Properties.KmsMasterKeyId, 'topic SSE');
  template.hasResourceProperties('AWS::SNS::TopicPolicy', {
    Topics: [ref(stack.alarms)],
    PolicyDocument: {
      Statement: Match.arrayWith([
        Match.objectLike({
          Effect: 'Deny',
          Action: 'sns:Publish',
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        }),
      ]),
    },
  });
  // The topic policy replaces SNS's default: without an Allow for CloudWatch no alarm would ever reach the topic.
  const [, policy] = ofType('AWS::SNS::TopicPolicy').find(
    ([, p]) => JSON.stringify(p.Properties.Topics) === JSON.stringify([ref(stack.alarms)]),
  )!;
  const allows = (policy.Properties.PolicyDocument.Statement as any[]).filter((st) => st.Effect === 'Allow');
  assert.equal(allows.length, 1, 'one Allow statement on the ops topic');
  // Every alarm but the two signals of stage 1's mode, which notify nobody (test/unit/stack/ingest-mode.assertions.ts).
  const signals = new Set([id(stack.ingestMode.backlog), id(stack.ingestMode.calm)]);
  const alarmArns = ofType('AWS::CloudWatch::Alarm')
    .filter(([logicalId]) => !signals.has(logicalId))
    .map(([logicalId]) => ({ 'Fn::GetAtt': [logicalId, 'Arn'] }));
  assert.ok(alarmArns.length > 10);
  const allow = allows[0];
  assert.deepEqual(allow.Principal, { Service: 'cloudwatch.amazonaws.com' });
  assert.deepEqual([allow.Action].flat(), ['sns:Publish']);
  assert.deepEqual(allow.Resource, ref(stack.alarms));
  assert.deepEqual(allow.Condition.StringEquals, { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } });
  const sourceArns = [allow.Condition.ArnEquals['aws:SourceArn']].flat();
  const key = (x: unknown) => JSON.stringify(x);
  assert.deepEqual(sourceArns.map(key).sort(), alarmArns.map(key).sort(), "exactly the stack's alarms");
  assert.deepEqual(Object.keys(allow.Condition).sort(), ['ArnEquals', 'StringEquals']);
  template.hasResourceProperties('AWS::SNS::Subscription', {
    Protocol: 'email',
    Endpoint: ALARM_EMAIL,
    TopicArn: ref(stack.alarms),
  });
  template.hasResourceProperties('AWS::KMS::Key', {
    EnableKeyRotation: true,
    KeyPolicy: {
      Statement: Match.arrayWith([Match.objectLike({ Principal: { Service: 'cloudwatch.amazonaws.com' } })]),
    },
  });
  assert.equal(ofType('AWS::SNS::Topic').length, 1, 'no customer topics in the stack');
});

test('alarms: DLQ depth, oldest message, function errors, delivery failures, iterator age; all notify the ops topic', () => {
  // The paging alarms: all but the two signals of stage 1's mode (test/unit/stack/ingest-mode.assertions.ts).
  const signals = new Set([id(stack.ingestMode.backlog), id(stack.ingestMode.calm)]);
  const alarms = ofType('AWS::CloudWatch::Alarm')
    .filter(([logicalId]) => !signals.has(logicalId))
    .map(([, a]) => a.Properties);
  const find = (metricName: string, namespace: string, dims?: unknown[]) => {
    const hit = alarms.filter(
      (a) =>
        a.MetricName === metricName &&
        a.Namespace === namespace &&
        (!dims || JSON.stringify(a.Dimensions) === JSON.stringify(dims)),
    );
    assert.equal(hit.length, 1, `one alarm on ${namespace}/${metricName} ${JSON.stringify(dims ?? '')}`);
    return hit[0];
  };
  const queueDims = (q: IConstruct) => [{ Name: 'QueueName', Value: getAtt(q, 'QueueName') }];
  const fnDims = (f: IConstruct) => [{ Name: 'FunctionName', Value: ref(f) }];

  // Poison: one message is an incident. Bad input: a rate, never its queue's depth.
  const dlq = find('ApproximateNumberOfMessagesVisible', 'AWS/SQS', queueDims(stack.ingest.dlq));
  assert.equal(dlq.Threshold, 1);
  assert.equal(dlq.ComparisonOperator, 'GreaterThanOrEqualToThreshold');
  assert.ok(
    !alarms.some((a) => JSON.stringify(a.Dimensions ?? a.Metrics ?? '').includes(id(stack.quarantine))),
    'no alarm on the quarantine depth',
  );

  const age = find('ApproximateAgeOfOldestMessage', 'AWS/SQS', queueDims(stack.ingest));
  assert.equal(age.ComparisonOperator, 'GreaterThanThreshold');
  assert.ok(age.Threshold > 0 && age.Threshold <= 300);

  for (const fn of [
    stack.functions.score,
    stack.functions.aggregate,
    stack.functions.fanOut,
    stack.functions.fanOutShard,
  ]) {
    const errors = find('Errors', 'AWS/Lambda', fnDims(fn));
    assert.equal(errors.Threshold, 1);
    assert.equal(errors.ComparisonOperator, 'GreaterThanOrEqualToThreshold');
  }

  const rate = alarms.filter((a) => JSON.stringify(a.Metrics ?? '').includes(METRICS.postsRejected));
  assert.equal(rate.length, 1, 'one alarm on the quarantine rate');
  const expr = rate[0].Metrics.find((m: any) => m.Expression);
  assert.equal(expr.ReturnData, true);
  assert.match(
    expr.Expression,
    /100 \* \(FILL\(rejected, 0\) \+ FILL\(invalid, 0\)\) \/ \(FILL\(received, 0\) \+ FILL\(invalid, 0\)\)/,
  );
  assert.match(expr.Expression, /^IF\(FILL\(received, 0\) \+ FILL\(invalid, 0\) >= \d+,/, 'a minimum volume');
  const inputs = Object.fromEntries(
    rate[0].Metrics.filter((m: any) => m.MetricStat).map((m: any) => [m.Id, m.MetricStat.Metric.MetricName]),
  );
  assert.deepEqual(inputs, {
    received: METRICS.postsReceived,
    rejected: METRICS.postsRejected,
    invalid: METRICS.messagesInvalid,
  });
  assert.deepEqual(
    [rate[0].ComparisonOperator, rate[0].Threshold, rate[0].EvaluationPeriods],
    ['GreaterThanThreshold', 5, 3],
  );
  for (const m of rate[0].Metrics.filter((m: any) => m.MetricStat))
    assert.deepEqual([m.MetricStat.Period, m.MetricStat.Stat], [300, 'Sum'], m.Id);

  // Delivery failures of both delivery functions, each counted under its own service.
  const failures = alarms.filter((a) => a.Metrics && JSON.stringify(a.Metrics).includes(METRICS.deliveryFailures));
  assert.equal(failures.length, 1, 'one alarm on delivery failures');
  const summed = failures[0].Metrics.filter((m: any) => m.MetricStat).map((m: any) => m.MetricStat.Metric);
  assert.deepEqual(
    summed.map((m: any) => [m.Namespace, m.MetricName, m.Dimensions]),
    [SERVICES.fanOutShard, SERVICES.deliveryRetry].map((service) => [
      METRICS_NAMESPACE,
      METRICS.deliveryFailures,
      [{ Name: 'service', Value: service }],
    ]),
  );
  assert.equal(failures[0].Threshold, 0);
  assert.equal(failures[0].ComparisonOperator, 'GreaterThanThreshold');

  const iterator = find('IteratorAge', 'AWS/Lambda', fnDims(stack.functions.fanOut));
  assert.equal(iterator.Statistic, 'Maximum');

  const parked = find('PutRequests', 'AWS/S3', [
    { Name: 'BucketName', Value: ref(stack.alertStream.failures) },
    { Name: 'FilterId', Value: 'EntireBucket' },
  ]);
  assert.deepEqual([parked.Statistic, parked.Period, parked.Threshold], ['Sum', 60, 0]);
  find('ApproximateNumberOfMessagesVisible', 'AWS/SQS', queueDims(stack.deliveryRetry.dlq));
  assert.equal(find('Errors', 'AWS/Lambda', fnDims(stack.functions.deliveryRetry)).Threshold, 1);
  assert.equal(find('Errors', 'AWS/Lambda', fnDims(stack.functions.blueskyConnector)).Threshold, 1);
  assert.equal(find('Errors', 'AWS/Lambda', fnDims(stack.functions.api)).Threshold, 1);

  // The connector: silence (no post accepted in 5 minutes, missing data breaching), lag, checkpoint age, disconnects.
  const connectorDims = [{ Name: 'service', Value: SERVICES.blueskyConnector }];
  const silent = find(METRICS.connectorPosts, METRICS_NAMESPACE, connectorDims);
  assert.deepEqual(
    [silent.ComparisonOperator, silent.Threshold, silent.Period, silent.TreatMissingData],
    ['LessThanThreshold', 1, 300, 'breaching'],
  );
  const lag = find(METRICS.connectorLagSeconds, METRICS_NAMESPACE, connectorDims);
  assert.deepEqual([lag.Statistic, lag.Threshold, lag.EvaluationPeriods], ['Maximum', 120, 3]);
  assert.equal(find(METRICS.connectorCheckpointAgeSeconds, METRICS_NAMESPACE, connectorDims).Statistic, 'Maximum');
  assert.equal(find(METRICS.connectorDisconnects, METRICS_NAMESPACE, connectorDims).Threshold, 10);

  // Failed records, per handler: a batch that failed whole is otherwise an invocation that succeeded.
  for (const kind of ['score', 'aggregate', 'fanOut', 'fanOutShard', 'deliveryRetry'] as const) {
    const failed = find(METRICS.recordsFailed, METRICS_NAMESPACE, [{ Name: 'service', Value: SERVICES[kind] }]);
    assert.deepEqual(
      [failed.Statistic, failed.Period, failed.ComparisonOperator, failed.Threshold],
      ['Sum', 60, 'GreaterThanThreshold', 0],
      kind,
    );
  }
  const scoreSilent = find(METRICS.postsScored, METRICS_NAMESPACE, [{ Name: 'service', Value: SERVICES.score }]);
  assert.deepEqual(
    [scoreSilent.ComparisonOperator, scoreSilent.Threshold, scoreSilent.Period, scoreSilent.Statistic],
    ['LessThanThreshold', 1, 300, 'Sum'],
  );
  // Stage 2 (issue 11): the evidence queue's DLQ depth and oldest message, the aggregate function's errors,
  // failed records and throttles.
  for (const q of [stack.evidence.dlq])
    assert.equal(find('ApproximateNumberOfMessagesVisible', 'AWS/SQS', queueDims(q)).Threshold, 1);
  find('ApproximateAgeOfOldestMessage', 'AWS/SQS', queueDims(stack.evidence));
  // 44 before issue 11, + 5 for stage 2 (evidence DLQ depth and oldest message, aggregate errors, failed records, throttles),
  // + 5 for the fan-out shards (shard queue DLQ depth and oldest job, worker errors, failed jobs, throttles),
  // + 1 for the shard migration (throttles; its errors fail the deploy that runs it),
  // + 4 for the redact function (errors, failed records, throttles, its stream's failure bucket),
  // + 2 for the ingest-mode function (errors, throttles).
  assert.equal(alarms.length, 61);

  for (const a of alarms) {
    assert.deepEqual(a.AlarmActions, [ref(stack.alarms)], a.MetricName);
    assert.deepEqual(a.OKActions, [ref(stack.alarms)], a.MetricName);
    const heartbeat = a === silent || a === scoreSilent;
    assert.equal(a.TreatMissingData, heartbeat ? 'breaching' : 'notBreaching', a.MetricName);
  }
});

const alarmNamed = (logicalPrefix: string) => {
  const hits = ofType('AWS::CloudWatch::Alarm').filter(([logicalId]) =>
    new RegExp(`^${logicalPrefix}[0-9A-F]{8}$`).test(logicalId),
  );
  assert.equal(hits.length, 1, logicalPrefix);
  return hits[0]![1].Properties;
};
const metricStats = (a: any) =>
  Object.fromEntries(a.Metrics.filter((m: any) => m.MetricStat).map((m: any) => [m.Id, m.MetricStat]));

test('malformed customer or policy items alarm at the first (fan-out and delivery-retry, each under its own service)', () => {
  const a = alarmNamed('FanoutInvalidItemsAlarm');
  const stats = Object.values(metricStats(a)) as any[];
  assert.deepEqual(
    stats.map((m) => [m.Metric.MetricName, m.Metric.Dimensions[0].Value, m.Stat, m.Period]).sort(),
    [METRICS.invalidCustomers, METRICS.invalidPolicies]
      .flatMap((name) => [SERVICES.fanOutShard, SERVICES.deliveryRetry].map((service) => [name, service, 'Sum', 60]))
      .sort(),
  );
  assert.deepEqual([a.ComparisonOperator, a.Threshold, a.EvaluationPeriods], ['GreaterThanThreshold', 0, 1]);
});

test('the alerts stream heartbeat: alert versions stored in 5 minutes with no fan-out invocation at all', () => {
  const a = alarmNamed('FanoutStalledAlarm');
  const expr = a.Metrics.find((m: any) => m.Expression);
  assert.equal(expr.Expression, 'IF(FILL(created, 0) > 0 AND FILL(fannedOut, 0) == 0, 1, 0)');
  const { created, fannedOut } = metricStats(a);
  assert.deepEqual(
    [created.Metric.Namespace, created.Metric.MetricName, created.Metric.Dimensions, created.Stat, created.Period],
    [METRICS_NAMESPACE, METRICS.alertsCreated, [{ Name: 'service', Value: SERVICES.score }], 'Sum', 300],
  );
  assert.deepEqual(
    [fannedOut.Metric.Namespace, fannedOut.Metric.MetricName, fannedOut.Stat, fannedOut.Period],
    ['AWS/Lambda', 'IteratorAge', 'SampleCount', 300],
  );
  assert.deepEqual(fannedOut.Metric.Dimensions, [{ Name: 'FunctionName', Value: ref(stack.functions.fanOut) }]);
  assert.deepEqual([a.ComparisonOperator, a.Threshold, a.EvaluationPeriods], ['GreaterThanOrEqualToThreshold', 1, 1]);
});

test('throttles: every table (read + write throttle events) and every function, in 3 of 5 minutes', () => {
  for (const kind of tableKinds) {
    const a = alarmNamed(`${kind.charAt(0).toUpperCase()}${kind.slice(1)}TableThrottledAlarm`);
    const { reads, writes } = metricStats(a);
    for (const [m, name] of [
      [reads, 'ReadThrottleEvents'],
      [writes, 'WriteThrottleEvents'],
    ] as const) {
      assert.equal(m.Metric.MetricName, name);
      assert.deepEqual(m.Metric.Dimensions, [{ Name: 'TableName', Value: ref(stack.tables[kind]) }]);
    }
    assert.deepEqual(
      [a.Threshold, a.DatapointsToAlarm, a.EvaluationPeriods, a.ComparisonOperator],
      [0, 3, 5, 'GreaterThanThreshold'],
    );
  }
  for (const fn of Object.values(stack.functions)) {
    const a = alarmNamed(`${fn.node.id.replace(/Function$/, '')}ThrottledAlarm`);
    assert.deepEqual([a.Namespace, a.MetricName, a.Statistic], ['AWS/Lambda', 'Throttles', 'Sum']);
    assert.deepEqual(a.Dimensions, [{ Name: 'FunctionName', Value: ref(fn) }]);
    assert.deepEqual([a.Threshold, a.DatapointsToAlarm, a.EvaluationPeriods], [0, 3, 5]);
  }
});

test('delivery retries: oldest message past its first delay plus every visibility timeout means nobody consumes them', () => {
  const a = alarmNamed('DeliveryRetryOldestMessageAlarm');
  assert.deepEqual(a.Dimensions, [{ Name: 'QueueName', Value: getAtt(stack.deliveryRetry, 'QueueName') }]);
  assert.equal(a.MetricName, 'ApproximateAgeOfOldestMessage');
  assert.equal(
    a.Threshold,
    FUNCTIONS.fanOutShard.settings.deliveryRetryDelaySeconds +
      DELIVERY_RETRY.maxReceiveCount * DELIVERY_RETRY.visibilityTimeoutSeconds,
  );
});

test('SNS delivery failures of the customer topics, which the stack cannot name: every topic of the account but the ops topic', () => {
  const a = alarmNamed('CustomerNotificationsFailedAlarm');
  assert.equal(a.Metrics.length, 1);
  const [query] = a.Metrics;
  assert.equal(query.Period, 300);
  assert.deepEqual(query.Expression, {
    'Fn::Join': [
      '',
      [
        `SELECT SUM(NumberOfNotificationsFailed) FROM SCHEMA("AWS/SNS", TopicName) WHERE TopicName != '`,
        getAtt(stack.alarms, 'TopicName'),
        "'",
      ],
    ],
  });
  assert.deepEqual([a.ComparisonOperator, a.Threshold], ['GreaterThanThreshold', 0]);
});

test('the Bluesky connector runs in shifts: a schedule every minute, no retries of a tick', () => {
  template.hasResourceProperties('AWS::Events::Rule', {
    ScheduleExpression: 'rate(1 minute)',
    Targets: [
      Match.objectLike({ Arn: getAtt(stack.functions.blueskyConnector), RetryPolicy: { MaximumRetryAttempts: 0 } }),
    ],
  });
});

for (const kind of ['blueskyConnector', 'mastodonConnector'] as const)
  test(`${kind} role: only sends to the ingest queue and writes its two tables, nothing else`, () => {
    connectorRoleIsLeast(kind);
  });

function connectorRoleIsLeast(kind: 'blueskyConnector' | 'mastodonConnector') {
  const statements = statementsOf(roleOf(id(stack.functions[kind])));
  const touched = new Set(
    statements.flatMap(
      (st) =>
        JSON.stringify(st.Resource).match(/tocsin[A-Za-z]+[0-9A-F]{8}|IngestStandard(Queue|Dlq)[0-9A-F]{8}/g) ?? [],
    ),
  );
  assert.deepEqual(
    [...touched].sort(),
    [id(stack.ingest), id(stack.tables.connectorState), id(stack.tables.tombstones)].sort(),
  );
  for (const st of statements)
    for (const a of actionsOf(st)) assert.ok(!/^sns:|^\*$|^sqs:ReceiveMessage/i.test(a), `connector role has ${a}`);
  const tomb = statements
    .filter((st) => JSON.stringify(st.Resource).includes(id(stack.tables.tombstones)))
    .flatMap(actionsOf);
  assert.ok(
    tomb.includes('dynamodb:BatchWriteItem') && !tomb.some((a) => /GetItem|Query|Scan/.test(a)),
    `tombstones: write only (${tomb})`,
  );
  for (const a of statements.flatMap(actionsOf))
    assert.ok(!a.startsWith('secretsmanager:'), `${kind}: no secret is configured, so none may be read (${a})`);
}

test('deleted posts: the delivering functions and the admin role look tombstones up by key only (GetItem, BatchGetItem), on the table itself', () => {
  const lookup = ['dynamodb:BatchGetItem', 'dynamodb:GetItem'];
  const roles = {
    fanOutShard: roleOf(id(stack.functions.fanOutShard)),
    deliveryRetry: roleOf(id(stack.functions.deliveryRetry)),
    channelDelivery: roleOf(id(stack.functions.channelDelivery)),
    admin: id(stack.customerTopics.adminRole),
  };
  for (const [which, role] of Object.entries(roles)) {
    const statements = statementsOf(role);
    assert.deepEqual(actionsOn(statements, stack.tables.tombstones), lookup, which);
    for (const st of statements.filter((st) =>
      JSON.stringify(st.Resource).includes(`"${id(stack.tables.tombstones)}"`),
    ))
      assert.deepEqual(st.Resource, getAtt(stack.tables.tombstones), `${which}: the table, nothing else`);
  }
  assert.deepEqual(actionsOn(statementsOf(roleOf(id(stack.functions.score))), stack.tables.tombstones), []);
});

test('dashboard exists with the main widgets', () => {
  const dashboards = ofType('AWS::CloudWatch::Dashboard');
  assert.equal(dashboards.length, 1);
  const body = JSON.stringify(dashboards[0]![1].Properties.DashboardBody);
  for (const title of [
    'Posts scored',
    'Alerts',
    'Deliveries',
    'Errors',
    'Queue depth',
    'Latency',
    'Bluesky connector: posts/s',
    'Bluesky connector: lag and checkpoint age (s)',
  ]) {
    assert.ok(body.includes(`\\"title\\":\\"${title}\\"`), `widget ${title}`);
  }
});

// ------------------------------------------------------- outputs and tags

test('outputs: table names, queue URLs, function names, alarm topic ARN', () => {
  const outputs = json.Outputs;
  for (const name of [
    'EventsTableName',
    'AlertsTableName',
    'CustomersTableName',
    'DeliveriesTableName',
    'IngestQueueUrl',
    'IngestDlqUrl',
    'IngestQuarantineUrl',
    'FanoutFailureBucketName',
    'ScoreFunctionName',
    'FanoutFunctionName',
    'AlarmTopicArn',
    'DeliveryRetryFunctionName',
    'DeliveryRetryQueueUrl',
    'DeliveryRetryDlqUrl',
    'BlueskyConnectorFunctionName',
    'ConnectorStateTableName',
    'TombstonesTableName',
  ])
    assert.ok(outputs[name], `output ${name}`);
  template.hasOutput('AlertsTableName', { Value: ref(stack.tables.alerts) });
  template.hasOutput('AlarmTopicArn', { Value: ref(stack.alarms) });
});

test('taggable resources carry Project=tocsin', () => {
  const taggable = [
    'AWS::DynamoDB::Table',
    'AWS::SQS::Queue',
    'AWS::Lambda::Function',
    'AWS::SNS::Topic',
    'AWS::IAM::Role',
    'AWS::KMS::Key',
    'AWS::Logs::LogGroup',
  ];
  let n = 0;
  for (const type of taggable) {
    for (const [logicalId, r] of ofType(type)) {
      n++;
      assert.ok(
        (r.Properties.Tags ?? []).some((t: any) => t.Key === 'Project' && t.Value === 'tocsin'),
        `${logicalId} tagged`,
      );
    }
  }
  assert.ok(n >= 14);
});

test('env-agnostic: no account/region baked in, no context lookups', () => {
  assert.ok(Token.isUnresolved(stack.account) && Token.isUnresolved(stack.region));
  assert.ok(Stack.of(stack).resolve(stack.account).Ref === 'AWS::AccountId');
  assert.ok(Stack.of(stack).resolve(stack.region).Ref === 'AWS::Region');
  assert.deepEqual(s.assembly!.manifest.missing ?? [], []);
});

test('no construct warnings or errors (deprecated APIs, misconfigurations)', () => {
  const annotations = Annotations.fromStack(stack);
  assert.deepEqual(
    annotations.findWarning('*', Match.anyValue()).map((w) => `${w.id}: ${JSON.stringify(w.entry.data)}`),
    [],
  );
  assert.deepEqual(
    annotations.findError('*', Match.anyValue()).map((e) => `${e.id}: ${JSON.stringify(e.entry.data)}`),
    [],
  );
});

// ---------------------------------------------------------------- channels

test('channel queue: DLQ after the last attempt, visibility >= 6 x its function timeout, partial batch responses, concurrency cap', () => {
  const q = resource(stack.channelDelivery).Properties;
  assert.equal(q.QueueName, CHANNEL_DELIVERY.queueName);
  assert.deepEqual(q.RedrivePolicy, {
    deadLetterTargetArn: getAtt(stack.channelDelivery.dlq),
    maxReceiveCount: CHANNEL_MAX_ATTEMPTS,
  });
  assert.ok(q.VisibilityTimeout >= 6 * FUNCTIONS.channelDelivery.timeoutSeconds);
  template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
    EventSourceArn: getAtt(stack.channelDelivery),
    FunctionName: ref(stack.functions.channelDelivery),
    FunctionResponseTypes: ['ReportBatchItemFailures'],
    BatchSize: CHANNEL_DELIVERY.batchSize,
    ScalingConfig: { MaximumConcurrency: CHANNEL_DELIVERY.maxConcurrency },
  });
});

test('channel tables: channels backed up and retained; channel outcomes expire with the ledger', () => {
  const channels = resource(stack.tables.channels);
  assert.equal(channels.DeletionPolicy, 'Retain');
  assert.equal(channels.Properties.TimeToLiveSpecification, undefined);
  const outcomes = resource(stack.tables.channelDeliveries);
  assert.equal(outcomes.DeletionPolicy, 'Retain');
  assert.deepEqual(outcomes.Properties.TimeToLiveSpecification, { AttributeName: 'expiresAt', Enabled: true });
});

test('channel-delivery role: reads channel secrets by prefix only; no SNS, no send, no delete; the channel ledger never deleted from', () => {
  const statements = statementsOf(roleOf(id(stack.functions.channelDelivery)));
  const secrets = statements.filter((st) => actionsOf(st).some((a) => a.startsWith('secretsmanager:')));
  assert.equal(secrets.length, 1);
  assert.deepEqual(actionsOf(secrets[0]), ['secretsmanager:GetSecretValue']);
  assert.match(JSON.stringify(secrets[0].Resource), new RegExp(`:secret:${CHANNEL_SECRET_PREFIX}\\*`));
  const all = statements.flatMap(actionsOf);
  for (const a of all)
    assert.ok(!/^sns:|^sqs:SendMessage|^\*$|DeleteItem|BatchWriteItem/.test(a), `channel-delivery has ${a}`);
  assert.deepEqual(actionsOn(statements, stack.tables.channelDeliveries), [
    'dynamodb:GetItem',
    'dynamodb:PutItem',
    'dynamodb:UpdateItem',
  ]);
  assert.deepEqual(actionsOn(statements, stack.tables.events), [], 'nothing on detector state');
  const others = ofType('AWS::IAM::Role')
    .map(([r]) => r)
    .filter((r) => r !== roleOf(id(stack.functions.channelDelivery)));
  for (const r of others)
    for (const st of statementsOf(r))
      for (const a of actionsOf(st))
        assert.ok(a !== 'secretsmanager:GetSecretValue', `${r} may not read channel secrets`);
  const admin = statementsOf(id(stack.customerTopics.adminRole)).filter((st) =>
    actionsOf(st).some((a) => a.startsWith('secretsmanager:')),
  );
  assert.deepEqual(admin.flatMap(actionsOf).sort(), [
    'secretsmanager:CreateSecret',
    'secretsmanager:DeleteSecret',
    'secretsmanager:TagResource',
  ]);
});

test('the fan-out shard worker queues channel jobs and reads channels; parked jobs and a stalled channel queue are alarmed', () => {
  const fanOut = statementsOf(roleOf(id(stack.functions.fanOutShard)));
  assert.ok(
    fanOut.some(
      (st) =>
        actionsOf(st).includes('sqs:SendMessage') &&
        JSON.stringify(st.Resource) === JSON.stringify(getAtt(stack.channelDelivery)),
    ),
  );
  assert.ok(actionsOn(fanOut, stack.tables.channels).includes('dynamodb:Scan'));
  assert.ok(!actionsOn(fanOut, stack.tables.channels).includes('dynamodb:PutItem'), 'read only');
  const alarmOn = (queue: IConstruct, metric: string) =>
    ofType('AWS::CloudWatch::Alarm').filter(
      ([, a]) =>
        a.Properties.MetricName === metric &&
        JSON.stringify(a.Properties.Dimensions) ===
          JSON.stringify([{ Name: 'QueueName', Value: getAtt(queue, 'QueueName') }]),
    );
  assert.equal(alarmOn(stack.channelDelivery.dlq, 'ApproximateNumberOfMessagesVisible').length, 1);
  assert.equal(alarmOn(stack.channelDelivery, 'ApproximateAgeOfOldestMessage').length, 1);
  assert.equal(alarmOn(stack.fanOutShards.dlq, 'ApproximateNumberOfMessagesVisible').length, 1, 'shard jobs parked');
  assert.equal(alarmOn(stack.fanOutShards, 'ApproximateAgeOfOldestMessage').length, 1, 'shard jobs late');
});
