/**
 * Reports told by what one sees or hears the event do (score.ts readWhatTheWaterDid, readWhatCrashed,
 * readWhatWasHeard, the told-by-what-it-did rule; category.ts for unrest against attack), in several seed languages:
 * the sentences are new (no kit sentence, no corpus post), and each mechanism has its everyday counterpart that must
 * stay unread.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { scorePost } from '../../../functions/domain/detector';
import { CATS } from '../../../functions/domain/detector/lexicon';
import type { Post } from '../../../functions/domain/post';

const post = (text: string): Post => ({
  id: `s-${text.length}-${text.slice(0, 8)}`,
  text,
  createdAt: '2026-03-02T12:00:00.000Z',
  source: 'twitter',
  author: { id: 'a1', followers: 50 },
});
const read = (text: string) => {
  const s = scorePost(post(text));
  return { gated: s.gated, cat: s.cat >= 0 ? (CATS[s.cat] as string) : 'none', sig: s.sig };
};
const reads = (text: string, cat: string) => {
  const r = read(text);
  assert.ok(r.gated && r.cat === cat, `${text}: ${r.gated ? 'gated' : 'not gated'} ${r.cat} ${r.sig.toFixed(2)}`);
};
const none = (text: string) => {
  const r = read(text);
  assert.ok(!r.gated, `${text}: gated ${r.cat} ${r.sig.toFixed(2)}`);
};

describe('told by what one sees or hears it do', () => {
  test('water coming into the houses, a square like a lake, is a flood that has come; the lake water is none', () => {
    reads('El agua está entrando en las casas de Lorca, la plaza parece un lago', 'flood');
    reads('Вода заходит в подъезды в Туле, двор превратился в озеро', 'flood');
    // Streets turned into rivers, cars carried off by the current: what the water did, with no word for water.
    reads('La lluvia convirtió las calles de Lorca en ríos, coches arrastrados por la corriente', 'flood');
    none('El agua del lago está muy fría hoy en Lorca');
    none('The water in the lake is lovely today, coming in for a swim later');
  });

  test('a crash heard or seen on a road (a bang, cars into each other, the injured) is a crash; traffic on the motorway is none', () => {
    reads('Knall auf der Autobahn bei Kassel, zwei Autos ineinander, Verletzte', 'crash');
    none('Stau auf der Autobahn bei Kassel, das Auto steht');
  });

  test('two trains that collided head-on, with rescuers at work, is a crash report', () => {
    reads('Due treni si sono scontrati frontalmente vicino a Lodi, i soccorritori al lavoro', 'crash');
    reads('Twee treinen zijn bij Zwolle frontaal op elkaar gebotst, hulpverleners ter plaatse', 'crash');
  });

  test('a crash or a riot named and told with what it did is a report in any language', () => {
    reads('Trois blessés dans un carambolage sur la rocade de Rouen', 'crash');
    reads('Randalierer haben in Kassel Autos angezündet', 'unrest');
    // Bins set alight beside the riot's words: what the riot did, though "incendiées" alone is a trace.
    reads('Affrontements entre manifestants et policiers à Rouen, des poubelles incendiées', 'unrest');
  });

  test('riot police charging a crowd of protesters is unrest, not an attack', () => {
    // The police attacking the crowd is the riot's charge (seeds: "полиция_атакует!" replaces the attack word).
    reads('Полиция атакует толпу протестующих в Туле', 'unrest');
    reads('Поліція атакує натовп протестувальників у Черкасах', 'unrest');
    reads('قوات مكافحة الشغب تهاجم المتظاهرين أمام البرلمان، غاز مسيل للدموع', 'unrest');
    reads('Protesters throwing stones at riot police in Ripon, water cannon', 'unrest');
    reads('Gunman opens fire at a mall in Ripon, several people killed', 'attack');
  });

  test('"what was that noise?" asked of others is a bang heard; a noise in a song is none', () => {
    reads('Was war das für ein Lärm?! in ganz Kassel zu hören, habt ihr das auch gehört?', 'explosion');
    reads('Что это был за грохот?! слышно на весь город', 'explosion');
    none('What was that noise in the song lol');
    none('Kassel: Lärm von der Baustelle den ganzen Tag');
  });

  test('thick smoke and sirens after a blast, a lamp still swinging after a quake: what someone near it sees', () => {
    // Sirens are the emergency response (a first-report cue); thick smoke is what a fire does.
    assert.ok(scorePost(post('Sirenas por todas partes en Cádiz')).strong);
    reads('Humo espeso sobre el barrio de Triana en Sevilla', 'fire');
    reads('Terremoto a Lodi, il lampadario oscilla ancora', 'earthquake');
  });

  test('a tree that fell in the wind is a storm told by what it did', () => {
    reads('Se cayó un árbol encima de una furgoneta en Lorca, qué viento', 'storm');
    // A tree that fell on a vehicle is the storm's, not a crash.
    reads('A tree fell on a bus in Ripon in the storm', 'storm');
    none('Wind in the trees tonight in Ripon, so peaceful');
  });
});
