/**
 * Customers' channels from the admin CLI: add (the endpoint checked, its host
 * resolved and every address checked; a webhook's signing secret generated
 * and printed once), list, remove, and each channel's delivery outcomes.
 */
import { randomBytes } from 'node:crypto';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { ChannelDeliveriesRepo } from '../../functions/adapters/channel-deliveries-repo';
import { type Resolver, systemResolver } from '../../functions/adapters/channel-http';
import {
  type ChannelSecretStore,
  FileChannelSecrets,
  SecretsManagerChannelSecrets,
} from '../../functions/adapters/channel-secrets';
import { ChannelsRepo } from '../../functions/adapters/channels-repo';
import { type Channel, type ChannelKind, ChannelSchema } from '../../functions/domain/channels/channel';
import { checkEndpoint, checkResolved, redactUrl } from '../../functions/domain/channels/endpoint';
import { newSigningSecret } from '../../functions/domain/channels/signature';
import { TABLES } from '../../resources';
import { localChannelSecretsDir } from '../local/environment';
import type { AdminContext } from './context';
import { requireCustomer } from './customers';
import { UsageError } from './usage-error';

export interface ChannelAdmin {
  channels: ChannelsRepo;
  outcomes: ChannelDeliveriesRepo;
  secrets: ChannelSecretStore;
  resolve: Resolver;
}

export function channelAdmin(ctx: AdminContext): ChannelAdmin {
  return {
    channels: new ChannelsRepo(ctx.clients.doc, TABLES.channels.id),
    outcomes: new ChannelDeliveriesRepo(ctx.clients.doc, TABLES.channelDeliveries.id),
    secrets:
      ctx.target === 'aws'
        ? new SecretsManagerChannelSecrets(new SecretsManagerClient({}))
        : new FileChannelSecrets(localChannelSecretsDir()),
    resolve: systemResolver,
  };
}

export interface AddedChannel {
  channel: Channel;
  /** Shown once, at creation: webhooks only. */
  signingSecret?: string;
}

export async function addChannel(
  ctx: AdminContext,
  admin: ChannelAdmin,
  input: { customerId: string; kind: ChannelKind; url: string; allowLocalHttp: boolean },
  now = new Date(),
): Promise<AddedChannel> {
  if (input.allowLocalHttp && ctx.target === 'aws')
    throw new UsageError('--allow-local-http is for the local environment only');
  await requireCustomer(ctx, input.customerId);
  const checked = checkEndpoint(input.url, input.kind, { allowLocalHttp: input.allowLocalHttp });
  if (!checked.ok) throw new UsageError(`endpoint refused: ${checked.reason}`);
  if (!checked.local) {
    const host = checked.url.hostname.replace(/^\[|\]$/g, '');
    let addresses: string[];
    try {
      addresses = /^[\d.]+$|:/.test(host) ? [host] : await admin.resolve(host);
    } catch (e) {
      throw new UsageError(`endpoint refused: ${host} does not resolve (${(e as NodeJS.ErrnoException).code ?? e})`);
    }
    const why = checkResolved(host, addresses);
    if (why) throw new UsageError(`endpoint refused: ${why}`);
  }
  const channelId = `${input.kind}-${randomBytes(4).toString('hex')}`;
  const signingSecret = input.kind === 'webhook' ? newSigningSecret() : undefined;
  const secretRef = await admin.secrets.create(input.customerId, channelId, {
    url: checked.url.toString(),
    ...(signingSecret ? { signingSecret } : {}),
  });
  const channel = ChannelSchema.parse({
    customerId: input.customerId,
    channelId,
    kind: input.kind,
    // A chat webhook URL is a credential: shown redacted. A webhook's URL is the customer's own address.
    display: input.kind === 'webhook' ? checked.url.toString() : redactUrl(checked.url),
    secretRef,
    ...(checked.local ? { local: true } : {}),
    createdAt: now.toISOString(),
  });
  try {
    await admin.channels.put(channel);
  } catch (e) {
    await admin.secrets.remove(secretRef);
    throw e;
  }
  return { channel, ...(signingSecret ? { signingSecret } : {}) };
}

export async function removeChannel(
  ctx: AdminContext,
  admin: ChannelAdmin,
  customerId: string,
  channelId: string,
): Promise<void> {
  await requireCustomer(ctx, customerId);
  const c = await admin.channels.get(customerId, channelId);
  if (!c) throw new UsageError(`no channel "${channelId}" for ${customerId} (see: channels list ${customerId})`);
  // The item first: a job that finds no channel is withheld; a secret removed first would fail it instead.
  await admin.channels.remove(customerId, channelId);
  await admin.secrets.remove(c.secretRef);
}
