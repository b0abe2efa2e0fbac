/**
 * Where channel secrets live. On AWS, Secrets Manager: one secret per channel
 * under CHANNEL_SECRET_PREFIX (encrypted with KMS by Secrets Manager, every
 * read in CloudTrail), written by the admin CLI and readable only by the
 * channel-delivery function (the stack grants GetSecretValue on the prefix to
 * it alone). Locally, files of mode 0600 under the local state directory,
 * since no emulator offers Secrets Manager.
 */
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CreateSecretCommand,
  DeleteSecretCommand,
  GetSecretValueCommand,
  ResourceNotFoundException,
  type SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import { CHANNEL_SECRET_PREFIX } from '../../resources';
import { type ChannelSecret, ChannelSecretSchema } from '../domain/channels/channel';

export interface ChannelSecretStore {
  /** Stores a new secret and returns its reference (what the channel item keeps). */
  create(customerId: string, channelId: string, secret: ChannelSecret): Promise<string>;
  get(ref: string): Promise<ChannelSecret>;
  remove(ref: string): Promise<void>;
}

export const channelSecretName = (customerId: string, channelId: string): string =>
  `${CHANNEL_SECRET_PREFIX}${customerId}/${channelId}`;

export class SecretsManagerChannelSecrets implements ChannelSecretStore {
  constructor(private readonly sm: SecretsManagerClient) {}

  async create(customerId: string, channelId: string, secret: ChannelSecret): Promise<string> {
    const r = await this.sm.send(
      new CreateSecretCommand({
        Name: channelSecretName(customerId, channelId),
        Description: `Tocsin channel ${channelId} of ${customerId}`,
        SecretString: JSON.stringify(ChannelSecretSchema.parse(secret)),
        Tags: [{ Key: 'Project', Value: 'tocsin' }],
      }),
    );
    if (!r.ARN) throw new Error('Secrets Manager returned no ARN');
    return r.ARN;
  }

  async get(ref: string): Promise<ChannelSecret> {
    const r = await this.sm.send(new GetSecretValueCommand({ SecretId: ref }));
    if (!r.SecretString) throw new Error(`secret ${ref} has no string value`);
    return ChannelSecretSchema.parse(JSON.parse(r.SecretString));
  }

  async remove(ref: string): Promise<void> {
    try {
      await this.sm.send(new DeleteSecretCommand({ SecretId: ref, RecoveryWindowInDays: 7 }));
    } catch (e) {
      if (!(e instanceof ResourceNotFoundException)) throw e;
    }
  }
}

/** The local stand-in: one JSON file per channel, readable by its owner only. */
export class FileChannelSecrets implements ChannelSecretStore {
  constructor(private readonly dir: string) {}

  private path(ref: string): string {
    if (!/^local:[a-z0-9-]+\/[a-z]+-[0-9a-f]{8}$/.test(ref)) throw new Error(`not a local channel secret: ${ref}`);
    return join(this.dir, `${ref.slice('local:'.length).replace('/', '__')}.json`);
  }

  async create(customerId: string, channelId: string, secret: ChannelSecret): Promise<string> {
    const ref = `local:${customerId}/${channelId}`;
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const file = this.path(ref);
    writeFileSync(file, JSON.stringify(ChannelSecretSchema.parse(secret)), { mode: 0o600, flag: 'wx' });
    chmodSync(file, 0o600);
    return ref;
  }

  async get(ref: string): Promise<ChannelSecret> {
    return ChannelSecretSchema.parse(JSON.parse(readFileSync(this.path(ref), 'utf8')));
  }

  async remove(ref: string): Promise<void> {
    rmSync(this.path(ref), { force: true });
  }
}

/** Each secret read once per process (a channel's secret never changes: rotating it is a new channel). */
export function cachedSecrets(store: Pick<ChannelSecretStore, 'get'>): Pick<ChannelSecretStore, 'get'> {
  const cache = new Map<string, Promise<ChannelSecret>>();
  return {
    get(ref) {
      let v = cache.get(ref);
      if (!v) {
        v = store.get(ref);
        v.catch(() => cache.delete(ref));
        cache.set(ref, v);
      }
      return v;
    },
  };
}
