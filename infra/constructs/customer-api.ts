import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { API, API_ROUTES } from '../../resources';
import { acknowledgeNag } from './nag';
import type { TocsinFunction } from './tocsin-function';

export interface CustomerApiProps {
  handler: TocsinFunction;
  /** Browser origins allowed to call the API (the console's). */
  allowOrigins: string[];
}

/**
 * The customer API: an HTTP API whose routes (API_ROUTES) all go to the API
 * function, throttled as a whole per stage (API.throttle), with access logs.
 * Keys and the per-key rate limit are the function's own (functions/api/).
 */
export class CustomerApi extends Construct {
  readonly api: apigw.HttpApi;
  readonly url: string;

  constructor(scope: Construct, id: string, p: CustomerApiProps) {
    super(scope, id);
    this.api = new apigw.HttpApi(this, 'Http', {
      apiName: 'tocsin-customer-api',
      description: 'Tocsin customer API (docs/openapi.json)',
      createDefaultStage: false,
      corsPreflight: {
        allowOrigins: p.allowOrigins,
        allowMethods: [apigw.CorsHttpMethod.GET],
        allowHeaders: ['authorization'],
        exposeHeaders: ['ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset', 'retry-after'],
        maxAge: Duration.hours(1),
      },
    });
    const integration = new HttpLambdaIntegration('Handler', p.handler);
    for (const route of API_ROUTES) {
      const [method, path] = route.split(' ') as [string, string];
      this.api.addRoutes({ path, methods: [method as apigw.HttpMethod], integration });
      acknowledgeNag(this.api.node.findChild(`${method}${path}`), {
        id: 'AwsSolutions-APIG4',
        reason:
          'Authorization is the per-customer API key, checked by the API function itself (hashed keys in DynamoDB, constant-time compare) together with the per-key rate limit; an authorizer would be a second lookup of the same key.',
      });
    }
    const accessLogs = new logs.LogGroup(this, 'AccessLogs', {
      retention: logs.RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const stage = this.api.addStage('Stage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: API.throttle,
      accessLogSettings: {
        destination: new apigw.LogGroupLogDestination(accessLogs),
        // HTTP API variables (the default format names REST API ones, empty here).
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            ip: '$context.identity.sourceIp',
            time: '$context.requestTime',
            routeKey: '$context.routeKey',
            status: '$context.status',
            bytes: '$context.responseLength',
            latencyMs: '$context.responseLatency',
            integrationError: '$context.integrationErrorMessage',
          }),
        ),
      },
    });
    this.url = stage.url;
  }
}
