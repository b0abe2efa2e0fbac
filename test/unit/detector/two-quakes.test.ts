/**
 * Two quakes in one window (engine/routing.ts feltThere, findMerge; engine/witnesses.ts adoptFelt; engine/partition.ts
 * feltFor): while one quake is alerted, another quake elsewhere is its own alert, placed at its own city, and is not
 * slower for it. Hand-made evidence, the real gazetteer; each post by its own author.
 */

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Evidence } from '../../../functions/domain/detector/engine/evidence';
import { type PartitionState, processPartition } from '../../../functions/domain/detector/engine/partition';
import { emptyHead } from '../../../functions/domain/detector/engine/state';
import { hashStr } from '../../../functions/domain/detector/hash';
import { CAT_INDEX, CATS } from '../../../functions/domain/detector/lexicon';
import { extractPlaces, placeContext } from '../../../functions/domain/places';

const T = Date.parse('2026-03-02T12:00:00.000Z');
const ctx = placeContext();
let seq = 0;

/**
 * A quake post at minute `min`: naming `text`'s place when given (its content: the place and `words`), else a felt
 * report naming none (eyewitness; content `words`), written in `lang`.
 */
function post(min: number, lang: string, words: readonly number[], text?: string): Evidence {
  const n = seq++;
  const place = text ? extractPlaces(text, ctx, undefined, 'en') : null;
  if (text && !place) throw new Error(`${text}: no place read`);
  return {
    id: `q-${n}`,
    t: T + min * 60_000,
    source: 'twitter',
    sig: 0.85,
    cat: CAT_INDEX.earthquake,
    catScores: CATS.map((c) => (c === 'earthquake' ? 1 : 0)),
    casualty: 0,
    eyewitness: !text,
    breaking: false,
    strong: true,
    place,
    author: `author-${n}`,
    followers: 0,
    verified: false,
    isRetweet: false,
    dupKey: 1000 + n,
    terms: ['earthquake'],
    content: place ? [hashStr(`@${place.key}`), ...words, 5000 + n] : [...words, 5000 + n],
    magnitude: 0,
    deaths: 0,
    lang,
    excerpt: '',
    handle: '',
  };
}

interface Run {
  /** Areas of the candidates that raised a first version, in order. */
  alerts: string[];
  /** Post ids every version of each area's alerts cited. */
  cited: Map<string, Set<string>>;
  /** Per post id: the alert id it joined (none: it joined no alerted event). */
  joined: Map<string, string | undefined>;
}

/** The posts one message each, in order, through one quake partition. */
function run(posts: readonly Evidence[]): Run {
  const state: PartitionState = { group: 'quake', head: emptyHead('quake'), candidates: new Map(), touched: new Set() };
  const out: Run = { alerts: [], cited: new Map(), joined: new Map() };
  const trace = (p: Evidence, _key: string, info: Record<string, number | string | boolean>): void => {
    out.joined.set(p.id, typeof info.alertId === 'string' ? info.alertId : undefined);
  };
  for (const [i, p] of posts.entries()) {
    const r = processPartition(state, [{ id: `m-${i}`, evidence: [p] }], { now: p.t }, { trace });
    for (const v of r.raised) {
      if (v.alert.version === 1) out.alerts.push(v.area);
      const cited = out.cited.get(v.area) ?? new Set<string>();
      for (const id of v.alert.evidence) cited.add(id);
      out.cited.set(v.area, cited);
    }
  }
  return out;
}

/** A quake alerted at `city`: three authors name it within two minutes of `min`, sharing `words`. */
const quakeAt = (min: number, lang: string, city: string, words: readonly number[]): Evidence[] =>
  [0, 1, 2].map((i) => post(min + i / 2, lang, words, `Earthquake in ${city}`));

