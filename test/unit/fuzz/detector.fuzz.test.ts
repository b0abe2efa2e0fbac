/**
 * Fuzzing the detector's per-post path (normalize, scorePost) with arbitrary
 * unicode: it never throws and its numbers are finite and in range.
 */

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { normalize, scorePost } from '../../../functions/domain/detector';
import type { Post } from '../../../functions/domain/post';
import { CRISIS_WORDS, fuzzParams, HOSTILE, hugeTextArb, textArb, validPostArb } from './arbitraries';

/** Any string: code units of every kind (lone surrogates included), hostile characters, crisis words, up to 40,000 characters. */
const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: textArb },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  {
    weight: 2,
    arbitrary: fc.string({
      unit: fc.constantFrom(...HOSTILE, ...CRISIS_WORDS, ' ', '#', '@', 'RT ', '&', ';', 'http://'),
      maxLength: 80,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.string({
      unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      maxLength: 200,
    }),
  },
  { weight: 1, arbitrary: hugeTextArb },
);

const finite = (x: number, what: string) => assert.ok(Number.isFinite(x), `${what} is finite (got ${x})`);

describe('fuzz: detector per-post path', () => {
  test('normalize never throws on any string; its output is consistent', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const n = normalize(text);
        assert.equal(n.tokens.length, n.raw.length, 'tokens aligned with raw tokens');
        for (const t of n.tokens) assert.equal(typeof t, 'string');
        assert.ok(n.upperRatio >= 0 && n.upperRatio <= 1, `upperRatio in [0, 1] (got ${n.upperRatio})`);
        assert.equal(typeof n.isRetweet, 'boolean');
      }),
      fuzzParams(1_400),
    );
  });

  test('scorePost never throws on any post the schema lets through (and on raw, unrepaired text); scores finite', () => {
    fc.assert(
      fc.property(validPostArb('twitter'), anyText, fc.boolean(), (p, text, useText) => {
        const post = (useText ? { ...p, text } : p) as Post;
        const s = scorePost(post);
        finite(s.sig, 'sig');
        assert.ok(s.sig >= 0 && s.sig <= 1, `sig is a probability (got ${s.sig})`);
        assert.ok(Number.isInteger(s.cat) && s.cat >= -1, `cat is an index or -1 (got ${s.cat})`);
        for (const v of s.catScores) finite(v, 'catScores[]');
        finite(s.t, 't');
        finite(s.casualty, 'casualty');
        finite(s.magnitude, 'magnitude');
        finite(s.deaths, 'deaths');
        finite(s.followers, 'followers');
        assert.ok(Number.isInteger(s.dupKey), 'dupKey is an integer hash');
        for (const h of s.content) assert.ok(Number.isInteger(h));
        if (s.place) {
          assert.ok(s.place.votes.length > 0 || s.place.names.length > 0, 'a place has votes or storm names');
          for (const v of s.place.votes) {
            finite(v.w, 'vote weight');
            for (const q of v.p) assert.ok(q >= 0 && q <= 1, 'vote probability');
          }
          assert.equal(typeof s.place.key, 'string');
        }
        assert.equal(s.id, post.id);
      }),
      fuzzParams(1_800),
    );
  });
});
