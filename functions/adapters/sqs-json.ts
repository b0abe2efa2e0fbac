/**
 * JSON that any SQS accepts: characters outside SQS's allowed set are written
 * as \u escapes, which parse back to the same text. Needed for emoji: fauxqs
 * checks UTF-16 code units and so refuses surrogate pairs that AWS accepts;
 * control characters and lone surrogates JSON.stringify escapes itself.
 */
export function sqsSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\ud800-\udfff\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}
