/**
 * Mutation check for the domain tests: applies each mutant below to a copy of
 * functions/domain in a temporary directory (the working tree is never
 * touched), runs test/unit/domain/*.test.ts there, and reports whether the tests
 * caught it. Every mutant must be KILLED; a SURVIVED line means a test gap.
 *
 *   node_modules/.bin/node --import tsx test/unit/domain/mutants.ts            # all
 *   node_modules/.bin/node --import tsx test/unit/domain/mutants.ts 3 17       # some, by index
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** [file under functions/domain, original text, replacement]. */
const MUTANTS: Array<[string, string, string]> = [
  ['entitlement.ts', 'fromMs <= nowMs;', 'fromMs < nowMs;'],
  ['entitlement.ts', '!Number.isNaN(untilMs) && untilMs <= nowMs', '!Number.isNaN(untilMs) && untilMs < nowMs'],
  ['entitlement.ts', 'normalizeSource(p.source) !== source', 'p.source !== raw'],
  ['entitlement.ts', 'p.sector !== sector || ', ''],
  ['entitlement.ts', 'for (const raw of candidates) {', 'for (const raw of candidates.slice(0, 1)) {'],
  ['entitlement.ts', 'alertSources.length > 0 ? alertSources : [', 'alertSources.length >= 0 ? alertSources : ['],
  ['entitlement.ts', 'if (nowMs < startsMs)', 'if (nowMs <= startsMs)'],
  ['entitlement.ts', 'if (endsMs !== undefined && endsMs <= nowMs) {', 'if (endsMs !== undefined && endsMs < nowMs) {'],
  ['entitlement.ts', "    case 'suspended':\n      return withhold('contract_suspended', 'contract suspended');\n", ''],
  [
    'entitlement.ts',
    "    case 'suspended':\n      return withhold('contract_suspended', 'contract suspended');\n",
    "    case 'suspended':\n",
  ],
  ['entitlement.ts', 'alert.severity >= TRIAL_LIMITS.minSeverity', 'alert.severity >= 2'],
  [
    'entitlement.ts',
    'location.country.toUpperCase() === region.country.toUpperCase()',
    'location.country === region.country',
  ],
  ['entitlement.ts', 'categories.length > 0 && ', ''],
  [
    'entitlement.ts',
    "return withhold('no_location', 'alert has no location and customer is restricted to regions');",
    "return { deliver: true, reason: 'entitled' };",
  ],
  ['entitlement.ts', '!(alert.severity >= minSeverity)', '!(alert.severity > minSeverity)'],
  ['entitlement.ts', 'barred by ${bar.source} policy', 'barred by ${customer.sector} policy'],
  ['entitlement.ts', 'const lifted = !Number.isNaN(untilMs) && untilMs <= nowMs;', 'const lifted = false;'],
  [
    'entitlement.ts',
    "      return withhold(\n        'contract_expired',",
    "      if (nowMs > 0) break; return withhold(\n        'contract_expired',",
  ],
  ['entitlement.ts', 'key < best.fromMs', 'key > best.fromMs'],
  ['entitlement.ts', 'const started = Number.isNaN(fromMs) || fromMs <= nowMs;', 'const started = fromMs <= nowMs;'],
  [
    'entitlement.ts',
    '  // 3. Source usage policy.\n',
    "  // 3. Source usage policy.\n  if (customer.contract.status === 'trial') return { deliver: true, reason: 'entitled' };\n",
  ],
  ['geo.ts', 'return 2 * EARTH_RADIUS_KM *', 'return 2.02 * EARTH_RADIUS_KM *'],
  ['geo.ts', 'Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat))', 'Math.cos(toRad(a.lat))'],
  ['message.ts', ".replace(/[^\\x20-\\x7E]/g, ' ')", ''],
  ['message.ts', 'export const SUBJECT_MAX_CHARS = 99;', 'export const SUBJECT_MAX_CHARS = 120;'],
  ['message.ts', 'title.slice(0, room - 3).trimEnd()', 'title.slice(0, room).trimEnd()'],
  [
    'message.ts',
    'if (publishBytes(rendered) <= RENDER_BUDGET_BYTES) return rendered;',
    'if (publishBytes(rendered) <= 10 * RENDER_BUDGET_BYTES) return rendered;',
  ],
  ['message.ts', ".replace(/[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]/gu, ' ')", ".replace(/[\\p{Cc}]/gu, ' ')"],
  ['message.ts', ': UNKNOWN_COUNTRY;', ": '';"],
  ['message.ts', 'return `${alertId}#${version}#${customerId}`;', 'return `${alertId}#${customerId}`;'],
  ['message.ts', '      https: json,\n', ''],
  ['message.ts', ".replace(/=\\?/g, '= ?')", ''],
  ['message.ts', "if (source === 'twitter' && /^\\d{1,30}$/.test(postId))", "if (source === 'twitter')"],
  [
    'message.ts',
    '    title: cut(alert.title, 300),\n',
    '    title: cut(alert.title, 300),\n    evidence0: alert.evidence.join(),\n',
  ],
  ['message.ts', '`  ${evidenceLink(id, alert.sources)}`', '`  ${id}`'],
  [
    'report.ts',
    "if ((a.outcome === 'delivered') !== (b.outcome === 'delivered')) return b.outcome === 'delivered';",
    '',
  ],
  ['report.ts', 'return new Date(ms).toISOString().slice(0, 7);', 'return r.decidedAt.slice(0, 7);'],
  ['report.ts', 'report.withheld.byReason[r.code] += 1;', ''],
  [
    'report.ts',
    'const key = `${r.customerId}\\u0000${r.deliveryKey}`;',
    'const key = `${r.customerId}\\u0000${r.deliveryKey}${r.decidedAt}`;',
  ],
  ['report.ts', 'const key = `${r.customerId}\\u0000${r.deliveryKey}`;', 'const key = r.deliveryKey;'],
  ['report.ts', 'byLevel: zeros(LEVELS)', 'byLevel: {}'],
  ['report.ts', 'if (ids.size > 1) {', 'if (ids.size > 9) {'],
  [
    'report.ts',
    'report.delivered.byCategory[r.category] = (report.delivered.byCategory[r.category] ?? 0) + 1;',
    'report.delivered.byCategory[r.level] = (report.delivered.byCategory[r.level] ?? 0) + 1;',
  ],
  ['delivery.ts', 'export const DELIVERY_KEY_VERSION_DIGITS = 6;', 'export const DELIVERY_KEY_VERSION_DIGITS = 5;'],
  ['delivery.ts', "if (r.outcome === 'withheld' && r.code === undefined) {", 'if (false) {'],
  ['delivery.ts', 'if (r.deliveryKey !== expected) {', 'if (false) {'],
  [
    'message.ts',
    'return source === undefined ? plain(postId) : `${plain(source)}:${plain(postId)}`;',
    'return source === undefined ? postId : `${plain(source)}:${postId}`;',
  ],
  ['message.ts', '  const name = plain(location.name);', '  const name = location.name;'],
];

