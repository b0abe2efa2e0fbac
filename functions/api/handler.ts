/** The customer API Lambda (API Gateway HTTP API, payload 2.0): functions/api/api.ts answers. */
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { AlertsRepo } from '../adapters/alerts-repo';
import { ApiKeysRepo } from '../adapters/api-keys-repo';
import { type AwsClients, createClients } from '../adapters/aws-clients';
import { CustomersRepo } from '../adapters/customers-repo';
import { DynamoRateLimiter } from '../adapters/rate-limiter';
import { listSubscriptions } from '../adapters/subscriptions';
import { type Config, loadConfig } from '../commons/config';
import { entryPoint } from '../commons/entry';
import { createTelemetry } from '../commons/observability';
import { type ApiDeps, type ApiResponse, createApiHandler } from './api';

export function apiDeps(config: Config<'api'>, clients: AwsClients = createClients()): ApiDeps {
  return {
    keys: new ApiKeysRepo(clients.doc, config.tables.apiKeys),
    limiter: new DynamoRateLimiter(clients.doc, config.tables.apiKeys, config.settings.apiRequestsPerMinute),
    customers: new CustomersRepo(clients.doc, config.tables.customers),
    alerts: new AlertsRepo(clients.doc, config.tables.alerts),
    subscriptions: (topicArn) => listSubscriptions(clients.sns, topicArn),
    now: () => new Date(),
  };
}

export const handler: (event: APIGatewayProxyEventV2, context: Context) => Promise<ApiResponse> = entryPoint(() => {
  const answer = createApiHandler(apiDeps(loadConfig('api')), createTelemetry());
  return (event) => answer(event);
});
