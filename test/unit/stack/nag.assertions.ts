/**
 * cdk-nag AwsSolutions checks on the Tocsin app.
 *
 * cdk-nag 3 is a CDK policy-validation plugin: findings do not become
 * annotations; app.synth() throws ("Validation failed ...") when the plugin
 * reports an unacknowledged error or warning, and the cloud assembly's
 * validation-report.json lists violations and, separately, acknowledged
 * (suppressedViolations) ones with their reasons.
 */

import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { App, Stack, Validations } from 'aws-cdk-lib';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { AwsSolutionsChecks } from 'cdk-nag';
import { deployed } from './helpers';

interface Violation {
  ruleName: string;
  severity: string;
  violatingConstructs: { constructPath: string }[];
  acknowledgedId?: string;
  reason?: string;
}
interface Report {
  pluginReports: {
    pluginName: string;
    conclusion: string;
    violations: Violation[];
    suppressedViolations?: Violation[];
  }[];
}

const s = deployed();
const reportFile = path.join(s.outdir, 'validation-report.json');
const report: Report | undefined = existsSync(reportFile) ? JSON.parse(readFileSync(reportFile, 'utf8')) : undefined;

const DEPLOY = 'Tocsin/Custom::CDKBucketDeployment8693BB64968944B69AAFB0CC9EB8756C';

/** Every acknowledgment in the app, with where it is and why. Adding one means adding it here, on purpose. */
const EXPECTED_SUPPRESSIONS = [
  ['AwsSolutions-DDB3', 'Tocsin/tocsin-events/Resource'],
  ['AwsSolutions-DDB3', 'Tocsin/tocsin-tombstones/Resource'],
  ['AwsSolutions-S1', 'Tocsin/FanoutFailureBucket/Resource'],
  ['AwsSolutions-S1', 'Tocsin/RedactFailureBucket/Resource'],
  ['AwsSolutions-IAM5[Resource::*]', 'Tocsin/RedactFunctionRole/DefaultPolicy/Resource'],
  [
    'AwsSolutions-IAM5[Resource::<RedactFailureBucketC7878FD7.Arn>/aws/lambda/*]',
    'Tocsin/RedactFunctionRole/DefaultPolicy/Resource',
  ],
  ['AwsSolutions-SQS3', 'Tocsin/IngestQuarantineQueue/Resource'],
  ['AwsSolutions-IAM5[Resource::*]', 'Tocsin/FanoutFunctionRole/DefaultPolicy/Resource'],
  [
    'AwsSolutions-IAM5[Resource::<FanoutFailureBucketD2416C7C.Arn>/aws/lambda/*]',
    'Tocsin/FanoutFunctionRole/DefaultPolicy/Resource',
  ],
  [
    'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:sns:<AWS::Region>:<AWS::AccountId>:tocsin-customer-*]',
    'Tocsin/FanoutShardFunctionRole/DefaultPolicy/Resource',
  ],
  [
    'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:sns:<AWS::Region>:<AWS::AccountId>:tocsin-customer-*]',
    'Tocsin/DeliveryRetryFunctionRole/DefaultPolicy/Resource',
  ],
  [
    'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:sns:<AWS::Region>:<AWS::AccountId>:tocsin-customer-*]',
    'Tocsin/ApiFunctionRole/DefaultPolicy/Resource',
  ],
  [
    'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:sns:<AWS::Region>:<AWS::AccountId>:tocsin-customer-*]',
    'Tocsin/ShardMigrationFunctionRole/DefaultPolicy/Resource',
  ],
  ...['alerts', 'alerts--{alertId}', 'me'].map((route) => [
    'AwsSolutions-APIG4',
    `Tocsin/CustomerApi/Http/GET--v1--${route}/Resource`,
  ]),
  ...['CFR1', 'CFR2', 'CFR3', 'CFR4'].map((r) => [`AwsSolutions-${r}`, 'Tocsin/Console/Distribution/Resource']),
  ['AwsSolutions-S1', 'Tocsin/Console/Bucket/Resource'],
  // CDK's BucketDeployment handler (copies the console into its bucket): its own role, grants and runtime.
  [
    'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
    `${DEPLOY}/ServiceRole/Resource`,
  ],
  ['AwsSolutions-L1', `${DEPLOY}/Resource`],
  ...[
    'Action::s3:Abort*',
    'Action::s3:DeleteObject*',
    'Action::s3:GetBucket*',
    'Action::s3:GetObject*',
    'Action::s3:List*',
    'Resource::*',
    'Resource::<ConsoleBucket86B6957C.Arn>/*',
    'Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*',
  ].map((g) => [`AwsSolutions-IAM5[${g}]`, `${DEPLOY}/ServiceRole/DefaultPolicy/Resource`]),
  [
    'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:secretsmanager:<AWS::Region>:<AWS::AccountId>:secret:tocsin/channels/*]',
    'Tocsin/ChannelDeliveryFunctionRole/DefaultPolicy/Resource',
  ],
  ['AwsSolutions-SQS3', 'Tocsin/CustomerTopics/SubscriptionDlq/Resource'],
  [
    'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:secretsmanager:<AWS::Region>:<AWS::AccountId>:secret:tocsin/channels/*]',
    'Tocsin/CustomerTopics/AdminRole/DefaultPolicy/Resource',
  ],
  [
    'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:sns:<AWS::Region>:<AWS::AccountId>:tocsin-customer-*]',
    'Tocsin/CustomerTopics/AdminRole/DefaultPolicy/Resource',
  ],
  [
    'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:sqs:<AWS::Region>:<AWS::AccountId>:*]',
    'Tocsin/CustomerTopics/AdminRole/DefaultPolicy/Resource',
  ],
  [
    'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:logs:<AWS::Region>:<AWS::AccountId>:log-group:sns/<AWS::Region>/<AWS::AccountId>/tocsin-customer-*]',
    'Tocsin/CustomerTopics/SnsDeliveryStatusRole/DefaultPolicy/Resource',
  ],
  [
    'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:logs:<AWS::Region>:<AWS::AccountId>:log-group:sns/<AWS::Region>/<AWS::AccountId>/tocsin-customer-*:*]',
    'Tocsin/CustomerTopics/SnsDeliveryStatusRole/DefaultPolicy/Resource',
  ],
]
  .map(([rule, at]) => `${rule} @ ${at}`)
  .sort();

