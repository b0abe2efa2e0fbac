import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { errorMessage } from '../../functions/commons/errors';

/**
 * The one JSONL reader of the tools: the lines of a file, gzipped or not,
 * parsed; a line that is not JSON comes back as its text with the error (and
 * its number), never dropped. Blank lines are skipped.
 */
export async function* readJsonl(path: string): AsyncGenerator<{ line: number; value: unknown; error?: string }> {
  const raw = createReadStream(path);
  const input = path.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  let line = 0;
  for await (const text of createInterface({ input, crlfDelay: Infinity })) {
    line++;
    if (!text.trim()) continue;
    try {
      yield { line, value: JSON.parse(text) };
    } catch (e) {
      yield { line, value: text, error: errorMessage(e) };
    }
  }
}
