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
import { type DataFile, RUNTIME_DATA_FILES } from '../../infra/constructs';
import { bindingsOf, environmentOf, FUNCTIONS, type FunctionKind } from '../../resources';
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

test('the fan-out splitter is updated after its worker (a worker older than a job refuses it)', () => {
  const template = JSON.parse(readFileSync(path.join(outdir, 'Tocsin.template.json'), 'utf8'));
  const fnId = (kind: 'fanOut' | 'fanOutShard') =>
    Object.keys(template.Resources).find(
      (k) => k.startsWith(FUNCTIONS[kind].id) && template.Resources[k].Type === 'AWS::Lambda::Function',
    )!;
  const dependsOn: string[] = [template.Resources[fnId('fanOut')].DependsOn ?? []].flat();
  assert.ok(dependsOn.includes(fnId('fanOutShard')), `${fnId('fanOut')} depends on ${dependsOn.join(', ')}`);
});

/** CDK's own handlers, not Tocsin's: the BucketDeployment's and the trigger provider's (the shard migration's trigger). */
const cdkHelper = (logicalId: string) =>
  logicalId.startsWith('CustomCDKBucketDeployment') || logicalId.startsWith('AWSCDKTriggerCustomResourceProvider');

test('the handlers are bundled by local esbuild as minified ESM with source maps', () => {
  assert.equal(run.status, 0);
  const template = JSON.parse(readFileSync(path.join(outdir, 'Tocsin.template.json'), 'utf8'));
  const fns = Object.entries<any>(template.Resources)
    .filter(([id, r]) => r.Type === 'AWS::Lambda::Function' && !cdkHelper(id))
    .map(([, r]) => r);
  assert.equal(fns.length, Object.keys(FUNCTIONS).length, 'one per function definition');
  for (const fn of fns) {
    const assetPath = fn.Metadata?.['aws:asset:path'];
    assert.ok(assetPath, 'asset metadata');
    const dir = path.join(outdir, assetPath);
    const id = Object.keys(template.Resources).find((k) => template.Resources[k] === fn)!;
    const kind = (Object.keys(FUNCTIONS) as FunctionKind[]).find((k) => id.startsWith(FUNCTIONS[k].id));
    const dataFiles = (kind ? (RUNTIME_DATA_FILES[kind] ?? []) : []).map((f) => f.name);
    assert.deepEqual(readdirSync(dir).sort(), ['index.mjs', 'index.mjs.map', ...dataFiles].sort());
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
    .filter(([id, r]) => r.Type === 'AWS::Lambda::Function' && !cdkHelper(id))
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

test('data files ship inside the asset; the score bundle loads its gazetteer from it alone', () => {
  assert.equal(run.status, 0);
  const template = JSON.parse(readFileSync(path.join(outdir, 'Tocsin.template.json'), 'utf8'));
  const assetOf = (kind: FunctionKind): string => {
    const id = Object.keys(template.Resources).find(
      (k) => k.startsWith(FUNCTIONS[kind].id) && template.Resources[k].Type === 'AWS::Lambda::Function',
    )!;
    return path.join(outdir, template.Resources[id].Metadata['aws:asset:path']);
  };
  for (const [kind, files] of Object.entries(RUNTIME_DATA_FILES) as [FunctionKind, readonly DataFile[]][]) {
    for (const f of files) assert.ok(existsSync(path.join(assetOf(kind), f.name)), `${f.name} in ${kind}'s asset`);
  }
  // The cold start: the module's import loads the gazetteer, the first invocation logs what it loaded. It must be
  // the asset's own places.bin, whole (not the node_modules cache the places module falls back on). Under cdk.out,
  // like the bundle check above, so that the AWS SDK (provided by Lambda) resolves from the repository.
  mkdirSync(path.join(REPO_ROOT, 'cdk.out'), { recursive: true });
  const dir = mkdtempSync(path.join(REPO_ROOT, 'cdk.out', 'score-asset-'));
  try {
    cpSync(assetOf('score'), dir, { recursive: true });
    const bundle = pathToFileURL(path.join(dir, 'index.mjs')).href;
    const probe = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { handler } = await import(${JSON.stringify(bundle)}); await handler({ Records: [] }, { functionName: 'score', awsRequestId: 'cold-start', getRemainingTimeInMillis: () => 30000 });`,
      ],
      {
        encoding: 'utf8',
        cwd: dir,
        env: {
          PATH: process.env.PATH ?? '',
          POWERTOOLS_LOG_LEVEL: 'INFO',
          AWS_REGION: 'us-east-1',
          ...Object.fromEntries(environmentOf('score').map((v) => [v, `test-${v.toLowerCase()}`])),
          // Settings are numbers, as the stack sets them.
          ...Object.fromEntries(bindingsOf('score').settings.map((b) => [b.variable, String(b.value)])),
        },
      },
    );
    assert.equal(probe.status, 0, probe.stderr);
    const line = `${probe.stdout}\n${probe.stderr}`.split('\n').find((l) => l.includes('gazetteer loaded'));
    assert.ok(line, `no gazetteer log line: ${probe.stdout} ${probe.stderr}`);
    const info = JSON.parse(line) as { file: string; places: number; loadMs: number };
    assert.equal(info.file, path.join(dir, RUNTIME_DATA_FILES.score?.[0]?.name ?? 'places.bin'));
    assert.ok(info.places > 100_000, `places ${info.places}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the app runs cdk-nag and the built-in CloudFormation validation: the assembly carries a clean report of both', () => {
  assert.equal(run.status, 0);
  const file = path.join(outdir, 'validation-report.json');
  assert.ok(existsSync(file));
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    pluginReports: { pluginName: string; violations: unknown[] }[];
  };
  const names = report.pluginReports.map((p) => p.pluginName);
  assert.ok(names.includes('AwsSolutions'), `AwsSolutions pack ran from infra/app.ts (reports: ${names.join(', ')})`);
  // The built-in validation ("CloudFormation Validate") reports only when it finds something; the unit synths skip it.
  for (const p of report.pluginReports) assert.deepEqual(p.violations, [], `${p.pluginName} findings`);
});
