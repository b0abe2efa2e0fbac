import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type ApiKeyRecord, KeyId, newApiKey } from '../../functions/domain/api-key';
import type { AdminContext } from './context';
import { requireCustomer } from './customers';
import { UsageError } from './usage-error';

/** A new key for the customer: the full key is returned once and never stored. */
export async function createApiKey(
  ctx: AdminContext,
  customerId: string,
  now = new Date(),
): Promise<{ key: string; record: ApiKeyRecord }> {
  await requireCustomer(ctx, customerId);
  for (let attempt = 0; ; attempt++) {
    const made = newApiKey(customerId, now);
    try {
      await ctx.apiKeys.create(made.record);
      return made;
    } catch (e) {
      // Two keys with the same 48-bit id: draw again (never overwrite).
      if (!(e instanceof ConditionalCheckFailedException) || attempt >= 3) throw e;
    }
  }
}

export async function listApiKeys(ctx: AdminContext, customerId: string): Promise<ApiKeyRecord[]> {
  await requireCustomer(ctx, customerId);
  return ctx.apiKeys.listByCustomer(customerId);
}

export async function revokeApiKey(ctx: AdminContext, keyId: string, now = new Date()): Promise<ApiKeyRecord> {
  if (!KeyId.safeParse(keyId).success) throw new UsageError(`"${keyId}" is not a key id (12 hexadecimal digits)`);
  const r = await ctx.apiKeys.revoke(keyId, now);
  if (!r) throw new UsageError(`no key "${keyId}" (see: keys list CUSTOMER_ID)`);
  return r;
}
