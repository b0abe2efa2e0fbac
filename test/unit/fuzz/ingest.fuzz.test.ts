/**
 * Fuzzing parseIngestMessage (functions/domain/ingest.ts), the parser of one
 * ingest-queue message body, with bad input of every kind. See
 * test/unit/fuzz/arbitraries.ts for the generators and FUZZ_RUNS.
 */

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { type ParsedMessage, parseIngestMessage } from '../../../functions/domain/ingest';
import { type BatchCase, badMessageArb, batchArb, bigBatchArb, expected, fuzzParams } from './arbitraries';

function parseNoThrow(body: string): ParsedMessage {
  try {
    return parseIngestMessage(body);
  } catch (e) {
    assert.fail(
      `parseIngestMessage threw on a ${body.length}-character body: ${e instanceof Error ? e.stack : String(e)}`,
    );
  }
}

/** The properties of a well-formed message (a post batch, whatever its posts). */
function checkBatch(c: BatchCase): void {
  const r = parseNoThrow(c.body);
  assert.ok(r.ok, `a well-formed batch is accepted (got ${JSON.stringify(r).slice(0, 300)})`);
  assert.equal(r.batchId, c.batchId);
  assert.equal(r.source, c.source);
  const want = expected(c);
  // rejected + accepted = posts in
  assert.equal(r.posts.length + r.rejected.length, c.items.length, 'every post is either kept or rejected');
  // every valid post is kept (count of valid in = posts out), in order, its text repaired when not well-formed
  assert.equal(r.posts.length, want.accepted.length, 'every valid (first-of-its-id) post is kept');
  r.posts.forEach((p, i) => {
    const w = want.accepted[i]!;
    assert.equal(p.id, w.id);
    assert.equal(p.text, (w.text as string).toWellFormed(), 'text kept, lone surrogates repaired to U+FFFD');
    assert.ok(p.text.isWellFormed());
    assert.equal(p.createdAt, w.createdAt);
    assert.equal(p.source, c.source);
  });
  // every rejection names the field (posts[i].field) and gives a reason; duplicates rejected after the first
  assert.deepEqual(
    r.rejected.map((x) => ({ index: x.index, field: x.field })),
    want.rejected,
  );
  for (const x of r.rejected) {
    assert.match(x.field, /^posts\[\d+\]/);
    assert.equal(typeof x.reason, 'string');
    assert.ok(x.reason.trim().length > 0, `a reason for ${x.field}`);
    if (x.postId !== undefined) assert.ok(x.postId.length <= 128);
  }
  const ids = r.posts.map((p) => p.id);
  assert.equal(new Set(ids).size, ids.length, 'no duplicate ids among the kept posts');
}

describe('fuzz: parseIngestMessage', () => {
  test('mixed batches (valid and invalid posts, duplicate ids, hostile unicode, empty batches)', () => {
    fc.assert(fc.property(batchArb, checkBatch), fuzzParams(4_000));
  });

  test('bodies near the 256 KiB SQS limit with 10,000-character texts (and some over)', () => {
    fc.assert(
      fc.property(bigBatchArb, (c) => {
        assert.ok(Buffer.byteLength(c.body) >= 250_000, `body is ${Buffer.byteLength(c.body)} bytes`);
        checkBatch(c);
      }),
      fuzzParams(150),
    );
  });

  test('messages that are not a post batch are rejected whole, naming the field and a reason', () => {
    fc.assert(
      fc.property(badMessageArb, ({ body, field }) => {
        const r = parseNoThrow(body);
        assert.equal(r.ok, false, `rejected: ${body.slice(0, 80)}`);
        if (r.ok) return;
        assert.equal(r.field, field);
        assert.ok(r.reason.trim().length > 0);
        if (field === '(message)' && !isJson(body)) assert.match(r.reason, /^not JSON: /);
      }),
      fuzzParams(2_500),
    );
  });

  test('any string at all: never throws, and the outcome is self-consistent', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.json({ maxDepth: 4 }),
          batchArb.map((c) => c.body),
        ),
        (body) => {
          const r = parseNoThrow(body);
          if (!r.ok) assert.ok(r.field.length > 0 && r.reason.length > 0);
          else for (const x of r.rejected) assert.ok(x.field.startsWith(`posts[${x.index}]`) && x.reason.length > 0);
        },
      ),
      fuzzParams(1_500),
    );
  });

  test('an empty batch is a valid message with nothing to score', () => {
    assert.deepEqual(parseIngestMessage('{"batchId":"e","source":"twitter","posts":[]}'), {
      ok: true,
      batchId: 'e',
      source: 'twitter',
      posts: [],
      positions: [],
      rejected: [],
    });
  });
});

function isJson(s: string): boolean {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
}
