/**
 * The stored text of a state item: JSON.stringify's, byte for byte, made faster. Formatting numbers is most of what a
 * commit costs (hashes, millisecond times, decayed rates), and most of an item's numbers sit in small objects the last
 * commit already wrote: a head's background rates (one [count, at] per area and source; a post renews one or two of
 * some 300) and a candidate's window and evidence posts. Those objects are never changed once made (countBackground
 * puts a new tuple, accumulate a new post), so their text is kept per object and written again as it was.
 * kept-state.test.ts checks every stored text against JSON.stringify of its object after every commit.
 */
import type { Candidate, Head } from './state';

const texts = new WeakMap<object, string>();

function textOf(o: object): string {
  let s = texts.get(o);
  if (s === undefined) {
    s = JSON.stringify(o);
    texts.set(o, s);
  }
  return s;
}

/** Stands in for a field in the item's own text; a JSON string escapes U+0001, so only the field's value reads so. */
const MARK = '\u0001';
const MARK_TEXT = JSON.stringify(MARK);

/** `text` with the marked value of top-level field `field` replaced by `value` (an object has one field of a name). */
function put(text: string, field: string, value: string): string {
  const at = `"${field}":${MARK_TEXT}`;
  const i = text.indexOf(at);
  if (i < 0) throw new Error(`state-json: no field ${field}`);
  const from = i + field.length + 3;
  return text.slice(0, from) + value + text.slice(from + MARK_TEXT.length);
}

const listOf = (xs: readonly object[]): string => `[${xs.map(textOf).join(',')}]`;

/** A background rate's `"key":[count,at]`: a tuple is made for one key and stays under it (countBackground). */
const entries = new WeakMap<object, string>();

export function headJson(h: Head): string {
  let bg = '';
  for (const k in h.bg) {
    const v = h.bg[k] as [number, number];
    let s = entries.get(v);
    if (s === undefined) {
      s = `${JSON.stringify(k)}:${JSON.stringify(v)}`;
      entries.set(v, s);
    }
    bg = bg === '' ? s : `${bg},${s}`;
  }
  return put(JSON.stringify({ ...h, bg: MARK }), 'bg', `{${bg}}`);
}

export function candidateJson(c: Candidate): string {
  const text = JSON.stringify({ ...c, recent: MARK, evidence: MARK });
  return put(put(text, 'recent', listOf(c.recent)), 'evidence', listOf(c.evidence));
}
