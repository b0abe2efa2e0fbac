/**
 * The console as static files: index.html and styles.css as they are, and
 * app.js, esbuild's bundle of web/src (the map data and projection from npm
 * packages included). Offline and in-process: the stack builds it at synth
 * time, the local server at start.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BuildOptions, build, buildSync } from 'esbuild';

const WEB = path.dirname(fileURLToPath(import.meta.url));
export const STATIC_FILES = ['index.html', 'styles.css'] as const;

const options: BuildOptions = {
  entryPoints: [path.join(WEB, 'src', 'main.ts')],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  logLevel: 'silent',
};

/** Writes the console into `outDir` (the config file, config.json, is the deployment's to add). */
export function buildConsoleSync(outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  buildSync({ ...options, outfile: path.join(outDir, 'app.js') });
  for (const f of STATIC_FILES) copyFileSync(path.join(WEB, f), path.join(outDir, f));
}

/** The console's files in memory: path -> contents. */
export async function buildConsole(): Promise<Map<string, Uint8Array>> {
  const { readFile } = await import('node:fs/promises');
  const r = await build({ ...options, write: false, outfile: 'app.js' });
  const files = new Map<string, Uint8Array>();
  for (const f of r.outputFiles) files.set(`/${path.basename(f.path)}`, f.contents);
  for (const f of STATIC_FILES) files.set(`/${f}`, await readFile(path.join(WEB, f)));
  return files;
}
