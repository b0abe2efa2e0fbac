/**
 * A category's burst of authors (engine/burst.ts): independent voices naming
 * one kind of event at once, against the category's own rate, stand in for
 * the trigger's weight and first-report cue of a placed pair that names one
 * place, for regional events (quakes, storms) only, and only while the burst
 * is new. Generated posts in twelve languages, no data needed.
 */

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { EvidenceEnvelopeSchema, evidenceBodies } from '../../../functions/adapters/evidence-queue';
import {
  defaultModel,
  type Evidence,
  EvidenceMessageSchema,
  processPartition,
  scoreBatch,
  scorePost,
  toEvidence,
} from '../../../functions/domain/detector';
import { countMention, poissonTail } from '../../../functions/domain/detector/engine/burst';
import type { Mention } from '../../../functions/domain/detector/engine/evidence';
import { familyOfCat } from '../../../functions/domain/detector/engine/params';
import { sweepMessages } from '../../../functions/domain/detector/engine/stages';
import { emptyHead } from '../../../functions/domain/detector/engine/state';
import { hashStr } from '../../../functions/domain/detector/hash';
import { CAT_INDEX, CATS } from '../../../functions/domain/detector/lexicon';
import type { Post } from '../../../functions/domain/post';

const T0 = Date.parse('2026-03-02T12:00:00.000Z');
const MIN = 60_000;

/** "It is shaking / earthquake!" as people write it, in twelve languages (written by hand; no place named). */
const FELT: readonly [string, string][] = [
  ['es', '¡Está temblando muy fuerte! Terremoto'],
  ['it', 'Terremoto! Trema tutto qui'],
  ['pt', 'Terremoto agora, tudo tremendo'],
  ['fr', 'Séisme en ce moment, tout tremble'],
  ['de', 'Erdbeben gerade, alles wackelt'],
  ['tr', 'Deprem oldu, çok sallandı'],
  ['id', 'Gempa barusan, kencang sekali'],
  ['ar', 'زلزال قوي الآن'],
  ['ru', 'Землетрясение сейчас, всё трясётся'],
  ['ja', '今の地震すごく揺れた'],
  ['zh', '刚刚地震了，摇得很厉害'],
  ['hi', 'अभी भूकंप आया, सब हिल गया'],
];

const post = (i: number, text: string, lang: string, minutes: number): Post => ({
  id: `felt-${i}`,
  text,
  createdAt: new Date(T0 + minutes * MIN).toISOString(),
  source: 'twitter',
  lang,
  author: { id: `felt-author-${i}`, followers: 50 },
});

/** The mentions stage 1 makes of the twelve felt posts, one a minute from `startMin`. */
function feltMentions(startMin: number, spreadMin = 0.5): Mention[] {
  const batch = FELT.map(([lang, text], i) => post(i, text, lang, startMin + i * spreadMin));
  const s1 = scoreBatch('felt', batch, defaultModel());
  return s1.messages.flatMap((m) => [...(m.mentions ?? []), ...m.evidence.map(asMention)]);
}

const asMention = (e: Evidence): Mention => ({ t: e.t, k: e.cat, author: e.author, dupKey: e.dupKey });

/** A weak placed report of category `cat` (significance 0.6, no first-report cue) naming a place ("zedland"), area ZZ-2, and words `also`. */
const weak = (
  i: number,
  cat: keyof typeof CAT_INDEX,
  minutes: number,
  place = 'zedland',
  also: number[] = [],
): Evidence => ({
  id: `weak-${i}`,
  t: T0 + minutes * MIN,
  source: 'twitter',
  sig: 0.6,
  cat: CAT_INDEX[cat],
  catScores: CATS.map((c) => (c === cat ? 1 : 0)),
  casualty: 0,
  eyewitness: false,
  breaking: false,
  strong: false,
  place: { votes: [{ k: place, c: [], p: [], w: 1 }], best: -1, names: [], key: 'ZZ-2' },
  author: `weak-author-${i}`,
  followers: 0,
  verified: false,
  isRetweet: false,
  dupKey: 7000 + i,
  terms: [cat],
  content: [hashStr(place), 9000 + i, ...also],
  magnitude: 0,
  deaths: 0,
  lang: 'en',
  excerpt: '',
  handle: '',
});

/** The category's quiet background: one mention an hour, by its own author, for the 12 hours before T0. */
const quiet = (k: number): Mention[] =>
  Array.from({ length: 12 }, (_, h) => ({ t: T0 - (12 - h) * 60 * MIN, k, author: `bg-${h}`, dupKey: 100 + h }));

