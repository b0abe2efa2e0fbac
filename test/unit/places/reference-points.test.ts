/**
 * Reference points ("X near Y", "X, 70 km from Y", "north of Y"), the town a bigger place's cluster holds, and a town
 * refining a held area: the event is at the smaller, more specific place, in several languages (fixture gazetteer).
 */

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  addVotes,
  describePlace,
  emptyVotes,
  extractPlaces,
  holdPlace,
  type PlaceVotes,
  resolveVotes,
} from '../../../functions/domain/places';
import { fixtureContext } from './fixture';

const ctx = fixtureContext();
const g = ctx.g;
const best = (text: string): string => {
  const p = extractPlaces(text, ctx);
  return p && p.best >= 0 ? describePlace(g, p.best).name : '';
};
/** The weight of the post's vote whose likeliest reading's name starts with `name` (0 when none). */
const weight = (text: string, name: string): number =>
  Math.max(
    0,
    ...(extractPlaces(text, ctx)?.votes ?? [])
      .filter((v) => describePlace(g, v.c[0] as number).name.startsWith(name))
      .map((v) => v.w),
  );

describe('reference points: the event is at X, not at the Y it is located by', () => {
  // [post, X (the event's place), Y (the reference)]
  const cases: [string, string, string][] = [
    ['Bushfire at Springwood near Sydney', 'Springwood, NSW', 'Sydney'],
    ['Fire at Winmalee, 70 km from Sydney', 'Winmalee', 'Sydney'],
    ['Explosion in West, 30 miles from Waco', 'West, TX', 'Waco'],
    ['Blast at the grain plant in West near Waco', 'West, TX', 'Waco'],
    ['Explosion in West, close to Waco', 'West, TX', 'Waco'],
    ['Incendio en Springwood, cerca de Sydney', 'Springwood, NSW', 'Sydney'],
    ['Incendie à Winmalee, près de Sydney', 'Winmalee', 'Sydney'],
    ['Explosion in West bei Waco, viele Verletzte', 'West, TX', 'Waco'],
    ['Terremoto a Medolla, vicino a Bologna', 'Medolla', 'Bologna'],
    ['Sismo em Medolla, a 40 km de Bologna', 'Medolla', 'Bologna'],
    ['انفجار في أبو غريب قرب بغداد', 'Abu Ghraib', 'Baghdad'],
    ['Пожар в Химки около Москвы', 'Khimki', 'Moscow'],
    ["Ankara yakınında Gölbaşı'nda patlama", 'Gölbaşı', 'Ankara'],
    ['दिल्ली के पास गुड़गांव में आग', 'Gurgaon', 'New Delhi'],
    ['東京近郊の川崎で火災', 'Kawasaki', 'Tokyo'],
  ];
  for (const [text, x, y] of cases)
    test(`"${text}": at ${x}; ${y} is a reference`, () => {
      assert.ok(best(text).startsWith(x), `best ${best(text)}`);
      const wy = weight(text, y);
      assert.ok(wy > 0, `${y} still votes (it tells which ${x} is meant, and the area)`);
      assert.ok(wy < 0.5 * weight(text, x), `${y} ${wy} vs ${x} ${weight(text, x)}`);
    });

  test('alone, the reference point is the best estimate there is and keeps its weight', () => {
    for (const text of ['A bushfire is flaring up west of Sydney', 'Explosion near Waco', 'Incendio cerca de Sydney'])
      assert.ok(weight(text, text.includes('Waco') ? 'Waco' : 'Sydney') >= 0.7, text);
  });

  test('a plain "from Y", another sentence, or an area holding Y make no reference of Y', () => {
    const plain = weight('Fire in Springwood, smoke from Sydney', 'Sydney');
    assert.ok(plain >= 0.7, `from: ${plain}`);
    assert.ok(weight('Fire in Springwood. Smoke seen near Sydney', 'Sydney') >= 0.7, 'another sentence');
    // "in Texas near Waco": Waco refines Texas, it does not locate it.
    assert.ok(weight('Explosion in Texas near Waco', 'Waco') >= 0.7, 'an area holding Y');
  });

  test('a far "X" (another event, a misreading) does not make Y a reference: "Explosion in Paris near Sydney"', () =>
    assert.ok(weight('Explosion in Paris near Sydney', 'Sydney') >= 0.7));

  test('an unsure "X" (a lone capitalised word read faintly as a small town) does not either; a cued one does', () => {
    assert.ok(weight('Forcetown blast near Tamale', 'Tamale') >= 0.7);
    assert.ok(weight('Blast in Forcetown near Tamale', 'Tamale') < 0.5);
  });
});

