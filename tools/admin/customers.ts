/**
 * Customers as the operator changes them: `add` only creates, `update` and
 * `set-status` change an existing customer only if nobody changed it since it
 * was read (its version), `remove` offboards; each change is recorded with
 * who made it and when, in the same transaction.
 */
import { CreateQueueCommand, GetQueueAttributesCommand, SetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import {
  createCustomerTopic,
  deleteCustomerTopic,
  listSubscriptions,
  type Protocol,
  type Subscription,
  subscribe,
} from '../../functions/adapters/topics';
import { type ContractStatus, type Customer, CustomerSchema } from '../../functions/domain/customer';
import { type Change, customerDiff } from '../../functions/domain/history';
import { migrateShards as migrateShardsOf, type ShardMigration } from '../../functions/shard-migration/migrate';
import type { AdminContext } from './context';
import { parseQueueArn, withTopicStatement } from './queue-policy';
import { UsageError } from './usage-error';

export type NewCustomer = Omit<Customer, 'createdAt' | 'updatedAt' | 'version'>;

/** A partial change: any top-level field, and any field of the contract or the entitlements. */
export interface CustomerPatch {
  name?: string;
  sector?: Customer['sector'];
  contract?: Partial<Omit<Customer['contract'], 'endsAt'>> & { endsAt?: string | null };
  entitlements?: Partial<Customer['entitlements']>;
}

const change = async (
  ctx: AdminContext,
  action: Change['action'],
  key: string,
  before: Customer | undefined,
  after: Customer | undefined,
  now: Date,
): Promise<Change> => ({
  subject: 'customer',
  key,
  at: now.toISOString(),
  by: await ctx.operator(),
  action,
  changes: customerDiff(before, after),
  ...(after ? { version: (before?.version ?? 0) + 1 } : {}),
});

export async function requireCustomer(ctx: AdminContext, id: string): Promise<Customer> {
  const c = await ctx.customers.get(id);
  if (!c) throw new UsageError(`no customer "${id}" (see: customers list)`);
  return c;
}

/**
 * A new customer and its own SNS topic. Refuses an id that exists: a
 * suspended or terminated customer never becomes active again by `add`.
 */
export async function addCustomer(
  ctx: AdminContext,
  input: NewCustomer,
  now = new Date(),
): Promise<{ customer: Customer; topicArn: string; removedSubscriptions: number }> {
  const customer = CustomerSchema.parse({
    ...input,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    version: 1,
  });
  const exists = () =>
    new UsageError(`customer "${input.id}" exists (customers update ${input.id} …, or remove it first)`);
  if (await ctx.customers.get(input.id).catch(() => true)) throw exists();
  // The topic first (empty, whatever an earlier customer of this id left), then the customer: the fan-out only publishes to customers that exist.
  const topic = await createCustomerTopic(
    ctx.clients.sns,
    input.id,
    await ctx.topicArn(input.id),
    await ctx.topicSettings(),
  );
  if (!(await ctx.customers.create(customer, await change(ctx, 'add', input.id, undefined, customer, now))))
    throw exists();
  return { customer, ...topic };
}

/** Applies a partial change to a customer, if it is still at `expectedVersion` (default: the version just read). */
export async function updateCustomer(
  ctx: AdminContext,
  id: string,
  patch: CustomerPatch,
  opts: { expectedVersion?: number; action?: Change['action'] } = {},
  now = new Date(),
): Promise<Customer> {
  const current = await requireCustomer(ctx, id);
  const version = current.version ?? 0;
  if (opts.expectedVersion !== undefined && opts.expectedVersion !== version)
    throw new UsageError(`customer "${id}" is at version ${version}, not ${opts.expectedVersion}: show it again`);
  const { endsAt, ...contract } = patch.contract ?? {};
  const merged = {
    ...current,
    ...(patch.name !== undefined ? { name: patch.name } : {}),
    ...(patch.sector !== undefined ? { sector: patch.sector } : {}),
    contract: { ...current.contract, ...contract },
    entitlements: { ...current.entitlements, ...patch.entitlements },
    updatedAt: now.toISOString(),
  };
  if (endsAt === null) delete merged.contract.endsAt;
  else if (endsAt !== undefined) merged.contract.endsAt = endsAt;
  const parsed = CustomerSchema.safeParse(merged);
  if (!parsed.success) throw new UsageError(`invalid change: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  const updated = { ...parsed.data, version: version + 1 };
  const entry = await change(ctx, opts.action ?? 'update', id, current, updated, now);
  if (Object.keys(entry.changes).length === 0) return current;
  if (!(await ctx.customers.update(updated, version, entry)))
    throw new UsageError(`customer "${id}" changed meanwhile (was version ${version}): show it again and retry`);
  return updated;
}

export function setContractStatus(
  ctx: AdminContext,
  id: string,
  status: ContractStatus,
  expectedVersion?: number,
  now = new Date(),
): Promise<Customer> {
  return updateCustomer(
    ctx,
    id,
    { contract: { status } },
    { action: 'set-status', ...(expectedVersion !== undefined ? { expectedVersion } : {}) },
    now,
  );
}

/**
 * Offboards a customer: the customer item goes (no new decision names it),
 * then every subscription and the topic. The ledger and the history stay.
 * Run again after an interruption, it finishes the topic's removal.
 */
export async function removeCustomer(
  ctx: AdminContext,
  id: string,
  now = new Date(),
): Promise<{ removed: boolean; unsubscribed: number }> {
  const current = await ctx.customers.get(id);
  if (current) {
    const entry = await change(ctx, 'remove', id, current, undefined, now);
    if (!(await ctx.customers.remove(id, current.version ?? 0, entry)))
      throw new UsageError(`customer "${id}" changed meanwhile: show it again and retry`);
  }
  let unsubscribed = 0;
  try {
    unsubscribed = await deleteCustomerTopic(ctx.clients.sns, await ctx.topicArn(id));
  } catch (e) {
    if (current) throw e;
    throw new UsageError(`no customer "${id}", and no topic of it to remove`);
  }
  return { removed: current !== undefined, unsubscribed };
}

export async function showCustomer(
  ctx: AdminContext,
  id: string,
): Promise<{ customer: Customer; topicArn: string; subscriptions: Subscription[] }> {
  const customer = await requireCustomer(ctx, id);
  const topicArn = await ctx.topicArn(id);
  return { customer, topicArn, subscriptions: await listSubscriptions(ctx.clients.sns, topicArn) };
}

export const customerHistory = (ctx: AdminContext, id: string): Promise<Change[]> =>
  ctx.customers.history('customer', id);

/**
 * Lets the customer's topic send to an SQS queue: one statement merged into
 * the queue's policy (in the queue's own account), whatever else it holds.
 */
async function allowTopicOnQueue(ctx: AdminContext, queueArn: string, topicArn: string): Promise<void> {
  const q = parseQueueArn(queueArn);
  const url = await ctx.queueUrl(q.name, q.account);
  const current = (
    await ctx.clients.sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['Policy'] }))
  ).Attributes?.Policy;
  await ctx.clients.sqs.send(
    new SetQueueAttributesCommand({
      QueueUrl: url,
      Attributes: { Policy: withTopicStatement(current, queueArn, topicArn) },
    }),
  );
}

/**
 * Subscribes an endpoint to the customer's topic, with a redrive policy to
 * the subscription DLQ. For sqs, ENDPOINT is a queue ARN; locally a bare
 * queue name is accepted and the queue is created.
 */
export async function subscribeCustomer(
  ctx: AdminContext,
  id: string,
  protocol: Protocol,
  endpoint: string,
  filterPolicy?: unknown,
): Promise<string> {
  if (protocol === 'https' && !/^https:\/\//.test(endpoint))
    throw new UsageError('https endpoint must start with https://');
  if (protocol === 'email' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(endpoint))
    throw new UsageError(`not an email address: ${endpoint}`);
  await requireCustomer(ctx, id);
  const topicArn = await ctx.topicArn(id);
  let target = endpoint;
  if (protocol === 'sqs' && !endpoint.startsWith('arn:')) {
    if (ctx.target === 'aws')
      throw new UsageError('sqs endpoint must be a queue ARN (arn:aws:sqs:REGION:ACCOUNT:NAME)');
    const url = (await ctx.clients.sqs.send(new CreateQueueCommand({ QueueName: endpoint }))).QueueUrl!;
    target = (
      await ctx.clients.sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }))
    ).Attributes!.QueueArn!;
  }
  if (protocol === 'sqs') await allowTopicOnQueue(ctx, target, topicArn);
  return subscribe(ctx.clients.sns, topicArn, protocol, target, await ctx.subscriptionDlqArn(), filterPolicy);
}

/**
 * The shard migration the stack runs at deploy time (ShardMigrationFunction),
 * run by hand: every customer item without its fan-out shard gets it, and
 * those customers' topics the policy that admits the fan-out-shard role.
 * Idempotent: after the deploy it finds nothing to do.
 */
export async function migrateShards(ctx: AdminContext): Promise<ShardMigration> {
  return migrateShardsOf(ctx.customers, ctx.clients.sns, await ctx.where());
}