/** Alerts a fresh partition of `family` raises when fed these evidence posts and mentions in time order, one message each. */
function alertsOf(family: string, items: readonly (Evidence | Mention)[]): number {
  const state = { group: family, head: emptyHead(family), candidates: new Map(), touched: new Set<string>() };
  let n = 0;
  const sorted = [...items].sort((a, b) => a.t - b.t);
  for (const [i, x] of sorted.entries()) {
    const msg = 'id' in x ? { id: `m-${i}`, evidence: [x] } : { id: `m-${i}`, evidence: [], mentions: [x] };
    n += processPartition(state, [msg], { now: x.t }).alerts.length;
  }
  return n;
}

describe('burst: counting voices', () => {
  test('the Poisson tail', () => {
    assert.equal(poissonTail(0.5, 0), 1);
    assert.ok(Math.abs(poissonTail(0.5, 1) - (1 - Math.exp(-0.5))) < 1e-12);
    assert.ok(poissonTail(0.5, 6) < poissonTail(0.5, 5));
    assert.ok(poissonTail(0.23, 6) < 1e-6 && poissonTail(0.23, 5) > 1e-6);
  });
  const after = (ms: readonly Mention[]): boolean => {
    const head = emptyHead('quake');
    let on = false;
    for (const m of [...ms].sort((a, b) => a.t - b.t)) on = countMention(head, m.k, m.t, m.author, m.dupKey);
    return on;
  };
  const q = CAT_INDEX.earthquake;
  const voices = (n: number, o: (i: number) => Partial<Mention> = () => ({})): Mention[] =>
    Array.from({ length: n }, (_, i) => ({ t: T0 + i * 20_000, k: q, author: `v-${i}`, dupKey: 500 + i, ...o(i) }));
  test('ten independent voices in five minutes burst against one mention an hour', () => {
    assert.equal(after([...quiet(q), ...voices(10)]), true);
  });
  test('not the same voices spread over ten hours, nor one text shared by ten accounts, nor one author ten times', () => {
    assert.equal(after([...quiet(q), ...voices(10, (i) => ({ t: T0 + i * 60 * MIN }))]), false);
    assert.equal(after([...quiet(q), ...voices(10, () => ({ dupKey: 42 }))]), false);
    assert.equal(after([...quiet(q), ...voices(10, () => ({ author: 'one' }))]), false);
  });
  test('not against a category that is always talked about (ten mentions an hour)', () => {
    const busy = Array.from({ length: 120 }, (_, i) => ({
      t: T0 - (120 - i) * 6 * MIN,
      k: q,
      author: `b-${i}`,
      dupKey: 300 + i,
    }));
    assert.equal(after([...busy, ...voices(6)]), false);
  });
});

describe('burst: felt posts in twelve languages make a weak placed pair an alert', () => {
  test('stage 1 makes a mention of every felt post, evidence or not, in every language', () => {
    const ms = feltMentions(0);
    assert.equal(ms.length, FELT.length);
    assert.ok(ms.every((m) => m.k === CAT_INDEX.earthquake));
  });
  test('the pair alerts inside the burst, not without it', () => {
    const pair = [weak(0, 'earthquake', 6), weak(1, 'earthquake', 7)];
    assert.equal(alertsOf('quake', [...quiet(CAT_INDEX.earthquake), ...feltMentions(0), ...pair]), 1);
    assert.equal(alertsOf('quake', [...quiet(CAT_INDEX.earthquake), ...pair]), 0);
  });
  test('the burst does not place: a pair naming two different places, or one post alone, does not alert', () => {
    // They share a word ("shaking"), not a place.
    const shaking = [hashStr('shaking')];
    const apart = [weak(0, 'earthquake', 6, 'zedland', shaking), weak(1, 'earthquake', 7, 'yonder', shaking)];
    assert.equal(alertsOf('quake', [...quiet(CAT_INDEX.earthquake), ...feltMentions(0), ...apart]), 0);
    assert.equal(alertsOf('quake', [...quiet(CAT_INDEX.earthquake), ...feltMentions(0), weak(0, 'earthquake', 6)]), 0);
  });
  test('a burst that has gone on for more than a trigger window is news heard, not news', () => {
    const long = [0, 12, 24, 36, 48].flatMap((m) =>
      feltMentions(m).map((x) => ({ ...x, author: `${x.author}-${m}`, dupKey: x.dupKey + m })),
    );
    const pair = [weak(0, 'earthquake', 56), weak(1, 'earthquake', 57)];
    assert.equal(alertsOf('quake', [...quiet(CAT_INDEX.earthquake), ...long, ...pair]), 0);
  });
  test('not for a point event: a burst of attack talk does not make a pair of attack posts in one town an alert', () => {
    const a = CAT_INDEX.attack;
    const attacks = Array.from({ length: 12 }, (_, i) => ({
      t: T0 + i * 20_000,
      k: a,
      author: `a-${i}`,
      dupKey: 800 + i,
    }));
    assert.equal(alertsOf('inc', [...quiet(a), ...attacks, weak(0, 'attack', 6), weak(1, 'attack', 7)]), 0);
  });
});

