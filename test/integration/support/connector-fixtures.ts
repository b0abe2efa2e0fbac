/** What the connector tests share: multilingual posts (written here, not taken from any collection) and waiting helpers. */

/** [language, text] of everyday posts. */
export const CHATTER: [string, string][] = [
  ['en', 'Good morning everyone, coffee first'],
  ['fr', 'Balade au bord de la Seine avec les enfants'],
  ['es', 'Qué ganas de que llegue el fin de semana'],
  ['de', 'Endlich Wochenende, ich gehe wandern'],
  ['en', 'Who is watching the game tonight?'],
  ['pt', 'Bom dia, que calor hoje'],
];

/** One breaking event (an explosion in Lyon), told by six people in four languages. */
export const BREAKING_LYON: [string, string][] = [
  ['fr', "Énorme explosion à l'usine chimique de Lyon, de la fumée partout"],
  ['en', 'Huge explosion at the chemical plant in Lyon, smoke everywhere'],
  ['es', 'Gran explosión en la planta química de Lyon, mucho humo'],
  ['de', 'Riesige Explosion im Chemiewerk in Lyon, überall Rauch'],
  ['fr', 'Explosion à Lyon !! Les pompiers arrivent, des blessés'],
  ['en', 'BREAKING: explosion reported at a plant in Lyon, France, injuries feared'],
];

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Polls `cond` until it holds, or fails naming `what` after `ms`. */
export async function until(what: string, cond: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}
