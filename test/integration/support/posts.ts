import type { Post } from '../../../functions/domain/post';

/** Plainly worded eyewitness posts of one breaking event by `authors` distinct people, a few seconds apart. */
export function breakingEvent(o: {
  prefix: string;
  start: string;
  authors: number;
  texts: string[];
  source?: string;
  everySeconds?: number;
}): Post[] {
  const t0 = Date.parse(o.start);
  return Array.from({ length: o.authors }, (_, i) => ({
    id: `${o.prefix}-${i}`,
    text: o.texts[i % o.texts.length]!,
    createdAt: new Date(t0 + i * (o.everySeconds ?? 20) * 1000).toISOString(),
    source: o.source ?? 'twitter',
    lang: 'en',
    author: { id: `${o.prefix}-author-${i}`, handle: `${o.prefix}_${i}`, followers: 200 + i * 37, verified: i === 3 },
  }));
}

const CHATTER = [
  'Good morning everyone, coffee first',
  'Who is watching the game tonight?',
  'My cat just knocked over my plant again',
  'Trying a new pasta recipe tonight',
  'This traffic is unbelievable',
  'Finally friday!!',
  'Listening to the new album on repeat',
  'Anyone know a good dentist?',
  'Rainy days make me sleepy',
  'Just finished a 5k run',
];

/** Everyday posts by many different people: the background an alert must rise above. */
export function chatter(o: { prefix: string; start: string; count: number; everySeconds?: number }): Post[] {
  const t0 = Date.parse(o.start);
  return Array.from({ length: o.count }, (_, i) => ({
    id: `${o.prefix}-${i}`,
    text: CHATTER[i % CHATTER.length]!,
    createdAt: new Date(t0 + i * (o.everySeconds ?? 5) * 1000).toISOString(),
    source: 'twitter',
    author: { id: `${o.prefix}-a${i}`, followers: 50 },
  }));
}

export const EXPLOSION_TEXTS = [
  'Huge explosion at the chemical plant in Houston, smoke everywhere',
  'Just heard a massive explosion near the plant in Houston, windows shook',
  'BREAKING: explosion reported at a chemical plant in Houston, Texas, injuries feared',
  'Explosion in Houston!! Fire trucks rushing to the plant',
  'OMG a blast at the chemical plant in Houston, we felt it at home',
];

export const EARTHQUAKE_TEXTS = [
  'Strong earthquake just now in Lima, buildings shaking',
  'Earthquake! Everything shook here in Lima, Peru',
  'Big quake felt in Lima, people running into the streets',
  'Magnitude 6 earthquake hits Lima, Peru, reports of damage',
  'That earthquake in Lima was terrifying, still shaking',
];

export const FIRE_TEXTS = [
  'Massive fire in Sydney, huge flames and black smoke over the city',
  'Huge fire burning near the harbour in Sydney, firefighters everywhere',
  'BREAKING: large fire in Sydney, residents evacuated',
  'The fire in Sydney is spreading fast, you can see the smoke for miles',
  'Building on fire in Sydney right now, flames through the roof',
];

export const CRASH_TEXTS = [
  'Train crash in Madrid, carriages derailed, many injured',
  'Terrible train derailment near Madrid station, ambulances arriving',
  'BREAKING: passenger train crashed in Madrid, casualties reported',
  'Just saw the train crash in Madrid, emergency services on scene',
  'Train derailed in Madrid, people trapped inside the carriages',
];

export const SHOOTING_TEXTS = [
  'Shooting at a shopping mall in Denver, people running, police everywhere',
  'Shots fired at the mall in Denver, we are hiding in a store',
  'BREAKING: active shooter reported at a Denver shopping mall',
  'Gunman opened fire at a mall in Denver, several people shot',
  'Police responding to a shooting at the Denver mall, stay away',
];
