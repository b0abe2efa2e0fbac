/** The one scanner (scan.ts) and the lexicon's two passes over it: folding, token kinds, hashes, and the pre-check agreeing with the full pass. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { hashStr } from '../../../functions/domain/detector/hash';
import { LexResult, MAYBE_CATEGORY, NCATS, NLEX, readLexicon } from '../../../functions/domain/detector/lexicon';
import { Case, Scan, Script, TOK } from '../../../functions/domain/detector/scan';
import { SEEDS } from '../../../functions/domain/detector/seeds';
import { fuzzParams, textArb } from '../fuzz/arbitraries';

const keys = (text: string, social = true): string[] => {
  const s = new Scan().scan(text, social);
  return Array.from({ length: s.n }, (_, i) => s.key(i));
};

describe('scanner', () => {
  test('social mode: entities, the RT prefix, links, mentions dropped; hashtags split, their bodies kept', () => {
    const s = new Scan().scan('RT @x: Fire &amp; smoke at #PrayForLyon https://t.co/abc @someone', true);
    assert.equal(s.isRetweet, true);
    assert.equal(s.hasUrl, true);
    assert.deepEqual(
      Array.from({ length: s.n }, (_, i) => s.key(i)),
      ['fire', 'smoke', 'at', 'pray', 'for', 'lyon'],
    );
    assert.deepEqual(s.tags, ['prayforlyon']);
  });
  test('case classes: a capital and lower-case letters, all capitals, a capital inside a word, a caseless script', () => {
    const s = new Scan().scan('Paris PARIS Élan ÉLAN McDonald TX É iPhone paris 3rd بغداد', true);
    assert.deepEqual(Array.from(s.cases.subarray(0, s.n)), [
      Case.Cap,
      Case.Upper,
      Case.Cap,
      Case.Upper,
      Case.Cap,
      Case.Upper,
      Case.Cap,
      Case.Lower,
      Case.Lower,
      Case.Lower,
      Case.None,
    ]);
  });
  test('a hashtag splits where letters meet digits, either way, and at case changes; a word outside one does not', () => {
    assert.deepEqual(keys('#2013fire #fire2013 #eq2016kumamoto #Quake7point8 #M7quake'), [
      '2013',
      'fire',
      'fire',
      '2013',
      'eq',
      '2016',
      'kumamoto',
      'quake',
      '7',
      'point',
      '8',
      'm',
      '7',
      'quake',
    ]);
    assert.deepEqual(keys('#PrayForNepal #prayfornepal #NYCFire'), [
      'pray',
      'for',
      'nepal',
      'prayfornepal',
      'nyc',
      'fire',
    ]);
    assert.deepEqual(keys('route66east 3rd M7quake'), ['route66east', '3rd', 'm7quake']);
  });
  test('Arabic: diacritics and tatweel stripped, alef / ya / ta marbuta forms unified', () => {
    assert.deepEqual(keys('إنفجارٌ كبيـــر في مدينةٍ على'), ['انفجار', 'كبير', 'في', 'مدينه', 'علي']);
  });
  test('French and Italian elided articles are dropped and the word after them read on its own; other apostrophes join', () => {
    assert.deepEqual(keys("L'explosion a fait 3 morts, qu’il dit"), [
      'explosion',
      'a',
      'fait',
      '3',
      'morts',
      'il',
      'dit',
    ]);
    assert.deepEqual(keys("dell'esplosione all’aeroporto, un'esplosione"), ['esplosione', 'aeroporto', 'esplosione']);
    assert.deepEqual(keys("I don't know aujourd'hui, Ankara'da, O'Brien"), [
      'i',
      'dont',
      'know',
      'aujourdhui',
      'ankarada',
      'obrien',
    ]);
    // A hashtag keeps its apostrophe-free body; an apostrophe ending a word joins nothing.
    assert.deepEqual(keys("#L l' explosion"), ['l', 'l', 'explosion']);
  });
  test('Arabic-Indic, Persian and Devanagari digits are digits, folded to ASCII', () => {
    const s = new Scan().scan('٣ قتلى ۵ کشته ५ मौत 7', true);
    assert.deepEqual(
      Array.from({ length: s.n }, (_, i) => s.key(i)),
      ['3', 'قتلي', '5', 'كشته', '5', 'मौत', '7'],
    );
    for (const i of [0, 2, 4, 6]) assert.equal((s.flags[i] as number) & (TOK.digit | TOK.letter), TOK.digit);
    assert.equal(s.hash(0), hashStr('3'));
  });
  test('Hebrew: niqqud dropped, final letters folded to their base forms, gershayim and geresh inside acronyms dropped', () => {
    // Pointed and unpointed Jerusalem are one word; "ם" (final mem) is "מ" wherever the word ends.
    assert.deepEqual(keys('יְרוּשָׁלַיִם ירושלים'), ['ירושלימ', 'ירושלימ']);
    assert.deepEqual(keys('פיצוץ בחיפה'), ['פיצוצ', 'בחיפה']);
    // Gershayim as written (U+05F4) and as typed on a Latin keyboard ("), geresh (U+05F3): one word.
    assert.deepEqual(keys('מד״א צה"ל ג׳ורג׳'), ['מדא', 'צהל', 'גורג']);
    // A double quote elsewhere still separates (a quotation in Latin script).
    assert.deepEqual(keys('he said "fire"'), ['he', 'said', 'fire']);
    // The maqaf (Hebrew hyphen) separates as a hyphen does.
    assert.deepEqual(keys('בית־חולים'), ['בית', 'חולימ']);
    const s = new Scan().scan('שריפה גדולה', true);
    assert.equal(s.scripts[0], Script.Hebrew);
    assert.equal(s.scriptLetters[Script.Hebrew], 10);
  });
  test('direction marks and isolates are ignored, inside a word or between words; the zero-width joiner of a conjunct joins', () => {
    assert.deepEqual(keys('\u200fחיפה\u200f \u2067שריפה\u2069 fi\u200ere'), ['חיפה', 'שריפה', 'fire']);
    assert.deepEqual(keys('\u200f \u200e'), []);
    // Bengali ra-phala written with a joiner ("র‍্যাব") is one word; Persian's non-joiner still splits.
    assert.deepEqual(keys('র\u200d্যাব'), ['র্যাব']);
    assert.deepEqual(keys('زمین\u200cلرزه'), ['زمين', 'لرزه']);
  });
  test('Bengali: vowel signs, virama and nukta kept inside words, decomposed however typed; Bengali digits are digits', () => {
    // "ো" as one code unit or as "ে" + "া"; "য়" precomposed or য + nukta: the same key.
    assert.deepEqual(keys('ব\u09cbমা ব\u09c7\u09beমা'), ['ব\u09c7\u09beমা', 'ব\u09c7\u09beমা']);
    assert.deepEqual(keys('ঢাকা\u09df ঢাকা\u09af\u09bc'), ['ঢাকা\u09af\u09bc', 'ঢাকা\u09af\u09bc']);
    const s = new Scan().scan('চট্টগ্রামে ৫ জন নিহত', true);
    assert.deepEqual(
      Array.from({ length: s.n }, (_, i) => s.key(i)),
      ['চট্টগ্রামে', '5', 'জন', 'নিহত'],
    );
    assert.equal((s.flags[1] as number) & (TOK.digit | TOK.letter), TOK.digit);
    assert.equal(s.scripts[0], Script.Bengali);
  });
  test('Urdu: heh goal is Arabic heh, heh doachashmee and bari ye stay', () => {
    assert.deepEqual(keys('لاہور لاهور کھلنا ہے'), ['لاهور', 'لاهور', 'كھلنا', 'هے']);
  });
  test('Han/Kana runs are one token each, Latin and Cyrillic words are words; scripts are counted', () => {
    const s = new Scan().scan('東京で地震 Взрыв в Москве!', true);
    assert.equal(s.n, 4);
    assert.ok(((s.flags[0] as number) & TOK.cjk) !== 0);
    assert.ok((s.scriptLetters[Script.Kana] as number) > 0 && (s.scriptLetters[Script.Han] as number) > 0);
    assert.equal(s.key(1), 'взрыв');
    assert.equal(s.exclaims, 1);
  });
  test('every token hash and prefix hash is hashStr of its folded form', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const s = new Scan().scan(text, true);
        for (let i = 0; i < s.n; i++) {
          const k = s.key(i);
          assert.equal(s.hash(i), hashStr(k));
          assert.equal(s.prefixHash(i, 1), hashStr(k.slice(0, 1)));
          assert.ok(k.length > 0 && !k.includes(' '));
        }
      }),
      fuzzParams(300),
    );
  });
  test('key(i) is the folded code units of the token, short and long tokens alike (as one apply over them built it)', () => {
    fc.assert(
      fc.property(fc.oneof(textArb, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 })), (text) => {
        const s = new Scan().scan(text, true);
        for (let i = 0; i < s.n; i++) {
          const o = s.fOff[i] as number;
          const units = Array.from(s.chars.subarray(o, o + (s.fLen[i] as number)));
          assert.equal(s.key(i), String.fromCharCode(...units));
        }
      }),
      fuzzParams(300),
    );
  });
});

/** Words of every seed lexicon (terms, phrases as their words, function words), so that generated posts hit the tables often. */
const LEX_WORDS = [
  ...new Set(
    SEEDS.flatMap((s) => [
      ...s.function.split(/\s+/),
      ...Object.values(s.terms).flatMap((list) =>
        (list ?? '').split(/\s+/).map((t) => t.replace(/[*!@]|:[0-9.]+|=.*$/g, '')),
      ),
    ])
      .flatMap((t) => [t.replace(/_/g, ' '), ...t.split('_')])
      .filter(Boolean),
  ),
];

