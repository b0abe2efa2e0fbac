/**
 * Regions the gazetteer derives from its own places (regions.ts): parts of an area named by a direction in the seed
 * languages, regions of admin1 areas sharing a name, lower-case place hashtags. On the fixture gazetteer.
 */

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  addVotes,
  describePlace,
  distKm,
  emptyVotes,
  extractPlaces,
  type PostPlace,
  resolveVotes,
} from '../../../functions/domain/places';
import { baseRadiusKm, contains, entityLatLon, partOf, ref } from '../../../functions/domain/places/entity';
import { EntityType } from '../../../functions/domain/places/layout';
import { PART_ADJECTIVE, PartDir } from '../../../functions/domain/places/regions';
import { fixtureContext } from './fixture';

const ctx = fixtureContext();
const g = ctx.g;
const post = (text: string): PostPlace | null => extractPlaces(text, ctx);
const country = (cc: string): number => ref(EntityType.Country, g.countryIndex(cc));
/** The post's place resolved as an event's would be (one post). */
const resolved = (text: string) => {
  const p = post(text);
  return p ? resolveVotes(g, { v: p.votes }, 0) : null;
};

/** How each seed language writes "<direction> <area>" ({} is the area's name in that language). */
const TEMPLATES: Record<string, [PartDir, string][]> = {
  en: [
    [PartDir.N, 'Explosion in northern {}'],
    [PartDir.S, 'Floods across the south of {}'],
    [PartDir.NW, 'Storm hits NW {}'],
    [PartDir.Central, 'Typhoon slams central {}'],
    [PartDir.NE, 'quake felt in north east {}'],
  ],
  fr: [
    [PartDir.N, 'Séisme dans le nord de {}'],
    // An elided article before the name (the scanner reads the word after it alone).
    [PartDir.N, "Séisme dans le nord de l'{}"],
    [PartDir.SW, 'Tempête sur le sud-ouest de {}'],
  ],
  es: [
    [PartDir.S, 'Sismo en el sur de {}'],
    [PartDir.NW, 'Terremoto al noroeste de {}'],
    [PartDir.Central, 'Lluvias en el centro de {}'],
  ],
  it: [
    [PartDir.N, 'Terremoto nel nord {}'],
    [PartDir.N, "Terremoto nel nord dell'{}"],
    [PartDir.N, 'Scossa forte, {} settentrionale'],
    [PartDir.Central, 'Alluvione, {} centrale'],
  ],
  de: [
    [PartDir.N, 'Erdbeben im Norden von {}'],
    [PartDir.S, 'Unwetter im südlichen {}'],
  ],
  nl: [[PartDir.N, 'Aardbeving in het noorden van {}']],
  pt: [[PartDir.E, 'Tempestade no leste do {}']],
  tr: [[PartDir.N, 'kuzey {} patlama']],
  id: [[PartDir.N, 'Gempa di {} utara']],
  ru: [[PartDir.N, 'Взрыв на севере {}']],
  ar: [[PartDir.N, 'انفجار في شمال {}']],
  hi: [[PartDir.N, 'उत्तरी {} में भूकंप']],
};
/** The area's name as written in each language (the fixture's reference names; Russian in its genitive). */
const NAMES: Record<string, Record<string, string>> = {
  IQ: {
    en: 'Iraq',
    fr: 'Irak',
    es: 'Irak',
    it: 'Iraq',
    de: 'Irak',
    nl: 'Irak',
    pt: 'Iraque',
    tr: 'Irak',
    id: 'Irak',
    ru: 'Ирака',
    ar: 'العراق',
    hi: 'इराक',
  },
  IT: {
    en: 'Italy',
    fr: 'Italie',
    es: 'Italia',
    it: 'Italia',
    de: 'Italien',
    nl: 'Italië',
    pt: 'Itália',
    tr: 'İtalya',
    id: 'Italia',
    ru: 'Италии',
    ar: 'إيطاليا',
    hi: 'इटली',
  },
  PH: {
    en: 'Philippines',
    fr: 'Philippines',
    es: 'Filipinas',
    it: 'Filippine',
    de: 'Philippinen',
    nl: 'Filipijnen',
    pt: 'Filipinas',
    tr: 'Filipinler',
    id: 'Filipina',
    ru: 'Филиппин',
    ar: 'الفلبين',
    hi: 'फ़िलीपीन्स',
  },
};

