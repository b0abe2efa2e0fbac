/**
 * Seeded synthetic firehose: multilingual background chatter (en, fr, es,
 * de), hard negatives (disaster words used figuratively), retweets, and a few
 * injected breaking events in real cities (from the gazetteer) whose number
 * of independent authors grows after onset. Deterministic for a seed.
 *
 *   generateStream({ seed: 42 }) -> { posts, truth }   (truth has the shape of dev.truth.json)
 */

import type { Category } from '../../functions/domain/alert';
import { type NamedPlace, placeByName } from '../../functions/domain/places';
import type { Post } from '../../functions/domain/post';
import type { TruthEvent } from '../eval/judge';
import { mulberry32 } from './random';

export type SynthLang = 'en' | 'fr' | 'es' | 'de';

export interface InjectedEvent {
  category: Exclude<Category, 'other'>;
  /** City name as in the gazetteer and its ISO country code. */
  city: string;
  country: string;
  lang: SynthLang;
  /** Minutes after start. */
  atMinute: number;
  /** Number of posts about the event (default 40). */
  posts?: number;
}

export interface StreamOptions {
  seed: number;
  /** ISO time of the first post (default 2026-03-02T00:00:00.000Z). */
  start?: string;
  /** Default 240. */
  durationMinutes?: number;
  /** Background posts per minute (default 12). */
  backgroundPerMinute?: number;
  /** Share of background posts that are hard negatives (default 0.12). */
  hardNegativeShare?: number;
  /** Events to inject (default: six events, different categories and languages). */
  events?: InjectedEvent[];
}

/** The truth of a generated stream, in dev.truth.json's shape. */
export type TruthEventOut = TruthEvent;

export interface GeneratedStream {
  posts: Post[];
  truth: { events: TruthEventOut[]; postEvent: Record<string, string> };
}

export const DEFAULT_EVENTS: InjectedEvent[] = [
  { category: 'explosion', city: 'Lyon', country: 'FR', lang: 'fr', atMinute: 20 },
  { category: 'attack', city: 'Chicago', country: 'US', lang: 'en', atMinute: 55 },
  { category: 'flood', city: 'Zaragoza', country: 'ES', lang: 'es', atMinute: 90 },
  { category: 'fire', city: 'Hamburg', country: 'DE', lang: 'de', atMinute: 120 },
  { category: 'earthquake', city: 'Osaka', country: 'JP', lang: 'en', atMinute: 150 },
  { category: 'crash', city: 'Manchester', country: 'GB', lang: 'en', atMinute: 185 },
];

const BACKGROUND: Record<SynthLang, string[]> = {
  en: [
    'Coffee first, then emails. Happy {day} everyone',
    'Anyone watching the game tonight? {team} need a win',
    'New recipe tried: lemon pasta with garlic. 10/10 would cook again',
    'Traffic on the way to work was slow but the podcast was great',
    'Finally finished that book, what should I read next?',
    'Our team just shipped the new release, proud of everyone',
    'Weekend plans: hiking and a long nap',
    'Lovely sunset over {city} this evening',
    'Does anyone know a good dentist in {city}?',
    'That new album is on repeat all day',
    'Meeting ran late again. Need more coffee',
    'The cat knocked my plant over for the third time today',
    'Just signed up for a 10k run in {city}, wish me luck',
    'Happy birthday to my little sister!',
    'Rainy morning, perfect for staying in with tea',
  ],
  fr: [
    'Un café et au boulot, bonne journée à tous',
    "Quelqu'un regarde le match ce soir ? Allez {team} !",
    'Balade au bord de la Seine avec les enfants, trop bien',
    "Enfin le week-end, je vais dormir jusqu'à midi",
    'Le nouveau film est vraiment pas mal, je conseille',
    'Petit déjeuner en terrasse à {city}, le soleil est là',
    'Réunion interminable ce matin, vivement ce soir',
    "J'ai testé une recette de tarte aux pommes, un délice",
  ],
  es: [
    'Buenos días a todos, hoy toca gimnasio',
    '¿Alguien ve el partido esta noche? Vamos {team}',
    'Qué ganas de que llegue el fin de semana',
    'Tarde de café con amigas en {city}, qué bonito día',
    'Terminé la serie y ahora no sé qué ver',
    'Hoy cocino paella para toda la familia',
    'El concierto de anoche fue increíble',
    'Mañana empiezo las clases de inglés otra vez',
  ],
  de: [
    'Guten Morgen, erstmal einen Kaffee',
    "Wer schaut heute Abend das Spiel? Auf geht's {team}",
    'Endlich Wochenende, ich gehe wandern',
    'Schöner Abend in {city} mit Freunden im Biergarten',
    'Das neue Album ist richtig gut, läuft in Dauerschleife',
    'Heute gibt es Spätzle, ich freue mich schon',
    'Die Bahn war wieder zu spät, typisch Montag',
    'Neues Buch angefangen, bisher sehr spannend',
  ],
};

