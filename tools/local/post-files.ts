import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';

/** Lines of a JSONL file, gzipped or not, parsed; a bad line is reported with its number. */
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
      yield { line, value: text, error: (e as Error).message };
    }
  }
}
