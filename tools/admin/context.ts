/** Where the admin commands act: the local environment (default) or AWS (--aws, standard credential chain). */

import { userInfo } from 'node:os';
import { join } from 'node:path';
import { GetQueueAttributesCommand, GetQueueUrlCommand } from '@aws-sdk/client-sqs';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { AlertsRepo } from '../../functions/adapters/alerts-repo';
import { ApiKeysRepo } from '../../functions/adapters/api-keys-repo';
import { type AwsClients, createClients, destroyClients } from '../../functions/adapters/aws-clients';
import { CustomersRepo } from '../../functions/adapters/customers-repo';
import { DeliveriesRepo } from '../../functions/adapters/deliveries-repo';
import { DynamoTombstoneStore } from '../../functions/adapters/dynamo-tombstones';
import { customerTopicAccess, type TopicSettings } from '../../functions/adapters/topics';
import { SourceRegistry } from '../../functions/domain/sources';
import {
  type AccountRegion,
  customerTopicArn,
  INGEST,
  QUARANTINE,
  roleArn,
  SUBSCRIPTION_DLQ,
  TABLES,
} from '../../resources';
import { LOCAL_ACCOUNT, LOCAL_REGION } from '../local/emulators';
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
  /** Deleted posts: redacted from what `dlq list` shows, dropped from what `dlq redrive` re-sends. */
  tombstones: Pick<DynamoTombstoneStore, 'deletedAmong'>;
  apiKeys: ApiKeysRepo;
  queueUrl(name: string, ownerAccount?: string): Promise<string>;
  ingestUrl(): Promise<string>;
  dlqUrl(): Promise<string>;
  quarantineUrl(): Promise<string>;
  /** Who is acting: the AWS caller identity's ARN, or local:$USER. Recorded in every change. */
  operator(): Promise<string>;
  /** The account and region the stack runs in. */
  where(): Promise<AccountRegion>;
  topicArn(customerId: string): Promise<string>;
  topicSettings(): Promise<TopicSettings>;
  subscriptionDlqArn(): Promise<string>;
  /** The source registry as stored now (seeds and additions). */
  registry(): Promise<SourceRegistry>;
  close(): Promise<void>;
}

interface Identity {
  operator: string;
  where: AccountRegion;
}

/** The AWS caller identity (GetCallerIdentity needs no permission) and the clients' region. */
async function awsIdentity(clients: AwsClients): Promise<Identity> {
  const sts = new STSClient({});
  try {
    const id = await sts.send(new GetCallerIdentityCommand({}));
    if (!id.Arn || !id.Account) throw new Error('GetCallerIdentity returned no ARN');
    return {
      operator: id.Arn,
      where: {
        partition: id.Arn.split(':')[1] ?? 'aws',
        region: await clients.sns.config.region(),
        account: id.Account,
      },
    };
  } finally {
    sts.destroy();
  }
}

/** The local environment: fauxqs's account and region; the operator is the local user. */
function localIdentity(): Identity {
  return {
    operator: `local:${process.env.USER ?? userInfo().username}`,
    where: { partition: 'aws', region: LOCAL_REGION, account: LOCAL_ACCOUNT },
  };
}

export function adminContext(target: 'local' | 'aws', clients: AwsClients, close: () => Promise<void>): AdminContext {
  const queueUrl = async (name: string, ownerAccount?: string) =>
    (
      await clients.sqs.send(
        new GetQueueUrlCommand({ QueueName: name, ...(ownerAccount ? { QueueOwnerAWSAccountId: ownerAccount } : {}) }),
      )
    ).QueueUrl!;
  const customers = new CustomersRepo(clients.doc, TABLES.customers.id);
  let identity: Promise<Identity> | undefined;
  const who = () => {
    identity ??= target === 'aws' ? awsIdentity(clients) : Promise.resolve(localIdentity());
    return identity;
  };
  const where = async () => (await who()).where;
  return {
    target,
    clients,
    customers,
    alerts: new AlertsRepo(clients.doc, TABLES.alerts.id),
    deliveries: new DeliveriesRepo(clients.doc, TABLES.deliveries.id),
    tombstones: new DynamoTombstoneStore(clients.doc, TABLES.tombstones.id),
    apiKeys: new ApiKeysRepo(clients.doc, TABLES.apiKeys.id),
    queueUrl,
    ingestUrl: () => queueUrl(INGEST.queueName),
    dlqUrl: () => queueUrl(INGEST.dlqName),
    quarantineUrl: () => queueUrl(QUARANTINE.queueName),
    operator: async () => (await who()).operator,
    where,
    topicArn: async (id) => customerTopicArn(await where(), id),
    async topicSettings() {
      const w = await where();
      return {
        access: customerTopicAccess(w),
        // fauxqs does not take delivery-status attributes (nor does it log delivery status).
        deliveryStatusRoleArn: target === 'aws' ? roleArn(w, 'deliveryStatus') : undefined,
      };
    },
    async subscriptionDlqArn() {
      const url = await queueUrl(SUBSCRIPTION_DLQ.queueName);
      const r = await clients.sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }));
      return r.Attributes!.QueueArn!;
    },
    registry: async () => SourceRegistry.of(await customers.listSources()),
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
