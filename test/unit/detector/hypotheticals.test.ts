/**
 * Unit tests: a prediction or a hypothetical ("a magnitude 7 quake could hit the city") and a drill or an exercise
 * held by the police are no reports, in several seed languages (score.ts, seeds' `modal` and `drill` cues); a report
 * that says what could still happen, or a drill that went wrong and killed people, still is. Sentences written by hand.
 */

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { scorePost } from '../../../functions/domain/detector';
import type { Post } from '../../../functions/domain/post';

const post = (text: string): Post => ({
  id: `h-${text.length}-${text.slice(0, 8)}`,
  text,
  createdAt: '2026-03-02T12:00:00.000Z',
  source: 'twitter',
});

describe('a hypothetical or a prediction is no report', () => {
  for (const t of [
    // A magnitude of 5.5 or more makes a quake post significant whatever the wording: not when it is conditional.
    'A magnitude 7 earthquake could hit Bristol in the next fifty years, experts say',
    'Un séisme de magnitude 7 pourrait frapper Nice un jour, selon les experts',
    'Según los expertos, Lima podría sufrir algún día un sismo de 7,5 de magnitud',
    'Ein Erdbeben der Stärke 7 könnte Köln irgendwann treffen, sagen Experten',
    'Un terremoto di magnitudo 7 potrebbe colpire Messina nei prossimi anni',
    "Uzmanlara göre İzmir'de 7,5 büyüklüğünde bir deprem olabilir",
    'По словам учёных, землетрясение магнитудой 7 может произойти в Иркутске',
    'Gempa berkekuatan 7,5 bisa terjadi kapan saja di Padang, kata ahli',
    'Um terremoto de magnitude 7 poderia atingir Lisboa um dia, dizem especialistas',
    // A bridge that could fall is no fallen bridge.
    'The old bridge in Leeds could collapse any day now, engineers warn',
  ])
    test(t, () => assert.equal(scorePost(post(t)).gated, false));
});

describe('a drill held by the police is no report', () => {
  for (const t of [
    'Police and firefighters will hold a terrorist attack drill at Leeds station on Thursday',
    'Polizei und Feuerwehr üben am Donnerstag einen Terroranschlag: große Übung am Hauptbahnhof Kassel',
    "La police organise jeudi un exercice d'attentat terroriste à la gare de Nantes",
    'La policía realizará el jueves un simulacro de atentado en la estación de Burgos',
    'A polícia fará na quinta um simulado de ataque terrorista na estação de Campinas',
    'Полиция проведёт в четверг учения по отражению теракта на вокзале Самары',
    'Polis perşembe günü Konya garında terör saldırısı tatbikatı yapacak',
    'Polisi akan menggelar latihan penanganan serangan teror di stasiun Bandung hari Kamis',
    '警察が札幌駅でテロ対策の訓練を実施しました',
  ])
    test(t, () => {
      const s = scorePost(post(t));
      assert.equal(s.gated, false);
      // Talk of a drill is no mention of its category either (the burst of authors counts mentions).
      assert.equal(s.mention, false);
    });
});

describe('reports that say what could follow, or a drill that killed, still are reports', () => {
  for (const t of [
    'Explosion during a fire drill at the Leeds factory, two workers killed',
    // "could" of what one could see or hear is the past, first-hand; folded, German "könnte" is "konnte" (was able).
    'You could see the smoke from the explosion all over Rotterdam',
    'Warehouse on fire in Porto, you could see the flames for miles',
    'Man konnte die Explosion in ganz Hamburg hören',
    'Explosion at the chemical plant in Leeds, three dead; police say more blasts could follow',
    'Explosión en la fábrica de Burgos, la policía confirma dos muertos y podría haber más víctimas',
    'Взрыв на заводе в Самаре, двое погибших, могут произойти новые взрывы',
  ])
    test(t, () => assert.equal(scorePost(post(t)).gated, true));
});