/** Disaster words used figuratively. */
const HARD_NEGATIVES: Record<SynthLang, string[]> = {
  en: [
    'this exam was a total disaster lol',
    'I totally bombed my test today, send snacks',
    'she is killing it on stage tonight',
    'new fire mixtape dropping friday, stay tuned',
    'my inbox just exploded after the holidays',
    "I'm dead 😂😂 this video is too much",
    'that concert was an earthquake of emotions',
    'we crushed it at the pub quiz, absolute carnage',
    'the traffic this morning was a nightmare, total meltdown',
    'my phone blew up with notifications during the match',
    'a storm of emails waiting for me after lunch',
    'this playlist is fire 🔥🔥',
    'drowning in homework this week, pray for me',
    'my diet collapsed the moment I saw the cake',
    'that goal was a bomb from 30 yards, what a shot',
  ],
  fr: [
    'cet examen était une vraie catastrophe mdr',
    'je suis mort de rire devant cette vidéo',
    "ce nouveau son est une bombe, je l'écoute en boucle",
    'ma boîte mail a explosé pendant les vacances',
    'il a mis le feu au concert hier soir',
  ],
  es: [
    'el examen fue un desastre total jaja',
    'me muero de risa con este vídeo',
    'esta canción es fuego puro 🔥',
    'mi móvil explotó de mensajes con el partido',
    'la fiesta de anoche fue una bomba',
  ],
  de: [
    'die Prüfung war eine totale Katastrophe haha',
    'ich bin tot vor Lachen 😂',
    'der neue Song ist eine Bombe, läuft rauf und runter',
    'mein Postfach ist nach dem Urlaub explodiert',
    'das Konzert gestern war der Hammer, die Halle hat gebebt',
  ],
};

