/**
 * The customer API and the live console in the synthesized template: routes
 * from API_ROUTES to the API function, stage throttling and access logs,
 * CORS for the console only, the function's least privileges, and a private
 * bucket behind CloudFront (origin access control, HTTPS only, the security
 * headers of resources/api.ts, config.json beside the page).
 */

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import type { CfnBucket } from 'aws-cdk-lib/aws-s3';
import { API, API_ROUTES, CUSTOMER_TOPIC_PREFIX, consoleSecurityHeaders } from '../../../resources';
import { deployed } from './helpers';

const s = deployed();
if (s.error) throw s.error;
const { stack } = s;
const template = Template.fromJSON(s.assembly!.getStackByName(stack.stackName).template);
const json = template.toJSON() as { Resources: Record<string, { Type: string; Properties?: any }> };
const ofType = (type: string) => Object.entries(json.Resources).filter(([, r]) => r.Type === type);
const only = (type: string) => {
  const all = ofType(type);
  assert.equal(all.length, 1, `one ${type}`);
  return all[0]!;
};
const apiFn = stack.getLogicalId(stack.functions.api.node.defaultChild as CfnFunction);
const opsTopic = only('AWS::SNS::Topic')[0];
const resolve = (x: unknown) => JSON.stringify(Stack.of(stack).resolve(x));

test('every route of API_ROUTES, and no other, goes to the API function', () => {
  const routes = ofType('AWS::ApiGatewayV2::Route').map(([, r]) => r.Properties);
  assert.deepEqual(routes.map((r) => r.RouteKey).sort(), [...API_ROUTES].sort());
  const [integrationId, integration] = only('AWS::ApiGatewayV2::Integration');
  assert.deepEqual(integration.Properties.IntegrationUri, { 'Fn::GetAtt': [apiFn, 'Arn'] });
  assert.equal(integration.Properties.PayloadFormatVersion, '2.0');
  for (const r of routes) assert.match(JSON.stringify(r.Target), new RegExp(integrationId));
});

test('one $default stage: auto-deployed, throttled as API.throttle, access logs in JSON with the route and status', () => {
  const [, stage] = only('AWS::ApiGatewayV2::Stage');
  assert.equal(stage.Properties.StageName, '$default');
  assert.deepEqual(stage.Properties.DefaultRouteSettings, {
    ThrottlingBurstLimit: API.throttle.burstLimit,
    ThrottlingRateLimit: API.throttle.rateLimit,
  });
  const format = JSON.parse(stage.Properties.AccessLogSettings.Format);
  for (const v of ['$context.requestId', '$context.routeKey', '$context.status', '$context.identity.sourceIp'])
    assert.ok(Object.values(format).includes(v), v);
});

test("alarms: the API function's errors, and every 5xx the API answered (caught faults too), to the ops topic", () => {
  const [apiId] = only('AWS::ApiGatewayV2::Api');
  const alarms = ofType('AWS::CloudWatch::Alarm').map(([, a]) => a.Properties);
  const fiveXx = alarms.filter((a) => a.Namespace === 'AWS/ApiGateway');
  assert.equal(fiveXx.length, 1);
  assert.deepEqual(
    [fiveXx[0].MetricName, fiveXx[0].Dimensions, fiveXx[0].Statistic, fiveXx[0].Period, fiveXx[0].Threshold],
    ['5xx', [{ Name: 'ApiId', Value: { Ref: apiId } }], 'Sum', 60, 0],
  );
  assert.equal(fiveXx[0].ComparisonOperator, 'GreaterThanThreshold');
  const errors = alarms.filter((a) => a.MetricName === 'Errors' && JSON.stringify(a.Dimensions).includes(`"${apiFn}"`));
  assert.equal(errors.length, 1);
  for (const a of [fiveXx[0], errors[0]]) assert.deepEqual(a.AlarmActions, [{ Ref: opsTopic }]);
});

test('CORS admits only the console origin, for GET with an Authorization header', () => {
  const [, api] = only('AWS::ApiGatewayV2::Api');
  const cors = api.Properties.CorsConfiguration;
  const [distributionId] = only('AWS::CloudFront::Distribution');
  assert.deepEqual(cors.AllowOrigins, [
    { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distributionId, 'DomainName'] }]] },
  ]);
  assert.deepEqual(cors.AllowMethods, ['GET']);
  assert.deepEqual(cors.AllowHeaders, ['authorization']);
});

