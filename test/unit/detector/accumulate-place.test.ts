/**
 * What a post adds to its event's place (engine/accumulate.ts): a quake report that gives the magnitude says where
 * the quake was, a felt report where it was felt (PARAMS.magnitudePlaceWeight); a post read in an area names it even
 * when no word of its names is a content word. On the places fixture gazetteer, no data needed.
 */

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { accumulate } from '../../../functions/domain/detector/engine/accumulate';
import type { Evidence } from '../../../functions/domain/detector/engine/evidence';
import { newCandidate } from '../../../functions/domain/detector/engine/state';
import { hashStr } from '../../../functions/domain/detector/hash';
import { CAT_INDEX, NCATS } from '../../../functions/domain/detector/lexicon';
import { describePlace, extractPlaces, resolveVotes } from '../../../functions/domain/places';
import { fixtureContext } from '../places/fixture';

const ctx = fixtureContext();
const T = Date.parse('2026-03-02T17:00:00.000Z');
const QUAKE = CAT_INDEX.earthquake;

function evidence(id: string, text: string, o: Partial<Evidence>): Evidence {
  const catScores = new Array<number>(NCATS).fill(0);
  catScores[QUAKE] = 1;
  return {
    id,
    t: T,
    source: 'twitter',
    sig: 0.9,
    cat: QUAKE,
    catScores,
    casualty: 0,
    eyewitness: false,
    breaking: false,
    strong: true,
    place: extractPlaces(text, ctx, undefined, 'en'),
    author: `author-${id}`,
    followers: 100,
    verified: false,
    isRetweet: false,
    dupKey: Number(id),
    terms: ['earthquake'],
    content: [Number(id) + 100],
    magnitude: 0,
    deaths: 0,
    lang: 'en',
    excerpt: text,
    handle: `h${id}`,
    ...o,
  };
}

describe("a quake's place", () => {
  test('a report giving the magnitude outweighs a felt report from a city far away', () => {
    const c = newCandidate('e#quake#t', 'IT', T, NCATS);
    accumulate(c, evidence('1', 'Earthquake in Milan, we felt it strongly', { eyewitness: true }), T);
    accumulate(c, evidence('2', 'Magnitude 5.8 earthquake, Bologna', { magnitude: 5.8 }), T + 60_000);
    const r = resolveVotes(ctx.g, c.places);
    assert.equal(r ? describePlace(ctx.g, r.ref).name : '', 'Bologna, Emilia-Romagna, IT');
  });

  test('without a magnitude the two reports weigh as they read', () => {
    const c = newCandidate('e#quake#t', 'IT', T, NCATS);
    accumulate(c, evidence('1', 'Earthquake in Milan, we felt it strongly', { eyewitness: true }), T);
    accumulate(c, evidence('2', 'Earthquake, Bologna', {}), T + 60_000);
    const r = resolveVotes(ctx.g, c.places);
    assert.equal(r ? describePlace(ctx.g, r.ref).name : '', 'Milan, IT');
  });
});

describe('a post that names its place', () => {
  test('its place words in the window; its area reading when none of them is a content word (a three-letter name)', () => {
    const c = newCandidate('e#inc#t', 'RU', T, NCATS);
    const named = accumulate(c, evidence('3', 'Explosion in Moscow', { content: [hashStr('moscow'), 77] }), T);
    assert.deepEqual(named.pl, [hashStr('moscow')]);
    const short = evidence('4', 'Explosion in Ufa', { content: [77] });
    short.place = { votes: [{ k: 'ufa', c: [1], p: [1], w: 1 }], best: 1, names: [], key: 'RU' };
    assert.deepEqual(accumulate(c, short, T).pl, [hashStr('@RU')]);
    const none = evidence('5', 'Explosion!', { content: [77] });
    assert.equal(accumulate(c, none, T).pl, undefined);
  });
});