const postText = fc
  .array(
    fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...LEX_WORDS) },
      { weight: 1, arbitrary: fc.constantFrom('12', '2011', '#floods', 'lol', '!', 'RT', 'http://x.co', 'Paris,') },
      { weight: 1, arbitrary: textArb },
    ),
    {
      maxLength: 12,
    },
  )
  .map((w) => w.join(' '));

describe('lexicon pre-check', () => {
  test('says "no category" only when the full pass finds none, and then agrees with it on cues and language', () => {
    const scan = new Scan();
    const pre = new LexResult();
    const full = new LexResult();
    let withCategory = 0;
    fc.assert(
      fc.property(postText, fc.constantFrom(undefined, 'en', 'fr', 'ar', 'ja'), (text, hint) => {
        scan.scan(text, true);
        const verdict = readLexicon(scan, pre, false, hint);
        readLexicon(scan, full, true, hint);
        if (full.anyCat) withCategory++;
        // "Maybe" may be wrong (a one-language term in a post of another language): the full pass decides. "None" may not.
        if (full.anyCat) assert.equal(verdict, MAYBE_CATEGORY, `pre-check missed a category term: ${text}`);
        if (verdict === MAYBE_CATEGORY) return;
        assert.equal(pre.lang, full.lang);
        for (let k = NCATS; k < NLEX; k++) assert.equal(pre.scores[k], full.scores[k], `cue ${k}: ${text}`);
      }),
      fuzzParams(3000),
    );
    // The property says something only if both verdicts occur.
    assert.ok(withCategory > 100, `posts with a category term: ${withCategory}`);
  });
});
