/** Where the admin commands act: the local environment (default) or AWS (--aws, standard credential chain). */

import { join } from 'node:path';
import { GetQueueUrlCommand } from '@aws-sdk/client-sqs';
import { AlertsRepo } from '../../functions/adapters/alerts-repo';
import { ApiKeysRepo } from '../../functions/adapters/api-keys-repo';
import { type AwsClients, createClients, destroyClients } from '../../functions/adapters/aws-clients';
import { CustomersRepo } from '../../functions/adapters/customers-repo';
import { DeliveriesRepo } from '../../functions/adapters/deliveries-repo';
import { INGEST, QUARANTINE, TABLES } from '../../resources';
import {
  clientsFor,
  findRunningEnvironment,
  type LocalEnvironment,
  startLocalEnvironment,
  stateDir,
} from '../local/environment';

export interface AdminContext {
  target: 'local' | 'aws';
  clients: AwsClients;
  customers: CustomersRepo;
  alerts: AlertsRepo;
  deliveries: DeliveriesRepo;
  apiKeys: ApiKeysRepo;
  queueUrl(name: string): Promise<string>;
  ingestUrl(): Promise<string>;
  dlqUrl(): Promise<string>;
  quarantineUrl(): Promise<string>;
  close(): Promise<void>;
}

export function adminContext(target: 'local' | 'aws', clients: AwsClients, close: () => Promise<void>): AdminContext {
  const queueUrl = async (name: string) =>
    (await clients.sqs.send(new GetQueueUrlCommand({ QueueName: name }))).QueueUrl!;
  return {
    target,
    clients,
    customers: new CustomersRepo(clients.doc, TABLES.customers.id),
    alerts: new AlertsRepo(clients.doc, TABLES.alerts.id),
    deliveries: new DeliveriesRepo(clients.doc, TABLES.deliveries.id),
    apiKeys: new ApiKeysRepo(clients.doc, TABLES.apiKeys.id),
    queueUrl,
    ingestUrl: () => queueUrl(INGEST.queueName),
    dlqUrl: () => queueUrl(INGEST.dlqName),
    quarantineUrl: () => queueUrl(QUARANTINE.queueName),
    close,
  };
}

/**
 * Local: the running environment (npm start -- --keep), or else one started
 * just for this command over the data the last run left in .tocsin/data.
 */
export async function openAdminContext(aws: boolean): Promise<AdminContext> {
  if (aws) {
    const clients = createClients();
    return adminContext('aws', clients, async () => destroyClients(clients));
  }
  const running = await findRunningEnvironment();
  if (running) {
    const clients = clientsFor(running);
    return adminContext('local', clients, async () => destroyClients(clients));
  }
  let env: LocalEnvironment | undefined = await startLocalEnvironment({ dataDir: join(stateDir(), 'data') });
  return adminContext('local', env.clients, async () => {
    await env?.stop();
    env = undefined;
  });
}