describe('a direction before or after an area names a part of it, in every seed language', () => {
  const cases: { lang: string; cc: string; dir: PartDir; text: string }[] = [];
  for (const [lang, ts] of Object.entries(TEMPLATES))
    for (const [dir, tpl] of ts)
      for (const [cc, names] of Object.entries(NAMES)) {
        const name = names[lang] as string;
        // Only the names the fixture knows (its reference holds a few languages per country).
        const p = extractPlaces(`in ${name}`, ctx);
        if (!p?.votes.some((v) => v.c.includes(country(cc)))) continue;
        cases.push({ lang, cc, dir, text: tpl.replace('{}', name) });
      }

  test('the generated cases cover every seed language and the three areas', () => {
    assert.deepEqual(new Set(cases.map((c) => c.lang)), new Set(Object.keys(TEMPLATES)));
    assert.ok(cases.length >= 30, `${cases.length}`);
  });

  for (const c of cases)
    test(`${c.lang}: "${c.text}" -> ${PART_ADJECTIVE[c.dir]} ${c.cc}`, () => {
      const r = resolved(c.text);
      assert.ok(r, 'a place');
      assert.equal(r.level, 'region', describePlace(g, r.ref).name);
      assert.equal(r.ref, partOf(g, country(c.cc), c.dir));
    });

  test('"the Italian part" of a text is no part: bare area, a town after a direction, an offset, a word that is "on"', () => {
    assert.equal(resolved('Earthquake in Italy')?.level, 'country');
    // A part of a town is the town ("north Bologna").
    assert.equal(resolved('Explosion in north Bologna')?.level, 'place');
    // "200 km north of Iraq" is an offset from it, never a part of it.
    assert.notEqual(resolved('Quake 200 km north of Iraq')?.level, 'region');
    // French "sur" is "on": a storm on France is in France, not in its south.
    assert.equal(resolved('Tempête sur la France')?.level, 'country');
    assert.equal(resolved('Sismo en el sur de Italia')?.level, 'region');
  });
});

describe('parts are derived from the gazetteer: in their direction, weighted by population', () => {
  test('every part of every area lies on its side of the area’s centre', () => {
    let checked = 0;
    for (let ci = 0; ci < g.countries.length; ci++) {
      const a = ref(EntityType.Country, ci);
      const c = entityLatLon(g, a);
      for (let d = 0; d < 8; d++) {
        const p = partOf(g, a, d);
        if (p === null) continue;
        const q = entityLatLon(g, p);
        const b = (d * Math.PI) / 4;
        const east = (((q.lon - c.lon + 540) % 360) - 180) * Math.cos((c.lat * Math.PI) / 180);
        const north = q.lat - c.lat;
        assert.ok(east * Math.sin(b) + north * Math.cos(b) >= -1e-3, `${describePlace(g, p).name}`);
        checked++;
      }
    }
    assert.ok(checked > 20, `${checked}`);
  });

  test('central Philippines lies between the north and the south: its middle third holds Iloilo alone', () => {
    const ph = country('PH');
    const central = entityLatLon(g, partOf(g, ph, PartDir.Central) as number);
    const north = entityLatLon(g, partOf(g, ph, PartDir.N) as number);
    const south = entityLatLon(g, partOf(g, ph, PartDir.S) as number);
    assert.ok(north.lat > central.lat && central.lat > south.lat);
    assert.ok(distKm(central.lat, central.lon, 10.6969, 122.5644) < 1);
  });

  test('a part’s centre is weighted by population: northern Iraq (Mosul 1.7M, Erbil 0.9M) sits nearer Mosul', () => {
    const n = entityLatLon(g, partOf(g, country('IQ'), PartDir.N) as number);
    const toMosul = distKm(n.lat, n.lon, 36.335, 43.1189);
    const toErbil = distKm(n.lat, n.lon, 36.1901, 44.0091);
    assert.ok(toMosul < toErbil && toErbil < 80, `${toMosul} ${toErbil}`);
    // Its radius holds 90% of its people: both cities.
    assert.ok(baseRadiusKm(g, partOf(g, country('IQ'), PartDir.N) as number) >= toErbil - 1);
  });
});

