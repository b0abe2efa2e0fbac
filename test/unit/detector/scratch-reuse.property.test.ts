/**
 * The scoring core's scratch is reused from post to post (counted, not
 * emptied; token keys valid for one scan): whatever came before, a text reads
 * as it reads on fresh scratch. And foldChars' ASCII shortcut folds as the
 * per-character rule does.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { LexResult, MAYBE_CATEGORY, readLexicon } from '../../../functions/domain/detector/lexicon';
import { foldChars, Scan } from '../../../functions/domain/detector/scan';

/** Words the lexicons know (categories, cues, one-language terms, phrases), names, hashtags, numbers, other scripts. */
const wordArb = fc.oneof(
  fc.constantFrom(
    'explosion',
    'Explosion',
    'killed',
    '12',
    'dead',
    'earthquake',
    'séisme',
    'incendio',
    'brand',
    'grote',
    'hace',
    '5',
    'años',
    'RT',
    '@someone:',
    '#PrayForLyon',
    '#qldfloods',
    '#NYCFire',
    'https://t.co/x',
    "don't",
    "Ankara'da",
    'والانفجار',
    'взрыв',
    '地震',
    'Paris,',
    'the',
    'since',
    '2011',
    'killing',
    'it',
    '!',
    '?',
    '&amp;',
  ),
  fc.string({ maxLength: 12 }),
);
const textArb = fc.oneof(
  fc.array(wordArb, { maxLength: 40 }).map((ws) => ws.join(' ')),
  // Terms that count in one language only (deferred until the language is known).
  fc.constantFrom('een grote brand in de stad', 'der Brand ist aus, zwei tot', 'de rook is overal en de brand groot'),
);

function keysAndTags(s: Scan): { keys: string[]; tags: string[]; stems: string[] } {
  const keys: string[] = [];
  const stems: string[] = [];
  for (let i = 0; i < s.n; i++) {
    keys.push(s.key(i));
    stems.push(s.stem(i));
  }
  return { keys, tags: s.tags, stems };
}

test('a reused Scan gives every text the keys and hashtags a fresh one gives', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(textArb, fc.boolean(), fc.boolean()), { minLength: 1, maxLength: 8 }), (texts) => {
      const reused = new Scan();
      for (const [text, social, readKeys] of texts) {
        reused.scan(text, social);
        // Keys read on some scans only: a slot left from an earlier scan must not be taken for this one's.
        if (!readKeys) continue;
        assert.deepEqual(keysAndTags(reused), keysAndTags(new Scan().scan(text, social)));
      }
    }),
  );
});

function lexOf(r: LexResult, ret: number) {
  return {
    ret,
    scores: [...r.scores],
    langCounts: [...r.langCounts],
    lang: r.lang,
    anyCat: r.anyCat,
    terms: r.termList(),
    gloss: [...r.gloss.subarray(0, r.ng)],
    deaths: r.deaths,
    numCasualty: r.numCasualty,
    hasNumber: r.hasNumber,
    year: r.year,
  };
}

test('a reused LexResult reads every text as a fresh one does (full pass and pre-check)', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(textArb, fc.boolean()), { minLength: 1, maxLength: 8 }), (texts) => {
      const reused = new LexResult();
      const scan = new Scan();
      for (const [text, full] of texts) {
        scan.scan(text, true);
        const a = lexOf(reused, readLexicon(scan, reused, full));
        const fresh = new LexResult();
        const b = lexOf(fresh, readLexicon(new Scan().scan(text, true), fresh, full));
        // A pre-check that meets a category term stops there: only its verdict is defined (the full pass follows).
        if (!full && b.ret === MAYBE_CATEGORY) assert.equal(a.ret, b.ret);
        else assert.deepEqual(a, b);
      }
    }),
  );
});

/** foldChars before its ASCII shortcut: each code unit folded on its own (a non-ASCII letter after it keeps the unit off the shortcut). */
function foldPerUnit(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += foldChars(`${s[i]}é`).slice(0, -1);
  return out;
}

test('foldChars folds ASCII (controls, apostrophes included) and any other text as the per-unit rule does', () => {
  const ascii = fc.string({ unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)), maxLength: 30 });
  fc.assert(
    fc.property(fc.oneof(ascii, fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 20 })), (s) => {
      assert.equal(foldChars(s), foldPerUnit(s));
    }),
  );
});
