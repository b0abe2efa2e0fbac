/**
 * Generators of bad (and good) ingest input for the fuzz suite.
 *
 * Every generated post comes with what the parser must say about it: valid,
 * or invalid with the field that must be named. The oracle is independent of
 * the parser: it is derived from how the input was built (one mutation of a
 * valid post, or of a valid message).
 *
 * Run counts: FUZZ_RUNS is the total number of generated cases over the whole
 * fuzz suite; each property takes its share (the shares, in fuzzParams calls,
 * add up to 12,000). The unit layer runs 4,000 (about 6 CPU-seconds: it must
 * stay under a minute with everything else; fresh seeds every run, so the
 * cases add up across runs); `npm run fuzz` runs 100,000.
 * FC_SEED / FC_PATH replay a failure (fast-check prints both).
 */
import fc from 'fast-check';

const SHARES = 12_000;
const TOTAL = Number(process.env.FUZZ_RUNS ?? 4_000);

/** fast-check parameters for a property whose share of the 12,000 shares is `n`. */
export function fuzzParams(n: number): fc.Parameters<unknown> {
  return {
    numRuns: Math.max(1, Math.round((n * TOTAL) / SHARES)),
    ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}),
    ...(process.env.FC_PATH ? { path: process.env.FC_PATH } : {}),
  };
}

// ---------------------------------------------------------------------------
// Text

/** Characters that break naive text handling. */
export const HOSTILE = [
  // C0/C1 controls, DEL, NUL
  '\u0000',
  '\u0001',
  '\u0007',
  '\b',
  '\t',
  '\n',
  '\r',
  '\u001b',
  '\u001f',
  '\u007f',
  '\u0085',
  '\u009f',
  // lone UTF-16 surrogates (high, low, reversed pair)
  '\ud800',
  '\udbff',
  '\udc00',
  '\udfff',
  '\udc00\ud800',
  // right-to-left: overrides, marks, isolates, Arabic, Hebrew
  '\u202e',
  '\u202b',
  '\u202a',
  '\u202c',
  '\u200f',
  '\u200e',
  '\u061c',
  '\u2067',
  '\u2069',
  'انفجار في المدينة',
  'רעידת אדמה',
  // zero-width and invisible
  '\u200b',
  '\u200c',
  '\u200d',
  '\ufeff',
  '\u2060',
  '\u00ad',
  '\u180e',
  '\u034f',
  // line/paragraph separators, unusual spaces
  '\u2028',
  '\u2029',
  '\u00a0',
  '\u3000',
  '\u2003',
  // combining marks, case-mapping that changes length, ligatures, full width
  'e\u0301',
  '\u0301\u0301\u0301',
  'Z\u0351\u0362\u0333a\u0337\u0321lgo',
  'İ',
  'ß',
  'ﬁ',
  'ＥＸＰＬＯＳＩＯＮ',
  'ΣΑΣ',
  // emoji, ZWJ sequences, flags, astral
  '💥',
  '🔥🔥',
  '👩‍👩‍👧',
  '🇺🇸',
  '𝐞𝐱𝐩𝐥𝐨𝐬𝐢𝐨𝐧',
  '\u{10ffff}',
  // entities, including ones that decode to surrogates / out of range / NUL
  '&amp;',
  '&amp;amp;',
  '&#0;',
  '&#xD800;',
  '&#x110000;',
  '&#1114111;',
  '&#99999999;',
  '&nbsp;',
  '&',
  // markup, JSON-looking, regexp-hostile
  '<script>alert(1)</script>',
  '{"posts":[]}',
  '\\',
  '"',
  '\\u0000',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: hostile input, not a template
  '.*+?^${}()|[]',
];

/** Words that make the detector do real work: crisis terms, places, cues, numbers. */
export const CRISIS_WORDS = [
  'explosion',
  'EXPLOSION',
  'blast',
  'earthquake',
  'quake',
  'magnitude 6.4',
  'M7.1',
  'sismo',
  'terremoto',
  'shooting',
  'shots fired',
  'gunman',
  'fire',
  'flames',
  'flood',
  'typhoon',
  'storm',
  'train crash',
  'derailed',
  'collapse',
  'protest',
  'riot',
  'killed',
  '12 killed',
  'at least 30 dead',
  'injured',
  'BREAKING:',
  'breaking',
  'I just heard',
  'RT @news:',
  'MT @x',
  'via @user',
  '#BostonMarathon',
  '#PrayForBoston',
  '#qldfloods',
  '#ShootingInDenver',
  'http://t.co/abc',
  'https://example.com/x?y=1',
  'www.example.org',
  'http://t.co/…',
  '@someone',
  'Houston',
  'Texas',
  'Boston',
  'Paris',
  'Lima, Peru',
  'Manila',
  'Santiago de Compostela',
  'Parkland, Florida',
  'Dhaka',
  'Glasgow',
  'São Paulo',
  'Zürich',
  'NYC',
  'LA',
  'US',
  'the',
  'a',
  'of',
  'le',
  'el',
  'der',
  // Hebrew (prefixes, finals, gershayim), Urdu, Bengali (decomposed forms, the joiner), native digits and separators.
  'פיצוץ בחיפה',
  'והפיצוץ',
  'צה"ל',
  'מד״א',
  'کوئٹہ میں زلزلہ',
  '۵٫۶ ریشتر',
  'ঢাকায় ভূমিকম্প',
  '৫.৬ মাত্রার',
  'র\u200d্যাব',
];

