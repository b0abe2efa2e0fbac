/**
 * The Mastodon connector on AWS: idle and unscheduled in the default app (no
 * servers), scheduled with its servers and exactly their token secrets when
 * the `mastodonServers` context names some; a list that cannot work on AWS
 * fails synth with what is wrong.
 */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { test } from 'node:test';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { MASTODON } from '../../../resources';
import { deployed, synth } from './helpers';

const SERVERS = [
  { url: 'https://mastodon.example', timelines: ['public', 'hashtag:breaking'], token: { secret: 'tocsin/mastodon' } },
  {
    url: 'https://other.example',
    timelines: ['public:local'],
    token: { secret: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:other-AbCdEf' },
  },
  { url: 'https://open.example', timelines: ['public'] },
];

const templateOf = (s: ReturnType<typeof synth>) => {
  if (s.error) throw s.error;
  return Template.fromJSON(s.assembly!.getStackByName(s.stack.stackName).template);
};
const fnId = (s: ReturnType<typeof synth>) =>
  s.stack.getLogicalId(s.stack.functions.mastodonConnector.node.defaultChild as never);
/** Secrets Manager statements of the connector's own role. */
const secretStatements = (t: Template, fnLogicalId: string) => {
  const role = JSON.stringify({
    Ref: t.findResources('AWS::Lambda::Function')[fnLogicalId]!.Properties.Role['Fn::GetAtt'][0],
  });
  return Object.values(t.findResources('AWS::IAM::Policy'))
    .filter((p) => (p.Properties.Roles as unknown[]).some((r) => JSON.stringify(r) === role))
    .flatMap((p) =>
      (p.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[]).filter((st) =>
        [st.Action].flat().some((a) => a.startsWith('secretsmanager:')),
      ),
    );
};
const schedulesOf = (t: Template, logicalId: string) =>
  Object.values(t.findResources('AWS::Events::Rule')).filter((r) =>
    JSON.stringify(r.Properties.Targets).includes(`"${logicalId}"`),
  );
/** Its connector alarms (the throttle alarm every function has aside). */
const mastodonAlarms = (t: Template) =>
  Object.keys(t.findResources('AWS::CloudWatch::Alarm')).filter(
    (id) => id.startsWith('MastodonConnector') && !id.startsWith('MastodonConnectorThrottled'),
  );

test('default app: the Mastodon connector is deployed idle: no servers, no schedule, no secret, no connector alarms', () => {
  const s = deployed();
  const t = templateOf(s);
  const id = fnId(s);
  t.hasResourceProperties('AWS::Lambda::Function', {
    Environment: { Variables: Match.objectLike({ [MASTODON.serversVariable]: '[]' }) },
  });
  assert.equal(schedulesOf(t, id).length, 0);
  assert.deepEqual(secretStatements(t, id), []);
  assert.deepEqual(mastodonAlarms(t), []);
});

test('mastodonServers: the servers in its variable, a schedule every minute, GetSecretValue on exactly the named secrets, its alarms', () => {
  const s = synth({ mastodonServers: JSON.stringify(SERVERS) });
  const t = templateOf(s);
  rmSync(s.outdir, { recursive: true, force: true });
  const id = fnId(s);
  const fn = t.findResources('AWS::Lambda::Function')[id]!;
  assert.deepEqual(JSON.parse(fn.Properties.Environment.Variables[MASTODON.serversVariable]), SERVERS);
  const rules = schedulesOf(t, id);
  assert.equal(rules.length, 1);
  assert.equal(rules[0]!.Properties.ScheduleExpression, 'rate(1 minute)');
  assert.equal(rules[0]!.Properties.Targets[0].RetryPolicy.MaximumRetryAttempts, 0);
  const secrets = secretStatements(t, id);
  assert.equal(secrets.length, 1);
  assert.deepEqual([secrets[0]!.Action].flat(), ['secretsmanager:GetSecretValue']);
  const resources = JSON.stringify(secrets[0]!.Resource);
  assert.match(resources, /:secret:tocsin\/mastodon-\?\?\?\?\?\?/);
  assert.ok(resources.includes(SERVERS[1]!.token!.secret), 'an ARN is granted as given');
  assert.equal([secrets[0]!.Resource].flat().length, 2, 'the two named secrets, nothing else');
  assert.deepEqual(
    mastodonAlarms(t)
      .map((a) => a.replace(/[0-9A-F]{8}$/, ''))
      .sort(),
    [
      'MastodonConnectorCheckpointAgeAlarm',
      'MastodonConnectorDisconnectsAlarm',
      'MastodonConnectorErrorsAlarm',
      'MastodonConnectorLagAlarm',
      'MastodonConnectorSilentAlarm',
    ],
  );
});

test('mastodonServers that cannot work on AWS fail synth, saying why', () => {
  const bad: [unknown, RegExp][] = [
    ['not json', /mastodonServers is not JSON/],
    [JSON.stringify([{ url: 'ftp://x.example', timelines: ['public'] }]), /0\.url/],
    [JSON.stringify([{ url: 'https://x.example', timelines: ['everything'] }]), /timelines/],
    [
      JSON.stringify([{ url: 'https://x.example', timelines: ['public'], token: { env: 'MASTODON_TOKEN' } }]),
      /Secrets Manager.*https:\/\/x\.example/,
    ],
  ];
  for (const [value, message] of bad) assert.throws(() => synth({ mastodonServers: value }), message, String(value));
});