/** Event post templates per category and language; {city} is the place. */
const EVENT_TEXT: Record<Exclude<Category, 'other'>, Record<SynthLang, string[]>> = {
  explosion: {
    en: [
      'BREAKING: Huge explosion in {city}, several people injured',
      'Just heard a massive blast near {city} centre, windows shaking',
      'Reports of casualties after explosion at a factory in {city}',
      'Explosion in {city}: emergency services on the scene, many injured',
    ],
    fr: [
      'URGENT : forte explosion à {city}, plusieurs blessés',
      "On vient d'entendre une énorme explosion à {city}, les vitres ont tremblé",
      'Explosion dans une usine à {city} : des victimes selon les secours',
      'Explosion à {city} : les pompiers sur place, nombreux blessés',
    ],
    es: [
      'ÚLTIMA HORA: fuerte explosión en {city}, varios heridos',
      'Acabo de oír una explosión enorme en {city}',
      'Explosión en una fábrica de {city}: hay víctimas',
    ],
    de: [
      'EILMELDUNG: Schwere Explosion in {city}, mehrere Verletzte',
      'Gerade eine riesige Explosion in {city} gehört, die Fenster haben gewackelt',
      'Explosion in einer Fabrik in {city}: Feuerwehr im Einsatz, Verletzte',
    ],
  },
  attack: {
    en: [
      'BREAKING: shooting reported at a shopping mall in {city}, several injured',
      'Shots fired in downtown {city}, police everywhere, stay away',
      'Active shooter at {city} mall, people running out, I heard gunshots',
      'Police confirm gunman opened fire in {city}, victims taken to hospital',
    ],
    fr: [
      'URGENT : fusillade dans un centre commercial à {city}, plusieurs blessés',
      'Des coups de feu entendus en plein centre de {city}, la police est partout',
      'Attentat à {city} : un tireur a ouvert le feu, des victimes',
    ],
    es: [
      'ÚLTIMA HORA: tiroteo en un centro comercial de {city}, varios heridos',
      'Se escuchan disparos en el centro de {city}, la policía está en todas partes',
      'Atentado en {city}: un pistolero abrió fuego, hay víctimas',
    ],
    de: [
      'EILMELDUNG: Schüsse in einem Einkaufszentrum in {city}, mehrere Verletzte',
      'Schiesserei in der Innenstadt von {city}, überall Polizei',
      'Anschlag in {city}: ein Schütze hat das Feuer eröffnet, Opfer gemeldet',
    ],
  },
  flood: {
    en: [
      'Flash flooding in {city}, streets under water and cars swept away',
      'BREAKING: severe floods hit {city}, residents trapped on roofs',
      'Water rising fast in {city}, the river burst its banks',
    ],
    fr: [
      "Inondations à {city} : les rues sous l'eau, des voitures emportées",
      'URGENT : crue soudaine à {city}, des habitants bloqués sur les toits',
      "L'eau monte très vite à {city}, la rivière a débordé",
    ],
    es: [
      'ÚLTIMA HORA: inundaciones en {city}, calles bajo el agua y coches arrastrados',
      'Riada en {city}: vecinos atrapados en los tejados, hay desaparecidos',
      'El agua sube muy rápido en {city}, el río se ha desbordado',
      'Inundación histórica en {city}, al menos 3 muertos según emergencias',
    ],
    de: [
      'Hochwasser in {city}: Strassen überflutet, Autos weggespült',
      'EILMELDUNG: Sturzflut in {city}, Menschen auf Dächern eingeschlossen',
      'Das Wasser steigt schnell in {city}, der Fluss ist über die Ufer getreten',
    ],
  },
  fire: {
    en: [
      'Huge fire at an apartment block in {city}, people trapped',
      'BREAKING: massive blaze in {city}, thick smoke over the city',
      'Firefighters battling a huge fire in {city}, residents evacuated',
    ],
    fr: [
      'Énorme incendie dans un immeuble à {city}, des habitants piégés',
      'URGENT : violent incendie à {city}, une épaisse fumée au-dessus de la ville',
    ],
    es: [
      'Gran incendio en un edificio de {city}, hay personas atrapadas',
      'ÚLTIMA HORA: incendio enorme en {city}, una columna de humo sobre la ciudad',
    ],
    de: [
      'Grossbrand in einem Wohnhaus in {city}, Menschen eingeschlossen',
      'EILMELDUNG: riesiges Feuer in {city}, dichter Rauch über der Stadt',
      'Brand in {city}: Feuerwehr mit Grossaufgebot, Anwohner evakuiert',
      'Flammen schlagen aus dem Dach, Grossbrand in {city}, mehrere Verletzte',
    ],
  },
  earthquake: {
    en: [
      'Strong earthquake felt in {city} just now, everything was shaking',
      'BREAKING: magnitude 6.8 earthquake strikes near {city}, buildings damaged',
      'Earthquake in {city}! We ran outside, my whole building shook',
      'M6.8 quake near {city}, reports of injuries and collapsed houses',
    ],
    fr: [
      'Fort séisme ressenti à {city}, tout tremblait',
      'URGENT : tremblement de terre de magnitude 6,8 près de {city}',
    ],
    es: [
      'Fuerte terremoto en {city}, todo se movía',
      'ÚLTIMA HORA: sismo de magnitud 6.8 cerca de {city}, edificios dañados',
    ],
    de: [
      'Starkes Erdbeben in {city}, alles hat gewackelt',
      'EILMELDUNG: Erdbeben der Stärke 6,8 nahe {city}, Gebäude beschädigt',
    ],
  },
  crash: {
    en: [
      'BREAKING: train derailed near {city}, several injured',
      'Train crash in {city}: carriages overturned, emergency services on site',
      'Just saw the derailment outside {city} station, ambulances everywhere',
      'Reports of dead and injured after passenger train derails near {city}',
    ],
    fr: [
      'URGENT : un train a déraillé près de {city}, plusieurs blessés',
      'Accident de train à {city} : des wagons renversés',
    ],
    es: [
      'ÚLTIMA HORA: descarrila un tren cerca de {city}, varios heridos',
      'Accidente de tren en {city}: vagones volcados',
    ],
    de: ['EILMELDUNG: Zug bei {city} entgleist, mehrere Verletzte', 'Zugunglück in {city}: Waggons umgestürzt'],
  },
  storm: {
    en: [
      'Tornado touched down in {city}, roofs torn off',
      'BREAKING: violent storm hits {city}, trees down and power out, several injured',
    ],
    fr: ['Violente tempête à {city}, des toits arrachés', 'URGENT : une tornade a frappé {city}'],
    es: ['Fuerte tormenta en {city}, tejados arrancados', 'ÚLTIMA HORA: un tornado golpea {city}'],
    de: ['Schwerer Sturm in {city}, Dächer abgedeckt', 'EILMELDUNG: Tornado in {city}, Bäume umgestürzt'],
  },
  collapse: {
    en: [
      'BREAKING: building collapsed in {city}, people trapped under rubble',
      'Bridge collapse in {city}, cars fell into the river, rescuers on site',
    ],
    fr: ["URGENT : un immeuble s'est effondré à {city}, des personnes sous les décombres"],
    es: ['ÚLTIMA HORA: se derrumba un edificio en {city}, personas atrapadas'],
    de: ['EILMELDUNG: Gebäude in {city} eingestürzt, Menschen unter Trümmern'],
  },
  unrest: {
    en: [
      'Riots in {city} tonight, police firing tear gas at protesters',
      'Clashes in central {city}, shops looted and cars burning',
    ],
    fr: ['Émeutes à {city} cette nuit, gaz lacrymogène contre les manifestants'],
    es: ['Disturbios en {city}, la policía lanza gases lacrimógenos'],
    de: ['Krawalle in {city}, die Polizei setzt Tränengas ein'],
  },
};

