/**
 * The shape of a language's seed lexicon (one file per language beside this
 * one). Every file is translated by hand from the English one (en.ts): the
 * same nine event categories and the same cues, general crisis vocabulary,
 * no event or place named. See docs/detector.md "Languages".
 */

/** Event categories, in the order of the alert's categories. */
export const CATS = ['attack', 'explosion', 'fire', 'earthquake', 'storm', 'flood', 'crash', 'collapse', 'unrest'] as const;
export type EventCategory = (typeof CATS)[number];

/**
 * Cues: casualty (injured, victims), dead (killed, deaths: with a number, a
 * death toll), eyewitness (first-hand: "I heard", "felt it"), breaking
 * (urgent, police, authorities), figurative (jokes, slang, "heart attack":
 * its phrases cancel the words inside them), weak (aftermath: prayers,
 * donations), rescue (emergency response), vehicle, forecast (a storm not
 * there yet), impact (hits, destroyed), stale (old news: anniversary, years
 * ago), self (first person), now (now, just), since ("since 2011": the year
 * after it is no old-news cue), agent (who carries out an attack or its
 * ideology: "terrorist", "terrorism"; such a term names the attack category
 * too, but alone it is talk about the topic, not a report of an event),
 * structure (a built thing that can come down: a bridge, a roof, a building,
 * a balcony, a grandstand; beside a falling word it makes a collapse, and
 * says whose collapse it is: a structure's, not a team's or a market's),
 * others (asking others whether they felt or heard it too: "anyone else?",
 * "did you feel that?", "¿alguien más?", "hisseden var mı?"; in a question
 * about an event felt or heard from afar it is a first-hand report, score.ts),
 * water (the word for water: beside what water does, "coming into the house", "the street is a lake", it is a flood
 * that has come, score.ts readWhatTheWaterDid; alone, or beside a river's name, nothing),
 * drill (a drill or an exercise: "drill", "simulacro", "Übung", "учения", "訓練", "tatbikat"; an exercise is no event
 * even when the police hold it, so it discounts the post as a figurative use does, beside a breaking cue too, score.ts).
 * modal (a conditional of possibility: "could", "might", "would", "könnte", "pourrait", "podría", "может
 * произойти", "olabilir", "bisa terjadi"; a prediction or a hypothetical is no report unless it tells victims, a
 * witness, breaking news or rescuers, score.ts. Not "possible" or "likely": "reports of a possible explosion" is a
 * report; not the conditionals of hearsay, Dutch "zou", German "soll": "er zou een explosie zijn geweest" is one too).
 */
export const CUES = [
  'casualty',
  'dead',
  'eyewitness',
  'breaking',
  'figurative',
  'weak',
  'rescue',
  'vehicle',
  'forecast',
  'impact',
  'stale',
  'self',
  'now',
  'since',
  'agent',
  'structure',
  'others',
  'water',
  'drill',
  'modal',
] as const;
export type Cue = (typeof CUES)[number];
export type LexClass = EventCategory | Cue;

/**
 * A language's seed lexicon. Terms are written as in the language (the
 * lexicon folds them as the scanner folds posts: lower case, no accents,
 * Arabic letter forms unified), separated by spaces:
 *
 *   term            the whole word
 *   stem*           any word starting with it (4+ letters; 2+ in Hangul)
 *   a_b, a_b_c_d    a phrase of two to five words (adds to its words' own hits);
 *                   "#" after the first word stands for any number ("hace_#_años")
 *   a_b!            a phrase whose meaning replaces its words' category hits
 *                   ("police_shooting!" is unrest, not an attack); every phrase
 *                   of `figurative` replaces all its words' hits ("heart_attack")
 *   ...:0.6         a weight other than 1 (ambiguous words)
 *   ...=gloss       the English word it translates (the model's English
 *                   features fire for it); default: the class's gloss
 *   ...@            counts only in a post identified as this language (a word
 *                   that is another language's common word: id "api", de "tot")
 *
 * Han/Kana terms (ja, zh) are matched as substrings of a run (no spaces).
 */
export interface Seed {
  lang: string;
  /** Function words (they identify a Latin-script language; for all, they are no content words). */
  function: string;
  terms: Partial<Record<LexClass, string>>;
  /**
   * Reading a death toll (lexicon.ts), whole words: `toll` nouns ("toll",
   * "bilan", "Zahl") that, beside a dead cue, open a wider window for the
   * number that follows ("death toll rises to 20"); `dead`: words that stand
   * for the dead only beside a toll noun ("il bilancio delle vittime"; a word
   * in both lists is a death toll by itself: "dodental"); `time`: units after
   * which a number is a duration ("20 years"), never a toll; `numbers`:
   * small numbers written as words, `word=value` ("two=2"), read as a
   * count of the dead beside a dead cue as digits are ("two killed"). One is
   * left out (an article or pronoun in most languages: "no one was killed").
   * A word that is a common word elsewhere is marked `@` ("dos=2@": Spanish
   * "dos" is Portuguese "of the"; Italian "due" is English "due"): it counts
   * only in a post identified as this language.
   */
  counts?: { toll: string; dead?: string; time: string; numbers?: string };
}
