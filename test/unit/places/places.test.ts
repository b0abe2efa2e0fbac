/** Place resolution: traps, patterns, scripts, event-level voting and the held place, on the fixture gazetteer. */

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { detectLanguage } from '../../../functions/domain/detector/lexicon';
import {
  addVotes,
  describePlace,
  distKm,
  emptyVotes,
  extractPlaces,
  type HeldPlace,
  holdPlace,
  locationOf,
  PlaceVotesSchema,
  type PostPlace,
  resolveVotes,
} from '../../../functions/domain/places';
import { contains, ref, refType } from '../../../functions/domain/places/entity';
import { EntityType } from '../../../functions/domain/places/layout';
import { fixtureContext } from './fixture';

const ctx = fixtureContext();
const g = ctx.g;
const post = (text: string, geo?: { lat: number; lon: number }): PostPlace | null => extractPlaces(text, ctx, geo);
/** The best reading's name ('' when none) of a post in a language (as scoring identifies it), or in none. */
const best = (text: string, lang?: string): string => {
  const p = extractPlaces(text, ctx, undefined, lang);
  return p && p.best >= 0 ? describePlace(g, p.best).name : '';
};
/** Every reading any mention of the post offers, with its vote weight. */
const readings = (text: string): { name: string; w: number }[] =>
  (post(text)?.votes ?? []).flatMap((v) => v.c.map((c) => ({ name: describePlace(g, c).name, w: v.w })));
const mentions = (text: string, name: string): boolean =>
  readings(text).some((r) => r.name.startsWith(name) && r.w > 0);
/** The strongest reading of a text whose name starts with `name` (0 when none). */
const weight = (text: string, name: string): number =>
  Math.max(
    0,
    ...readings(text)
      .filter((r) => r.name.startsWith(name))
      .map((r) => r.w),
  );

