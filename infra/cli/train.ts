/**
 * npm run train [-- --data ../shared/data --out models/significance.json --epochs 3 --seed 1 --exclude-events REGEX]
 *
 * Retrains the significance model (tools/data/train.ts) and writes
 * models/significance.json. --exclude-events leaves out whole events (regex
 * on the training rows' `event`), to measure generalisation to unseen events.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { trainModel } from '../../tools/data/train';
import { dataDir, repoRoot } from '../../tools/data/data-dir';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const outPath = resolve(repoRoot, arg('out') ?? 'models/significance.json');
  const exclude = arg('exclude-events');
  const excludeRe = exclude ? new RegExp(exclude, 'i') : null;
  const num = (name: string) => (arg(name) === undefined ? undefined : Number(arg(name)));
  const r = await trainModel({
    dataDir: dataDir(arg('data')),
    epochs: num('epochs'),
    seed: num('seed'),
    lr: num('lr'),
    l2: num('l2'),
    ...(excludeRe ? { excludeEvent: (e: string) => excludeRe.test(e) } : {}),
    log: (l) => process.stderr.write(l + '\n'),
  });
  for (const [e, n] of Object.entries(r.heldOutRows)) process.stderr.write(`held out ${e}: ${n} rows\n`);
  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(outPath, JSON.stringify(r.file) + '\n');
  process.stderr.write(`wrote ${outPath} (${r.file.ambiguousNames.length} ambiguous city names)\n`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
