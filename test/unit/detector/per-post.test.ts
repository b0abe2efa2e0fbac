/** Per post: unrest told apart from attack, figurative uses and old news are no evidence, in several languages. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { scorePost } from '../../../functions/domain/detector';
import { CATS } from '../../../functions/domain/detector/lexicon';
import { snowflakeMs } from '../../../functions/domain/detector/score';
import type { Post } from '../../../functions/domain/post';
import { snowflakeId } from '../../../tools/data/sample-langs';

const post = (text: string, extra: Partial<Post> = {}): Post => ({
  id: `t-${text.length}`,
  text,
  createdAt: '2026-03-02T12:00:00.000Z',
  source: 'twitter',
  ...extra,
});
const cat = (text: string): string => {
  const s = scorePost(post(text));
  return s.cat >= 0 ? (CATS[s.cat] as string) : 'none';
};

describe('unrest vs attack', () => {
  test('street unrest after a police shooting is unrest; a gunman is an attack', () => {
    assert.equal(cat('Police shooting sparks riots in the city, tear gas fired at protesters'), 'unrest');
    assert.equal(cat('Riots after police shooting: shops looted, cars burning'), 'unrest');
    assert.equal(cat('Émeutes cette nuit, la police tire des gaz lacrymogènes sur les manifestants'), 'unrest');
    assert.equal(cat('Kerusuhan di pusat kota, polisi menembakkan gas air mata ke arah demonstran'), 'unrest');
    assert.equal(cat('Gunman opens fire at a mall, several people killed'), 'attack');
    assert.equal(cat('Стрелок открыл огонь в школе, есть погибшие'), 'attack');
  });
});

describe('figurative uses are no evidence', () => {
  for (const t of [
    'population explosion in the cities is a real problem',
    'Congrats to the shooting medalist from our country!',
    'She is killing it tonight, what a show',
    'this team is on fire right now',
    'that song is da bomb',
    'I had a panic attack during the exam lol',
    'انفجار سكاني في المدن الكبرى',
    'Взрыв смеха в зале, все хохотали',
    '人口爆発が問題になっている',
    'tuve un ataque de pánico antes del examen',
  ])
    test(t, () => assert.equal(scorePost(post(t)).gated, false));
});

describe('old news', () => {
  test('recalled in the text, in several languages: stale, never evidence', () => {
    for (const t of [
      'On this day 5 years ago the earthquake killed 200 people',
      'Remembering the 2011 tsunami victims today',
      'Il y a 10 ans, le séisme de Haïti faisait 200 000 morts',
      'Hace 5 años, el terremoto de México dejó 300 muertos',
      'قبل 6 سنوات هز انفجار ضخم المدينة وقتل المئات',
    ]) {
      const s = scorePost(post(t));
      assert.equal(s.stale, true, t);
      assert.equal(s.gated, false, t);
    }
  });
  test('a retweet of a post days older is stale; of a fresh one it is not', () => {
    const text = 'RT @news: Plane crash kills 150 in the Alps';
    const created = Date.parse('2026-03-02T12:00:00.000Z');
    const old = scorePost(post(text, { retweetOf: snowflakeId(created - 3 * 86_400_000, 1) }));
    assert.equal(old.stale, true);
    assert.equal(old.gated, false);
    const fresh = scorePost(post(text, { retweetOf: snowflakeId(created - 600_000, 1) }));
    assert.equal(fresh.stale, false);
    assert.equal(fresh.gated, true);
  });
  test('Snowflake ids give their creation time', () => {
    assert.equal(snowflakeMs('324730894415958017'), Number(324730894415958017n >> 22n) + 1288834974657);
    assert.ok(Math.abs(snowflakeMs(snowflakeId(1_700_000_000_000, 7)) - 1_700_000_000_000) <= 1);
    assert.ok(Number.isNaN(snowflakeMs('abc123')));
  });
});
