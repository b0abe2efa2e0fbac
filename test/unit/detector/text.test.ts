/** Unit tests: normalisation, language identification, per-post classification (en, fr, es, de). */

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { detectLanguage, normalize, scorePost } from '../../../functions/domain/detector';
import { CATS } from '../../../functions/domain/detector/lexicon';
import { describePlace, gazetteer } from '../../../functions/domain/places';
import type { Post } from '../../../functions/domain/post';

const post = (text: string, extra: Partial<Post> = {}): Post => ({
  id: `t-${text.length}-${text.slice(0, 8)}`,
  text,
  createdAt: '2026-03-02T12:00:00.000Z',
  source: 'twitter',
  ...extra,
});
const cat = (text: string): string => {
  const s = scorePost(post(text));
  return s.cat >= 0 ? (CATS[s.cat] as string) : 'none';
};

describe('normalize', () => {
  test('decodes HTML entities, drops URLs and mentions, strips the retweet prefix', () => {
    const n = normalize('RT @Breaking911: Fire &amp; smoke at the plant http://t.co/abc @someone');
    assert.equal(n.isRetweet, true);
    assert.equal(n.hasUrl, true);
    assert.deepEqual(n.tokens, ['fire', 'smoke', 'at', 'the', 'plant']);
  });
  test('splits hashtags into words and keeps their bodies', () => {
    const n = normalize('#LondonMarathon #PrayForLyon #nepalquake');
    assert.deepEqual(n.tokens, ['london', 'marathon', 'pray', 'for', 'lyon', 'nepalquake']);
    assert.deepEqual(n.hashtags, ['londonmarathon', 'prayforlyon', 'nepalquake']);
  });
  test('folds case and accents, removes emoji, decodes numeric entities', () => {
    const n = normalize('ÚLTIMA HORA 😱 Explosión en Málaga &#33;');
    assert.deepEqual(n.tokens, ['ultima', 'hora', 'explosion', 'en', 'malaga']);
    assert.ok(n.upperRatio > 0.3);
  });
  test('handles empty and symbol-only text', () => {
    assert.deepEqual(normalize('').tokens, []);
    assert.deepEqual(normalize('!!! ??? 🔥🔥').tokens, []);
  });
});

describe('detectLanguage', () => {
  const lang = (t: string) => detectLanguage(normalize(t).tokens);
  test('en, fr, es, de', () => {
    assert.equal(lang('There was a huge explosion in the city and the police are on the scene'), 'en');
    assert.equal(lang('Une forte explosion a eu lieu dans le centre de la ville, les pompiers sont sur place'), 'fr');
    assert.equal(lang('Una fuerte explosión en el centro de la ciudad, hay varios heridos según los bomberos'), 'es');
    assert.equal(
      lang('Eine schwere Explosion in der Innenstadt, die Feuerwehr ist mit vielen Kräften im Einsatz'),
      'de',
    );
  });
  test('falls back to the platform tag, then und', () => {
    assert.equal(detectLanguage(normalize('Tsunami!!').tokens, 'fr'), 'fr');
    assert.equal(detectLanguage(normalize('Tsunami!!').tokens), 'und');
  });
});

describe('classification', () => {
  test('category per language', () => {
    assert.equal(cat('BREAKING: huge explosion at a chemical plant, several people injured'), 'explosion');
    assert.equal(cat('URGENT : forte explosion dans une usine, plusieurs blessés'), 'explosion');
    assert.equal(cat('Shots fired at the mall, a gunman is still inside, police everywhere'), 'attack');
    assert.equal(cat('Fusillade dans un lycée, plusieurs victimes selon la police'), 'attack');
    assert.equal(cat('Tiroteo en un centro comercial, varios heridos'), 'attack');
    assert.equal(cat('Schiesserei in einem Einkaufszentrum, mehrere Verletzte'), 'attack');
    assert.equal(cat('Strong earthquake just now, the whole building was shaking'), 'earthquake');
    assert.equal(cat('Fuerte terremoto de magnitud 6.8, edificios dañados'), 'earthquake');
    assert.equal(cat('Starkes Erdbeben, alles hat gewackelt'), 'earthquake');
    assert.equal(cat("Inondations : les rues sous l'eau, des voitures emportées"), 'flood');
    assert.equal(cat('Hochwasser: Strassen überflutet, Autos weggespült'), 'flood');
    assert.equal(cat('Train derailed near the station, carriages overturned'), 'crash');
    assert.equal(cat('Descarrila un tren de pasajeros, hay fallecidos'), 'crash');
    assert.equal(cat('Grossbrand in einem Wohnhaus, Menschen eingeschlossen'), 'fire');
    assert.equal(cat('Building collapsed, people trapped under the rubble'), 'collapse');
    assert.equal(cat('Riots tonight, police firing tear gas at protesters'), 'unrest');
    assert.equal(cat('Lovely sunset this evening, coffee with friends'), 'none');
  });
  test('a bombing is an attack even when "explosion" is said', () => {
    assert.equal(cat('Bomb explosion at the marathon finish line, many injured'), 'attack');
  });
  test('real reports are significant and gated; figurative uses are not', () => {
    const real = [
      'BREAKING: Huge explosion at a chemical plant, many injured, hospitals notified',
      'URGENT : fusillade dans un centre commercial, plusieurs blessés selon la police',
      'ÚLTIMA HORA: descarrila un tren de pasajeros, hay al menos diez muertos',
      'EILMELDUNG: Schwere Explosion in einer Fabrik, mehrere Verletzte',
    ];
    for (const t of real) assert.ok(scorePost(post(t)).gated, `gated: ${t}`);
    const figurative = [
      'this exam was a total disaster lol',
      'I totally bombed my test today, send snacks',
      'she is killing it on stage tonight',
      'new fire mixtape dropping friday',
      'my phone blew up with notifications during the match',
    ];
    for (const t of figurative) assert.ok(!scorePost(post(t)).gated, `not gated: ${t}`);
  });
  test('place extraction resolves cities with their context', () => {
    const g = gazetteer();
    const place = (t: string) => {
      const p = scorePost(post(t)).place;
      return p ? describePlace(g, p.best) : null;
    };
    assert.equal(place('Explosion reported in Lyon, several people injured')?.country, 'FR');
    assert.equal(place('BREAKING: shooting at a school in Aurora, Ohio, many injured')?.name, 'Aurora, OH, US');
    assert.equal(place('Massive explosion in Marfa, TX at a gas plant, many injured')?.name, 'Marfa, TX, US');
    assert.equal(
      place('Shooting reported in Aurora, several injured')?.name,
      'Aurora, CO, US',
      'without context, the largest Aurora',
    );
  });
  test('small routine quakes are not significant', () => {
    assert.ok(!scorePost(post('Earthquake M 2.1, 10km N of Somewhere, felt lightly #earthquake')).gated);
  });
});
