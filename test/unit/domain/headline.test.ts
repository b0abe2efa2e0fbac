/** The headline in words, from the event's facts only: every category, any language of the posts. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CATEGORIES } from '../../../functions/domain/alert';
import { attackKindOf } from '../../../functions/domain/detector/engine/attack-kind';
import { HEADLINE_MAX_CHARS, type HeadlineFacts, headlineOf, placeInWords } from '../../../functions/domain/headline';

const base: HeadlineFacts = { category: 'attack', place: null, deaths: 0, casualties: false, magnitude: 0 };
const rotterdam = { name: 'Rotterdam, ZH, NL', country: 'NL' };
const vegas = { name: 'Las Vegas, NV, US', country: 'US' };

test('the examples: explosion with deaths, earthquake with magnitude, shooting in a US city', () => {
  assert.equal(
    headlineOf({ ...base, category: 'explosion', place: rotterdam, deaths: 3 }),
    'Explosion reported in Rotterdam, ZH, Netherlands; at least 3 dead',
  );
  assert.equal(
    headlineOf({ ...base, category: 'earthquake', place: { name: 'Amatrice, IT', country: 'IT' }, magnitude: 6.1 }),
    'Magnitude 6.1 earthquake felt near Amatrice, Italy',
  );
  assert.equal(
    headlineOf({ ...base, attackKind: 'shooting', place: vegas, deaths: 20 }),
    'Shooting reported in Las Vegas, NV, US; at least 20 dead',
  );
});

test('every category has its own words; none is a list of terms; unplaced and casualties read as such', () => {
  const lines = CATEGORIES.map((category) => headlineOf({ ...base, category, place: rotterdam }));
  assert.equal(new Set(lines).size, CATEGORIES.length, lines.join('\n'));
  for (const l of lines) {
    assert.match(l, /^[A-Z][a-z]+( [a-z]+)* (reported|felt) (in|near) Rotterdam, ZH, Netherlands$/, l);
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
      storm: 'Storm Haiyan',
    }),
    'Storm Haiyan reported near Eastern Visayas, Philippines',
  );
  assert.equal(
    headlineOf({ ...base, attackKind: 'stabbing', place: vegas }),
    'Stabbing attack reported in Las Vegas, NV, US',
  );
  // Deaths win over casualties; a magnitude means nothing outside an earthquake.
  assert.equal(
    headlineOf({ ...base, category: 'fire', place: vegas, deaths: 2, casualties: true, magnitude: 5 }),
    'Fire reported in Las Vegas, NV, US; at least 2 dead',
  );
});

test('place names: a trailing country code becomes the country (not US); a bare country; hostile lengths are cut', () => {
  assert.equal(placeInWords({ name: 'Glasgow, SCT, GB', country: 'GB' }), 'Glasgow, SCT, United Kingdom');
  assert.equal(placeInWords({ name: 'BD', country: 'BD' }), 'Bangladesh');
  assert.equal(placeInWords({ name: 'Bangladesh', country: 'BD' }), 'Bangladesh');
  assert.equal(placeInWords(vegas), 'Las Vegas, NV, US');
  const long = headlineOf({ ...base, place: { name: 'x'.repeat(500) } });
  assert.ok(long.length <= HEADLINE_MAX_CHARS);
});

test('the kind of attack is read through the lexicons: the same headline whatever language the posts were in', () => {
  const en = attackKindOf({ shooting: 3, gunman: 1 });
  assert.equal(en, 'shooting');
  assert.equal(attackKindOf({ tiroteo: 2, disparos: 2 }), en, 'es');
  assert.equal(attackKindOf({ fusillade: 4 }), en, 'fr');
  assert.equal(attackKindOf({ bombing: 2, bomb: 1 }), 'bombing');
  assert.equal(attackKindOf({ attack: 5 }), undefined, 'an attack of no named kind');
  assert.equal(attackKindOf({ shooting: 1 }), undefined, 'one mention is not enough');
  assert.equal(attackKindOf({ shooting: 2, stabbing: 2 }), undefined, 'a tie names no kind');
  const es = headlineOf({ ...base, attackKind: attackKindOf({ tiroteo: 3 }), place: vegas, deaths: 2 });
  const enLine = headlineOf({ ...base, attackKind: attackKindOf({ shooting: 3 }), place: vegas, deaths: 2 });
  assert.equal(es, enLine);
});
