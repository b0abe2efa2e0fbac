/** The excerpt an alert quotes: bounded as its schemas count, well-formed, one line of plain text, for any input. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { EXCERPT_MAX_CHARS, PostExcerptSchema } from '../../../functions/domain/alert';
import { EvidenceSchema } from '../../../functions/domain/detector';
import { cleanHandle, excerptOf, postUrl } from '../../../functions/domain/excerpt';

const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

test('any text: at most EXCERPT_MAX_CHARS UTF-16 units (what zod counts), no lone surrogate, no control or bidi character', () => {
  const text = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 600 }),
    fc.string({ unit: 'binary', maxLength: 600 }),
    fc
      .array(fc.constantFrom('🔥', 'بم', '爆発', ' ', '\u202e', '\n', 'a', 'RT @x: ', 'https://t.co/abc'), {
        maxLength: 400,
      })
      .map((xs) => xs.join('')),
  );
  fc.assert(
    fc.property(text, (s) => {
      const e = excerptOf(s);
      assert.ok(e.length <= EXCERPT_MAX_CHARS, `${e.length}`);
      assert.ok(!LONE.test(e));
      assert.doesNotMatch(e, /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u);
      assert.equal(e, e.trim());
      if (e !== '') assert.ok(PostExcerptSchema.safeParse({ id: '1', source: 'twitter', text: e, lang: 'en' }).success);
    }),
    { numRuns: 2000 },
  );
  assert.ok(EvidenceSchema.shape.excerpt.safeParse(excerptOf('🔥'.repeat(300))).success, 'emoji count twice');
});

test('cleaning: retweet prefix, links and entities go; a long text is cut at a word with an ellipsis', () => {
  assert.equal(
    excerptOf('RT @wire: Blast at the port &amp; fire https://t.co/x1  now'),
    'Blast at the port & fire now',
  );
  const long = excerptOf(`${'word '.repeat(100)}end`);
  assert.ok(long.endsWith('word…') && long.length <= EXCERPT_MAX_CHARS, long);
});

test('links: x.com for numeric twitter ids, bsky.app for at:// posts, https ids as they are; nothing else', () => {
  assert.equal(postUrl('twitter', '123', '@desk_1'), 'https://x.com/desk_1/status/123');
  assert.equal(postUrl('twitter', '123', 'bad handle'), 'https://x.com/i/web/status/123');
  assert.equal(postUrl('twitter', '12a', 'desk'), undefined);
  assert.equal(
    postUrl('bluesky', 'at://did:plc:abc123/app.bsky.feed.post/3kxyz'),
    'https://bsky.app/profile/did:plc:abc123/post/3kxyz',
  );
  assert.equal(postUrl('mastodon', 'https://m.example/@a/1'), 'https://m.example/@a/1');
  assert.equal(postUrl('mastodon', 'javascript:alert(1)'), undefined);
  assert.equal(cleanHandle('a@m.example'), 'a@m.example');
  assert.equal(cleanHandle('<script>'), undefined);
  // The longest handle it keeps fits both schemas.
  const longest = cleanHandle(`${'a'.repeat(64)}@${'m'.repeat(60)}`) as string;
  assert.ok(EvidenceSchema.shape.handle.safeParse(longest).success);
  assert.ok(PostExcerptSchema.shape.handle.safeParse(longest).success);
});
