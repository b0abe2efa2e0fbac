// fauxqs (2.4) hands out at most one message per FIFO group per
// ReceiveMessage: its SqsQueue.dequeueFifo stops a group after its first
// message. SQS returns as many messages of a group as it can, in order, up to
// MaxNumberOfMessages, and keeps the group locked while any of them is in
// flight (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/FIFO-queues-understanding-logic.html).
// Stage 2 (the aggregate function on the evidence FIFO, group = partition)
// shares one state load and one commit among a batch's messages of a
// partition: with one message per group per receive the local twin ran a
// different system from AWS's, and the scale benchmark measured that
// divergence. This replaces the method with an AWS-faithful one in our own
// fauxqs process (tools/local/fauxqs-server.mjs). The class is reached
// through a file URL next to the package's entry point: the package exports
// only its entry point, and that file is the module instance fauxqs itself
// uses. If the class does not have the shape this code relies on (a fauxqs
// upgrade), start-up fails here rather than the local queues misbehaving.

/** Loads fauxqs's SqsQueue class, checks its shape, replaces dequeueFifo. */
export async function patchFifoReceive() {
  const storeUrl = new URL('./sqs/sqsStore.js', import.meta.resolve('fauxqs'));
  const { SqsQueue } = await import(storeUrl.href);
  assertShape(SqsQueue, storeUrl);
  SqsQueue.prototype.dequeueFifo = dequeueFifo;
}

function assertShape(SqsQueue, storeUrl) {
  const problems = [];
  if (typeof SqsQueue !== 'function') problems.push('no SqsQueue class');
  else {
    const p = SqsQueue.prototype;
    for (const m of ['dequeue', 'dequeueFifo', 'processTimers', 'deleteMessage', 'isFifo'])
      if (typeof p[m] !== 'function') problems.push(`no method ${m}`);
    if (typeof p.dequeue === 'function' && !String(p.dequeue).includes('this.dequeueFifo('))
      problems.push('dequeue does not call dequeueFifo');
    // Each of the locks is a count of in-flight messages of the group, released by deleteMessage and the visibility timeout.
    for (const m of ['deleteMessage', 'processTimers'])
      if (typeof p[m] === 'function' && !String(p[m]).includes('fifoLockedGroups'))
        problems.push(`${m} does not release fifoLockedGroups`);
    const probe = new SqsQueue('probe.fifo', 'http://probe/probe.fifo', 'arn:aws:sqs:us-east-1:0:probe.fifo', {
      FifoQueue: 'true',
    });
    for (const f of ['fifoMessages', 'fifoLockedGroups', 'inflightMessages'])
      if (!(probe[f] instanceof Map)) problems.push(`${f} is not a Map`);
    if (typeof probe.attributes !== 'object' || probe.isFifo?.() !== true) problems.push('no FIFO attributes');
  }
  if (problems.length > 0)
    throw new Error(
      `fauxqs's SqsQueue (${storeUrl.pathname}) is not the shape tools/local/fauxqs-fifo.mjs patches: ${problems.join('; ')}. Re-check the FIFO receive patch against this fauxqs version.`,
    );
}

function redriveOf(policy) {
  if (!policy) return { maxReceiveCount: Number.POSITIVE_INFINITY, dlqArn: undefined };
  try {
    const p = JSON.parse(policy);
    return { maxReceiveCount: p.maxReceiveCount ?? Number.POSITIVE_INFINITY, dlqArn: p.deadLetterTargetArn };
  } catch {
    return { maxReceiveCount: Number.POSITIVE_INFINITY, dlqArn: undefined };
  }
}

const MAX_RECEIVE = 10;

/**
 * Messages that come back (visibility timeout, visibility 0) are put back at
 * the front of their group one by one, so a batch of a group that comes back
 * whole comes back reversed (fauxqs never had two of a group in flight).
 * They are older than everything left in the group and at most one receive's
 * worth (the group is locked while any is in flight): ordering the first
 * MAX_RECEIVE by sequence number restores the send order.
 */
function restoreOrder(group) {
  if (group.length < 2) return;
  const head = group.slice(0, MAX_RECEIVE).sort((a, b) => (a.sequenceNumber < b.sequenceNumber ? -1 : 1));
  group.splice(0, head.length, ...head);
}

/**
 * The unlocked groups, the one whose next message is oldest first. fauxqs
 * walks its groups in the order they were created: with a whole receive now
 * going to one group, a group that always has 10 messages waiting would take
 * every receive of a lone consumer and starve the others. SQS scans the
 * queue in the order messages were sent (its first 20,000) for available
 * groups (https://repost.aws/knowledge-center/sqs-fifo-messages-not-returned).
 */
function groupsOldestFirst(queue) {
  const open = [];
  for (const [groupId, group] of queue.fifoMessages) {
    if (queue.fifoLockedGroups.has(groupId) || group.length === 0) continue;
    restoreOrder(group);
    open.push([groupId, group]);
  }
  return open.sort(([, a], [, b]) => (a[0].sequenceNumber < b[0].sequenceNumber ? -1 : 1));
}

/** fauxqs's dequeueFifo without its one-per-group stop, and with the order of returned messages restored. */
function dequeueFifo(maxCount, visibilityTimeoutOverride, dlqResolver) {
  this.processTimers();
  const visibilityTimeout = visibilityTimeoutOverride ?? Number.parseInt(this.attributes.VisibilityTimeout, 10);
  const { maxReceiveCount, dlqArn } = redriveOf(this.attributes.RedrivePolicy);
  const count = Math.min(maxCount, MAX_RECEIVE);
  const result = [];
  for (const [groupId, group] of groupsOldestFirst(this)) {
    if (result.length >= count) break;
    while (result.length < count && group.length > 0) {
      const msg = group.shift();
      msg.approximateReceiveCount++;
      msg.approximateFirstReceiveTimestamp ||= Date.now();
      const dlq =
        dlqArn && dlqResolver && msg.approximateReceiveCount > maxReceiveCount ? dlqResolver(dlqArn) : undefined;
      if (dlq) {
        this.spy?.addMessage({
          service: 'sqs',
          queueName: this.name,
          messageId: msg.messageId,
          body: msg.body,
          messageAttributes: msg.messageAttributes,
          status: 'dlq',
          timestamp: Date.now(),
        });
        this.persistence?.deleteMessage(msg.messageId);
        dlq.enqueue(msg);
        continue;
      }
      const receiptHandle = crypto.randomUUID();
      const visibilityDeadline = Date.now() + visibilityTimeout * 1000;
      this.inflightMessages.set(receiptHandle, { message: msg, receiptHandle, visibilityDeadline });
      this.persistence?.updateMessageInflight(
        msg.messageId,
        receiptHandle,
        visibilityDeadline,
        msg.approximateReceiveCount,
        msg.approximateFirstReceiveTimestamp,
      );
      const received = {
        MessageId: msg.messageId,
        ReceiptHandle: receiptHandle,
        MD5OfBody: msg.md5OfBody,
        Body: msg.body,
      };
      if (msg.md5OfMessageAttributes) received.MD5OfMessageAttributes = msg.md5OfMessageAttributes;
      if (Object.keys(msg.messageAttributes).length > 0) received.MessageAttributes = msg.messageAttributes;
      result.push(received);
      // The group stays locked until each of its messages in flight is deleted or comes back.
      this.fifoLockedGroups.set(groupId, (this.fifoLockedGroups.get(groupId) ?? 0) + 1);
    }
    if (group.length === 0) this.fifoMessages.delete(groupId);
  }
  return result;
}
