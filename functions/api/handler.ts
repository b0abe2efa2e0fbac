/** The customer API Lambda (API Gateway HTTP API, payload 2.0): functions/api/api.ts answers. */
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { accountRegionOf, customerTopicArn } from '../../resources';
import { AlertsRepo } from '../adapters/alerts-repo';
import { ApiKeysRepo } from '../adapters/api-keys-repo';
import { type AwsClients, createClients } from '../adapters/aws-clients';
import { CustomersRepo } from '../adapters/customers-repo';
import { DynamoTombstoneStore } from '../adapters/dynamo-tombstones';
import { DynamoRateLimiter } from '../adapters/rate-limiter';
import { listSubscriptions } from '../adapters/subscriptions';
import { type Config, loadConfig } from '../commons/config';
import { entryPoint } from '../commons/entry';
import { createTelemetry } from '../commons/observability';
import { type ApiDeps, type ApiHandler, type ApiResponse, createApiHandler } from './api';

export function apiDeps(config: Config<'api'>, clients: AwsClients, topicArn: (customerId: string) => string): ApiDeps {
  return {
    keys: new ApiKeysRepo(clients.doc, config.tables.apiKeys),
    limiter: new DynamoRateLimiter(clients.doc, config.tables.apiKeys, config.settings.apiRequestsPerMinute),
    customers: new CustomersRepo(clients.doc, config.tables.customers),
    alerts: new AlertsRepo(clients.doc, config.tables.alerts),
    subscriptions: (customerId) => listSubscriptions(clients.sns, topicArn(customerId)),
    tombstones: new DynamoTombstoneStore(clients.doc, config.tables.tombstones),
    now: () => new Date(),
  };
}

export const handler: (event: APIGatewayProxyEventV2, context: Context) => Promise<ApiResponse> = entryPoint(() => {
  let answer: ApiHandler | undefined;
  return (event, context) => {
    // Customer topics are in this function's own account and region, known from its ARN.
    if (!answer) {
      const where = accountRegionOf(context.invokedFunctionArn);
      answer = createApiHandler(
        apiDeps(loadConfig('api'), createClients(), (id) => customerTopicArn(where, id)),
        createTelemetry(),
      );
    }
    return answer(event);
  };
});