describe('mentions and their traps', () => {
  test('the controls resolve: the same names without a trap are places', () => {
    assert.equal(best('Explosion reported in Paris, many injured'), 'Paris, Île-de-France, FR');
    assert.equal(best('Shooting in Douglas tonight, police on scene'), 'Douglas, GA, US');
    assert.equal(best('Fire in Lincoln this morning'), 'Lincoln, NE, US');
    assert.equal(best('Explosión en Madrid'), 'Madrid, ES');
    assert.equal(best('Esplosione a Venezia'), 'Venice, IT');
    assert.equal(best('انفجار في بغداد'), 'Baghdad, IQ');
    assert.equal(best('北京发生爆炸'), 'Beijing, CN');
  });

  // Facility names in several languages: the place or person inside the name is not where the event is.
  const facilities: [string, string][] = [
    ['Shooting reported on Paris Street, two injured', 'Paris'],
    ['Fire at Lincoln Tower, people trapped', 'Lincoln'],
    ['Gunman at Douglas High School, students evacuated', 'Douglas'],
    ['Explosion at the Moore Stadium during the game', 'Moore'],
    ['Incendie rue de Paris, les pompiers sur place', 'Paris'],
    ['Incendio en la calle Madrid, varios heridos', 'Madrid'],
    ['Esplosione in piazza Venezia, feriti', 'Venice'],
    ['Incêndio na rua Lisboa, feridos', 'Lisbon'],
    ['Brand in der Moskau Straße, viele Verletzte', 'Moscow'],
    ['Ankara Caddesi üzerinde patlama', 'Ankara'],
    ['انفجار في شارع بغداد', 'Baghdad'],
    ['Взрыв на улице Москва', 'Moscow'],
    ['北京路发生爆炸', 'Beijing'],
    ['東京タワーで火災', 'Tokyo'],
  ];
  for (const [text, name] of facilities)
    test(`facility: "${text}" does not place the event in ${name}`, () =>
      assert.ok(!mentions(text, name), JSON.stringify(readings(text))));

  test('generated: a two-word facility name after a town keeps the town out also when only its first word is capitalised, in capitals and in Title Case', () => {
    // "Paris High school": the second word in lower case ties nothing by case; the pair is read as one name.
    const towns = ['Paris', 'Lincoln', 'Douglas', 'Moore', 'Denver', 'Ankara', 'Medolla'];
    const names = [
      'High school',
      'Middle school',
      'Elementary school',
      'Primary school',
      'Shopping center',
      'Shopping centre',
      'Shopping mall',
      'City hall',
      'Town hall',
    ];
    const frames = [
      (x: string) => `Shooting reported at ${x}, several injured`,
      (x: string) => `SHOOTING AT ${x.toUpperCase()} NOW`,
      (x: string) => `Shooting At ${x} Leaves Two People Injured Today`,
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...towns),
        fc.constantFrom(...names),
        fc.constantFrom(...frames),
        (town, name, frame) => {
          const text = frame(`${town} ${name}`);
          assert.ok(!mentions(text, town), `${text}: ${JSON.stringify(readings(text))}`);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('generated: a capitalised facility word after any town name keeps the town out of the votes, in several languages', () => {
    const towns = ['Paris', 'Lincoln', 'Douglas', 'Moore', 'Denver', 'Ankara', 'Medolla'];
    const after = [
      'Street',
      'Avenue',
      'Road',
      'Square',
      'Plaza',
      'Tower',
      'Stadium',
      'Arena',
      'Hospital',
      'Church',
      'Bridge',
      'Mall',
      'University',
      'High School',
      'Straße',
      'Platz',
      'Caddesi',
      'Straat',
      'Stadion',
    ];
    const before = [
      'rue de',
      'Calle',
      'Avenida',
      'Piazza',
      'Via',
      'Rua',
      'Praça',
      'Jalan',
      'улица',
      'шоссе',
      'شارع',
      'ميدان',
    ];
    const frames = [
      'Shooting reported at {x}, several injured',
      'Explosion near {x} this morning',
      'Fire at {x}: people trapped',
      'Incendie {x} ce soir',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...towns),
        fc.constantFrom(...after),
        fc.constantFrom(...before),
        fc.constantFrom(...frames),
        fc.boolean(),
        (town, a, b, frame, useAfter) => {
          const text = frame.replace('{x}', useAfter ? `${town} ${a}` : `${b} ${town}`);
          assert.ok(!mentions(text, town), `${text}: ${JSON.stringify(readings(text))}`);
        },
      ),
      { numRuns: 300 },
    );
    // The control: the same frames with the town alone do place it.
    for (const town of towns) assert.ok(mentions(`Shooting reported in ${town}, several injured`, town), town);
  });

  test('a number after a comma is a count, not a day: "Paris, 3 dead" is in Paris; "Paris 19" and "19 Paris" are dates', () => {
    assert.equal(best('Explosion in Paris, 3 dead'), 'Paris, Île-de-France, FR');
    assert.equal(best('Explosión en Madrid, 12 heridos'), 'Madrid, ES');
    assert.equal(best('Building collapse in Paris; 3 dead, many trapped'), 'Paris, Île-de-France, FR');
    assert.equal(best('Fire in Lincoln 19 people trapped'), '');
    assert.equal(best('Fire on 19 Lincoln'), '');
  });
  test('a lower-case facility word is attributive: "a Denver school shooting" is in Denver', () => {
    assert.equal(best('Two injured in a Denver school shooting'), 'Denver, CO, US');
  });

  test('model codes and acronyms are no states: AR-15, F-16, all-caps words', () => {
    for (const t of [
      'Man with an AR-15 opened fire at the mall',
      'Gunman used an AR-15 rifle',
      'F-16 crash reported near the base',
      'BREAKING: HUGE FIRE IN THE WAREHOUSE, EVERYONE OUT',
    ]) {
      assert.ok(
        !readings(t).some((r) => r.name.includes('Arkansas') || r.name.includes(', AR,')),
        `${t}: ${JSON.stringify(readings(t))}`,
      );
      assert.equal(best(t), '', t);
    }
  });

  test('postal codes and abbreviations only in "City, ST" patterns', () => {
    assert.equal(best('Tornado damage in Moore, OK this afternoon'), 'Moore, OK, US');
    assert.equal(best('Bushfire threatens homes in Springwood, NSW'), 'Springwood, NSW, AU');
    assert.equal(best('Bushfire threatens homes in Springwood, QLD'), 'Springwood, QLD, AU');
    for (const t of [
      'OK, the fire is out now',
      'IN the news: explosion reported',
      'Shots fired, CO2 alarm went off',
      'They said TX will get storms',
      'Explosion, NSW police say',
    ])
      assert.equal(best(t), '', t);
  });

  test('area qualifiers and co-mentioned places disambiguate', () => {
    assert.equal(best('Explosion in Paris, Texas, several hurt'), 'Paris, TX, US');
    assert.match(best('Bushfire near Springwood and Winmalee'), /^(Springwood|Winmalee), NSW, AU$/);
    assert.equal(best('Tornado hits Moore near Oklahoma City'), 'Moore, OK, US');
  });

  test('a country named alone is placed at the country, not its capital, with a country-sized radius', () => {
    const p = post('Strong earthquake hits Italy, buildings collapsed');
    assert.ok(p);
    assert.equal(refType(p.best), EntityType.Country);
    const votes = emptyVotes();
    addVotes(votes, p, 1);
    const r = resolveVotes(g, votes);
    assert.ok(r);
    assert.equal(r.level, 'country');
    const rome = g.countries[g.countryIndex('IT')] as { lat: number; lon: number; radiusKm: number };
    assert.ok(distKm(r.lat, r.lon, 41.8919, 12.5113) > 50, 'not at Rome');
    assert.equal(r.radiusKm, rome.radiusKm);
    assert.ok(r.radiusKm >= 100, `radius ${r.radiusKm}`);
  });

  test('demonyms are weak area votes', () => {
    const p = post('Texan police say the suspect is in custody');
    assert.ok(p);
    assert.equal(describePlace(g, p.best).name, 'Texas, US');
    assert.ok((p.votes[0]?.w ?? 1) < 0.5);
  });

  test('prepositions of other languages that are English words are no cue in English: "No One Ever Mentions" is not in Onè', () => {
    const weight = (text: string, lang: string): number =>
      Math.max(
        0,
        ...(extractPlaces(text, ctx, undefined, lang)?.votes ?? []).filter((v) => v.k === 'one').map((v) => v.w),
      );
    assert.ok(weight('Sadly No One Ever Mentions The Floods That Drowned 900 People', 'en') < 0.5);
    assert.ok(weight('Cheias no Onè, muitos feridos', 'pt') >= 0.5, 'control: the Portuguese preposition is a cue');
  });

  test('Korean names with a particle or a station word written on: "서울에서", "서울역에서"', () => {
    assert.equal(best('서울 지하철 열차 탈선'), 'Seoul, KR', 'control: the bare name');
    assert.equal(best('서울에서 열차 탈선, 부상자 다수'), 'Seoul, KR');
    assert.equal(best('방금 서울역에서 열차 충돌 사고 봤어요'), 'Seoul, KR');
    assert.equal(best('서울의 지하철 사고'), 'Seoul, KR');
  });

  test('Hebrew prefixes and Bengali case endings written onto names; Urdu names with heh goal or doachashmee', () => {
    assert.equal(best('שריפה ליד חיפה'), 'Haifa, IL', 'control: the bare name');
    assert.equal(best('שריפה גדולה בחיפה'), 'Haifa, IL');
    assert.equal(best('ומחיפה מדווחים על פיצוץ'), 'Haifa, IL');
    assert.ok(mentions('הפגנות בישראל', 'Israel'));
    // A name of several words under a prefix.
    assert.equal(best('פיצוץ בתל אביב, יש פצועים'), 'Tel Aviv, IL');
    assert.equal(best('תל אביב: פיצוץ ברחוב'), 'Tel Aviv, IL', 'control: the bare name');
    // "לכל כיוון" (in every direction): no כ + יוון (Greece).
    assert.ok(!mentions('אנשים רצים לכל כיוון', 'Greece'));
    // Only a prefix sequence Hebrew writes: "מלחמה" (war) is no מ + ל + a name.
    assert.equal(best('מלחמה'), '');
    assert.equal(best('ঢাকা শহরে বিস্ফোরণ'), 'Dhaka, BD', 'control: the bare name');
    assert.equal(best('ঢাকায় বিস্ফোরণ'), 'Dhaka, BD');
    assert.equal(best('ঢাকার একটি ভবনে আগুন'), 'Dhaka, BD');
    assert.ok(mentions('পাকিস্তানে বোমা হামলা', 'Pakistan'));
    assert.equal(best('لاہور میں دھماکہ'), 'Lahore, PK');
    assert.equal(best('لاھور میں دھماکہ'), 'Lahore, PK');
    assert.ok(mentions('پاکستان میں سیلاب', 'Pakistan'));
  });

  test('Arabic proclitics written onto names: "ببيروت" in Beirut, "بالقاهرة" in Cairo, "للقاهرة" to Cairo, "وبغداد" and Baghdad', () => {
    assert.equal(best('انفجار في بيروت', 'ar'), 'Beirut, LB', 'control: the bare name');
    assert.equal(best('انفجار ببيروت', 'ar'), 'Beirut, LB');
    assert.equal(best('حريق كبير بالقاهرة', 'ar'), 'Cairo, EG');
    assert.equal(best('وصلنا للقاهرة بعد الانفجار', 'ar'), 'Cairo, EG');
    assert.equal(best('اشتباكات في دمشق وبغداد', 'ar'), 'Baghdad, IQ', 'and: و written onto the name');
    assert.equal(best('زلزال يضرب فحلب', 'ar'), 'Aleppo, SY');
    // Persian and Urdu write no such prefixes: "باہر" (outside) is no ب + Ahar.
    assert.equal(best('لاہور کے باہر ٹرین پٹری سے اتر گئی', 'ur'), 'Lahore, PK');
    assert.equal(best('ببيروت', 'fa'), '', 'the prefix is read in Arabic only');
    // "زلزال بقوة 5 درجات", a quake "with a force of" 5: how Arabic writes a magnitude, no ب + a town of Chad.
    assert.equal(best('زلزال بقوة خمس درجات', 'ar'), '');
  });

  test('caseless scripts: a common word is no foreign town, a place noun is no town and makes the next word one', () => {
    const bestIn = (text: string): string => best(text, 'ar');
    // "The city of Aleppo", "the port of Beirut", "the port of Tartus": the noun names no town (Medina, Merefa), the
    // name after it is the place.
    assert.equal(bestIn('اشتباكات في مدينة حلب'), 'Aleppo, SY');
    assert.equal(bestIn('انفجار ضخم في مرفأ بيروت'), 'Beirut, LB');
    assert.equal(bestIn('انفجار في ميناء طرطوس'), 'Tartus, SY');
    // A small foreign town's name that is a word ("مو" not, "لي" to me) is never read; a world city is, and a town at
    // home (where the script is written) after a preposition.
    assert.equal(bestIn('مو عارف شو صار'), '');
    assert.equal(bestIn('قال لي انه سمع انفجار'), '');
    assert.equal(bestIn('هجوم في نيس'), '', 'a foreign town of 340,000: read in its own language');
    assert.equal(bestIn('هجوم في باريس'), 'Paris, Île-de-France, FR', 'a world city is read anywhere');
    assert.equal(bestIn('انفجار في طرطوس'), 'Tartus, SY', 'a town at home after a preposition');
    // Local news names its small towns: any town where the script is written, with the preposition before it,
    // written onto it or none.
    assert.equal(bestIn('سقوط صواريخ على جنين'), 'Jenin, PS');
    assert.equal(bestIn('انفجار بجنين'), 'Jenin, PS');
    assert.equal(best('אזעקות בשדרות'), 'Sderot, IL');
    assert.equal(best('אזעקה שדרות'), 'Sderot, IL');
    // Words under a proclitic are no names: "بالمدينة" in the city, "بالصور" in the pictures (Tyre is "صور").
    assert.equal(bestIn('انفجار كبير بالمدينة وسقوط جرحى'), '');
    assert.equal(bestIn('بالصور: آثار الحريق'), '');
    assert.equal(bestIn('قصف على صور'), 'Tyre, LB');
    // A name the gazetteer holds only with its vowel marks is found as written without them.
    assert.equal(bestIn('اشتباكات عنيفة في حمص'), 'Homs, SY');
    // The Latin script is not concerned: capitals say what is a name.
    assert.equal(best('Attack in Nice, several hurt'), 'Nice, FR');
  });

  test('Greek names in their cases, Korean particles in combination, two Han characters that are a word, Hindi nasals', () => {
    assert.equal(best('Σεισμός στη Θεσσαλονίκη'), 'Thessaloniki, GR', 'control: the nominative');
    assert.equal(best('Πυροβολισμοί στο κέντρο της Θεσσαλονίκης'), 'Thessaloniki, GR');
    assert.equal(best('Πλημμύρα στον Βόλο'), 'Volos, GR');
    assert.equal(best('Φωτιά έξω από την πόλη του Βόλου'), 'Volos, GR');
    assert.equal(best('부산에서도 강하게 느껴졌어요'), '', 'no Busan in the fixture: control');
    assert.equal(best('서울에서도 강하게 느껴졌어요'), 'Seoul, KR');
    // "市中心", "中心部": the centre, not Zhongxin (a town of 52,000); with its suffix the town is named.
    assert.equal(best('突发：成都市中心发生枪击'), 'Chengdu, CN');
    assert.equal(best('仙台中心部で発砲事件'), 'Sendai, JP');
    assert.equal(best('中心发生爆炸'), '');
    // Polish names in the locative and the instrumental, in a post with "we" (in) that is no English.
    const bestPl = (text: string): string => best(text, detectLanguage(text));
    assert.equal(bestPl('Wybuch zniszczył restaurację we Wrocławiu, szkło na całej ulicy'), 'Wrocław, PL');
    assert.equal(bestPl('Autobus przewrócił się na autostradzie pod Wrocławiem'), 'Wrocław, PL');
    // A name beside a number in a caseless script is no date ("인천에 1층", in Incheon, the first floor).
    assert.equal(best('인천에 1층 창문까지 물이 찼어요'), 'Incheon, KR');
    // The stadium of a town is the town's ("stade de Nantes", "南京体育场"); a street of a town is elsewhere.
    assert.equal(best('La tribune du stade de Nantes a cédé pendant le match'), 'Nantes, FR');
    assert.equal(best('Accident rue de Nantes à Lyon'), 'Lyon, FR');
    // Japanese writes its towns in two kanji, with a particle after them.
    assert.equal(best('七尾で断水が続いている'), 'Nanao, JP');
    assert.equal(best('中心镇发生爆炸'), 'Zhongxin, CN');
    // German names a city by its adjective; "im" (in the) is followed by a common noun, never a town.
    const bestDe = (text: string): string => best(text, 'de');
    assert.equal(bestDe('Anschlag auf den Magdeburger Weihnachtsmarkt'), 'Magdeburg, DE');
    assert.equal(bestDe('Schüsse im Münchner Einkaufszentrum'), 'Munich, DE');
    assert.equal(bestDe('Lauter Knall in der Münchner Innenstadt'), 'Munich, DE');
    // A German noun in -er is no city's adjective: one before no noun ("der Sieger des Rennens") is no Siegen.
    assert.equal(bestDe('Der Sieger des Rennens wurde disqualifiziert'), '');
    // "im" is a cue for an area ("im Saarland"), not for a town.
    const saar = extractPlaces('Überschwemmungen im Saarland', ctx, undefined, 'de')?.votes[0]?.w ?? 0;
    assert.ok(saar > 1, `${saar}`);
    const keller = extractPlaces('Wasser im Keller, alles überflutet', ctx, undefined, 'de')?.votes[0]?.w ?? 0;
    assert.ok(keller < 0.5, `no cue: a faint reading at most (${keller})`);
    // Russian and Ukrainian place nouns in their cases: "в центре Казани" is no Centre, France, "в порту" no Porto.
    assert.equal(best('Стрельба в центре Москвы'), 'Moscow, RU');
    assert.ok(!mentions('Стрельба в центре города', 'Centre'));
    assert.ok(!mentions('Взрыв в порту', 'Porto'));
    // Ukrainian towns in -ів/-їв open the vowel in their other cases: "Києва", "у Києві", "у Миколаєві".
    assert.equal(best('Вибух у центрі Києва'), 'Kyiv, UA');
    assert.equal(best('Вибух у Києві, є поранені'), 'Kyiv, UA');
    assert.equal(best('Вибух у Миколаєві'), 'Mykolaiv, UA');
    // Hindi writes a nasal as an anusvara or as the nasal letter with a virama: either spelling finds the town.
    assert.equal(best('इन्दौर में धमाका'), 'Indore, IN', 'control: as the gazetteer holds it');
    assert.equal(best('इंदौर में धमाका, कई घायल'), 'Indore, IN');
  });

  test('names in Arabic, Cyrillic, CJK and with Turkish suffixes', () => {
    // Its area bears its name: said once ("Beirut, LB", not "Beirut, Beirut, LB").
    assert.equal(best('انفجار في بيروت'), 'Beirut, LB');
    assert.equal(best('Взрыв в Москве, есть пострадавшие'), 'Moscow, RU');
    assert.equal(best('東京で地震'), 'Tokyo, JP');
    assert.equal(best("İstanbul'da patlama"), 'Istanbul, TR');
    assert.equal(best('Incendio a Roma, evacuati'), 'Rome, Lazio, IT');
  });

  test('storm names and person names are no places', () => {
    assert.ok(!mentions('Hurricane Sandy makes landfall, power out everywhere', 'Sandy'));
    assert.deepEqual(post('Hurricane Sandy makes landfall')?.names, ['sandy']);
    assert.ok(!mentions('Sheriff Scott Israel says 12 people are hurt', 'Israel'));
  });

  test('directions name parts of areas, not the regions called so; "Northern, Ghana" and "West, Texas" still are places', () => {
    assert.ok(mentions('Floods in Northern, Ghana', 'Northern'), 'control: the region written as a name');
    assert.equal(best('Explosion in West, Texas'), 'West, TX, US');
    assert.equal(best('BREAKING: 5.9 magnitude quake hits northwest of Bologna, Italy'), 'Bologna, Emilia-Romagna, IT');
    assert.ok(!mentions('5.9 magnitude quake hits northwest of Bologna', 'Northwest'));
    assert.ok(!mentions('Aftershock rocks northern Italy again', 'Northern,'));
    assert.ok(!mentions('Aftershock rocks Northern Italy again', 'Northern,'));
    assert.equal(post('Aftershock rocks northern Italy again')?.key, 'IT');
  });

  test("a storm's own name is kept whether or not a place shares it; a common word after a storm word is none", () => {
    assert.deepEqual(post('Hurricane Zelda makes landfall near Houston')?.names, ['zelda']);
    assert.deepEqual(post("Hurricane Zelda's eye is over Houston")?.names, ['zelda']);
    assert.deepEqual(post('Hurricane Sandy makes landfall near Houston')?.names, ['sandy']);
    assert.deepEqual(post('Hurricane Police warning near Houston')?.names ?? [], []);
    assert.deepEqual(post('Hurricane force winds reached 90 mph over Houston')?.names ?? [], []);
  });

  test('a post listing many far-apart places weighs less per place and opens no area', () => {
    const p = post('After Columbine, Parkland, Las Vegas and Paris, another shooting today');
    assert.ok(p);
    for (const v of p.votes) assert.ok(v.w < 0.7, `${v.k} ${v.w}`);
    assert.equal(p.key, '?');
    const single = post('Another shooting today in Las Vegas');
    assert.ok(single && (single.votes[0]?.w ?? 0) >= 1);
  });

  test('"45 km NW of Bologna": the reading moves to the place near the offset point, or stays at the anchor when none is near', () => {
    assert.equal(best('M5.9 earthquake, 45 km NW of Bologna, depth 10 km'), 'Medolla, Emilia-Romagna, IT');
    assert.equal(best('Earthquake 45km NW of Bologna'), 'Medolla, Emilia-Romagna, IT');
    assert.equal(best('Quake 200 km S of Bologna at sea'), 'Bologna, Emilia-Romagna, IT');
  });

  test("the post's own geo is strong evidence and settles ambiguous names", () => {
    const p = post('Huge explosion here, windows shaking', { lat: 31.8, lon: -97.09 });
    assert.equal(p && describePlace(g, p.best).name, 'West, TX, US');
    assert.equal(
      p && describePlace(g, post('Fire in Moore right now', { lat: -30.99, lon: 150.91 })?.best ?? -1).name,
      'Moore, NSW, AU',
    );
  });
});

const votesOf = (texts: [string, number][]) => {
  const s = emptyVotes();
  for (const [t, author] of texts) {
    const p = post(t);
    if (p) addVotes(s, p, author);
  }
  return s;
};

describe('names inside longer words and names', () => {
  test('a katakana name inside a katakana word is no mention ("デカイ", huge, holds カイ, Kayes); the word itself, or with a place suffix, is', () => {
    assert.ok(!mentions('地震デカイ！', 'Kayes'), JSON.stringify(readings('地震デカイ！')));
    assert.ok(!mentions('デカイ地震だった', 'Kayes'), JSON.stringify(readings('デカイ地震だった')));
    assert.ok(mentions('カイで地震', 'Kayes'));
    assert.ok(mentions('カイ市で地震', 'Kayes'));
    assert.equal(best('パリで爆発'), 'Paris, Île-de-France, FR');
    // Han runs have no words to be inside of: a name within one still counts.
    assert.equal(best('北京发生爆炸'), 'Beijing, CN');
  });
  test('a facility word one capitalised word further makes the name a facility\'s ("Arlington National Cemetery"), in several languages', () => {
    for (const text of [
      'Ceremony at Arlington National Cemetery this morning',
      'Evacuation at Arlington Memorial Hospital',
      'Ankara Büyük Camii önünde patlama',
      'Brand in het Arlington Groot Ziekenhuis',
    ]) {
      const name = text.includes('Ankara') ? 'Ankara' : 'Arlington';
      assert.ok(!mentions(text, name), `${text}: ${JSON.stringify(readings(text))}`);
    }
    assert.ok(mentions('Flooding in Arlington tonight, roads closed', 'Arlington'));
    assert.ok(mentions('Ankara merkezinde patlama', 'Ankara'));
    // Title Case capitalises every word: the next two words are not one name with the town.
    assert.ok(mentions('Shooting In Arlington Leaves School Closed Today', 'Arlington'));
  });
  test('a word of strength opening a headline is no town ("Strong earthquake", "Fuerte sismo", "Forte terremoto"); with a cue it is', () => {
    for (const [text, name] of [
      ['Strong earthquake hits the coast, buildings damaged', 'Strong'],
      ['Fuerte sismo sacude la costa', 'Fuerte'],
      ['Forte terremoto avvertito in tutta la regione', 'Forte'],
    ] as const)
      assert.ok(!mentions(text, name), `${text}: ${JSON.stringify(readings(text))}`);
    assert.ok(mentions('Tornado in Strong, Arkansas: homes damaged', 'Strong'));
    assert.ok(mentions('Sismo en Fuerte esta mañana', 'Fuerte'));
  });
  test('cemeteries as facility words before the name, in several languages', () => {
    assert.ok(!mentions('Esplosione vicino al cimitero di Milano', 'Milan'));
    assert.ok(mentions('Esplosione a Milano, feriti', 'Milan'));
    assert.ok(!mentions('Взрыв на кладбище Москва', 'Moscow'));
    assert.ok(!mentions('Incendio en el cementerio de Madrid', 'Madrid'));
  });
  test('a lower-case name of places in several countries is unsure without a cue ("la virgen de guadalupe", "la capital")', () => {
    for (const [text, name] of [
      ['Fuerte temblor, que la virgen de guadalupe nos cuide', 'Guadeloupe'],
      ['Temblor fuerte sentido en toda la capital', 'Capital'],
      ['Lots of damage reported across the capital tonight', 'Capital'],
    ] as const) {
      const w = weight(text, name);
      assert.ok(w <= 0.2, `${text}: ${JSON.stringify(readings(text))}`);
      assert.equal(post(text)?.key ?? '?', '?', text);
    }
    // With a cue, written as a name, or a name of one country's places, a lower-case area still counts.
    assert.ok(weight('Se sintió fuerte en guadalupe', 'Guadeloupe') >= 0.5);
    assert.ok(weight('Tornado warning across oklahoma tonight', 'Oklahoma') >= 0.5);
    assert.ok(weight('Sismo sentido en Guadalupe, Costa Rica', 'Guadalupe, ') >= 0.5);
  });
  test('a name inside an outlet, broadcaster, agency or responder name is attribution: an unsure reading, no key', () => {
    for (const [text, name] of [
      ['Dallas Morning News reports a plant explosion, many hurt', 'Dallas'],
      ['60 killed in plant explosion « CBS Dallas', 'Dallas'],
      ['Explosion: FOX 4 Dallas is live at the scene', 'Dallas'],
      ['KTVT Dallas has video of the blast', 'Dallas'],
      ['Update: Chicago Tribune says three dead after the blast', 'Chicago'],
      ['Houston FD is sending ambulances to the blast', 'Houston'],
      ['Terremoto, dice el Servicio Geológico de Estados Unidos', 'United States'],
      ['Explosión en la planta, informa Diario de Madrid', 'Madrid'],
      ['Explosion im Werk, meldet Moskau Nachrichten', 'Moscow'],
      ['Esplosione nella fabbrica, scrive Milano Giornale', 'Milan'],
    ] as const) {
      const w = weight(text, name);
      assert.ok(w <= 0.2, `${text}: ${JSON.stringify(readings(text))}`);
      assert.equal(post(text)?.key ?? '?', '?', text);
    }
    // The same names as the event's place keep their weight, and so does a place named beside an outlet.
    assert.ok(weight('Explosion reported in Dallas, many hurt', 'Dallas') >= 1);
    assert.ok(weight('Dallas police: explosion downtown, many hurt', 'Dallas') >= 0.5);
    assert.ok(weight('Terremoto en Estados Unidos, dice el servicio', 'United States') >= 0.5);
    assert.equal(best('Waco FD sends an ambulance bus to West, Texas'), 'West, TX, US');
  });
});

describe('event-level resolution', () => {
  test('a coherent majority beats a lone far mention', () => {
    // Springwood is a town near Sydney and another near Brisbane; the lone post about Brisbane must not pull the event there.
    const s = votesOf([
      ['Bushfire threatens homes in Springwood', 1],
      ['Springwood fire: homes lost, Winmalee evacuated', 2],
      ['Huge fire in Springwood, smoke over Sydney', 3],
      ['Fire in Brisbane tonight', 4],
    ]);
    const r = resolveVotes(g, s);
    assert.ok(r);
    assert.equal(describePlace(g, r.ref).name, 'Springwood, NSW, AU');
    assert.ok(r.radiusKm >= 10 && r.radiusKm <= 150, `radius ${r.radiusKm}`);
  });

  test("one author's many posts count once-ish: two independent authors outweigh five posts of one", () => {
    const s = votesOf([
      ['Explosion in Paris, Texas', 1],
      ['Explosion in Paris, Texas', 1],
      ['Explosion in Paris, Texas', 1],
      ['Explosion in Paris, Texas', 1],
      ['Explosion in Paris, Texas', 1],
      ['Explosion in Paris, France', 2],
      ['Explosion in Paris, huge', 3],
    ]);
    assert.equal(describePlace(g, resolveVotes(g, s)?.ref ?? -1).name, 'Paris, Île-de-France, FR');
  });

  test('a later stronger refinement moves the held place; a weak one does not; a far place never does', () => {
    const s = votesOf([
      ['Strong earthquake in Italy', 1],
      ['Earthquake felt across Italy', 2],
    ]);
    let held: HeldPlace | null = holdPlace(g, null, resolveVotes(g, s), s);
    assert.ok(held && refType(held.r) === EntityType.Country);
    // One post naming a town is weaker than the two that placed it in Italy.
    const weak = votesOf([
      ['Strong earthquake in Italy', 1],
      ['Earthquake felt across Italy', 2],
      ['Earthquake near Medolla', 3],
    ]);
    assert.equal(holdPlace(g, held, resolveVotes(g, weak), weak)?.r, held.r, 'a weak refinement does not move it');
    const strong = votesOf([
      ['Strong earthquake in Italy', 1],
      ['Earthquake felt across Italy', 2],
      ['Earthquake near Medolla', 3],
      ['Houses down in Medolla', 4],
      ['Church collapsed in Medolla', 5],
      ['Damage in Medolla is severe', 6],
    ]);
    held = holdPlace(g, held, resolveVotes(g, strong), strong);
    assert.equal(held && describePlace(g, held.r).name, 'Medolla, Emilia-Romagna, IT');
    const loc = held && locationOf(g, held);
    assert.ok(loc && loc.radiusKm >= 10 && loc.radiusKm <= 60, JSON.stringify(loc));
    // Many posts about a city 400 km away: another event, the alert stays where it is.
    const far = votesOf([
      ['Earthquake near Medolla', 3],
      ['Houses down in Medolla', 4],
      ...[6, 7, 8, 9, 10, 11].map((a) => [`Earthquake damage in Naples, post ${a}`, a] as [string, number]),
    ]);
    assert.equal(holdPlace(g, held, resolveVotes(g, far), far)?.r, held?.r);
  });

  test('the storm name learnt from "Hurricane Sandy" is no place anywhere in the event', () => {
    const s = votesOf([
      ['Hurricane Sandy makes landfall in New York', 1],
      ['#Sandy flooding the subway', 2],
      ['Sandy: power out in Manhattan', 3],
    ]);
    assert.ok(!s.v.some((e) => e.k === 'sandy') || (s.n ?? []).includes('sandy'));
    const r = resolveVotes(g, s);
    assert.ok(r && describePlace(g, r.ref).name.startsWith('New York'), r ? describePlace(g, r.ref).name : 'none');
  });
});

describe('properties', () => {
  const words = [
    'Paris',
    'Moore',
    'OK',
    'Texas',
    'in',
    'near',
    'Street',
    'High',
    'School',
    'AR-15',
    ',',
    'Springwood',
    'NSW',
    'بيروت',
    'Москве',
    '東京タワー',
    'Hurricane',
    'Sandy',
    'the',
    'West',
    "İstanbul'da",
    'USA',
    'French',
  ];
  const textArb = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.array(fc.constantFrom(...words), { maxLength: 25 }).map((ws) => ws.join(' ')),
  );

  test('extraction never throws; probabilities are probabilities, weights non-negative, at most 4 votes of 3 readings', () => {
    fc.assert(
      fc.property(
        textArb,
        fc.option(
          fc.record({
            lat: fc.double({ min: -90, max: 90, noNaN: true }),
            lon: fc.double({ min: -180, max: 180, noNaN: true }),
          }),
          { nil: undefined },
        ),
        (text, geo) => {
          const p = extractPlaces(text, ctx, geo);
          if (!p) return;
          assert.ok(p.votes.length <= 4);
          for (const v of p.votes) {
            assert.ok(v.c.length >= 1 && v.c.length <= 3 && v.c.length === v.p.length);
            assert.ok(v.w > 0 && Number.isFinite(v.w));
            const sum = v.p.reduce((a, b) => a + b, 0);
            assert.ok(Math.abs(sum - 1) < 0.01, `sum ${sum}`);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  const refArb = fc.oneof(
    fc.integer({ min: 0, max: g.places - 1 }).map((i) => ref(EntityType.Place, i)),
    fc.integer({ min: 0, max: g.admin1.length - 1 }).map((i) => ref(EntityType.Admin1, i)),
    fc.integer({ min: 0, max: g.countries.length - 1 }).map((i) => ref(EntityType.Country, i)),
    fc.integer({ min: -5, max: 2 ** 31 }),
  );
  const postArb = fc
    .array(
      fc.record({
        k: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
        c: fc.array(refArb, { minLength: 1, maxLength: 3 }),
        w: fc.double({ min: 0.01, max: 2, noNaN: true }),
      }),
      { minLength: 1, maxLength: 4 },
    )
    .map(
      (vs): PostPlace => ({
        votes: vs.map((v) => ({ k: v.k, c: v.c, p: v.c.map(() => 1 / v.c.length), w: v.w })),
        best: vs[0]?.c[0] ?? 0,
        key: '?',
        names: [],
      }),
    );

  test('resolution never throws; lat/lon valid, radius > 0, share <= 1; the state stays bounded and serialisable', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(postArb, fc.integer({ min: 1, max: 30 })), { maxLength: 60 }), (posts) => {
        const s = emptyVotes();
        for (const [p, a] of posts) addVotes(s, p, a);
        assert.ok(s.v.length <= 24);
        for (const e of s.v) assert.ok(e.a.length <= 6 && e.c.length <= 3);
        PlaceVotesSchema.parse(JSON.parse(JSON.stringify(s)));
        const r = resolveVotes(g, s);
        if (!r) return;
        assert.ok(r.lat >= -90 && r.lat <= 90 && r.lon >= -180 && r.lon <= 180);
        assert.ok(r.radiusKm > 0 && Number.isFinite(r.radiusKm));
        assert.ok(r.share > 0 && r.share <= 1.0001, `share ${r.share}`);
        const loc = locationOf(g, { r: r.ref, s: r.support, km: r.radiusKm });
        assert.ok(loc && loc.radiusKm > 0 && loc.name.length > 0);
      }),
      { numRuns: 300 },
    );
  });

  test('a held place never moves by more than its radius plus 10 km in one update', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(postArb, fc.integer({ min: 1, max: 30 })), { minLength: 2, maxLength: 40 }),
        (posts) => {
          const s = emptyVotes();
          let held: HeldPlace | null = null;
          for (const [p, a] of posts) {
            addVotes(s, p, a);
            const next = holdPlace(g, held, resolveVotes(g, s), s);
            if (held && next && next.r !== held.r) {
              const from = locationOf(g, held);
              const to = locationOf(g, next);
              assert.ok(from && to);
              assert.ok(
                distKm(from.lat, from.lon, to.lat, to.lon) <= held.km + 10 + 1,
                `moved ${distKm(from.lat, from.lon, to.lat, to.lon)} km with radius ${held.km}`,
              );
              // A place inside a held area refines it (named by independent authors: holdPlace); anything else needs more support.
              const refines = refType(held.r) !== EntityType.Place && contains(g, held.r, next.r);
              assert.ok(next.s > held.s || refines, 'only on stronger evidence');
            }
            held = next;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