describe('regions of admin1 areas sharing a name after a direction word', () => {
  test('"North Abaco" and "Central Abaco" make "Abaco" (and English "the Abacos"), at their places’ centre', () => {
    for (const text of ['Dorian hits Abaco', 'Devastation in the Abacos', 'ABACOS ISLANDS devastated', '#abaco']) {
      const r = resolved(text);
      assert.ok(r, text);
      assert.equal(describePlace(g, r.ref).name, 'Abaco, BS', text);
      assert.equal(r.level, 'region');
      // Between Marsh Harbour and Cooper's Town, weighted to Marsh Harbour; far from Nassau.
      assert.ok(distKm(r.lat, r.lon, 26.5412, -77.0636) < 40, text);
      assert.ok(distKm(r.lat, r.lon, 25.0582, -77.3431) > 100, text);
    }
  });

  test('the region holds its areas and its places, not the country’s others', () => {
    const abaco = (post('Abaco')?.votes[0]?.c[0] ?? -1) as number;
    const marsh = (post('in Marsh Harbour')?.votes[0]?.c[0] ?? -1) as number;
    const nassau = (post('in Nassau')?.votes[0]?.c[0] ?? -1) as number;
    assert.ok(contains(g, abaco, marsh));
    assert.ok(!contains(g, abaco, nassau));
    assert.ok(contains(g, country('BS'), abaco));
  });

  test('one area with a direction word makes no region ("New Providence" has no sibling; "Northern" alone is no tail)', () => {
    assert.equal(resolved('Storm over Providence')?.level, undefined);
  });
});

describe('event level: a part ranks above its bare area and below any town inside it', () => {
  const votes = (texts: [string, number][]) => {
    const s = emptyVotes();
    for (const [text, author] of texts) {
      const p = post(text);
      if (p) addVotes(s, p, author);
    }
    return resolveVotes(g, s);
  };

  test('"Philippines" three times and "central Philippines" once: the central part', () => {
    const r = votes([
      ['Typhoon hits the Philippines', 1],
      ['Praying for the Philippines', 2],
      ['Philippines storm', 3],
      ['Landfall in central Philippines', 4],
    ]);
    assert.equal(r?.ref, partOf(g, country('PH'), PartDir.Central));
  });

  test('a town inside it, named by two authors, is the estimate', () => {
    const r = votes([
      ['Landfall in central Philippines', 1],
      ['central Philippines hit', 2],
      ['Tacloban flooded', 3],
      ['Devastation in Tacloban', 4],
    ]);
    assert.equal(r?.level, 'place');
    assert.equal(describePlace(g, r?.ref ?? -1).name.split(',')[0], 'Tacloban');
  });

  test('without it, only the bare area: the country', () => {
    assert.equal(votes([['Typhoon hits the Philippines', 1]])?.level, 'country');
  });
});

describe('a lower-case hashtag of one word reads as its word', () => {
  test('a place or an area: #winmalee, #iraq', () => {
    assert.ok((post('Fire near #winmalee')?.votes ?? []).some((v) => v.k === 'winmalee'));
    assert.equal(resolved('bombing #iraq')?.level, 'country');
  });
  test('not a common or event word (#fire, #police), nor a word of a longer hashtag (#winmalee_fire, #winmalee2013)', () => {
    assert.equal(post('#fire tonight'), null);
    assert.equal(post('#police everywhere'), null);
    assert.equal(post('#winmalee_fire tonight'), null);
    assert.equal(post('smoke #winmalee2013'), null);
    // Lower case outside a hashtag is still no name of a town.
    assert.equal(post('fire near winmalee tonight'), null);
  });
  test('a hamlet is no reading of a hashtag (#forcetown, 600 people), a village is (#medolla, 4,850)', () => {
    assert.equal(post('smoke over #forcetown'), null);
    assert.ok((post('smoke over #medolla')?.votes ?? []).some((v) => v.k === 'medolla'));
  });
  test('to the words around it a hashtag is no capital: "#hits: Winmalee" is Winmalee, not the tail of a name', () => {
    const w = (text: string): number => post(text)?.votes.find((v) => v.k === 'winmalee')?.w ?? 0;
    assert.ok(w('Smoke #hits: Winmalee residents flee') > 0);
    assert.equal(w('Smoke #hits: Winmalee residents flee'), w('Smoke hits: Winmalee residents flee'));
  });
});

describe('a storm name is a proper noun, not a word of a text in capitals', () => {
  test('"HURRICANE IN THE GULF TONIGHT" names no storm "in" (read as one, it split a storm into two alerts)', () => {
    assert.deepEqual(post('HURRICANE MOORE IN THE GULF TONIGHT, NW BAHAMAS')?.names ?? [], []);
    assert.deepEqual(post('Hurricane Moore makes landfall near Houston')?.names, ['moore']);
  });
});
