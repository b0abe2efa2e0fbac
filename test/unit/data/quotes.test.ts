/** The quote check's matching (tools/data/quotes.ts) on hand-written texts: no data is read. */

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Hit, QuoteIndex, type SourceFile, words } from '../../../tools/data/quotes';

const file = (path: string, text: string, code = false): SourceFile => ({ path, text, code });

function run(
  files: SourceFile[],
  posts: string[],
  options: { n: number; min?: number },
  allowed: { span: string; reason: string }[] = [],
) {
  const index = new QuoteIndex(files, options, allowed);
  for (const p of posts) index.see(p);
  return index.hits();
}

const brief = (h: Hit) => `${h.path}:${h.line} ${h.kind} ${h.words} ${h.posts.min}-${h.posts.max} ${h.text}`;

test('both sides are read alike: lower case, URLs, mentions, entities and RT dropped, punctuation a word break', () => {
  assert.deepEqual(words('RT @ann_b: The OLD mill&amp;barn burns!! https://t.co/xYz #Millbrook www.x.org/a'), [
    'the',
    'old',
    'mill',
    'barn',
    'burns',
    'millbrook',
  ]);
  assert.deepEqual(words('Ünïcode: ça brûle — 火事だ, 2,5 km'), ['ünïcode', 'ça', 'brûle', '火事だ', '2', '5', 'km']);
});

test('a run of n words of a file that a post holds is a hit, found across line breaks, case and punctuation', () => {
  const doc = file(
    'docs/a.md',
    'Intro line.\nThe parrot said: "the kettle sang\nall night long under the stairs", then slept.\n',
  );
  const { hits } = run(
    [doc],
    [
      'lol THE KETTLE sang all night long!!',
      'the kettle sang all night long, under the stairs; yes, the kettle sang all night long',
      'nothing to see here',
    ],
    { n: 6 },
  );
  // One span, merged from overlapping windows; the second post counts once for a window it holds twice.
  assert.deepEqual(hits.map(brief), ['docs/a.md:2 ngram 9 1-2 the kettle sang\nall night long under the stairs']);
});

test('a shared run shorter than n words is not a hit; two separate runs are two hits', () => {
  const doc = file('t.ts', 'one two three four five six seven\nalpha beta gamma delta epsilon zeta eta theta\n', true);
  const post = 'x two three four five six y alpha beta gamma delta epsilon zeta z';
  assert.deepEqual(run([doc], [post], { n: 6 }).hits.map(brief), [
    't.ts:2 ngram 6 1-1 alpha beta gamma delta epsilon zeta',
  ]);
  assert.deepEqual(run([doc], [post], { n: 5 }).hits.map(brief), [
    't.ts:1 ngram 5 1-1 two three four five six',
    't.ts:2 ngram 6 1-1 alpha beta gamma delta epsilon zeta',
  ]);
});

test('an allowed span hides the windows inside it, and says it was needed; an unneeded entry is not', () => {
  const doc = file('r.md', 'Reports came from the Royal Society of Chemistry of Ruritania today.\n');
  const post = 'statement by the royal society of chemistry of ruritania on the spill';
  const allowed = [
    { span: 'Royal Society of Chemistry of Ruritania', reason: 'an institution name' },
    { span: 'a phrase found nowhere at all here', reason: 'stale on purpose' },
  ];
  const found = run([doc], [post], { n: 6 });
  assert.deepEqual(found.hits.map(brief), ['r.md:1 ngram 7 1-1 the Royal Society of Chemistry of Ruritania']);
  const r = run([doc], [post], { n: 6 }, allowed);
  // "the royal society ... of" is outside the entry: still a hit, the windows within it are not.
  assert.deepEqual(r.hits.map(brief), ['r.md:1 ngram 6 1-1 the Royal Society of Chemistry of']);
  assert.deepEqual([...r.allowedUsed], [0]);
  const wider = run([doc], [post], { n: 6 }, [
    { span: 'the Royal Society of Chemistry of Ruritania', reason: 'x'.repeat(10) },
  ]);
  assert.deepEqual(wider.hits, []);
});

test('windows with fewer than three words of letters (regexps, digit tables) are not prose and not hits', () => {
  const code = file('f.ts', 'const re = /\\d{2}:\\d{2}:\\d{2}\\.\\d/; // 1 | 2 | 3 | 4 | 5 | 6 of go\n', true);
  const post = 'times d 2 d 2 d 2 d and 1 2 3 4 5 6 of go';
  assert.deepEqual(run([code], [post], { n: 6 }).hits, []);
});

test('with min, a whole quoted string of min..n-1 words is a hit when a post holds it whole', () => {
  const code = file(
    'q.ts',
    [
      "it('reads', () => score('Sirens over Lakeview tonight'));",
      "const partial = 'Sirens over Lakeview at dawn';",
      "// apostrophes are no quotes: the fire's out, the crew's gone",
      'const tooShort = "over Lakeview";',
    ].join('\n'),
    true,
  );
  const prose = file('p.md', 'He wrote "sirens over\nLakeview tonight" twice.\n');
  const posts = ['SIRENS over lakeview tonight, stay safe', "fire's out, the crew", 'over lakeview'];
  assert.deepEqual(run([code, prose], posts, { n: 6 }).hits, []);
  assert.deepEqual(run([code, prose], posts, { n: 6, min: 2 }).hits.map(brief), [
    'q.ts:1 quoted 4 1-1 Sirens over Lakeview tonight',
    'q.ts:4 quoted 2 2-2 over Lakeview',
    'p.md:1 quoted 4 1-1 sirens over\nLakeview tonight',
  ]);
  assert.deepEqual(run([code, prose], posts, { n: 6, min: 3 }).hits.length, 2);
});

test('options out of range are refused', () => {
  assert.throws(() => new QuoteIndex([], { n: 1 }), /n must be/);
  assert.throws(() => new QuoteIndex([], { n: 6, min: 6 }), /min must be/);
});

test('a quote inside another quote is checked on its own', () => {
  const code = file('n.ts', `test('"sirens over Lakeview tonight" is a report, said the title', () => {});\n`, true);
  const posts = ['sirens over lakeview tonight!'];
  assert.deepEqual(run([code], posts, { n: 6, min: 4 }).hits.map(brief), [
    'n.ts:1 quoted 4 1-1 sirens over Lakeview tonight',
  ]);
});