const hostileChar = fc.constantFrom(...HOSTILE);
const word = fc.constantFrom(...CRISIS_WORDS);

/** Free text up to a few hundred characters: any code units, graphemes, hostile characters and crisis words. */
export const textArb: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: word },
      { weight: 3, arbitrary: hostileChar },
      { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
      { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 20 }) },
    ),
    { maxLength: 40 },
  )
  .chain((parts) => fc.constantFrom(' ', '', '\n', '\u200b').map((sep) => parts.join(sep)));

/**
 * A text of exactly `n` code points (what the schema's max counts: zod 4
 * counts code points, a lone surrogate being one; a 10,000-emoji text is
 * 20,000 UTF-16 units and valid).
 */
function textOfLength(n: number): fc.Arbitrary<string> {
  return textArb
    .filter((t) => t.length > 0)
    .map((t) => {
      const cps = Array.from(t);
      const s = t.repeat(Math.floor(n / cps.length)) + cps.slice(0, n % cps.length).join('');
      // A lone high surrogate at the end of one copy and a lone low one at the start of the next make a pair: top up.
      return s + 'x'.repeat(n - codePoints(s));
    });
}

/** Length in code points, as the schema counts. */
export const codePoints = (s: string): number => Array.from(s).length;

/** Valid texts: usually short, sometimes at the 10,000-character limit. */
export const validTextArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 40, arbitrary: textArb },
  { weight: 1, arbitrary: textOfLength(10_000) },
);

/** Texts over the limit (> 10,000 code points). */
export const hugeTextArb: fc.Arbitrary<string> = fc.integer({ min: 10_001, max: 40_000 }).chain(textOfLength);

// ---------------------------------------------------------------------------
// Posts

export const SOURCES = ['twitter', 'mastodon', 'bluesky'] as const;

/** Ids from a small pool (collisions: duplicate ids in a batch) or anything within the schema's bounds. */
export const idArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom('1', '2', '3', 'dup', '123456789012345678') },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', minLength: 128, maxLength: 128 }) },
);

const MIN_T = Date.parse('2012-01-01T00:00:00Z');
const MAX_T = Date.parse('2030-12-31T23:59:59.999Z');
export const isoArb: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: MIN_T, max: MAX_T }).map((ms) => new Date(ms).toISOString()),
  // offsets are allowed ({ offset: true })
  fc
    .tuple(fc.integer({ min: MIN_T, max: MAX_T }), fc.constantFrom('+02:00', '-05:30', '+00:00'))
    .map(([ms, off]) => new Date(ms).toISOString().replace('Z', off)),
);

export type Obj = Record<string, unknown>;

export function validPostArb(source: string): fc.Arbitrary<Obj> {
  return fc.record(
    {
      id: idArb,
      text: validTextArb,
      createdAt: isoArb,
      source: fc.constant(source),
      lang: fc.constantFrom('en', 'es', 'fr', 'und', 'zh-Hant', '', 'x'.repeat(16)),
      author: fc.record(
        {
          id: fc.string({ maxLength: 20 }),
          handle: fc.string({ unit: 'grapheme', maxLength: 20 }).filter((s) => s.length <= 128),
          followers: fc.oneof(fc.nat(), fc.constant(0), fc.constant(Number.MAX_SAFE_INTEGER)),
          verified: fc.boolean(),
        },
        { requiredKeys: [] },
      ),
      retweetOf: fc.string({ maxLength: 30 }),
      geo: fc.record({
        lat: fc.double({ min: -90, max: 90, noNaN: true }),
        lon: fc.double({ min: -180, max: 180, noNaN: true }),
      }),
      // Unknown keys are stripped, not rejected.
      extra: fc.jsonValue({ maxDepth: 2 }),
    },
    { requiredKeys: ['id', 'text', 'createdAt', 'source'] },
  );
}