const votesOf = (posts: [string, number][]): PlaceVotes => {
  const s = emptyVotes();
  for (const [t, author] of posts) {
    const p = extractPlaces(t, ctx);
    if (p) addVotes(s, p, author);
  }
  return s;
};
const placeOf = (s: PlaceVotes): string => {
  const r = resolveVotes(g, s);
  return r ? describePlace(g, r.ref).name : '';
};

describe('a town named by independent authors inside a bigger place’s cluster is where the event is', () => {
  const cityPosts: [string, number][] = [
    ['Explosion near Waco, many injured', 1],
    ['Huge explosion north of Waco', 2],
    ['Fertilizer depot blows up near Waco, Texas', 3],
  ];

  test('two authors naming West beside three locating it by Waco: West (28 km from Waco)', () =>
    assert.equal(
      placeOf(
        votesOf([...cityPosts, ['Explosion in West, Texas, homes destroyed', 4], ['Explosión en West, Texas', 5]]),
      ),
      'West, TX, US',
    ));

  test('one author naming the town is not enough, nor the same author again: Waco', () => {
    // Two posts locating it by Waco: one post naming West holds more than the share it would need.
    assert.equal(
      placeOf(votesOf([...cityPosts.slice(0, 2), ['Explosion in West, Texas, homes destroyed', 4]])),
      'Waco, TX, US',
    );
    assert.equal(
      placeOf(
        votesOf([
          ...cityPosts,
          ['Explosion in West, Texas, homes destroyed', 4],
          ['Explosion in West, Texas: update', 4],
        ]),
      ),
      'Waco, TX, US',
    );
  });

  test('a town with too small a share of the city’s own votes stays a detail: Waco', () => {
    const many: [string, number][] = Array.from({ length: 12 }, (_, i) => [`Explosion in Waco, report ${i}`, 10 + i]);
    assert.equal(
      placeOf(votesOf([...many, ['Smoke over West, Texas', 4], ['Ash falling in West, Texas', 5]])),
      'Waco, TX, US',
    );
  });

  test('the city a town is located by never replaces it: Moore, not Oklahoma City (multilingual)', () =>
    assert.equal(
      placeOf(
        votesOf([
          ['Tornado in Moore, Oklahoma', 1],
          ['Tornado en Moore, Oklahoma', 2],
          ['إعصار في Moore, Oklahoma', 3],
          ['Tornado near Oklahoma City', 4],
          ['Tornado in Oklahoma City too', 5],
        ]),
      ),
      'Moore, OK, US',
    ));
});

describe('a held country or state is refined by a town inside it once independent authors name it', () => {
  const country: [string, number][] = [
    ['Strong earthquake in Italy', 1],
    ['Earthquake felt across Italy', 2],
    ['Terremoto in Italia, paura', 3],
    ['Séisme en Italie', 4],
  ];
  const held = (posts: [string, number][]): string => {
    const s = votesOf(country);
    const first = holdPlace(g, null, resolveVotes(g, s), s);
    assert.ok(first && describePlace(g, first.r).name === 'Italy', 'the first version is the country');
    for (const [t, a] of posts) {
      const p = extractPlaces(t, ctx);
      if (p) addVotes(s, p, a);
    }
    const next = holdPlace(g, first, resolveVotes(g, s), s);
    return next ? describePlace(g, next.r).name : '';
  };

  test('two authors name Medolla, four only the country: the alert moves to Medolla', () =>
    assert.equal(
      held([
        ['Case crollate a Medolla', 5],
        ['Earthquake damage in Medolla', 6],
      ]),
      'Medolla, Emilia-Romagna, IT',
    ));

  test('one author, even twice, does not move it; nor do two authors naming a town of another country', () => {
    assert.equal(
      held([
        ['Case crollate a Medolla', 5],
        ['Ancora scosse a Medolla', 5],
      ]),
      'Italy',
    );
    assert.equal(
      held([
        ['Earthquake felt in Lyon', 5],
        ['Séisme ressenti à Lyon', 6],
      ]),
      'Italy',
    );
  });
});

describe("an outlet's coverage from its home city is no place of the event", () => {
  test('"Rolling TV coverage from Dallas" (and in es, fr, de) is an unsure reading; "fire in Dallas" and "reports from Dallas" are not', () => {
    for (const text of [
      'Rolling TV coverage from Dallas',
      'Cobertura en vivo desde Dallas',
      'Couverture en direct depuis Dallas',
      'Berichterstattung live aus Dallas',
    ])
      assert.ok(weight(text, 'Dallas') <= 0.2, `${text}: ${weight(text, 'Dallas')}`);
    assert.ok(weight('Fire in Dallas, live coverage soon', 'Dallas') >= 0.7);
    assert.ok(weight('Reports from Dallas of an explosion', 'Dallas') >= 0.7);
  });
});
