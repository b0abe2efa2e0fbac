/** An earthquake's magnitude read in any script's digits and separators (magnitude.ts), and through scoring. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { scorePost } from '../../../functions/domain/detector';
import { readMagnitude } from '../../../functions/domain/detector/magnitude';

describe('magnitude', () => {
  test('ASCII as before: a magnitude word before the number, a quake word after a decimal one', () => {
    assert.equal(readMagnitude('M6.1 earthquake strikes off the coast'), 6.1);
    assert.equal(readMagnitude('Terremoto de magnitud 6,2 sacude la región'), 0);
    assert.equal(readMagnitude('6,2 terremoto in Emilia'), 6.2);
    assert.equal(readMagnitude('no number here'), 0);
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
});
