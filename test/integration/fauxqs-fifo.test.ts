/**
 * FIFO receives on the local emulator as SQS does them
 * (tools/local/fauxqs-fifo.mjs patches fauxqs's): several messages of one
 * group in one receive, in order; the group locked until each is deleted or
 * comes back, other groups unaffected; the group with the oldest message
 * first; messages that come back come back in order; and after maxReceiveCount the redrive policy still moves them to
 * the dead-letter queue, in order.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CreateQueueCommand,
  DeleteMessageBatchCommand,
  GetQueueAttributesCommand,
  type Message,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { LOCAL_CREDENTIALS, LOCAL_REGION, startFauxqsProcess } from '../../tools/local/emulators';

describe('FIFO receives on fauxqs', { timeout: 60_000 }, () => {
  let fauxqs: Awaited<ReturnType<typeof startFauxqsProcess>>;
  let sqs: SQSClient;
  let n = 0;

  before(async () => {
    fauxqs = await startFauxqsProcess();
    sqs = new SQSClient({ endpoint: fauxqs.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  });
  after(async () => {
    sqs?.destroy();
    await fauxqs?.stop();
  });

  /** A FIFO queue with its DLQ (maxReceiveCount 2), fresh for each test. */
  const queues = async () => {
    const name = `q${++n}`;
    const dlq = await sqs.send(
      new CreateQueueCommand({ QueueName: `${name}-dlq.fifo`, Attributes: { FifoQueue: 'true' } }),
    );
    const dlqArn = (
      await sqs.send(new GetQueueAttributesCommand({ QueueUrl: dlq.QueueUrl!, AttributeNames: ['QueueArn'] }))
    ).Attributes!.QueueArn!;
    const q = await sqs.send(
      new CreateQueueCommand({
        QueueName: `${name}.fifo`,
        Attributes: {
          FifoQueue: 'true',
          VisibilityTimeout: '30',
          RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount: 2 }),
        },
      }),
    );
    return { url: q.QueueUrl!, dlqUrl: dlq.QueueUrl! };
  };
  const send = (url: string, group: string, bodies: string[]) =>
    sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: url,
        Entries: bodies.map((b, i) => ({
          Id: String(i),
          MessageBody: b,
          MessageGroupId: group,
          MessageDeduplicationId: b,
        })),
      }),
    );
  const receive = async (url: string, visibilityTimeout?: number): Promise<Message[]> =>
    (
      await sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: url,
          MaxNumberOfMessages: 10,
          WaitTimeSeconds: 0,
          MessageSystemAttributeNames: ['All'],
          ...(visibilityTimeout === undefined ? {} : { VisibilityTimeout: visibilityTimeout }),
        }),
      )
    ).Messages ?? [];
  const remove = (url: string, ms: Message[]) =>
    sqs.send(
      new DeleteMessageBatchCommand({
        QueueUrl: url,
        Entries: ms.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle! })),
      }),
    );
  const bodies = (ms: Message[]) => ms.map((m) => m.Body);

  test('a group gives several messages in one receive, in order, and stays locked until all are deleted', async () => {
    const { url } = await queues();
    await send(url, 'a', ['a1', 'a2', 'a3', 'a4']);
    const first = await receive(url);
    assert.deepEqual(bodies(first), ['a1', 'a2', 'a3', 'a4']);

    await send(url, 'a', ['a5', 'a6']);
    await send(url, 'b', ['b1', 'b2']);
    assert.deepEqual(bodies(await receive(url)), ['b1', 'b2'], 'group a is locked; group b is not');

    await remove(url, first.slice(0, 3));
    assert.deepEqual(bodies(await receive(url)), [], 'a4 still in flight: a stays locked');
    await remove(url, first.slice(3));
    assert.deepEqual(bodies(await receive(url)), ['a5', 'a6']);
  });

  test('a receive fills up to 10 across groups, each group in order', async () => {
    const { url } = await queues();
    await send(url, 'a', ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7']);
    await send(url, 'b', ['b1', 'b2', 'b3', 'b4', 'b5']);
    const got = bodies(await receive(url));
    assert.equal(got.length, 10);
    assert.deepEqual(got.slice(0, 7), ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7']);
    assert.deepEqual(got.slice(7), ['b1', 'b2', 'b3']);
  });

  test('the group whose next message is oldest goes first: a busy group does not starve the others', async () => {
    const { url } = await queues();
    const a = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `a${from + i}`);
    await send(url, 'a', a(1, 10));
    await send(url, 'b', ['b1']);
    await send(url, 'a', a(11, 20));
    const first = await receive(url);
    assert.deepEqual(bodies(first), a(1, 10));
    await remove(url, first);
    assert.deepEqual(bodies(await receive(url)), ['b1', ...a(11, 19)]);
  });

  test('messages that come back come back in order, then go to the DLQ in order after maxReceiveCount', async () => {
    const { url, dlqUrl } = await queues();
    await send(url, 'a', ['a1', 'a2', 'a3']);
    const first = await receive(url, 1);
    assert.deepEqual(bodies(first), ['a1', 'a2', 'a3']);
    await send(url, 'a', ['a4']);
    await new Promise((r) => setTimeout(r, 1300));
    const again = await receive(url, 1);
    assert.deepEqual(bodies(again), ['a1', 'a2', 'a3', 'a4'], 'back after the visibility timeout, in order');
    assert.deepEqual(
      again.map((m) => m.Attributes?.ApproximateReceiveCount),
      ['2', '2', '2', '1'],
    );
    await new Promise((r) => setTimeout(r, 1300));
    // Third receive of a1-a3: past maxReceiveCount 2, moved to the DLQ; a4 (second receive) is handed out.
    assert.deepEqual(bodies(await receive(url)), ['a4']);
    assert.deepEqual(bodies(await receive(dlqUrl)), ['a1', 'a2', 'a3']);
  });
});
