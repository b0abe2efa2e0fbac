import { CreateQueueCommand, GetQueueAttributesCommand, SetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { createCustomerTopic, type Protocol, subscribe } from '../../functions/adapters/topics';
import { type ContractStatus, type Customer, CustomerSchema } from '../../functions/domain/customer';
import type { AdminContext } from './context';
import { UsageError } from './usage-error';

export type NewCustomer = Omit<Customer, 'topicArn' | 'createdAt' | 'updatedAt'>;

/** Creates (or updates) the customer and its own SNS topic. */
export async function onboardCustomer(ctx: AdminContext, input: NewCustomer, now = new Date()): Promise<Customer> {
  const existing = await ctx.customers.get(input.id);
  const topicArn = await createCustomerTopic(ctx.clients.sns, input.id);
  const customer = CustomerSchema.parse({
    ...input,
    topicArn,
    createdAt: existing?.createdAt ?? now.toISOString(),
    updatedAt: now.toISOString(),
  });
  await ctx.customers.put(customer);
  return customer;
}

export async function setContractStatus(
  ctx: AdminContext,
  id: string,
  status: ContractStatus,
  now = new Date(),
): Promise<Customer> {
  const c = await requireCustomer(ctx, id);
  const updated = { ...c, contract: { ...c.contract, status }, updatedAt: now.toISOString() };
  await ctx.customers.put(updated);
  return updated;
}

export async function requireCustomer(ctx: AdminContext, id: string): Promise<Customer> {
  const c = await ctx.customers.get(id);
  if (!c) throw new UsageError(`no customer "${id}" (see: customers list)`);
  return c;
}

/**
 * Subscribes an endpoint to the customer's topic. For sqs, ENDPOINT is a queue
 * ARN; locally a bare queue name is accepted and the queue is created.
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
  const c = await requireCustomer(ctx, id);
  if (!c.topicArn) throw new UsageError(`customer "${id}" has no topic: run customers add again`);
  let target = endpoint;
  if (protocol === 'sqs' && !endpoint.startsWith('arn:')) {
    if (ctx.target === 'aws')
      throw new UsageError('sqs endpoint must be a queue ARN (arn:aws:sqs:REGION:ACCOUNT:NAME)');
    const url = (await ctx.clients.sqs.send(new CreateQueueCommand({ QueueName: endpoint }))).QueueUrl!;
    target = (
      await ctx.clients.sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }))
    ).Attributes!.QueueArn!;
  }
  if (protocol === 'sqs') {
    // The queue must let the customer's topic send to it (AWS checks; harmless locally).
    await ctx.clients.sqs.send(
      new SetQueueAttributesCommand({
        QueueUrl: await ctx.queueUrl(target.split(':').at(-1)!),
        Attributes: {
          Policy: JSON.stringify({
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Allow',
                Principal: { Service: 'sns.amazonaws.com' },
                Action: 'sqs:SendMessage',
                Resource: target,
                Condition: { ArnEquals: { 'aws:SourceArn': c.topicArn } },
              },
            ],
          }),
        },
      }),
    );
  }
  return subscribe(ctx.clients.sns, c.topicArn, protocol, target, filterPolicy);
}
