/** An earthquake's magnitude read in any script's digits and separators (magnitude.ts), and through scoring. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { scorePost } from '../../../functions/domain/detector';
import { readMagnitude } from '../../../functions/domain/detector/magnitude';

describe('magnitude', () => {
  test('ASCII as before: a magnitude word before the number, a quake word after a decimal one', () => {
    assert.equal(readMagnitude('M6.1 earthquake strikes off the coast'), 6.1);
    assert.equal(readMagnitude('6,2 terremoto in Emilia'), 6.2);
    assert.equal(readMagnitude('no number here'), 0);
  });
  test('the magnitude words of the seed languages, before or after the number, with a comma or a point', () => {
    const cases: [string, number][] = [
      ['Terremoto de magnitud 6,2 sacude la región', 6.2],
      ['Scossa di magnitudo 5,9 sentita a Parma e a Reggio', 5.9],
      ['Erdbeben der Stärke 5,4 erschüttert die Region', 5.4],
      ['Aardbeving met een kracht van 5,4 in Groningen', 5.4],
      ['Trzęsienie ziemi o magnitudzie 6,1 na południu', 6.1],
      ['Gempa berkekuatan 6,1 SR guncang Padang', 6.1],
      ['Gempa bermagnitudo 5,8 di Bandung', 5.8],
      ['5,8 büyüklüğünde deprem İzmir’i salladı', 5.8],
      ['Σεισμός 5,2 Ρίχτερ στην Κρήτη', 5.2],
      ['Землетрус магнітудою 5,1 у Закарпатті', 5.1],
      ['규모 5.4 지진 발생', 5.4],
      ['地震の規模は6.1と推定', 6.1],
      ['Sismo 6.2 sacude Chiapas', 6.2],
      ['Terremoto de 7.9º en Costa Rica', 7.9],
      ['Un 6.7 en la escala de Richter, dice el instituto', 6.7],
      ['Séisme de magnitude 5,8 près de Nice', 5.8],
    ];
    for (const [text, m] of cases) assert.equal(readMagnitude(text), m, text);
    // A year, a toll, a temperature, a count of dead, "I'm 5.5": no magnitude.
    for (const text of [
      'terremoto de 2012',
      'sismo de 1.000 muertos',
      'hace 25.5° y tembló',
      'earthquake 2 dead',
      "i'm 5.5 feet and felt the earthquake",
      'magnitude 10 of something',
    ])
      assert.equal(readMagnitude(text), 0, text);
    // Coordinates, "scale" (規模, 규모) of a crowd, a word that ends in a magnitude word: no magnitude.
    for (const text of [
      'epicentre 0.9° S 99.8° E, felt it strongly here',
      'pusat gempa 4.5° LS, terasa kuat',
      '避難者の規模は3万人に',
      '규모 3천명 대피',
      'Windstärke 3 heute, und ein Erdbeben',
    ])
      assert.equal(readMagnitude(text), 0, text);
    assert.equal(readMagnitude('quake at 7.1°N 126.5°E, M6.4'), 6.4);
  });
  test('other scripts: Arabic-Indic, Persian/Urdu, Devanagari and Bengali digits, the Arabic decimal separator', () => {
    assert.equal(readMagnitude('زلزال بقوة ٥٫٦ درجات يضرب المدينة'), 5.6);
    assert.equal(readMagnitude('زلزله ۵.۶ ریشتری کرمانشاه را لرزاند'), 5.6);
    assert.equal(readMagnitude('کوئٹہ میں ریکٹر اسکیل پر ۵٫۶ شدت کا زلزلہ'), 5.6);
    assert.equal(readMagnitude('भूकंप की तीव्रता ५.६ मापी गई'), 5.6);
    assert.equal(readMagnitude('রিখটার স্কেলে ৫.৬ মাত্রার ভূমিকম্প'), 5.6);
    assert.equal(readMagnitude('רעידת אדמה בעוצמה 5.6 הורגשה בצפון'), 5.6);
    // A toll or a year in native digits is no magnitude.
    assert.equal(readMagnitude('زلزله در سال ۱۳۹۶؛ ۶۰۰ کشته'), 0);
  });
  test('Han numerals with a decimal point (点, ・) and the magnitude words and units of Chinese and Japanese', () => {
    assert.equal(readMagnitude('汕头发生五点一级地震'), 5.1);
    assert.equal(readMagnitude('マグニチュード六・一の地震が発生'), 6.1);
    assert.equal(readMagnitude('四川发生6.2级地震'), 6.2);
    // Han numerals that are no decimal, or no magnitude, are none.
    assert.equal(readMagnitude('三十人受伤'), 0);
    const post = (text: string) => ({ id: 'h', text, createdAt: '2026-03-02T12:00:00.000Z', source: 'twitter' });
    const small = scorePost(post('汕头发生四点二级地震'));
    assert.equal(small.magnitude, 4.2);
    assert.ok(!small.gated);
  });
  test('scoring reads it: a strong quake in Bengali digits is a significant report; a small one in Persian digits is not', () => {
    const post = (text: string) => ({ id: 'm', text, createdAt: '2026-03-02T12:00:00.000Z', source: 'twitter' });
    const strong = scorePost(post('ঢাকায় ৬.১ মাত্রার ভূমিকম্প'));
    assert.equal(strong.magnitude, 6.1);
    assert.ok(strong.gated);
    const small = scorePost(post('زلزله ۳.۱ ریشتری در حومه شهر'));
    assert.equal(small.magnitude, 3.1);
    assert.ok(!small.gated);
  });
  test('scoring: a strong quake told by its magnitude in any seed language is a report; a small one is only when it did damage', () => {
    const post = (text: string) => ({ id: 'w', text, createdAt: '2026-03-02T12:00:00.000Z', source: 'twitter' });
    for (const text of [
      'Un sismo de magnitud 6,4 sacudió Oaxaca esta mañana',
      'Erdbeben der Stärke 6,1 erschüttert Bayern',
      '6,0 büyüklüğünde deprem Malatya’yı salladı',
    ]) {
      const s = scorePost(post(text));
      assert.ok(s.magnitude >= 6, text);
      assert.ok(s.gated, text);
    }
    const bot = scorePost(post('Reporte automático: Magnitud 4.3, 60 km al norte de Tepic'));
    assert.equal(bot.magnitude, 4.3);
    assert.ok(!bot.gated);
    const damaged = scorePost(post('Scossa di magnitudo 4,7 vicino a Trento, danni a molte case'));
    assert.equal(damaged.magnitude, 4.7);
    assert.ok(damaged.gated);
  });
});