describe('burst: mentions sent again', () => {
  test('mentions re-sent in other messages (a connector re-sending, re-cut batches) leave the head as it was', () => {
    const mentions = [...quiet(CAT_INDEX.earthquake), ...feltMentions(0)];
    const state = { group: 'quake', head: emptyHead('quake'), candidates: new Map(), touched: new Set<string>() };
    const now = T0 + 30 * MIN;
    processPartition(state, [{ id: 'first', evidence: [], mentions }], { now });
    const before = JSON.stringify(state.head);
    state.touched.clear();
    // The same mentions again, in two other messages, in another order.
    const again = [...mentions].reverse();
    processPartition(state, [{ id: 'again-1', evidence: [], mentions: again.slice(0, 9) }], { now });
    processPartition(state, [{ id: 'again-2', evidence: [], mentions: again.slice(9) }], { now });
    assert.equal(JSON.stringify(state.head), before);
    assert.equal(state.touched.size, 0, 'nothing to write');
  });
});

describe('burst: mentions between the stages', () => {
  test('mentions survive JSON and zod; a message written before them decodes without', () => {
    const s1 = scoreBatch(
      'b',
      FELT.map(([lang, text], i) => post(i, text, lang, i)),
      defaultModel(),
    );
    const wire = s1.messages.map((m) =>
      EvidenceMessageSchema.parse(JSON.parse(JSON.stringify({ ...m, evidence: m.evidence.map(toEvidence) }))),
    );
    assert.deepEqual(
      wire.map((m) => m.mentions ?? []),
      s1.messages.map((m) => m.mentions ?? []),
    );
    assert.equal(EvidenceMessageSchema.parse({ id: 'old', partition: 'quake', evidence: [] }).mentions, undefined);
  });
  test('a stage-2 message too big for one queue body is split; its mentions go once, with the first half', () => {
    // Every FELT post is a report now ("earthquake right now" is first-hand): talk of a quake abroad is a mention.
    const talk: readonly [string, string][] = [...FELT, ['ru', 'Землетрясение в Турции'], ['zh', '又地震了']];
    const s1 = scoreBatch(
      'b',
      talk.map(([lang, text], i) => post(i, text, lang, i)),
      defaultModel(),
    );
    const quake = s1.messages.find((m) => m.partition === 'quake');
    assert.ok(quake?.mentions?.length, 'the felt posts below the gate are mentions of the quake partition');
    // Enough copies of its evidence to need two bodies (120 KB each at most).
    const big = {
      ...quake,
      evidence: Array.from({ length: 400 }, (_, i) => ({ ...weak(i, 'earthquake', i), excerpt: 'x'.repeat(280) })),
    };
    const bodies = evidenceBodies([big], T0).map((b) => EvidenceEnvelopeSchema.parse(JSON.parse(b.body)));
    assert.ok(bodies.length > 1);
    assert.deepEqual(
      bodies.flatMap((b) => b.mentions ?? []),
      quake.mentions,
    );
    assert.equal(
      bodies.reduce((n, b) => n + b.evidence.length, 0),
      400,
    );
  });
  test('a figurative use, old news or a post without a category word is no mention', () => {
    const at = (text: string) =>
      scorePost({ id: '1', text, createdAt: '2026-03-02T12:00:00.000Z', source: 'twitter', lang: 'en' }).mention;
    assert.equal(at('Earthquake! Everything is shaking here'), true);
    assert.equal(at('that concert was an earthquake lol'), false);
    assert.equal(at('On this day 10 years ago the earthquake hit'), false);
    assert.equal(at('lovely sunny day at the beach'), false);
  });
});

