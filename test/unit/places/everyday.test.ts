/** Everyday words of a post's language name no place abroad (everyday.ts), on the fixture gazetteer. */

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { describePlace, extractPlaces } from '../../../functions/domain/places';
import { everydayWords, homeCountries } from '../../../functions/domain/places/everyday';
import { fixtureContext } from './fixture';

const ctx = fixtureContext();
const best = (text: string, lang?: string): string => {
  const p = extractPlaces(text, ctx, undefined, lang);
  return p && p.best >= 0 ? describePlace(ctx.g, p.best).name : '';
};

describe('everyday words of the post language', () => {
  test('an interjection or a vocative before a comma names no town abroad', () => {
    // Portuguese "Gente," (folks), Turkish "Aman," (oh no), Polish "O Boże," (oh God): words of the language, from its
    // stream (data/everyday.json) or its seed lexicon.
    assert.ok(everydayWords('pt').has('gente') && everydayWords('tr').has('aman') && everydayWords('pl').has('boze'));
    assert.equal(best('Aman, deprem oldu', 'tr'), '');
    assert.equal(best('O Boże, wybuch!', 'pl'), '');
    // A town at home may still be named so: the Brazilian Gente, not Gent, Belgium.
    assert.match(best('Gente, explosão agora', 'pt'), /^Gente, .*BR$/);
    // In lower case the word is the word, even after a preposition ("no chão", on the floor).
    assert.equal(best('Tiroteio lá fora, todo mundo no chão', 'pt'), '');
    assert.equal(best('Tiroteio lá fora, todo mundo no chão', 'es'), 'Chaohu, CN', 'no Spanish word');
  });

  test('the same words are places in other languages, after a preposition, or as the name they are', () => {
    assert.equal(best('Aman, deprem oldu', 'en'), 'Amman, JO', 'English is written everywhere: no bound');
    assert.equal(best('Aman, deprem oldu'), 'Amman, JO', 'no language: no bound');
    assert.equal(best('Explosión en Gante', 'es'), 'Gent, BE', 'not a Spanish word');
    assert.equal(best('Patlama Amman', 'tr'), 'Amman, JO', "the city's own name");
    assert.equal(best('Explosion near Aman', 'tr'), 'Amman, JO', 'a preposition says it is a place');
  });

  test('homes: English has none, the others their countries', () => {
    assert.equal(homeCountries('en'), null);
    assert.deepEqual(homeCountries('tr'), ['TR', 'CY']);
    assert.ok(homeCountries('pt')?.includes('BR'));
    assert.equal(everydayWords('en').size, 0);
  });
});