const PREFIX: Record<SynthLang, string[]> = {
  en: ['', '', 'Oh my god. ', 'Wow. ', 'Scary: ', 'Praying for everyone. '],
  fr: ['', '', 'Mon dieu. ', 'Incroyable. ', 'Terrible : '],
  es: ['', '', 'Dios mío. ', 'Qué horror. ', 'Terrible: '],
  de: ['', '', 'Oh Gott. ', 'Schrecklich: ', 'Wahnsinn. '],
};

const TEAMS = ['United', 'City', 'Real', 'Bayern', 'PSG', 'the Lakers', 'Boca'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const CALM_CITIES = ['Paris', 'Berlin', 'Madrid', 'London', 'Toronto', 'Sydney', 'Rome', 'Lisbon', 'Vienna', 'Denver'];

function cityOf(name: string, country: string): NamedPlace {
  const c = placeByName(name, country);
  if (!c) throw new Error(`city ${name}, ${country} not in the gazetteer`);
  return c;
}

export function generateStream(opts: StreamOptions): GeneratedStream {
  const rnd = mulberry32(opts.seed >>> 0 || 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const start = Date.parse(opts.start ?? '2026-03-02T00:00:00.000Z');
  const duration = (opts.durationMinutes ?? 240) * 60_000;
  const perMinute = opts.backgroundPerMinute ?? 12;
  const hardShare = opts.hardNegativeShare ?? 0.12;
  const events = opts.events ?? DEFAULT_EVENTS;
  const posts: Post[] = [];
  const postEvent: Record<string, string> = {};
  let n = 0;
  const nextId = (): string => `syn${opts.seed}-${(n++).toString().padStart(6, '0')}`;
  const author = (news = false): NonNullable<Post['author']> => {
    const id = String(1000 + Math.floor(rnd() * 9_000_000));
    const followers = news ? 20_000 + Math.floor(rnd() * 2_000_000) : Math.floor(Math.exp(rnd() * 9));
    return { id, handle: `${news ? 'news' : 'user'}${id}`, followers, verified: news && rnd() < 0.7 };
  };
  const fill = (t: string): string =>
    t
      .replace(/\{team\}/g, () => pick(TEAMS))
      .replace(/\{day\}/g, () => pick(DAYS))
      .replace(/\{city\}/g, () => pick(CALM_CITIES));
  const langs: SynthLang[] = ['en', 'en', 'en', 'fr', 'es', 'de'];

  // Background chatter and hard negatives, with retweets of earlier ones.
  const total = Math.round((perMinute * duration) / 60_000);
  const recent: Post[] = [];
  for (let i = 0; i < total; i++) {
    const t = start + Math.floor(rnd() * duration);
    const lang = pick(langs);
    const createdAt = new Date(t).toISOString();
    if (recent.length > 5 && rnd() < 0.08) {
      const orig = pick(recent);
      posts.push({
        id: nextId(),
        text: `RT @${orig.author?.handle ?? 'someone'}: ${orig.text}`,
        createdAt,
        source: 'twitter',
        lang: orig.lang,
        author: author(),
        retweetOf: orig.id,
      });
      continue;
    }
    const hard = rnd() < hardShare;
    const text = fill(pick(hard ? HARD_NEGATIVES[lang] : BACKGROUND[lang]));
    const p: Post = {
      id: nextId(),
      text: rnd() < 0.15 ? `${text} https://t.co/${Math.floor(rnd() * 1e9).toString(36)}` : text,
      createdAt,
      source: rnd() < 0.9 ? 'twitter' : 'mastodon',
      author: author(),
    };
    if (rnd() < 0.7) p.lang = lang;
    posts.push(p);
    recent.push(p);
    if (recent.length > 50) recent.shift();
  }

  // Injected events: a few first witnesses, then news accounts and a growing crowd.
  const truthEvents: TruthEventOut[] = [];
  for (const [ei, e] of events.entries()) {
    const city = cityOf(e.city, e.country);
    const eventId = `synthetic-${e.category}-${e.city.toLowerCase().replace(/\s+/g, '-')}-${ei}`;
    const onset = start + e.atMinute * 60_000;
    const count = e.posts ?? 40;
    const texts = EVENT_TEXT[e.category][e.lang];
    const evPosts: Post[] = [];
    let t = onset + Math.floor((1 + rnd() * 3) * 60_000);
    for (let k = 0; k < count; k++) {
      // Inter-arrival shrinks as the news spreads: ~3 min at first, ~20 s later.
      const gap = Math.max(15_000, 180_000 / (1 + k * 0.5)) * (0.5 + rnd());
      if (k > 0) t += Math.floor(gap);
      const createdAt = new Date(t).toISOString();
      const news = k >= 2 && rnd() < 0.25;
      // Some posts are in English whatever the local language (international coverage).
      const lang: SynthLang = k >= 3 && rnd() < 0.3 ? 'en' : e.lang;
      const tpl = pick(EVENT_TEXT[e.category][lang] ?? texts);
      let text = pick(PREFIX[lang]) + tpl.replace(/\{city\}/g, city.name);
      let retweetOf: string | undefined;
      if (k >= 3 && rnd() < 0.3) {
        const orig = pick(evPosts);
        text = `RT @${orig.author?.handle ?? 'someone'}: ${orig.text}`;
        retweetOf = orig.id;
      } else if (rnd() < 0.2) text += ` #${city.name.replace(/\s+/g, '')}`;
      const p: Post = { id: nextId(), text, createdAt, source: 'twitter', author: author(news) };
      if (rnd() < 0.7) p.lang = lang;
      if (retweetOf) p.retweetOf = retweetOf;
      if (rnd() < 0.1)
        p.geo = {
          lat: Math.round((city.lat + (rnd() - 0.5) * 0.05) * 1e4) / 1e4,
          lon: Math.round((city.lon + (rnd() - 0.5) * 0.05) * 1e4) / 1e4,
        };
      evPosts.push(p);
      postEvent[p.id] = eventId;
    }
    posts.push(...evPosts);
    truthEvents.push({
      eventId,
      category: e.category,
      place: `${city.name}, ${city.country}`,
      lat: city.lat,
      lon: city.lon,
      onsetAt: new Date(onset).toISOString(),
      firstPostAt: (evPosts[0] as Post).createdAt,
      posts: evPosts.length,
    });
  }
  posts.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
  return { posts, truth: { events: truthEvents, postEvent } };
}