const root = resolve(import.meta.dirname, '..', '..', '..');
const only = new Set(process.argv.slice(2).map(Number));

function run(dir: string): boolean {
  const r = spawnSync(join(root, 'node_modules/.bin/node'), ['--import', 'tsx', '--test', ...testFiles()], {
    cwd: dir,
    encoding: 'utf8',
  });
  return r.status === 0;
}

function testFiles(): string[] {
  const r = spawnSync('sh', ['-c', 'ls test/unit/domain/*.test.ts'], { cwd: root, encoding: 'utf8' });
  return r.stdout.split('\n').filter((l) => l !== '');
}

function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tocsin-domain-mutants-'));
  cpSync(join(root, 'functions/domain'), join(dir, 'functions/domain'), { recursive: true });
  cpSync(join(root, 'test/unit/domain'), join(dir, 'test/unit/domain'), { recursive: true });
  for (const f of ['package.json', 'tsconfig.json']) cpSync(join(root, f), join(dir, f));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

let survived = 0;
const base = copy();
try {
  if (!run(base)) throw new Error('the unmutated tests fail: fix them first');
} finally {
  rmSync(base, { recursive: true, force: true });
}
MUTANTS.forEach(([file, from, to], i) => {
  if (only.size > 0 && !only.has(i)) return;
  const dir = copy();
  try {
    const path = join(dir, 'functions/domain', file);
    const src = readFileSync(path, 'utf8');
    if (!src.includes(from)) {
      console.log(`#${i} ${file}: NOT APPLICABLE (text not found) ${JSON.stringify(from.slice(0, 60))}`);
      survived++;
      return;
    }
    writeFileSync(path, src.replace(from, to));
    const killed = !run(dir);
    if (!killed) survived++;
    console.log(
      `#${i} ${file}: ${killed ? 'KILLED' : 'SURVIVED'} ${JSON.stringify(from.slice(0, 60))} -> ${JSON.stringify(to.slice(0, 40))}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
console.log(survived === 0 ? 'all mutants killed' : `${survived} mutant(s) not killed`);
process.exitCode = survived === 0 ? 0 : 1;
