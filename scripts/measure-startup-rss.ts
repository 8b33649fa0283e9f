/**
 * Resident memory of a public web server process, before and after a few public requests, and which of the
 * heavy packages it has loaded (ADR 0013). Not a test and not part of `npm test`.
 *
 *   node --import tsx scripts/measure-startup-rss.ts [--dist] [--workers=N] [--requests=N] [--data=DIR] [--no-modules]
 *
 *   1. A demo SQLite database in a temporary folder (or DIR, seeded once and reused): the server is started
 *      once in demo mode to seed it, then stopped.
 *   2. The server in production mode (NODE_ENV=production, WEB_CONCURRENCY=N, default 1) on it — through tsx
 *      (`node --import tsx src/web/server.ts`) or, with --dist, the compiled `node dist/web/server.js`
 *      (run `npm run build` first). VmRSS (/proc/<pid>/status) of every serving process is read once it
 *      listens, then after N requests (default 10) to the home page and to each of three articles.
 *   3. Unless --no-modules, the same again in a second server started with a small probe (`--import`) that
 *      records the packages each process has loaded; the list comes from a separate run so the probe's own
 *      module hooks never count in the RSS above.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import SQLite from 'better-sqlite3';
import { freePort, rssMb, stopGroup } from './lib/processes.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The packages only the admin, the jobs or the demo seeding need (docs/benchmarks.md, "RSS"), and fastify for scale. */
const HEAVY = ['sharp', 'exceljs', 'sanitize-html', 'pg', 'nodemailer', '@node-rs/argon2', 'docx', 'jszip', 'tsx', 'fastify'];

interface Options { dist: boolean; workers: number; requests: number; data: string | null; modules: boolean }

function parseArgs(argv: string[]): Options {
  const o: Options = { dist: false, workers: 1, requests: 10, data: null, modules: true };
  for (const a of argv) {
    const [k, v] = a.split('=', 2) as [string, string | undefined];
    if (k === '--dist') o.dist = true;
    else if (k === '--no-modules') o.modules = false;
    else if (k === '--workers' && v) o.workers = Number(v);
    else if (k === '--requests' && v) o.requests = Number(v);
    else if (k === '--data' && v) o.data = resolve(v);
    else throw new Error(`unknown option ${a}`);
  }
  if (!Number.isInteger(o.workers) || o.workers < 1) throw new Error('--workers must be a positive integer');
  return o;
}

/* ------------------------------------------------------------------ processes */

const started: ChildProcess[] = [];

interface Running {
  child: ChildProcess;
  /** pids of the processes that serve requests, from their "đang chạy … tiến trình <pid>" line. */
  serving: number[];
  output: () => string;
}

/** Starts the server in its own process group and waits until `workers` processes say they listen. */
async function startServer(o: Options, env: NodeJS.ProcessEnv, extraArgs: string[] = [], workers = o.workers): Promise<Running> {
  const entry = o.dist ? [join(ROOT, 'dist/web/server.js')] : ['--import', 'tsx', join(ROOT, 'src/web/server.ts')];
  const child = spawn(process.execPath, [...extraArgs, ...entry], { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  let out = '';
  child.stdout!.on('data', (d: Buffer) => { out += d.toString(); });
  child.stderr!.on('data', (d: Buffer) => { out += d.toString(); });
  const t0 = Date.now();
  for (;;) {
    const serving = [...out.matchAll(/đang chạy tại .*tiến trình (\d+)\)/g)].map((m) => Number(m[1]));
    if (serving.length >= workers) return { child, serving, output: () => out };
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${out}`);
    if (Date.now() - t0 > 600_000) throw new Error(`the server did not start within 10 minutes:\n${out}`);
    await sleep(100);
  }
}

function stopServer(r: Running): Promise<void> {
  return stopGroup(r.child);
}

function rssOf(pid: number): number {
  const mb = rssMb(pid);
  if (mb === null) throw new Error(`no VmRSS for ${pid}`);
  return mb;
}

/* ------------------------------------------------------------------ the probe */

/**
 * Preloaded with --import in the probe run (cluster workers inherit it through execArgv): every URL an ESM
 * import resolves to is posted from the module-hooks thread, and on SIGUSR2 the process writes the packages
 * seen there or in the CommonJS cache (what CommonJS packages require) to $RSS_PROBE_DIR/<pid>.json.
 */
const PROBE = `
import { createRequire, register } from 'node:module';
import { MessageChannel } from 'node:worker_threads';
import { writeFileSync } from 'node:fs';
const seen = new Set();
const { port1, port2 } = new MessageChannel();
port1.on('message', (url) => seen.add(url));
port1.unref();
register(new URL('./probe-hooks.mjs', import.meta.url), { data: { port: port2 }, transferList: [port2] });
const packageOf = (path) => /.*\\/node_modules\\/((?:@[^/]+\\/)?[^/]+)\\//.exec(path)?.[1];
process.on('SIGUSR2', () => {
  const files = [...seen, ...Object.keys(createRequire(import.meta.url).cache)];
  const packages = [...new Set(files.map(packageOf).filter(Boolean))].sort();
  writeFileSync(process.env.RSS_PROBE_DIR + '/' + process.pid + '.json', JSON.stringify(packages));
});
`;
const PROBE_HOOKS = `
let port;
export function initialize(data) { port = data.port; }
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  port.postMessage(r.url);
  return r;
}
`;

async function loadedPackages(dir: string, pids: number[]): Promise<Map<number, string[]>> {
  const out = new Map<number, string[]>();
  for (const pid of pids) {
    const file = join(dir, `${pid}.json`);
    process.kill(pid, 'SIGUSR2');
    for (let i = 0; i < 50 && !existsSync(file); i++) await sleep(100);
    out.set(pid, JSON.parse(readFileSync(file, 'utf8')) as string[]);
  }
  return out;
}

/* ------------------------------------------------------------------ requests */

function articlePaths(databaseFile: string): string[] {
  const db = new SQLite(databaseFile, { readonly: true });
  try {
    const rows = db.prepare(`
      select s.slug as section, c.slug as slug from contents c
        join sections s on s.id = c.section_id join sites t on t.id = c.site_id
       where t.parent_id is null and c.kind = 'news' and c.status = 'published'
       order by c.published_at desc, c.id desc limit 3`).all() as { section: string; slug: string }[];
    if (rows.length === 0) throw new Error('no published news in the demo database');
    return rows.map((r) => `/${r.section}/${r.slug}`);
  } finally {
    db.close();
  }
}

async function requestPages(base: string, paths: string[], times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    for (const path of paths) {
      const res = await fetch(base + path, { headers: { 'accept-encoding': 'br, gzip', accept: 'text/html' } });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status}`);
    }
  }
}