test('the API role: reads alerts (table and feed index) and customers, keys table read-write, lists customer subscriptions; publishes nothing', () => {
  const role = json.Resources[apiFn]!.Properties.Role['Fn::GetAtt'][0];
  const statements = ofType('AWS::IAM::Policy')
    .filter(([, p]) => JSON.stringify(p.Properties.Roles) === JSON.stringify([{ Ref: role }]))
    .flatMap(([, p]) => p.Properties.PolicyDocument.Statement as any[]);
  const actions = (sid: string) => [statements.find((st) => st.Sid === sid)?.Action].flat();
  assert.ok(!actions('AlertsItems').some((a) => /Put|Update|Delete|Write/.test(a)), 'alerts read only');
  assert.ok(!actions('CustomersItems').some((a) => /Put|Update|Delete|Write/.test(a)), 'customers read only');
  assert.ok(actions('ApiKeysItems').includes('dynamodb:UpdateItem'), 'rate counters');
  const alertsIndex = statements.find((st) => st.Sid === 'AlertsIndexes');
  assert.match(JSON.stringify(alertsIndex.Resource), /\/index\/byFeed/);
  const sns = statements.filter((st) => [st.Action].flat().some((a: string) => a.startsWith('sns:')));
  assert.deepEqual(
    sns.map((st) => st.Action),
    ['sns:ListSubscriptionsByTopic'],
  );
  assert.equal(
    JSON.stringify(sns[0].Resource),
    resolve(stack.formatArn({ service: 'sns', resource: `${CUSTOMER_TOPIC_PREFIX}*` })),
  );
  assert.ok(!JSON.stringify(statements).includes('tocsindeliveries'), 'the API never reads the ledger');
});

test('console bucket: private, encrypted, TLS only, readable by this distribution alone (origin access control)', () => {
  const bucketId = stack.getLogicalId(stack.console.bucket.node.defaultChild as CfnBucket);
  const bucket = json.Resources[bucketId]!;
  assert.deepEqual(bucket.Properties.PublicAccessBlockConfiguration, {
    BlockPublicAcls: true,
    BlockPublicPolicy: true,
    IgnorePublicAcls: true,
    RestrictPublicBuckets: true,
  });
  assert.ok(bucket.Properties.BucketEncryption, 'SSE');
  const [, policy] = ofType('AWS::S3::BucketPolicy').find(([, p]) => p.Properties.Bucket.Ref === bucketId)!;
  const st = policy.Properties.PolicyDocument.Statement as any[];
  assert.ok(
    st.some((x) => x.Effect === 'Deny' && x.Condition?.Bool?.['aws:SecureTransport'] === 'false'),
    'TLS only',
  );
  const allows = st.filter((x) => x.Effect === 'Allow');
  assert.equal(allows.length, 1);
  assert.deepEqual(allows[0].Principal, { Service: 'cloudfront.amazonaws.com' });
  assert.ok(allows[0].Condition.StringEquals['AWS:SourceArn'], 'only this distribution');
  const [, oac] = only('AWS::CloudFront::OriginAccessControl');
  assert.equal(oac.Properties.OriginAccessControlConfig.SigningBehavior, 'always');
  const [, distribution] = only('AWS::CloudFront::Distribution');
  const cfg = distribution.Properties.DistributionConfig;
  assert.equal(cfg.DefaultCacheBehavior.ViewerProtocolPolicy, 'https-only');
  assert.equal(cfg.DefaultRootObject, 'index.html');
  assert.match(JSON.stringify(cfg.Origins), new RegExp(bucketId));
});

test("every console response carries resources/api.ts's security headers", () => {
  const [headersId, policy] = only('AWS::CloudFront::ResponseHeadersPolicy');
  const [, distribution] = only('AWS::CloudFront::Distribution');
  assert.deepEqual(distribution.Properties.DistributionConfig.DefaultCacheBehavior.ResponseHeadersPolicyId, {
    Ref: headersId,
  });
  const c = policy.Properties.ResponseHeadersPolicyConfig;
  const expected = consoleSecurityHeaders('API');
  const csp = resolve(c.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy);
  for (const directive of expected['content-security-policy']!.split('; ').filter((d) => !d.includes('API')))
    assert.ok(csp.includes(directive), directive);
  assert.match(csp, /connect-src 'self' https:\/\/\*\.execute-api\./);
  assert.equal(c.SecurityHeadersConfig.FrameOptions.FrameOption, 'DENY');
  assert.equal(c.SecurityHeadersConfig.ReferrerPolicy.ReferrerPolicy, 'no-referrer');
  assert.ok(c.SecurityHeadersConfig.StrictTransportSecurity.AccessControlMaxAgeSec >= 31_536_000);
  assert.ok(c.SecurityHeadersConfig.ContentTypeOptions.Override);
  const custom = Object.fromEntries(c.CustomHeadersConfig.Items.map((h: any) => [h.Header, h.Value]));
  assert.equal(custom['permissions-policy'], expected['permissions-policy']);
});

test("the console's deployment puts config.json, with the API's URL, beside the page, and invalidates the cache", () => {
  const [, deployment] = only('Custom::CDKBucketDeployment');
  const p = deployment.Properties;
  assert.equal(p.SourceObjectKeys.length, 2, 'the built page and config.json');
  assert.match(JSON.stringify(p.SourceMarkers ?? p.SourceMarkersConfig ?? {}), /CustomerApiHttp/);
  assert.ok(p.DistributionId, 'invalidated on deploy');
  template.hasOutput('ConsoleUrl', Match.anyValue());
  template.hasOutput('ApiUrl', Match.anyValue());
});
