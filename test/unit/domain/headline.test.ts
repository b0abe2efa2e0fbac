/** The headline in words, from the event's facts only: every category, any language of the posts. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CATEGORIES } from '../../../functions/domain/alert';
import { eventKindOf } from '../../../functions/domain/detector/engine/event-kind';
import { HEADLINE_MAX_CHARS, type HeadlineFacts, headlineOf, placeInWords } from '../../../functions/domain/headline';

const base: HeadlineFacts = { category: 'attack', place: null, deaths: 0, casualties: false, magnitude: 0 };
const rotterdam = { name: 'Rotterdam, South Holland, NL', country: 'NL' };
const vegas = { name: 'Las Vegas, NV, US', country: 'US' };

test('the examples: explosion with deaths, earthquake with magnitude, shooting in a US city', () => {
  assert.equal(
    headlineOf({ ...base, category: 'explosion', place: rotterdam, deaths: 3 }),
    'Explosion reported in Rotterdam, South Holland, Netherlands; at least 3 dead',
  );
  assert.equal(
    headlineOf({ ...base, category: 'earthquake', place: { name: 'Amatrice, IT', country: 'IT' }, magnitude: 6.1 }),
    'Magnitude 6.1 earthquake felt near Amatrice, Italy',
  );
  assert.equal(
    headlineOf({ ...base, kind: 'shooting', place: vegas, deaths: 20 }),
    'Shooting reported in Las Vegas, NV, US; at least 20 dead',
  );
});

test('every category has its own words; none is a list of terms; unplaced and casualties read as such', () => {
  const lines = CATEGORIES.map((category) => headlineOf({ ...base, category, place: rotterdam }));
  assert.equal(new Set(lines).size, CATEGORIES.length, lines.join('\n'));
  for (const l of lines) {
    assert.match(l, /^[A-Z][a-z]+( [a-z]+)* (reported|felt) (in|near) Rotterdam, South Holland, Netherlands$/, l);
    assert.doesNotMatch(l, /\(/, 'no stems list');
  }
  assert.equal(headlineOf({ ...base, category: 'flood' }), 'Flooding reported; place not yet known');
  assert.equal(
    headlineOf({ ...base, category: 'collapse', place: vegas, casualties: true }),
    'Building collapse reported in Las Vegas, NV, US; casualties reported',
  );
  assert.equal(
    headlineOf({
      ...base,
      category: 'storm',
      place: { name: 'Eastern Visayas, PH', country: 'PH' },
      storm: 'Haiyan',
    }),
    'Storm Haiyan reported near Eastern Visayas, Philippines',
  );
  assert.equal(
    headlineOf({ ...base, kind: 'stabbing', place: vegas }),
    'Stabbing attack reported in Las Vegas, NV, US',
  );
  // Deaths win over casualties; a magnitude means nothing outside an earthquake.
  assert.equal(
    headlineOf({ ...base, category: 'fire', place: vegas, deaths: 2, casualties: true, magnitude: 5 }),
    'Fire reported in Las Vegas, NV, US; at least 2 dead',
  );
});

test('place names: a trailing country code becomes the country (not US); a bare country; hostile lengths are cut', () => {
  assert.equal(placeInWords({ name: 'Glasgow, Scotland, GB', country: 'GB' }), 'Glasgow, Scotland, United Kingdom');
  assert.equal(placeInWords({ name: 'BD', country: 'BD' }), 'Bangladesh');
  assert.equal(placeInWords({ name: 'Bangladesh', country: 'BD' }), 'Bangladesh');
  assert.equal(placeInWords(vegas), 'Las Vegas, NV, US');
  const long = headlineOf({ ...base, place: { name: 'x'.repeat(500) } });
  assert.ok(long.length <= HEADLINE_MAX_CHARS);
});

const attackKindOf = (terms: Record<string, number>) => eventKindOf('attack', terms);

test('the kind of attack is read through the lexicons: the same headline whatever language the posts were in', () => {
  const en = attackKindOf({ shooting: 3, gunman: 1 });
  assert.equal(en, 'shooting');
  assert.equal(attackKindOf({ tiroteo: 2, disparos: 2 }), en, 'es');
  assert.equal(attackKindOf({ fusillade: 4 }), en, 'fr');
  assert.equal(attackKindOf({ bombing: 2, bomb: 1 }), 'bombing');
  assert.equal(attackKindOf({ attack: 5 }), undefined, 'an attack of no named kind');
  assert.equal(attackKindOf({ shooting: 1 }), undefined, 'one mention is not enough');
  assert.equal(attackKindOf({ shooting: 2, stabbing: 2 }), undefined, 'a tie names no kind');
  const es = headlineOf({ ...base, kind: attackKindOf({ tiroteo: 3 }), place: vegas, deaths: 2 });
  const enLine = headlineOf({ ...base, kind: attackKindOf({ shooting: 3 }), place: vegas, deaths: 2 });
  assert.equal(es, enLine);
});

test('the kind of storm is read through the lexicons and names a named storm; a whole country is "in"', () => {
  const stormKindOf = (terms: Record<string, number>) => eventKindOf('storm', terms);
  assert.equal(stormKindOf({ tornado: 3, storm: 4 }), 'tornado');
  assert.equal(stormKindOf({ tifón: 2 }), 'typhoon', 'es');
  assert.equal(stormKindOf({ 台风: 3 }), 'typhoon', 'zh');
  assert.equal(stormKindOf({ ураганы: 2 }), 'hurricane', 'ru stem');
  assert.equal(stormKindOf({ storm: 5, winds: 3 }), undefined, 'a storm of no named kind');
  assert.equal(stormKindOf({ hurricane: 2, tornado: 2 }), undefined, 'a tie names no kind');
  assert.equal(eventKindOf('fire', { tornado: 5 }), undefined, 'a fire has no kind');
  const florida = { name: 'Key West, FL, US', country: 'US' };
  assert.equal(
    headlineOf({ ...base, category: 'storm', kind: 'hurricane', storm: 'Irma', place: florida, deaths: 4 }),
    'Hurricane Irma reported near Key West, FL, US; at least 4 dead',
  );
  assert.equal(
    headlineOf({
      ...base,
      category: 'storm',
      kind: stormKindOf({ tornado: 3 }),
      place: { name: 'Moore, OK, US', country: 'US' },
    }),
    'Tornado reported near Moore, OK, US',
  );
  assert.equal(
    headlineOf({
      ...base,
      category: 'storm',
      kind: 'typhoon',
      storm: 'Haiyan',
      place: { name: 'Philippines', country: 'PH' },
    }),
    'Typhoon Haiyan reported in the Philippines',
  );
  assert.equal(
    headlineOf({ ...base, category: 'collapse', place: { name: 'BD', country: 'BD' } }),
    'Building collapse reported in Bangladesh',
  );
  assert.equal(
    headlineOf({ ...base, category: 'earthquake', magnitude: 7.1, place: { name: 'Italy', country: 'IT' } }),
    'Magnitude 7.1 earthquake felt in Italy',
  );
  assert.equal(
    headlineOf({ ...base, category: 'attack', kind: 'tornado', place: vegas }),
    'Attack reported in Las Vegas, NV, US',
    "another category's kind is ignored",
  );
});