/* ------------------------------------------------------------------ main */

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  if (o.dist && !existsSync(join(ROOT, 'dist/web/server.js'))) throw new Error('dist/web/server.js is missing: run `npm run build` first');
  const work = mkdtempSync(join(tmpdir(), 'cttdt-rss-'));
  const dataDir = o.data ?? join(work, 'data');
  mkdirSync(dataDir, { recursive: true });
  const databaseFile = join(dataDir, 'cong-ttdt.sqlite');
  const baseEnv: NodeJS.ProcessEnv = {
    PATH: process.env.PATH, HOME: process.env.HOME, TZ: process.env.TZ,
    DATABASE_URL: databaseFile, DATA_DIR: dataDir, HOST: '127.0.0.1', LOG_LEVEL: 'warn',
  };

  if (!existsSync(databaseFile)) {
    console.log(`Seeding the demo city into ${dataDir} …`);
    const port = await freePort();
    const seeding = await startServer(o, { ...baseEnv, PORT: String(port), WEB_CONCURRENCY: '1', DEMO_DATA: 'on' }, [], 1);
    await stopServer(seeding);
  }
  const paths = ['/', ...articlePaths(databaseFile)];

  const run = async (extraArgs: string[], extraEnv: NodeJS.ProcessEnv) => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const env = { ...baseEnv, ...extraEnv, NODE_ENV: 'production', PORT: String(port), PUBLIC_URL: base, WEB_CONCURRENCY: String(o.workers) };
    const server = await startServer(o, env, extraArgs);
    await sleep(1000);
    const idle = server.serving.map(rssOf);
    await requestPages(base, paths, o.requests);
    await sleep(500);
    const loaded = server.serving.map(rssOf);
    // With several workers the cluster primary (migrations, job planning, no requests) is a process of its own.
    const primary = o.workers > 1 ? rssOf(server.child.pid!) : null;
    return { server, idle, loaded, primary };
  };

  const { server, idle, loaded, primary } = await run([], {});
  await stopServer(server);
  let modules: string[][] | null = null;
  if (o.modules) {
    writeFileSync(join(work, 'probe.mjs'), PROBE);
    writeFileSync(join(work, 'probe-hooks.mjs'), PROBE_HOOKS);
    const probeDir = join(work, 'probe');
    mkdirSync(probeDir);
    const probed = await run(['--import', join(work, 'probe.mjs')], { RSS_PROBE_DIR: probeDir });
    const found = await loadedPackages(probeDir, probed.server.serving);
    await stopServer(probed.server);
    modules = probed.server.serving.map((pid) => found.get(pid) ?? []);
  }

  const mode = o.dist ? 'node dist/web/server.js' : 'node --import tsx src/web/server.ts';
  console.log(`\n${mode} · NODE_ENV=production · WEB_CONCURRENCY=${o.workers} · Node ${process.version}`);
  console.log(`Requests: ${o.requests} × ${paths.join(', ')}`);
  console.log('\nServing process   VmRSS when listening   VmRSS after the requests');
  idle.forEach((mb, i) => console.log(`  #${i + 1}               ${mb.toFixed(1).padStart(6)} MB              ${loaded[i]!.toFixed(1).padStart(6)} MB`));
  if (primary !== null) console.log(`Cluster primary (serves nothing): ${primary.toFixed(1)} MB`);
  if (modules) {
    console.log('\nHeavy packages loaded after the requests (probe run):');
    modules.forEach((list, i) => {
      const heavy = HEAVY.map((p) => `${p} ${list.includes(p) ? 'yes' : 'no'}`);
      console.log(`  #${i + 1}: ${heavy.join(' · ')} (${list.length} packages in all)`);
    });
  }
  rmSync(work, { recursive: true, force: true });
}

const stopAll = async () => {
  for (const child of started) {
    if (child.pid && child.exitCode === null && child.signalCode === null) {
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
    }
  }
};
process.once('SIGINT', () => void stopAll().then(() => process.exit(130)));

main().catch(async (err: unknown) => {
  console.error(err);
  await stopAll();
  process.exit(1);
});