/** One wrong thing done to a valid post, and the field (relative to posts[i]) that must be named. */
interface Mutation {
  field: string;
  apply(p: Obj, source: string): unknown;
}

const set = (k: string, v: unknown) => (p: Obj) => ({ ...p, [k]: v });
const del = (k: string) => (p: Obj) => {
  const { [k]: _, ...rest } = p;
  return rest;
};
const setIn = (k: string, sub: string, v: unknown) => (p: Obj) => ({
  ...p,
  [k]: { ...(typeof p[k] === 'object' && p[k] !== null ? (p[k] as Obj) : {}), [sub]: v },
});

const WRONG_TYPES: unknown[] = [null, 42, -1.5, true, [], {}, ['x'], NaN];

function mutationArb(): fc.Arbitrary<Mutation> {
  const m = (field: string, apply: (p: Obj, source: string) => unknown): Mutation => ({ field, apply });
  return fc.oneof(
    // not an object at all
    fc.constantFrom<unknown>(null, 0, 'post', [], [1, 2], true).map((v) => m('', () => v)),
    // a required field missing
    fc.constantFrom('id', 'text', 'createdAt', 'source').map((k) => m(k, del(k))),
    // a required field of the wrong type
    fc
      .tuple(fc.constantFrom('id', 'text', 'createdAt', 'source'), fc.constantFrom(...WRONG_TYPES))
      .map(([k, v]) => m(k, set(k, v))),
    // bounds
    hugeTextArb.map((t) => m('text', set('text', t))),
    fc.constant(m('id', set('id', ''))),
    fc.string({ unit: 'binary-ascii', minLength: 129, maxLength: 300 }).map((s) => m('id', set('id', s))),
    fc.constant(m('source', set('source', ''))),
    fc.constant(m('source', set('source', 's'.repeat(65)))),
    // timestamps that are not ISO 8601 datetimes
    fc
      .constantFrom(
        'yesterday',
        '',
        '2026-13-01T00:00:00Z',
        '2026-02-30',
        '1700000000000',
        '2026-03-02 12:00:27',
        'Mon Mar 02 12:00:27 +0000 2026',
        '2026-03-02T25:00:00Z',
        '2026-03-02T12:00:27.658Z\u0000',
      )
      .map((v) => m('createdAt', set('createdAt', v))),
    // optional fields of the wrong shape
    fc.constantFrom<unknown>(5, null, 'x'.repeat(17), []).map((v) => m('lang', set('lang', v))),
    fc.constantFrom<unknown>('someone', 5, [], null).map((v) => m('author', set('author', v))),
    fc
      .constantFrom<unknown>(-1, 1.5, '10', null, Infinity)
      .map((v) => m('author.followers', setIn('author', 'followers', v))),
    fc.constantFrom<unknown>('yes', 1, null).map((v) => m('author.verified', setIn('author', 'verified', v))),
    fc.constantFrom<unknown>(42, 'x'.repeat(129)).map((v) => m('author.id', setIn('author', 'id', v))),
    fc.constantFrom<unknown>(7, null, {}).map((v) => m('retweetOf', set('retweetOf', v))),
    fc.constantFrom<unknown>('31.8,-97.1', [31.8, -97.1], null).map((v) => m('geo', set('geo', v))),
    fc
      .constantFrom<unknown>(91, -90.0001, '31.8', null)
      .map((v) => m('geo.lat', (p: Obj) => ({ ...p, geo: { lat: v, lon: 0 } }))),
    fc
      .constantFrom<unknown>(180.5, -181, 'x')
      .map((v) => m('geo.lon', (p: Obj) => ({ ...p, geo: { lat: 0, lon: v } }))),
    // a post of another source than its batch
    fc.constant(
      m('source', (p: Obj, source: string) => ({ ...p, source: source === 'twitter' ? 'mastodon' : 'twitter' })),
    ),
  );
}

export type Item = { kind: 'valid'; post: Obj } | { kind: 'invalid'; post: unknown; field: string };

export function itemArb(source: string): fc.Arbitrary<Item> {
  return fc.oneof(
    { weight: 3, arbitrary: validPostArb(source).map((post): Item => ({ kind: 'valid', post })) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(validPostArb(source), mutationArb())
        .map(([p, mu]): Item => ({ kind: 'invalid', post: mu.apply(p, source), field: mu.field })),
    },
  );
}

export interface BatchCase {
  source: string;
  batchId: string;
  items: Item[];
  body: string;
}