describe('event identity: a burst goes by the storm names its posts repeat', () => {
  /** A storm report by its own author in area ZZ-3, `minutes` from T0, giving `names` as storm names and saying "zelda". */
  const storm = (i: number, minutes: number, names: string[]): Evidence => ({
    ...weak(i, 'storm', minutes),
    sig: 1,
    strong: true,
    place: { votes: [], best: -1, names, key: 'ZZ-3' },
    content: [hashStr('landfall'), hashStr('coast'), hashStr('zelda'), 9100 + i],
  });
  test('posts that each misread one word as a storm ("storm Oh", "#StormHour") merge into the storm they name as a word', () => {
    const zelda = [storm(0, 0, ['zelda']), storm(1, 1, ['zelda'])];
    const misread = [storm(2, 90, ['oh']), storm(3, 91, ['hour']), storm(4, 92, ['worst'])];
    assert.equal(alertsOf('wx', [...zelda, ...misread]), 1);
  });
  test('a burst that repeats another storm name is another storm', () => {
    const zelda = [storm(0, 0, ['zelda']), storm(1, 1, ['zelda'])];
    const omar = [storm(2, 90, ['omar']), storm(3, 91, ['omar']), storm(4, 92, ['omar'])];
    assert.equal(alertsOf('wx', [...zelda, ...omar]), 2);
  });
});

describe('burst: under a key finer than the family', () => {
  test("a burst counted in the family's unplaced group reaches a placed group's candidate (sweep), and only its own family's talk", () => {
    const placed = {
      group: 'quake#ZZ-2',
      head: emptyHead('quake#ZZ-2'),
      candidates: new Map(),
      touched: new Set<string>(),
    };
    const pair = [weak(0, 'earthquake', 1), weak(1, 'earthquake', 2)];
    let alerts = 0;
    for (const [i, p] of pair.entries())
      alerts += processPartition(placed, [{ id: `p-${i}`, evidence: [p] }], { now: p.t }).alerts.length;
    assert.equal(alerts, 0, 'two weak reports alone do not alert');
    const talk = {
      group: 'quake#none',
      head: emptyHead('quake#none'),
      candidates: new Map(),
      touched: new Set<string>(),
    };
    const copies = pair.map((p) => ({ ...asMention(p), g: placed.group }));
    const r = processPartition(
      talk,
      [{ id: 't', evidence: [], mentions: [...quiet(CAT_INDEX.earthquake), ...copies, ...feltMentions(3)] }],
      {
        now: T0 + 30 * MIN,
      },
    );
    assert.deepEqual([...new Set(r.sweeps.map((s) => s.group))], [placed.group]);
    const swept = sweepMessages(r.sweeps);
    assert.equal(processPartition(placed, swept, { now: T0 + 30 * MIN }).alerts.length, 1);
    assert.equal(
      processPartition(placed, swept, { now: T0 + 30 * MIN }).duplicates,
      0,
      'a sweep sent again changes nothing',
    );
  });

  test('a placed group is heard from at its latest mention: one delivered late does not make it look silent', () => {
    const talk = {
      group: 'quake#none',
      head: emptyHead('quake#none'),
      candidates: new Map(),
      touched: new Set<string>(),
    };
    const [early, late] = [weak(0, 'earthquake', 1), weak(20, 'earthquake', 2)].map((p) => ({
      ...asMention(p),
      g: 'quake#ZZ-2',
    }));
    processPartition(talk, [{ id: 'late', evidence: [], mentions: [late as Mention] }], { now: T0 + 30 * MIN });
    processPartition(talk, [{ id: 'early', evidence: [], mentions: [early as Mention] }], { now: T0 + 30 * MIN });
    assert.equal(talk.head.placed?.['quake#ZZ-2'], late?.t);
  });

  test('stage 1 with familyTalk: a regional family talks in its unplaced group, a point family does not', () => {
    const placedQuakes = [
      'Strong earthquake just now in San Jose, Costa Rica, everything shook',
      'Earthquake in Guanacaste Costa Rica right now, buildings shaking',
      'Massive earthquake felt in Liberia, Costa Rica, we ran outside',
    ];
    const batch = [
      ...FELT.map(([lang, text], i) => post(i, text, lang, i)),
      ...placedQuakes.map((text, i) => post(100 + i, text, 'en', 20 + i)),
    ];
    const s1 = scoreBatch('talk', batch, defaultModel(), { key: 'region', familyTalk: true });
    const groups = s1.messages.map((m) => m.partition);
    assert.ok(groups.includes('quake#none'), groups.join(','));
    for (const m of s1.messages) if (m.mentions) assert.ok(m.partition.endsWith('#none'));
    const copies = s1.messages.flatMap((m) => (m.mentions ?? []).filter((x) => x.g !== undefined));
    const placedEvidence = s1.messages.filter((m) => !m.partition.endsWith('#none')).flatMap((m) => m.evidence);
    assert.ok(placedEvidence.length > 0, 'some reports are placed');
    assert.equal(copies.length, placedEvidence.filter((e) => familyOfCat(e.cat) !== 'inc').length);
  });
});