test('synthesizing with AwsSolutionsChecks succeeds: no unacknowledged errors or warnings', () => {
  assert.equal(s.error, undefined, `synth failed:\n${s.error instanceof Error ? s.error.message : String(s.error)}`);
  assert.ok(report, 'validation-report.json written');
  const nag = report.pluginReports.filter((p) => p.pluginName === 'AwsSolutions');
  assert.equal(nag.length, 1, 'the AwsSolutions pack ran');
  for (const p of report.pluginReports) {
    const open = p.violations.map(
      (v) => `${v.severity} ${v.ruleName} @ ${v.violatingConstructs.map((c) => c.constructPath).join(', ')}`,
    );
    assert.deepEqual(open, [], `${p.pluginName} findings`);
    assert.equal(p.conclusion, 'success');
  }
});

test('suppressions are exactly the reviewed ones, each specific and with a reason', () => {
  assert.ok(report);
  const suppressed = report.pluginReports.flatMap((p) => p.suppressedViolations ?? []);
  const got = suppressed.flatMap((v) => v.violatingConstructs.map((c) => `${v.ruleName} @ ${c.constructPath}`)).sort();
  assert.deepEqual(got, EXPECTED_SUPPRESSIONS);
  for (const v of suppressed) {
    assert.ok((v.reason ?? '').length >= 60, `${v.ruleName}: a specific reason, got "${v.reason}"`);
    if (v.ruleName.startsWith('AwsSolutions-IAM'))
      assert.match(v.ruleName, /\[.+\]$/, 'IAM findings are acknowledged one finding at a time');
  }
  // Nothing acknowledged at stack or app level (which would hide future findings wholesale).
  for (const c of [s.app, s.stack]) {
    assert.ok(
      !c.node.metadata.some((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY),
      `acknowledgment on ${c.node.path || 'app'}`,
    );
  }
});

test('control: the same wiring fails synth on an insecure queue (the checks are live)', (t) => {
  t.mock.method(console, 'error', () => {}); // CDK prints the (expected) report to stderr
  const outdir = mkdtempSync(path.join(tmpdir(), 'tocsin-nag-control-'));
  const app = new App({ outdir });
  const stack = new Stack(app, 'NagControl');
  new sqs.Queue(stack, 'Plain', { encryption: sqs.QueueEncryption.UNENCRYPTED });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  t.after(() => rmSync(outdir, { recursive: true, force: true }));
  assert.throws(() => app.synth(), /Validation failed/);
  const control: Report = JSON.parse(readFileSync(path.join(outdir, 'validation-report.json'), 'utf8'));
  const rules = control.pluginReports.flatMap((p) => p.violations.map((v) => v.ruleName));
  assert.ok(rules.includes('AwsSolutions-SQS3') && rules.includes('AwsSolutions-SQS4'), `got ${rules}`);
});