/** A well-formed message of valid and invalid posts mixed (possibly empty, possibly with duplicate ids). */
export const batchArb: fc.Arbitrary<BatchCase> = fc
  .tuple(fc.constantFrom(...SOURCES), fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }))
  .chain(([source, batchId]) =>
    fc.array(itemArb(source), { maxLength: 30 }).map((items) => ({
      source,
      batchId,
      items,
      body: JSON.stringify({ batchId, source, posts: items.map((i) => i.post) }),
    })),
  );

/** Messages close to SQS's 256 KiB limit: many posts with 10,000-character texts, some over the limit. */
export const bigBatchArb: fc.Arbitrary<BatchCase> = fc
  .tuple(
    fc.constantFrom(...SOURCES),
    fc.array(
      fc.oneof(
        { weight: 4, arbitrary: fc.constant(10_000) },
        { weight: 1, arbitrary: fc.integer({ min: 10_001, max: 12_000 }) },
      ),
      { minLength: 25, maxLength: 26 },
    ),
    fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 20 }),
  )
  .map(([source, lengths, seed]) => {
    const items: Item[] = lengths.map((n, i) => {
      const post = {
        id: `big-${i}`,
        text: seed.repeat(Math.ceil(n / seed.length)).slice(0, n),
        createdAt: '2026-03-02T12:00:00.000Z',
        source,
      };
      return n > 10_000 ? { kind: 'invalid', post, field: 'text' } : { kind: 'valid', post };
    });
    return {
      source,
      batchId: 'big',
      items,
      body: JSON.stringify({ batchId: 'big', source, posts: items.map((i) => i.post) }),
    };
  });

/** What the parser must return for a well-formed message: posts kept (in order) and rejections (index, field). */
export function expected(c: BatchCase): { accepted: Obj[]; rejected: { index: number; field: string }[] } {
  const accepted: Obj[] = [];
  const rejected: { index: number; field: string }[] = [];
  const seen = new Set<string>();
  c.items.forEach((it, index) => {
    const at = `posts[${index}]`;
    if (it.kind === 'invalid') {
      rejected.push({ index, field: it.field ? `${at}.${it.field}` : at });
      return;
    }
    const id = it.post.id as string;
    if (seen.has(id)) {
      rejected.push({ index, field: `${at}.id` });
      return;
    }
    seen.add(id);
    accepted.push(it.post);
  });
  return { accepted, rejected };
}

// ---------------------------------------------------------------------------
// Whole messages that are not a post batch

export interface BadMessage {
  body: string;
  field: string;
}

const goodMessage = {
  batchId: 'b-1',
  source: 'twitter',
  posts: [{ id: '1', text: 'hi', createdAt: '2026-03-02T12:00:00Z', source: 'twitter' }],
};

export const badMessageArb: fc.Arbitrary<BadMessage> = fc.oneof(
  // not JSON: random text, cut-off messages, JSON with raw control characters or a BOM, empty body
  fc
    .string({ unit: 'binary', maxLength: 200 })
    .filter((s) => {
      try {
        JSON.parse(s);
        return false;
      } catch {
        return true;
      }
    })
    .map((body) => ({ body, field: '(message)' })),
  fc
    .integer({ min: 0, max: JSON.stringify(goodMessage).length - 1 })
    .map((n) => ({ body: JSON.stringify(goodMessage).slice(0, n), field: '(message)' })),
  fc
    .constantFrom(
      '',
      ' ',
      '\ufeff{"batchId":"b","source":"s","posts":[]}',
      '{"batchId":"b\u0000","source":"s","posts":[]}',
      'undefined',
      'NaN',
      "{'batchId':'b'}",
      '{"batchId":"b",}',
      '[1,]',
    )
    .map((body) => ({ body, field: '(message)' })),
  // JSON but not an object
  fc
    .oneof(
      fc.integer(),
      fc.string(),
      fc.constant(null),
      fc.boolean(),
      fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }),
    )
    .map((v) => ({ body: JSON.stringify(v), field: '(message)' })),
  // an object with a missing or wrong envelope field (posts valid, so only that field can be named)
  fc
    .tuple(
      fc.constantFrom('batchId', 'source', 'posts'),
      fc.constantFrom<unknown>(undefined, null, 7, '', {}, 'x'.repeat(300)),
    )
    .map(([k, v]) => {
      const msg: Obj = { ...goodMessage };
      if (v === undefined) delete msg[k];
      else msg[k] = v;
      return { body: JSON.stringify(msg), field: k };
    }),
  // more than 1,000 posts in one message
  fc.integer({ min: 1001, max: 1200 }).map((n) => ({
    body: JSON.stringify({ ...goodMessage, posts: Array.from({ length: n }, () => 0) }),
    field: 'posts',
  })),
);