describe('two quakes in one window', () => {
  test("a felt report in another language is the witness of a quake reported in that language, not the alert's", () => {
    // Istanbul's quake is alerted; ten minutes on, one report names Liverpool and English felt reports follow, sharing
    // words with Istanbul's (a hashtag, the English word for it in its chatter).
    const istanbul = [...quakeAt(0, 'tr', 'Istanbul', [11, 22]), post(1, 'tr', [11, 22]), post(2, 'tr', [11, 22])];
    const felt = [10.5, 11, 11.5].map((m) => post(m, 'en', [11, 22]));
    const r = run([...istanbul, post(10, 'en', [33], 'Earthquake in Liverpool'), ...felt]);
    assert.deepEqual(r.alerts, ['TR', 'GB']);
    const istanbulId = r.joined.get(istanbul[4]?.id ?? '');
    assert.ok(istanbulId);
    assert.ok(
      felt.every((p) => r.joined.get(p.id) !== istanbulId),
      "Liverpool's felt reports joined Istanbul's alert",
    );
  });

  test("in a quake's first minutes, felt reports in another language are its own, not a second alert", () => {
    // Tokyo's quake alerted in Japanese; two minutes on, English felt reports naming no place (people in Tokyo who
    // post in English). Twelve minutes on, the same reports would be another quake (the test above, with a place).
    const tokyo = quakeAt(0, 'ja', 'Tokyo', [11, 22]);
    const soon = [2, 2.5, 3, 3.5, 4].map((m) => post(m, 'en', [33, 44]));
    const r = run([...tokyo, ...soon]);
    assert.deepEqual(r.alerts, ['JP']);
    assert.ok(
      soon.some((p) => r.joined.get(p.id) === r.joined.get(tokyo[2]?.id ?? '')),
      'no English felt report joined Tokyo',
    );
  });

  test('a quake reported at a place in another language minutes after an unplaced alert is its own alert', () => {
    // Japanese felt reports naming no place alert; three minutes on, three authors report a quake in Santiago in
    // Spanish: the first minutes' any-language rule is for felt reports naming no place, not for a placed quake.
    const felt = [0, 0.3, 0.6, 0.9, 1.2].map((m) => post(m, 'ja', [11, 22]));
    const chile = quakeAt(3, 'es', 'Santiago', [33, 44]);
    const r = run([...felt, ...chile]);
    assert.equal(r.alerts.length, 2, r.alerts.join(', '));
    assert.equal(r.alerts[0], '?');
    assert.match(r.alerts[1] ?? '', /^CL/);
  });

  test("in the alert's own language, with no other place reported, a felt report is still the alert's", () => {
    const istanbul = quakeAt(0, 'tr', 'Istanbul', [11, 22]);
    const late = post(10, 'tr', [11, 22]);
    const r = run([...istanbul, late]);
    assert.equal(r.alerts.length, 1);
    assert.equal(r.joined.get(late.id), r.joined.get(istanbul[2]?.id ?? ''));
  });

  test('after three quarters of an hour without a word of the quake, a felt report is not its own', () => {
    const istanbul = quakeAt(0, 'tr', 'Istanbul', [11, 22]);
    const later = post(50, 'tr', [11, 22]);
    const r = run([...istanbul, later]);
    assert.ok(r.joined.get(istanbul[2]?.id ?? ''), 'Istanbul was not alerted');
    assert.equal(r.joined.get(later.id), undefined);
  });

  test('a pool merged into an alert takes no later felt reports into it', () => {
    // Istanbul's felt reports (words its placed reports do not share) burst in the pool and merge into its alert.
    const istanbul = quakeAt(0, 'tr', 'Istanbul', [600, 601]);
    const pool = [3, 3.5, 4, 4.5].map((m) => post(m, 'tr', [11, 22]));
    const later = post(50, 'tr', [11, 22]);
    const r = run([...istanbul, ...pool, later]);
    assert.deepEqual(r.alerts, ['TR']);
    assert.ok(
      pool.some((p) => r.joined.get(p.id)),
      'the pool did not merge into the alert',
    );
    assert.equal(r.joined.get(later.id), undefined);
  });

  test("a far report of the alert's area is its own in the minutes of its first report, another quake after them", () => {
    const soon = post(5, 'ja', [11, 22], 'Earthquake in Sapporo');
    assert.ok(
      run([...quakeAt(0, 'ja', 'Tokyo', [11, 22]), soon]).joined.get(soon.id),
      "Sapporo five minutes on is not Tokyo's",
    );
    const late = post(15, 'ja', [11, 22], 'Earthquake in Sapporo');
    assert.equal(run([...quakeAt(0, 'ja', 'Tokyo', [11, 22]), late]).joined.get(late.id), undefined);
  });

  test("a felt report in the alert's language is the newer quake's when two authors report it at another place since", () => {
    // Bogotá's quake is alerted; fifteen minutes on, two authors name Seville (sharing only the place: not an alert
    // alone), and Spanish felt reports follow, sharing Bogotá's words.
    const bogota = quakeAt(0, 'es', 'Bogota', [11, 22]);
    const seville = [post(15, 'es', [33], 'Earthquake in Sevilla'), post(15.5, 'es', [44], 'Earthquake in Sevilla')];
    const felt = [16, 16.5].map((m) => post(m, 'es', [11, 22]));
    const r = run([...bogota, ...seville, ...felt]);
    assert.deepEqual(r.alerts, ['CO', 'ES']);
    const bogotaId = r.joined.get(bogota[2]?.id ?? '');
    assert.ok(bogotaId);
    assert.ok(felt.every((p) => r.joined.get(p.id) !== bogotaId));
  });

  test("a newer quake in another language does not take the older quake's felt reports as its witnesses", () => {
    // Yogyakarta's felt reports (words its placed reports do not share) wait in the pool; forty minutes on, two
    // authors report a quake in Stuttgart, and German felt reports follow.
    const yogya = [...quakeAt(0, 'id', 'Yogyakarta', [600, 601]), ...[1, 1.5].map((m) => post(m, 'id', [11, 22]))];
    const stuttgart = [
      post(40, 'de', [33], 'Earthquake in Stuttgart'),
      post(40.5, 'de', [44], 'Earthquake in Stuttgart'),
    ];
    const felt = [41, 41.5, 42].map((m) => post(m, 'de', [55, 66]));
    const r = run([...yogya, ...stuttgart, ...felt]);
    assert.deepEqual(r.alerts.slice(1), ['DE']);
    const cited = [...(r.cited.get('DE') ?? [])];
    assert.ok(!cited.some((id) => yogya.some((p) => p.id === id)), `Stuttgart cites ${cited.join(', ')}`);
  });

  test("an unplaced pool's burst merges into the quake alerted minutes before, whatever its faint readings", () => {
    // Liverpool's quake is alerted; its felt reports burst in the pool, which also holds a faint reading of Turkey
    // (no area: a split vote), far from Liverpool.
    const liverpool = quakeAt(0, 'en', 'Liverpool', [600, 601]);
    const faint = extractPlaces('Earthquake in Turkey', ctx, undefined, 'en');
    assert.ok(faint);
    const pool = [2, 2.5, 3, 3.5].map((m) => ({ ...post(m, 'en', [11, 22]), place: { ...faint, key: '?' } }));
    const r = run([...liverpool, ...pool]);
    assert.deepEqual(r.alerts, ['GB']);
  });

  test('felt reports that come after the report naming a town alert there as they come', () => {
    const r = run([post(0, 'en', [33], 'Earthquake in Liverpool'), post(0.5, 'en', [11, 22]), post(1, 'en', [11, 22])]);
    assert.deepEqual(r.alerts, ['GB']);
  });

  test('not where the report names a country only: its place comes with the town a minute later', () => {
    const r = run([post(0, 'en', [33], 'Earthquake in Japan'), post(0.5, 'en', [11, 22]), post(1, 'en', [11, 22])]);
    assert.deepEqual(r.alerts, []);
  });
});
