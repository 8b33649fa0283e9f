/**
 * `npm test`: every test, the way CI runs them.
 *   1. unit, integration and request tests on SQLite;
 *   2. the same on PostgreSQL when a server answers at TEST_DATABASE_URL
 *      (default postgres://postgres@127.0.0.1:5432/test; required when CI=true);
 *   3. browser journeys (test/e2e/*.spec.ts) in the system Chromium (required when CI=true).
 * Options: --only=unit|sqlite|pg|e2e. Node 20's --test takes no globs, so files are listed here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const ROOT = new URL('..', import.meta.url).pathname;
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
const ci = process.env.CI === 'true' || process.env.CI === '1';
const pgUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function find(dir: string, match: (f: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (name === 'node_modules') return [];
    return statSync(p).isDirectory() ? find(p, match) : match(name) ? [p] : [];
  }).sort();
}

const testFiles = [...find(join(ROOT, 'src'), (f) => /\.test\.tsx?$/.test(f)), ...find(join(ROOT, 'test'), (f) => /\.test\.tsx?$/.test(f))];
const unitFiles = find(join(ROOT, 'src/core'), (f) => /\.test\.tsx?$/.test(f));
const e2eFiles = find(join(ROOT, 'test/e2e'), (f) => /\.spec\.tsx?$/.test(f));

function run(label: string, files: string[], env: Record<string, string> = {}): boolean {
  if (files.length === 0) return true;
  console.log(`\n▶ ${label}: ${files.length} tệp`);
  const tap = join(mkdtempSync(join(tmpdir(), 'cttdt-tap-')), 'result.tap');
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=dot', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...files], {
    stdio: 'inherit', cwd: ROOT, env: { ...process.env, TZ: 'UTC', ...env },
  });
  const ok = r.status === 0;
  const summary = existsSync(tap) ? readFileSync(tap, 'utf8').split('\n').filter((l) => /^# (tests|pass|fail|skipped) /.test(l)).map((l) => l.slice(2)).join(', ') : '';
  console.log(`${ok ? '✔' : '✖'} ${label}: ${summary}${ok ? '' : ` (mã thoát ${r.status})`}`);
  if (!ok && existsSync(tap)) {
    // Print the failing tests' details, which the dot reporter leaves out.
    const lines = readFileSync(tap, 'utf8').split('\n');
    lines.forEach((l, i) => { if (/^\s*not ok /.test(l)) console.log(lines.slice(i, i + 30).join('\n')); });
  }
  return ok;
}

async function postgresReachable(): Promise<boolean> {
  const c = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

let ok = true;
if (only === 'unit') ok = run('Kiểm thử đơn vị', unitFiles);
if (!only || only === 'sqlite') ok = run('SQLite', testFiles, { TEST_DIALECT: 'sqlite' }) && ok;
if (!only || only === 'pg') {
  if (await postgresReachable()) ok = run('PostgreSQL', testFiles, { TEST_DIALECT: 'postgres', TEST_DATABASE_URL: pgUrl }) && ok;
  else if (ci || only === 'pg') { console.error(`✖ PostgreSQL không kết nối được tại ${pgUrl}`); ok = false; }
  else console.warn(`⚠ Bỏ qua PostgreSQL: không kết nối được ${pgUrl} (đặt TEST_DATABASE_URL).`);
}
if (!only || only === 'e2e') {
  if (existsSync(chromium)) ok = run('Trình duyệt (Chromium)', e2eFiles, { CHROMIUM_PATH: chromium }) && ok;
  else if (ci || only === 'e2e') { console.error(`✖ Không thấy Chromium tại ${chromium} (apt-get install chromium)`); ok = false; }
  else console.warn(`⚠ Bỏ qua kiểm thử trình duyệt: không thấy ${chromium}.`);
}
process.exit(ok ? 0 : 1);
