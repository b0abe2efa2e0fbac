import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseQueueArn, topicStatement, withTopicStatement } from '../../../tools/admin/queue-policy';

const queue = 'arn:aws:sqs:eu-west-1:111122223333:alerts-in';
const topic = (id: string) => `arn:aws:sns:us-east-1:444455556666:tocsin-customer-${id}`;

test("subscribing merges one statement into the queue's policy: the owner's statements stay", () => {
  const owner = {
    Version: '2012-10-17',
    Id: 'owner-policy',
    Statement: [
      { Sid: 'OwnerReads', Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 'sqs:*', Resource: queue },
    ],
  };
  const merged = JSON.parse(withTopicStatement(JSON.stringify(owner), queue, topic('bank')));
  assert.equal(merged.Id, 'owner-policy');
  assert.deepEqual(merged.Statement, [owner.Statement[0], topicStatement(queue, topic('bank'))]);
  const twice = JSON.parse(withTopicStatement(JSON.stringify(merged), queue, topic('bank')));
  assert.deepEqual(twice, merged, 'subscribing again changes nothing');
  const other = JSON.parse(withTopicStatement(JSON.stringify(merged), queue, topic('agency')));
  assert.equal(other.Statement.length, 3, "another customer's topic gets its own statement");
});

test('for any existing policy, every statement of another Sid is kept unchanged, and exactly one is ours', () => {
  const statement = fc.record({
    Sid: fc.option(fc.stringMatching(/^[A-Za-z0-9-]{1,12}$/), { nil: undefined }),
    Effect: fc.constantFrom('Allow', 'Deny'),
    Action: fc.constantFrom('sqs:SendMessage', 'sqs:ReceiveMessage'),
  });
  fc.assert(
    fc.property(fc.array(statement, { maxLength: 5 }), fc.boolean(), (statements, single) => {
      const current = JSON.stringify({
        Version: '2012-10-17',
        Statement: single && statements.length === 1 ? statements[0] : statements,
      });
      const mine = topicStatement(queue, topic('bank'));
      const out = JSON.parse(withTopicStatement(current, queue, topic('bank'))) as { Statement: { Sid?: string }[] };
      const given = single && statements.length === 1 ? [statements[0]!] : statements;
      assert.deepEqual(
        out.Statement.filter((s) => s.Sid !== mine.Sid),
        JSON.parse(JSON.stringify(given.filter((s) => s.Sid !== mine.Sid))),
      );
      assert.equal(out.Statement.filter((s) => s.Sid === mine.Sid).length, 1);
    }),
  );
});

test('a policy that is not JSON is refused, not replaced; no policy gets a fresh one', () => {
  assert.throws(() => withTopicStatement('{oops', queue, topic('bank')), /not JSON; fix it first/);
  assert.deepEqual(JSON.parse(withTopicStatement(undefined, queue, topic('bank'))).Statement, [
    topicStatement(queue, topic('bank')),
  ]);
});

test("the queue's own account comes from its ARN", () => {
  assert.deepEqual(parseQueueArn(queue), { region: 'eu-west-1', account: '111122223333', name: 'alerts-in' });
  assert.throws(() => parseQueueArn('alerts-in'), /not an SQS queue ARN/);
});
