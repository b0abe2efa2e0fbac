import path from 'node:path';
import { ArnFormat, Aws, Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { powertoolsEnvironment } from '../../functions/commons/observability';
import {
  bindingsOf,
  CHANNEL_SECRET_PREFIX,
  CUSTOMER_TOPIC_PREFIX,
  ENV,
  FUNCTIONS,
  type FunctionDef,
  type FunctionKind,
  type QueueAccess,
  type QueueRef,
  REDACTION,
  roleName,
  type TableAccess,
  type TableName,
} from '../../resources';
import { REPO_ROOT } from '../../resources/repo';
import { bundling } from './bundling';
import { acknowledgeNag } from './nag';
import type { TocsinTable } from './tocsin-table';

export interface FunctionResources {
  tables: Record<TableName, TocsinTable>;
  queues: Record<QueueRef, sqs.IQueue>;
}

const ITEM_READS = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:ConditionCheckItem'];
const ITEM_WRITES = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'];
const reads = (a: TableAccess) => a === 'read' || a === 'readWrite';
const writes = (a: TableAccess) => a === 'write' || a === 'readWrite';
/** The narrow kinds of access (resources/functions.ts), statement by statement: nothing on the table's indexes or its description. */
const NARROW_ACCESS: Partial<Record<TableAccess, Record<string, string[]>>> = {
  append: { Append: ['dynamodb:PutItem'] },
  lookup: { Lookup: ['dynamodb:GetItem', 'dynamodb:BatchGetItem'] },
  ledger: {
    Record: ['dynamodb:GetItem', 'dynamodb:PutItem'],
    // Completing a recorded decision (pending -> delivered); kept apart so that a condition can narrow it alone.
    Complete: ['dynamodb:UpdateItem'],
  },
  reshard: { Reshard: ['dynamodb:Query', 'dynamodb:UpdateItem'] },
};
const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * A Tocsin Lambda from its definition (resources/functions.ts): Node 24 on
 * arm64, its own role and log group, bundled offline, and bound to exactly
 * the tables, queues and settings its definition lists. The role and log
 * group sit beside the function (same scope, ids `${id}Role`, `${id}Logs`),
 * where they have always been: their logical ids do not change.
 */
export class TocsinFunction extends nodejs.NodejsFunction {
  readonly kind: FunctionKind;

  constructor(scope: Construct, kind: FunctionKind, resources: FunctionResources) {
    const def: FunctionDef = FUNCTIONS[kind];
    const logGroup = new logs.LogGroup(scope, `${def.id}Logs`, {
      retention: logs.RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // Own role instead of AWSLambdaBasicExecutionRole: logs only to its own log group.
    // Delivery roles are named: customer topic policies let only them publish (resources/roles.ts).
    const role = new iam.Role(scope, `${def.id}Role`, {
      ...(def.namedRole ? { roleName: roleName(def.namedRole, Aws.REGION) } : {}),
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `Tocsin ${kind} function`,
    });
    logGroup.grantWrite(role);
    super(scope, def.id, {
      entry: path.join(REPO_ROOT, def.entry),
      handler: 'handler',
      projectRoot: REPO_ROOT,
      depsLockFilePath: path.join(REPO_ROOT, 'package-lock.json'),
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: def.memoryMb,
      timeout: Duration.seconds(def.timeoutSeconds),
      role,
      logGroup,
      environment: {
        ...powertoolsEnvironment(kind),
        POWERTOOLS_LOG_LEVEL: 'INFO',
        NODE_OPTIONS: '--enable-source-maps',
      },
      bundling: bundling(kind),
    });
    this.kind = kind;
    const b = bindingsOf(kind);
    for (const t of b.tables) this.bind(resources.tables[t.table], t.access);
    for (const q of b.queues) this.bindQueue(q.queue, resources.queues[q.queue], q.access);
    for (const s of b.settings) this.addEnvironment(s.variable, String(s.value));
    if (def.publishesToCustomerTopics) this.allowOnCustomerTopics(role, 'PublishToCustomerTopics', 'sns:Publish');
    if (def.setsCustomerTopicPolicies)
      this.allowOnCustomerTopics(role, 'SetCustomerTopicPolicies', 'sns:SetTopicAttributes');
    if (def.listsCustomerSubscriptions)
      this.allowOnCustomerTopics(role, 'ListCustomerSubscriptions', 'sns:ListSubscriptionsByTopic');
    if (def.readsChannelSecrets) this.allowReadingChannelSecrets(role);
  }

  /** The table's name in the function's variable for it, and the access, granted together. */
  bind(table: TocsinTable, access: TableAccess): void {
    this.addEnvironment(ENV.tables[table.kind], table.tableName);
    const Kind = capitalized(table.kind);
    if (access === 'redact') {
      this.allowRedaction(table, Kind);
      return;
    }
    const narrow = NARROW_ACCESS[access];
    if (narrow) {
      for (const [what, actions] of Object.entries(narrow))
        this.addToRolePolicy(new iam.PolicyStatement({ sid: `${Kind}${what}`, actions, resources: [table.tableArn] }));
      return;
    }
    const indexes = table.def.globalIndexes ?? [];
    if (indexes.length === 0) {
      if (access === 'read') table.grantReadData(this);
      else if (access === 'write') table.grantWriteData(this);
      else table.grantReadWriteData(this);
      return;
    }
    // CDK's grants would add `index/*`: name the table and each index instead.
    const actions = [
      ...(reads(access) ? ITEM_READS : []),
      ...(writes(access) ? ITEM_WRITES : []),
      'dynamodb:DescribeTable',
    ];
    this.addToRolePolicy(new iam.PolicyStatement({ sid: `${Kind}Items`, actions, resources: [table.tableArn] }));
    if (reads(access)) {
      this.addToRolePolicy(
        new iam.PolicyStatement({
          sid: `${Kind}Indexes`,
          actions: ['dynamodb:Query'],
          resources: indexes.map((i) => `${table.tableArn}/index/${i.name}`),
        }),
      );
    }
  }

  /**
   * The redact function's access to the alerts (REDACTION): find the versions
   * quoting a post by the byQuotedPost index, and update only the keys and the
   * excerpt's attributes of an item, returning nothing: it can remove what a
   * version quotes, and change nothing else of it.
   */
  private allowRedaction(table: TocsinTable, Kind: string): void {
    this.addToRolePolicy(
      new iam.PolicyStatement({
        sid: `${Kind}FindQuoting`,
        actions: ['dynamodb:Query'],
        resources: [`${table.tableArn}/index/${REDACTION.index}`],
      }),
    );
    this.addToRolePolicy(
      new iam.PolicyStatement({
        sid: `${Kind}RemoveQuotedPost`,
        actions: ['dynamodb:UpdateItem'],
        resources: [table.tableArn],
        conditions: {
          'ForAllValues:StringEquals': { 'dynamodb:Attributes': [...REDACTION.attributes] },
          StringEqualsIfExists: { 'dynamodb:ReturnValues': 'NONE' },
        },
      }),
    );
  }

  /** The queue's URL in the function's variable for it, and the right to send to it (`backoff`: its event source's grant is all it uses). */
  bindQueue(ref: QueueRef, queue: sqs.IQueue, access: QueueAccess = 'send'): void {
    this.addEnvironment(ENV.queues[ref], queue.queueUrl);
    if (access === 'send') queue.grantSendMessages(this);
  }

  /**
   * Channel secrets are created by the admin CLI when a channel is added, so
   * the name prefix is the only possible scope (Secrets Manager appends a
   * random suffix to every ARN). Read only: nothing here may create, change
   * or delete one.
   */
  private allowReadingChannelSecrets(role: iam.Role): void {
    const secrets = this.stack.formatArn({
      service: 'secretsmanager',
      resource: 'secret',
      resourceName: `${CHANNEL_SECRET_PREFIX}*`,
      arnFormat: ArnFormat.COLON_RESOURCE_NAME,
    });
    this.addToRolePolicy(
      new iam.PolicyStatement({
        sid: 'ReadChannelSecrets',
        actions: ['secretsmanager:GetSecretValue'],
        resources: [secrets],
      }),
    );
    acknowledgeNag(role.node.findChild('DefaultPolicy'), {
      id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:secretsmanager:<AWS::Region>:<AWS::AccountId>:secret:${CHANNEL_SECRET_PREFIX}*]`,
      reason:
        'Channel secrets (webhook signing secrets, chat webhook URLs) are created per channel by the admin CLI, not by this stack, so secretsmanager:GetSecretValue can only be scoped by the name prefix (this account and region, tocsin/channels/* only).',
    });
  }

  /**
   * Customer topics are created at onboarding by the admin CLI, so the only
   * possible scope is the name prefix; never the ops topic or anything else.
   */
  private allowOnCustomerTopics(role: iam.Role, sid: string, action: string): void {
    const topics = this.stack.formatArn({ service: 'sns', resource: `${CUSTOMER_TOPIC_PREFIX}*` });
    this.addToRolePolicy(new iam.PolicyStatement({ sid, actions: [action], resources: [topics] }));
    acknowledgeNag(role.node.findChild('DefaultPolicy'), {
      id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:sns:<AWS::Region>:<AWS::AccountId>:${CUSTOMER_TOPIC_PREFIX}*]`,
      reason: `Per-customer SNS topics are created at onboarding time by the admin CLI, not by this stack, so ${action} can only be scoped by the topic-name prefix (this account and region, tocsin-customer-* only).`,
    });
  }
}
