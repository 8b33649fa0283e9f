/**
 * `npm run bench [-- --quick] [--db PATH|postgres://…] [--secs N] [--trials N] [--report FILE] [--keep]`
 *
 * The benchmark of issue 7 (a measurement, never a test): on 127.0.0.1 only, bounded in time (about 8 minutes
 * on a reused full-size database, plus about 4 to generate one; `--quick`: about 2 minutes on a small one).
 *   1. A province database: reused from BENCH_DB / --db when it already has sites, else generated there (or in
 *      a temporary folder) with scripts/generate-province.ts — full: 150 sites, 1,000,000 news, 100,000
 *      documents; quick: 12 sites, 20,000 news, 2,000 documents.
 *   2. The server in production mode on it (NODE_ENV=production, no demo data), WEB_CONCURRENCY=2 (the default
 *      production mode on this 2-core machine) and again with one process.
 *   3. Cached home, section listing and article, served by the Node server alone, measured with
 *      ../shared/bench/ratio-vs-nginx.sh (nginx serving the very same bytes from a file, alternated).
 *   4. The same pages behind the nginx proxy cache of docs/deploy/nginx-proxy-cache.conf (a runnable copy with
 *      temporary paths and ports; the server gets PAGE_CACHE_PROXY, so it refreshes what it invalidates there).
 *      For reference, a bare node:http cluster returning the same bytes from memory is measured the same way.
 *   5. The same pages with the page cache off (PAGE_CACHE=off): home req/s against WordPress's 56 req/s.
 *   6. Publish-to-visible: a platform administrator (created with createFirstAdmin, the command behind
 *      `npm run cli -- create-admin`) logs in and changes, through the admin's edit form, the title of a ward
 *      item shown on the parent portal's home page; every page showing it (article, its section listing, the
 *      ward's home, the parent's home) is polled every 10 ms through the Node server and through the proxy
 *      until it shows the change for good — on 2 processes and on 1.
 *   7. RSS of every server process (/proc/<pid>/status VmRSS) during the load above and during a crawl of
 *      thousands of distinct pages that fills the page cache to its byte limit.
 *   8. Page 500 of a section listing against page 1 (keyset cursor computed from the database), cache off.
 * Prints one table with the figures, ratios and the issue's targets, and writes it as Markdown (--report, else
 * $TMPDIR/cttdt-bench-<date>.md). Other sessions share the machine: before each phase it waits (up to a minute)
 * for the CPU to be quiet and reports how busy it was. Run as root, the measuring stick is run as `nobody` (its
 * nginx workers could not read its 0700 temporary folder and would answer 403). Every process it starts
 * (servers, nginx, wrk) is stopped and its temporary folder removed, also on failure or Ctrl-C; --keep keeps
 * the folder (logs, nginx configs, a generated database).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { type IncomingHttpHeaders, request as httpRequest, Agent } from 'node:http';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { createFirstAdmin } from '../src/commands/users/createFirstAdmin.ts';
import { ConflictError } from '../src/core/errors.ts';
import { systemClock } from '../src/core/types.ts';
import { createDb, isPostgresUrl } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { listPublishedCards } from '../src/db/repositories/contentRepository.ts';
import { generateProvince } from './generate-province.ts';
import { freePort, rssMb, stopGroup } from './lib/processes.ts';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
/** nginx started by root runs its workers as nobody: what they read or write must be theirs. */
const asRoot = process.getuid?.() === 0;
const NOBODY = 65534;
const RATIO_SCRIPT = resolve(ROOT, '../shared/bench/ratio-vs-nginx.sh');
const NGINX_DOC = join(ROOT, 'docs/deploy/nginx-proxy-cache.conf');
const WORDPRESS_RPS = 56;
const ADMIN = { username: 'bench.quantri', password: 'Bench-do-hieu-nang-2026', fullName: 'Quản trị đo hiệu năng' };
const PAGE_SIZE = 12; // src/web/public/routes/sections.tsx
let quietWaitS = 60;

interface Options {
  quick: boolean;
  db: string | null;
  secs: number;
  trials: number;
  report: string | null;
  keep: boolean;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { quick: false, db: process.env.BENCH_DB ?? null, secs: 0, trials: 0, report: null, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => inline ?? argv[++i] ?? '';
    if (flag === '--quick') o.quick = true;
    else if (flag === '--keep') o.keep = true;
    else if (flag === '--db') o.db = value();
    else if (flag === '--secs') o.secs = Number(value());
    else if (flag === '--trials') o.trials = Number(value());
    else if (flag === '--report') o.report = resolve(value());
    else throw new Error(`unknown option ${a} (--quick, --db, --secs, --trials, --report, --keep)`);
  }
  if (!o.secs) o.secs = o.quick ? 1 : 5;
  if (!o.trials) o.trials = o.quick ? 2 : 5;
  return o;
}

/* ------------------------------------------------------------------ processes and cleanup */

const cleanups: (() => Promise<void> | void)[] = [];
let cleaning = false;
async function cleanupAll(): Promise<void> {
  if (cleaning) return;
  cleaning = true;
  for (const c of cleanups.reverse()) await Promise.resolve().then(c).catch((e: unknown) => console.error('cleanup:', e));
}

function log(message: string): void {
  console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);
}

/** Starts a process in its own process group, so it and its children stop together. */
function startGroup(cmd: string, args: string[], opts: { env?: NodeJS.ProcessEnv; cwd?: string; logFile: string }): ChildProcess {
  const child = spawn(cmd, args, { cwd: opts.cwd ?? ROOT, env: opts.env ?? process.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const chunks: string[] = [];
  child.stdout?.on('data', (d: Buffer) => chunks.push(d.toString()));
  child.stderr?.on('data', (d: Buffer) => chunks.push(d.toString()));
  child.on('exit', () => writeFileSync(opts.logFile, chunks.join('')));
  const flush = () => writeFileSync(opts.logFile, chunks.join(''));
  (child as ChildProcess & { flushLog: () => void }).flushLog = flush;
  return child;
}

function childrenOf(pid: number): number[] {
  const out: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) out.push(Number(name));
    } catch { /* exited meanwhile */ }
  }
  return out;
}

/** The largest RSS of each process while it runs. */
class RssSampler {
  readonly max = new Map<number, number>();
  private timer: NodeJS.Timeout | null = null;
  constructor(private readonly pids: () => number[]) {}
  start(): this {
    this.sample();
    this.timer = setInterval(() => this.sample(), 200);
    return this;
  }
  sample(): void {
    for (const pid of this.pids()) {
      const mb = rssMb(pid);
      if (mb !== null && mb > (this.max.get(pid) ?? 0)) this.max.set(pid, mb);
    }
  }
  stop(): Map<number, number> {
    if (this.timer) clearInterval(this.timer);
    this.sample();
    return new Map(this.max);
  }
}

/** Share of the machine's CPU busy over `ms` (read from /proc/stat): between phases, that is other people's work. */
async function cpuBusy(ms = 1000): Promise<number> {
  const read = () => {
    const f = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    const idle = f[3]! + (f[4] ?? 0);
    return { idle, total: f.reduce((a, b) => a + b, 0) };
  };
  const a = read();
  await sleep(ms);
  const b = read();
  return b.total === a.total ? 0 : 1 - (b.idle - a.idle) / (b.total - a.total);
}

const busyLog: { phase: string; busy: number; waitedS: number }[] = [];

/**
 * Before a measurement: waits (up to `maxWaitS`) for the machine to be quiet — other sessions' tests and
 * builds share these two cores — and records how busy it was, for the report.
 */
async function quiet(phase: string, maxWaitS: number): Promise<void> {
  const started = Date.now();
  let busy = await cpuBusy();
  while (busy > 0.15 && Date.now() - started < maxWaitS * 1000) busy = await cpuBusy(2000);
  const waitedS = (Date.now() - started) / 1000;
  busyLog.push({ phase, busy, waitedS });
  if (busy > 0.15) log(`  warning: ${(busy * 100).toFixed(0)}% of the CPU is busy with other work before "${phase}"; figures will be low`);
}

/* ------------------------------------------------------------------ HTTP */

interface Response {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

const keepAlive = new Agent({ keepAlive: true, maxSockets: 1 });

/** One request; by default on a new connection (so the Node cluster hands it to the next worker). */
function fetchUrl(url: string, opts: { method?: string; headers?: Record<string, string>; body?: Buffer | string; reuse?: boolean; timeoutMs?: number } = {}): Promise<Response> {
  return new Promise((res, rej) => {
    const req = httpRequest(url, { method: opts.method ?? 'GET', headers: opts.headers, agent: opts.reuse ? keepAlive : false, timeout: opts.timeoutMs ?? 30_000 }, (r) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => res({ status: r.statusCode ?? 0, headers: r.headers, body: Buffer.concat(chunks).toString('utf8') }));
      r.on('error', rej);
    });
    req.on('timeout', () => req.destroy(new Error(`timeout: ${url}`)));
    req.on('error', rej);
    req.end(opts.body);
  });
}

class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(res: Response): void {
    const set = res.headers['set-cookie'] ?? [];
    for (const c of set) {
      const pair = c.split(';')[0]!;
      const i = pair.indexOf('=');
      const name = pair.slice(0, i).trim();
      const value = pair.slice(i + 1);
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(c) || /max-age=0/i.test(c)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

function unescapeHtml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    const l = e.toLowerCase();
    if (l === 'amp') return '&';
    if (l === 'lt') return '<';
    if (l === 'gt') return '>';
    if (l === 'quot') return '"';
    if (l === 'apos') return "'";
    return String.fromCodePoint(l.startsWith('#x') ? parseInt(l.slice(2), 16) : Number(l.slice(1)));
  });
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const attr = (tag: string, name: string) => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescapeHtml(m[1]!) : undefined;
};

/** The fields a browser would submit from the form whose action matches, as typed (select: chosen option). */
function formFields(html: string, actionMatch: RegExp): { action: string; fields: Map<string, string> } | null {
  for (const m of html.matchAll(/<form\b[^>]*>([\s\S]*?)<\/form>/g)) {
    const action = attr(m[0].slice(0, m[0].indexOf('>') + 1), 'action');
    if (!action || !actionMatch.test(action)) continue;
    const inner = m[1]!;
    const fields = new Map<string, string>();
    for (const t of inner.matchAll(/<input\b[^>]*>/g)) {
      const tag = t[0];
      const name = attr(tag, 'name');
      const type = (attr(tag, 'type') ?? 'text').toLowerCase();
      if (!name || ['file', 'submit', 'button', 'image', 'reset'].includes(type)) continue;
      if ((type === 'checkbox' || type === 'radio') && !/\schecked\b/.test(tag)) continue;
      fields.set(name, attr(tag, 'value') ?? (type === 'checkbox' ? 'on' : ''));
    }
    for (const t of inner.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/g)) {
      const name = attr(t[0], 'name');
      if (name) fields.set(name, unescapeHtml(t[2]!));
    }
    for (const t of inner.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/g)) {
      const name = attr(t[0], 'name');
      if (!name) continue;
      const options = [...t[2]!.matchAll(/<option\b[^>]*>/g)].map((o) => o[0]);
      const chosen = options.find((o) => /\sselected\b/.test(o)) ?? options[0];
      fields.set(name, chosen ? attr(chosen, 'value') ?? '' : '');
    }
    return { action, fields };
  }
  return null;
}

function multipart(fields: Map<string, string>): { body: Buffer; type: string } {
  const boundary = `----cttdtbench${Math.random().toString(16).slice(2)}`;
  const parts = [...fields].map(([k, v]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(parts), type: `multipart/form-data; boundary=${boundary}` };
}

/* ------------------------------------------------------------------ server and proxy */

interface Server {
  base: string;
  port: number;
  workers: number;
  cache: boolean;
  /** The processes that serve requests (the workers, or the only process). */
  servingPids(): number[];
  allPids(): number[];
  stop(): Promise<void>;
}

async function startServer(o: { work: string; databaseUrl: string; dataDir: string; workers: number; cache: boolean; label: string; proxyPort?: number }): Promise<Server> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH, HOME: process.env.HOME, TZ: process.env.TZ,
    NODE_ENV: 'production', DEMO_DATA: 'off', DATABASE_URL: o.databaseUrl, DATA_DIR: o.dataDir, PORT: String(port), HOST: '127.0.0.1',
    PUBLIC_URL: base, WEB_CONCURRENCY: String(o.workers), PAGE_CACHE: o.cache ? 'on' : 'off', LOG_LEVEL: 'warn',
    // The nginx proxy cache started in front of this server later (purge by tag, src/web/cache/proxyRefresh.ts).
    ...(o.proxyPort ? { PAGE_CACHE_PROXY: `http://127.0.0.1:${o.proxyPort}` } : {}),
  };
  const child = startGroup(process.execPath, ['dist/web/server.js'], { env, logFile: join(o.work, `server-${o.label}.log`) });
  const stop = () => stopGroup(child);
  cleanups.push(stop);
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server (${o.label}) exited with ${child.exitCode}; see ${join(o.work, `server-${o.label}.log`)}`);
    const ok = await fetchUrl(`${base}/healthz`, { timeoutMs: 2000 }).then((r) => r.status === 200, () => false);
    const workers = o.workers > 1 ? childrenOf(child.pid!) : [child.pid!];
    if (ok && workers.length >= o.workers) break;
    if (Date.now() - started > 180_000) throw new Error(`server (${o.label}) did not start within 3 minutes`);
    await sleep(200);
  }
  log(`server ${o.label}: ${base}, ${o.workers} process(es), cache ${o.cache ? 'on' : 'off'}, started in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return {
    base, port, workers: o.workers, cache: o.cache,
    servingPids: () => (o.workers > 1 ? childrenOf(child.pid!) : [child.pid!]),
    allPids: () => (o.workers > 1 ? [child.pid!, ...childrenOf(child.pid!)] : [child.pid!]),
    stop,
  };
}

/** A runnable copy of docs/deploy/nginx-proxy-cache.conf in front of `upstreamPort`. */
async function startProxy(o: { work: string; upstreamPort: number; port: number; mediaDir: string; label: string }): Promise<{ base: string; stop: () => Promise<void> }> {
  const dir = join(o.work, `nginx-${o.label}`);
  for (const d of ['cache', 'tmp/body', 'tmp/proxy', 'tmp/fastcgi', 'tmp/uwsgi', 'tmp/scgi']) {
    mkdirSync(join(dir, d), { recursive: true });
    if (asRoot) for (let p = join(dir, d); p.startsWith(dir); p = dirname(p)) chownSync(p, NOBODY, NOBODY);
  }
  const port = o.port;
  let conf = readFileSync(NGINX_DOC, 'utf8');
  const subst: [RegExp, string][] = [
    [/proxy_cache_path \/var\/cache\/nginx\/cttdt /, `proxy_cache_path ${dir}/cache `],
    [/server 127\.0\.0\.1:3000;/, `server 127.0.0.1:${o.upstreamPort};`],
    [/listen 80;/, `listen 127.0.0.1:${port} default_server;`],
    [/alias \/srv\/cong-ttdt\/data\/media\/;/, `alias ${o.mediaDir}/;`],
  ];
  for (const [re, to] of subst) {
    if (!re.test(conf)) throw new Error(`${NGINX_DOC} changed: cannot find ${re}`);
    conf = conf.replace(re, to);
  }
  writeFileSync(join(dir, 'cong-ttdt.conf'), conf);
  writeFileSync(join(dir, 'nginx.conf'), `# generated by scripts/bench.ts from docs/deploy/nginx-proxy-cache.conf
worker_processes 2;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
daemon off;
events { worker_connections 4096; }
http {
  access_log off; sendfile on; tcp_nopush on; default_type application/octet-stream;
  client_body_temp_path ${dir}/tmp/body; proxy_temp_path ${dir}/tmp/proxy; fastcgi_temp_path ${dir}/tmp/fastcgi;
  uwsgi_temp_path ${dir}/tmp/uwsgi; scgi_temp_path ${dir}/tmp/scgi;
  include ${dir}/cong-ttdt.conf;
}
`);
  const child = startGroup('nginx', ['-e', `${dir}/error.log`, '-p', dir, '-c', join(dir, 'nginx.conf')], { logFile: join(dir, 'stdout.log') });
  const stop = () => stopGroup(child);
  cleanups.push(stop);
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}; see ${dir}/error.log`);
    if (await fetchUrl(`${base}/healthz`, { timeoutMs: 2000 }).then((r) => r.status === 200, () => false)) break;
    if (i > 100) throw new Error('nginx proxy did not start');
    await sleep(100);
  }
  log(`nginx proxy cache ${o.label}: ${base} → 127.0.0.1:${o.upstreamPort}`);
  return { base, stop };
}


/**
 * The reference of the issue: a bare node:http server returning the very same bytes from memory (no work at
 * all), as a Node cluster of `workers` processes — what "as fast as Node can be" means on this machine today.
 */
async function startBare(o: { work: string; base: string; paths: string[]; workers: number }): Promise<{ base: string; stop: () => Promise<void> }> {
  const dir = join(o.work, 'bare');
  mkdirSync(dir, { recursive: true });
  const files: Record<string, string> = {};
  for (const [i, p] of o.paths.entries()) {
    const res = await fetchUrl(`${o.base}${p}`);
    writeFileSync(join(dir, `p${i}.html`), res.body);
    files[p] = join(dir, `p${i}.html`);
  }
  const port = await freePort();
  writeFileSync(join(dir, 'bare.mjs'), `import cluster from 'node:cluster';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
const files = ${JSON.stringify(files)};
const bodies = new Map(Object.entries(files).map(([p, f]) => [p, readFileSync(f)]));
if (cluster.isPrimary && ${o.workers} > 1) { for (let i = 0; i < ${o.workers}; i++) cluster.fork(); }
else createServer((req, res) => {
  const body = bodies.get(req.url);
  if (!body) { res.writeHead(404); res.end(); return; }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length });
  res.end(body);
}).listen(${port}, '127.0.0.1');
`);
  const child = startGroup(process.execPath, [join(dir, 'bare.mjs')], { logFile: join(dir, 'bare.log') });
  const stop = () => stopGroup(child);
  cleanups.push(stop);
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; !(await fetchUrl(`${base}${o.paths[0]}`, { timeoutMs: 1000 }).then((r) => r.status === 200, () => false)); i++) {
    if (i > 100) throw new Error('bare node server did not start');
    await sleep(100);
  }
  return { base, stop };
}

/* ------------------------------------------------------------------ measurements */

interface RatioLine {
  path: string;
  bytes: number;
  portal: [number, number];
  nginx: [number, number];
  ratio: number;
}

async function ratioVsNginx(base: string, secs: number, paths: string[], label: string, work: string): Promise<RatioLine[]> {
  await quiet(`ratio ${label}`, quietWaitS);
  log(`ratio-vs-nginx.sh ${label}: ${paths.join(' ')} (${secs} s per run, 5 runs per page)`);
  const out = await new Promise<string>((res, rej) => {
    // As root, the stick's nginx workers (user nobody) cannot read its own 0700 mktemp folder and answer
    // 403 Forbidden — which wrk counts as requests. Run it as an unprivileged user so nginx serves the page.
    const cmd = asRoot ? ['runuser', ['-u', 'nobody', '--', 'bash', RATIO_SCRIPT]] as const : ['bash', [RATIO_SCRIPT]] as const;
    const child = startGroup(cmd[0], [...cmd[1], base, String(secs), ...paths], { logFile: join(work, `ratio-${label}.log`) });
    cleanups.push(() => stopGroup(child));
    const chunks: string[] = [];
    child.stdout?.on('data', (d: Buffer) => chunks.push(d.toString()));
    child.on('exit', (code) => (code === 0 ? res(chunks.join('')) : rej(new Error(`ratio-vs-nginx.sh exited with ${code}: ${chunks.join('')}`))));
  });
  const lines: RatioLine[] = [];
  for (const l of out.split('\n')) {
    const m = /^page (\S+) \((\d+) bytes\): portal ([\d.]+) \/ ([\d.]+) req\/s, nginx ([\d.]+) \/ ([\d.]+) req\/s, ratio ([\d.]+)/.exec(l);
    if (m) {
      lines.push({ path: m[1]!, bytes: Number(m[2]), portal: [Number(m[3]), Number(m[4])], nginx: [Number(m[5]), Number(m[6])], ratio: Number(m[7]) });
      console.log(`    ${l}`);
    } else if (l.trim()) console.log(`    ${l}`);
  }
  if (lines.length !== paths.length) throw new Error(`ratio-vs-nginx.sh measured ${lines.length} of ${paths.length} pages:\n${out}`);
  return lines;
}

async function wrk(url: string, secs: number, extra: string[] = []): Promise<{ rps: number; errors: number; non2xx: number; out: string }> {
  const out = await new Promise<string>((res) => {
    const child = spawn('wrk', ['-t2', '-c64', `-d${secs}s`, ...extra, url], { stdio: ['ignore', 'pipe', 'pipe'] });
    cleanups.push(() => { if (child.exitCode === null) child.kill('SIGTERM'); });
    const chunks: string[] = [];
    child.stdout.on('data', (d: Buffer) => chunks.push(d.toString()));
    child.on('exit', () => res(chunks.join('')));
  });
  const num = (re: RegExp) => Number(re.exec(out)?.[1] ?? 0);
  const errs = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  return {
    rps: num(/Requests\/sec:\s+([\d.]+)/), non2xx: num(/Non-2xx or 3xx responses: (\d+)/),
    errors: errs ? errs.slice(1).reduce((n, x) => n + Number(x), 0) : 0, out,
  };
}

interface PublishTarget {
  name: string;
  path: string;
}

interface PageLatency {
  page: string;
  via: 'node' | 'proxy';
  /** ms from the start of the edit's POST until the page showed the change for good; null: never within the limit. */
  ms: number | null;
}

interface PublishTrial {
  postMs: number;
  pages: PageLatency[];
}

async function login(base: string): Promise<CookieJar> {
  const jar = new CookieJar();
  const form = await fetchUrl(`${base}/quan-tri/dang-nhap`);
  jar.take(form);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(form.body)?.[1];
  if (!csrf) throw new Error('login form without a CSRF token');
  const body = new URLSearchParams({ _csrf: unescapeHtml(csrf), tiep: '/quan-tri', username: ADMIN.username, password: ADMIN.password }).toString();
  const res = await fetchUrl(`${base}/quan-tri/dang-nhap`, {
    method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.header() },
  });
  if (res.status !== 303) throw new Error(`login failed: ${res.status} ${res.body.slice(0, 300)}`);
  jar.take(res);
  return jar;
}

/** Changes the item's title through the edit form, as a browser would; resolves when the POST is answered. */
async function editTitle(base: string, jar: CookieJar, item: BenchItem, title: string): Promise<number> {
  const editUrl = `${base}/quan-tri/cong/${item.siteId}/tin-bai/${item.id}`;
  const page = await fetchUrl(editUrl, { headers: { cookie: jar.header() } });
  jar.take(page);
  if (page.status !== 200) throw new Error(`edit form: ${page.status} ${page.body.slice(0, 300)}`);
  const form = formFields(page.body, new RegExp(`/tin-bai/${item.id}(\\?|$)`));
  if (!form) throw new Error('edit form not found on the item page (has the admin changed?)');
  if (!form.fields.has('title')) throw new Error(`edit form without a title field: ${[...form.fields.keys()].join(', ')}`);
  form.fields.set('title', title);
  form.fields.set('action', 'save');
  const { body, type } = multipart(form.fields);
  const started = performance.now();
  const res = await fetchUrl(new URL(form.action, base).href, { method: 'POST', body, headers: { 'content-type': type, cookie: jar.header() } });
  jar.take(res);
  if (res.status !== 303) {
    const why = /class="error-summary"[^>]*>([\s\S]*?)<\/(div|p|section)>/.exec(res.body)?.[1]?.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    throw new Error(`saving the edit failed: ${res.status} ${why ?? res.body.slice(0, 300)}`);
  }
  return started;
}

/**
 * Polls one page every 10 ms (each request on a new connection: with two workers, consecutive requests reach
 * both) until it has shown `marker` without a single stale answer for `settleMs`; returns when it started to.
 */
async function pollUntilVisible(url: string, marker: string, t0: number, limitMs: number, settleMs: number): Promise<number | null> {
  let firstFresh: number | null = null;
  for (;;) {
    const at = performance.now();
    const res = await fetchUrl(url, { timeoutMs: 5000 }).catch(() => null);
    const fresh = res !== null && res.status === 200 && res.body.includes(marker);
    if (fresh && firstFresh === null) firstFresh = at;
    if (!fresh) firstFresh = null;
    if (firstFresh !== null && performance.now() - firstFresh >= settleMs) return firstFresh - t0;
    if (performance.now() - t0 > limitMs) return null;
    await sleep(Math.max(0, 10 - (performance.now() - at)));
  }
}

async function warmUntilCached(url: string, header: string, tries = 50): Promise<void> {
  for (let i = 0; i < tries; i++) {
    const r = await fetchUrl(url);
    if (r.status === 200 && String(r.headers[header] ?? '').toUpperCase() === 'HIT') return;
    await sleep(50);
  }
  throw new Error(`${url} never answered ${header}: HIT`);
}

async function publishToVisible(o: { server: Server; proxy: string | null; item: BenchItem; targets: PublishTarget[]; trials: number; runId: string; label: string }): Promise<PublishTrial[]> {
  const jar = await login(o.server.base);
  const trials: PublishTrial[] = [];
  for (let trial = 1; trial <= o.trials; trial++) {
    // Every page cached (in each worker, and in the proxy) before the change, so what is measured is invalidation.
    for (const t of o.targets) {
      for (let k = 0; k < o.server.workers * 2; k++) await warmUntilCached(`${o.server.base}${t.path}`, 'x-cache');
      if (o.proxy) await warmUntilCached(`${o.proxy}${t.path}`, 'x-proxy-cache');
    }
    for (const t of o.targets) {
      const body = (await fetchUrl(`${o.server.base}${t.path}`)).body;
      if (!body.includes(escapeHtml(o.item.title))) throw new Error(`${t.name} (${t.path}) does not show "${o.item.title}" before the change`);
    }
    await sleep(Math.random() * 1000); // anywhere within the proxy's one-second freshness
    const marker = `Cập nhật ${o.runId}-${o.label}-${trial}`;
    const title = `${marker}: ${o.item.baseTitle}`;
    const t0 = await editTitle(o.server.base, jar, o.item, title);
    const postMs = performance.now() - t0;
    const polls: Promise<PageLatency>[] = [];
    for (const t of o.targets) {
      polls.push(pollUntilVisible(`${o.server.base}${t.path}`, escapeHtml(marker), t0, 15_000, 500).then((ms) => ({ page: t.name, via: 'node' as const, ms })));
      if (o.proxy) polls.push(pollUntilVisible(`${o.proxy}${t.path}`, escapeHtml(marker), t0, 15_000, 500).then((ms) => ({ page: t.name, via: 'proxy' as const, ms })));
    }
    const pages = await Promise.all(polls);
    o.item.title = title;
    trials.push({ postMs, pages });
    log(`  publish-to-visible ${o.label} #${trial}: POST ${postMs.toFixed(0)} ms; ${pages.map((p) => `${p.page}/${p.via} ${p.ms === null ? '>15 s' : `${p.ms.toFixed(0)} ms`}`).join(', ')}`);
  }
  return trials;
}

/* ------------------------------------------------------------------ the database */

interface BenchItem {
  id: number;
  siteId: number;
  siteSlug: string;
  sectionSlug: string;
  slug: string;
  title: string;
  /** The title without the markers of earlier runs. */
  baseTitle: string;
}

interface BenchPlan {
  counts: { sites: number; news: number; documents: number | null };
  pages: { home: string; section: string; article: string };
  item: BenchItem;
  targets: PublishTarget[];
  deep: { label: string; path: string; page: number; cursor: string }[];
  crawl: string[];
}

async function ensureDatabase(o: Options, work: string): Promise<{ databaseUrl: string; dataDir: string }> {
  const size = o.quick ? { sites: 12, news: 20_000, documents: 2_000 } : { sites: 150, news: 1_000_000, documents: 100_000 };
  const databaseUrl = o.db ? (isPostgresUrl(o.db) ? o.db : resolve(o.db)) : join(work, 'province.sqlite');
  const dataDir = isPostgresUrl(databaseUrl) ? join(work, 'data') : dirname(databaseUrl);
  const database = createDb(databaseUrl);
  try {
    await migrateToLatest(database.db);
    const has = await database.db.selectFrom('sites').select('id').limit(1).executeTakeFirst();
    await database.close();
    if (has) {
      log(`reusing ${database.describe} (media in ${join(dataDir, 'media')})`);
      return { databaseUrl, dataDir };
    }
  } catch (e) {
    await database.close().catch(() => undefined);
    throw e;
  }
  log(`generating ${size.sites} sites, ${size.news} news, ${size.documents} documents into ${databaseUrl}`);
  await generateProvince({ databaseUrl, mediaDir: join(dataDir, 'media'), seed: 7, ...size, log: (m) => log(m) });
  return { databaseUrl, dataDir };
}

async function ensureAdmin(databaseUrl: string): Promise<void> {
  const database = createDb(databaseUrl);
  try {
    await createFirstAdmin({ db: database.db, clock: systemClock }, { username: ADMIN.username, fullName: ADMIN.fullName, email: '', password: ADMIN.password });
    log(`platform administrator ${ADMIN.username} created (createFirstAdmin, as npm run cli -- create-admin)`);
  } catch (e) {
    if (!(e instanceof ConflictError)) throw e;
  } finally {
    await database.close();
  }
}

async function planFor(databaseUrl: string, quick: boolean): Promise<BenchPlan> {
  const database = createDb(databaseUrl);
  const db = database.db;
  try {
    const sites = await db.selectFrom('sites').select(['id', 'slug', 'parent_id']).execute();
    const parent = sites.find((s) => s.parent_id === null)!;
    const children = sites.filter((s) => s.parent_id === parent.id);
    // Items in news sections, counted on the section index alone (a filter on kind would read 5 GB of rows).
    const newsSections = (await db.selectFrom('sections').select('id').where('kind', '=', 'news').execute()).map((x) => x.id);
    const news = Number((await db.selectFrom('contents').select((eb) => eb.fn.countAll().as('n')).where('section_id', 'in', newsSections.concat(-1))
      .executeTakeFirstOrThrow()).n);
    const tables = new Set((await db.introspection.getTables()).map((t) => t.name));
    const documents = tables.has('documents')
      ? Number((await sql<{ n: number }>`select count(*) as n from documents`.execute(db)).rows[0]?.n ?? 0)
      : null;
    const sections = await db.selectFrom('sections').select(['id', 'site_id', 'slug', 'parent_id', 'kind', 'on_home']).execute();
    const sectionById = new Map(sections.map((s) => [s.id, s]));
    const parentNews = sections.find((s) => s.site_id === parent.id && s.slug === 'tin-tuc-su-kien')!;
    const parentLeaf = sections.find((s) => s.site_id === parent.id && s.slug === 'kinh-te')!;

    // The article: the parent's newest featured item (the lead of its home page).
    const lead = await db.selectFrom('contents').select(['slug', 'section_id']).where('site_id', '=', parent.id).where('kind', '=', 'news')
      .where('status', '=', 'published').where('is_featured', '=', 1).orderBy('published_at', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
    const article = `/${sectionById.get(lead.section_id!)!.slug}/${lead.slug}`;

    // The item to edit: among the newest ward items (all on the parent's ward block), the first one in a
    // section its ward's home shows.
    const homeShown = (sectionId: number | null) => {
      for (let s = sectionId === null ? undefined : sectionById.get(sectionId); s; s = s.parent_id === null ? undefined : sectionById.get(s.parent_id)) {
        if (s.on_home === 1 && s.kind === 'news') return true;
      }
      return false;
    };
    const newest = await listPublishedCards(db, children.map((c) => c.id), { limit: 6 });
    const row = newest.find((r) => homeShown(r.section_id)) ?? newest[0]!;
    const ward = children.find((c) => c.id === row.site_id)!;
    const section = sectionById.get(row.section_id!)!;
    const item: BenchItem = {
      id: row.id, siteId: row.site_id, siteSlug: ward.slug, sectionSlug: section.slug, slug: row.slug, title: row.title,
      baseTitle: row.title.replace(/^(Cập nhật [^:]+: )+/, ''),
    };
    const wardBase = `/site/${ward.slug}`;
    const targets: PublishTarget[] = [
      { name: 'article', path: `${wardBase}/${section.slug}/${row.slug}` },
      { name: 'section', path: `${wardBase}/${section.slug}` },
      { name: 'ward home', path: `${wardBase}/` },
      { name: 'parent home', path: '/' },
    ];

    // Deep pages: the cursor of page N is the last item of page N − 1 in the listing's order.
    const deep: BenchPlan['deep'] = [];
    for (const s of [parentNews, parentLeaf]) {
      const ids = [s.id, ...sections.filter((x) => x.parent_id === s.id).map((x) => x.id)];
      // On the section index alone (a news section holds only its site's news items).
      const total = Number((await db.selectFrom('contents').select((eb) => eb.fn.countAll().as('n')).where('section_id', 'in', ids)
        .where('status', '=', 'published').executeTakeFirstOrThrow()).n);
      const page = Math.max(2, Math.min(500, Math.floor(total / PAGE_SIZE)));
      const before = await db.selectFrom('contents').select(['published_at', 'id']).where('section_id', 'in', ids).where('status', '=', 'published')
        .orderBy('published_at', 'desc').orderBy('id', 'desc').limit(1).offset((page - 1) * PAGE_SIZE - 1).executeTakeFirstOrThrow();
      deep.push({ label: `/${s.slug}${ids.length > 1 ? ` (${ids.length} sections)` : ''}`, path: `/${s.slug}`, page, cursor: `${before.published_at}_${before.id}` });
    }

    // A crawl over many distinct pages (fills the page cache to its byte limit): articles of every site,
    // listings and homes.
    const wanted = quick ? 3000 : 20_000;
    const bounds = await db.selectFrom('contents').select((eb) => [eb.fn.min('id').as('lo'), eb.fn.max('id').as('hi')]).executeTakeFirstOrThrow();
    const lo = Number(bounds.lo);
    const hi = Number(bounds.hi);
    const slugOf = new Map(sites.map((s) => [s.id, s.slug]));
    const prefix = (siteId: number) => (siteId === parent.id ? '' : `/site/${slugOf.get(siteId)}`);
    const crawl: string[] = [];
    for (let n = 0; n < wanted; n += 500) {
      const ids = Array.from({ length: 500 }, () => lo + Math.floor(Math.random() * (hi - lo + 1)));
      const rows = await db.selectFrom('contents').select(['site_id', 'slug', 'section_id']).where('id', 'in', ids).where('kind', '=', 'news')
        .where('status', '=', 'published').execute();
      for (const r of rows) if (r.section_id !== null) crawl.push(`${prefix(r.site_id)}/${sectionById.get(r.section_id)!.slug}/${r.slug}`);
    }
    for (const s of sections) if (s.kind === 'news') crawl.push(`${prefix(s.site_id)}/${s.slug}`);
    for (const s of sites) crawl.push(`${prefix(s.id)}/`);

    return {
      counts: { sites: sites.length, news, documents },
      pages: { home: '/', section: `/${parentNews.slug}`, article },
      item, targets, deep, crawl,
    };
  } finally {
    await database.close();
  }
}

async function timeSequential(base: string, paths: string[], rounds: number): Promise<number[][]> {
  const times: number[][] = paths.map(() => []);
  for (const p of paths) await fetchUrl(`${base}${p}`, { reuse: true }); // warm the database pages
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < paths.length; i++) {
      const t = performance.now();
      const res = await fetchUrl(`${base}${paths[i]}`, { reuse: true });
      if (res.status !== 200) throw new Error(`${paths[i]}: ${res.status}`);
      times[i]!.push(performance.now() - t);
    }
  }
  return times;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const f0 = (n: number) => Math.round(n).toLocaleString('en-US');
const f2 = (n: number) => n.toFixed(2);

/* ------------------------------------------------------------------ the run */

interface Results {
  node2?: RatioLine[];
  bare2?: RatioLine[];
  node1?: RatioLine[];
  proxy?: RatioLine[];
  off2?: RatioLine[];
  publish2?: PublishTrial[];
  publish1?: PublishTrial[];
  rss: { label: string; perProcess: number[]; primary: number | null; rps?: number; cacheMb?: string }[];
  deep?: { label: string; page: number; page1: number[]; pageN: number[] }[];
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  quietWaitS = o.quick ? 10 : 60;
  for (const tool of ['wrk', 'nginx', 'curl', 'python3', 'bash']) {
    if (!(await new Promise<boolean>((r) => spawn('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' }).on('exit', (c) => r(c === 0))))) {
      throw new Error(`missing ${tool} (apt-get install -y wrk nginx curl)`);
    }
  }
  if (!existsSync(RATIO_SCRIPT)) throw new Error(`missing ${RATIO_SCRIPT}`);
  const work = mkdtempSync(join(tmpdir(), 'cttdt-bench-'));
  chmodSync(work, 0o755); // nginx workers (nobody) read the media and write their cache below it
  if (!o.keep) cleanups.unshift(() => rmSync(work, { recursive: true, force: true }));
  const onSignal = (sig: NodeJS.Signals) => {
    console.error(`\n${sig}: stopping every process this benchmark started…`);
    void cleanupAll().then(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const began = Date.now();
  const results: Results = { rss: [] };
  const runId = new Date().toISOString().slice(11, 19).replace(/:/g, '');
  log(`${o.quick ? 'quick' : 'full'} run in ${work}: ${o.secs} s per wrk run, ${o.trials} publish trials per server mode`);

  // The server runs as `npm start` runs it in production: compiled JavaScript, no tsx (ADR 0013).
  log('building dist/ (npm run build)…');
  await new Promise<void>((ok, fail) => spawn('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' })
    .on('exit', (c) => (c === 0 ? ok() : fail(new Error(`npm run build exited with ${c}`)))));
  const { databaseUrl, dataDir } = await ensureDatabase(o, work);
  const mediaDir = join(dataDir, 'media');
  await ensureAdmin(databaseUrl);
  const plan = await planFor(databaseUrl, o.quick);
  const pages = [plan.pages.home, plan.pages.section, plan.pages.article];
  log(`pages: ${pages.join('  ')}; edited item #${plan.item.id} on ${plan.item.siteSlug}`);

  // --- two processes, cache on: Node alone, behind nginx, publish-to-visible, memory under a crawl
  {
    const proxyPort = await freePort();
    const server = await startServer({ work, databaseUrl, dataDir, workers: 2, cache: true, label: 'cache-2p', proxyPort });
    const rss = new RssSampler(() => server.allPids()).start();
    results.node2 = await ratioVsNginx(server.base, o.secs, pages, 'node-2p', work);
    const bare = await startBare({ work, base: server.base, paths: pages, workers: 2 });
    results.bare2 = await ratioVsNginx(bare.base, o.secs, pages, 'bare-node-2p', work);
    await bare.stop();
    const proxy = await startProxy({ work, upstreamPort: server.port, port: proxyPort, mediaDir, label: '2p' });
    results.proxy = await ratioVsNginx(proxy.base, o.secs, pages, 'proxy-2p', work);
    const cachedRss = rss.stop();
    results.rss.push(rssRow('cached pages (ratio runs), 2 processes', cachedRss, server));
    await quiet('publish-to-visible 2p', quietWaitS);
    results.publish2 = await publishToVisible({ server, proxy: proxy.base, item: plan.item, targets: plan.targets, trials: o.trials, runId, label: '2p' });
    await proxy.stop();
    results.rss.push(await crawl(server, plan.crawl, o.quick ? 5 : 20, work, '2 processes'));
    await server.stop();
  }
  // --- one process, cache on
  {
    const proxyPort = await freePort();
    const server = await startServer({ work, databaseUrl, dataDir, workers: 1, cache: true, label: 'cache-1p', proxyPort });
    const rss = new RssSampler(() => server.allPids()).start();
    results.node1 = await ratioVsNginx(server.base, o.secs, pages, 'node-1p', work);
    results.rss.push(rssRow('cached pages (ratio runs), 1 process', rss.stop(), server));
    const proxy = await startProxy({ work, upstreamPort: server.port, port: proxyPort, mediaDir, label: '1p' });
    await quiet('publish-to-visible 1p', quietWaitS);
    results.publish1 = await publishToVisible({ server, proxy: proxy.base, item: plan.item, targets: plan.targets, trials: o.trials, runId, label: '1p' });
    await proxy.stop();
    results.rss.push(await crawl(server, plan.crawl, o.quick ? 5 : 20, work, '1 process'));
    await server.stop();
  }
  // --- cache off: rendering from the database on every request; deep pages
  {
    const server = await startServer({ work, databaseUrl, dataDir, workers: 2, cache: false, label: 'nocache-2p' });
    const rss = new RssSampler(() => server.allPids()).start();
    // Rendering from the database takes tens of ms: one-second runs (quick) would mostly measure queueing.
    results.off2 = await ratioVsNginx(server.base, Math.max(o.secs, 3), o.quick ? [plan.pages.home] : pages, 'nocache-2p', work);
    results.rss.push(rssRow('cache off (ratio runs), 2 processes', rss.stop(), server));
    results.deep = [];
    await quiet('deep listings', quietWaitS);
    for (const d of plan.deep) {
      const deepPath = `${d.path}?truoc=${encodeURIComponent(d.cursor)}`;
      const [page1, pageN] = await timeSequential(server.base, [d.path, deepPath], o.quick ? 20 : 100);
      results.deep.push({ label: d.label, page: d.page, page1: page1!, pageN: pageN! });
      log(`  ${d.label}: page 1 median ${f2(median(page1!))} ms, page ${d.page} median ${f2(median(pageN!))} ms`);
    }
    await server.stop();
  }

  const minutes = (Date.now() - began) / 60_000;
  const md = report(o, plan, results, minutes);
  console.log(`\n${md}`);
  const reportFile = o.report ?? join(o.keep ? work : tmpdir(), `cttdt-bench-${new Date().toISOString().slice(0, 10)}.md`);
  writeFileSync(reportFile, md);
  log(`report written to ${reportFile}${o.keep ? `; logs, configs and data kept in ${work}` : ''}`);
}

function rssRow(label: string, max: Map<number, number>, server: Server): Results['rss'][number] {
  const serving = new Set(server.servingPids());
  const perProcess = [...max].filter(([pid]) => serving.has(pid)).map(([, mb]) => mb);
  const primary = server.workers > 1 ? [...max].find(([pid]) => !serving.has(pid))?.[1] ?? null : null;
  return { label, perProcess, primary };
}

/** wrk over thousands of distinct pages (random order) for `secs`: the page cache fills to its limit. */
async function crawl(server: Server, paths: string[], secs: number, work: string, label: string): Promise<Results['rss'][number]> {
  const lua = join(work, 'crawl.lua');
  writeFileSync(lua, `local paths = {\n${paths.map((p) => `  ${JSON.stringify(p)},`).join('\n')}\n}
local n = #paths
local counter = 1
local threads = {}
function setup(thread) thread:set("id", counter); counter = counter + 1 end
function init(args) math.randomseed(os.time() * 1000 + id) end
function request() return wrk.format("GET", paths[math.random(n)]) end
`);
  await quiet(`crawl ${label}`, quietWaitS);
  log(`crawl of ${paths.length} distinct pages for ${secs} s (${label}), sampling RSS`);
  const rss = new RssSampler(() => server.allPids()).start();
  const r = await wrk(server.base, secs, ['-s', lua, '--timeout', '10s']);
  const row = rssRow(`crawl of ${f0(paths.length)} distinct pages, ${label}`, rss.stop(), server);
  row.rps = r.rps;
  log(`  ${f0(r.rps)} req/s, errors ${r.errors}, non-2xx ${r.non2xx}; RSS max ${row.perProcess.map((m) => `${m.toFixed(0)} MB`).join(', ')}`);
  return row;
}

function report(o: Options, plan: BenchPlan, r: Results, minutes: number): string {
  const ok = (b: boolean) => (b ? '✅ met' : '❌ missed');
  const lines: string[] = [];
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  lines.push(`### Results (${o.quick ? 'quick run — not the full scale' : 'full run'})`, '');
  lines.push(`Data: ${f0(plan.counts.sites)} sites, ${f0(plan.counts.news)} news items, ${plan.counts.documents === null ? 'no documents table' : `${f0(plan.counts.documents)} documents`}. `
    + `Machine: ${availableParallelism()} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM, Node ${process.version}. wrk -t2 -c64, ${o.secs} s per run, `
    + `Node and nginx alternated by ratio-vs-nginx.sh. Run time ${minutes.toFixed(1)} min.`, '');
  lines.push(`Pages: home \`${plan.pages.home}\`, section \`${plan.pages.section}\`, article \`${plan.pages.article}\` (parent portal). `
    + `Publish-to-visible item: #${plan.item.id} on \`/site/${plan.item.siteSlug}\`.`, '');
  lines.push('| Measure | Page | Result | nginx (file) | Ratio | Target | |', '|---|---|---|---|---|---|---|');
  const ratioRows = (title: string, rows: RatioLine[] | undefined, target: number) => {
    for (const x of rows ?? []) {
      const portal = (x.portal[0] + x.portal[1]) / 2;
      const nginx = (x.nginx[0] + x.nginx[1]) / 2;
      lines.push(`| ${title} | \`${x.path}\` (${f0(x.bytes)} B) | ${f0(portal)} req/s | ${f0(nginx)} req/s | **${x.ratio.toFixed(2)}×** | ≥ ${target}× nginx | ${ok(x.ratio >= target)} |`);
    }
  };
  ratioRows('Cached, Node alone, 2 processes (production default)', r.node2, 0.6);
  for (const x of r.bare2 ?? []) {
    const portal = (x.portal[0] + x.portal[1]) / 2;
    lines.push(`| Reference: bare node:http, same bytes from memory, 2 processes | \`${x.path}\` | ${f0(portal)} req/s | ${f0((x.nginx[0] + x.nginx[1]) / 2)} req/s | ${x.ratio.toFixed(2)}× | (ceiling for Node) | |`);
  }
  ratioRows('Cached, Node alone, 1 process', r.node1, 0.6);
  ratioRows('Cached, behind nginx proxy cache (2 processes)', r.proxy, 0.9);
  for (const x of r.off2 ?? []) {
    const portal = (x.portal[0] + x.portal[1]) / 2;
    const home = x === r.off2![0];
    lines.push(`| Cache off (PAGE_CACHE=off), 2 processes | \`${x.path}\` | ${f0(portal)} req/s | ${f0((x.nginx[0] + x.nginx[1]) / 2)} req/s | ${home ? `**${f0(portal / WORDPRESS_RPS)}× WordPress** (${WORDPRESS_RPS} req/s)` : `${(portal / WORDPRESS_RPS).toFixed(0)}× WordPress`} | ${home ? '≥ 40× WordPress (2,240 req/s)' : '–'} | ${home ? ok(portal >= 40 * WORDPRESS_RPS) : ''} |`);
  }
  const pub = (label: string, trials: PublishTrial[] | undefined) => {
    if (!trials?.length) return;
    for (const via of ['node', 'proxy'] as const) {
      for (const page of plan.targets.map((t) => t.name)) {
        const ms = trials.map((t) => t.pages.find((p) => p.page === page && p.via === via)?.ms ?? null);
        if (ms.every((m) => m === undefined)) continue;
        const seen = ms.filter((m): m is number => m !== null);
        const worst = seen.length === ms.length ? Math.max(...seen) : Infinity;
        lines.push(`| Publish-to-visible, ${label}, ${via === 'node' ? 'Node' : 'through nginx'} | ${page} | median ${f0(median(seen))} ms, worst ${Number.isFinite(worst) ? `${f0(worst)} ms` : '> 15 s'} (${trials.length} edits) | | | ≤ 1,000 ms | ${ok(worst <= 1000)} |`);
      }
    }
    lines.push(`| Publish-to-visible, ${label}: the edit's POST itself | – | median ${f0(median(trials.map((t) => t.postMs)))} ms | | | (included above) | |`);
  };
  pub('2 processes', r.publish2);
  pub('1 process', r.publish1);
  for (const x of r.rss) {
    const worst = Math.max(...x.perProcess);
    lines.push(`| RSS per serving process: ${x.label} | – | ${x.perProcess.map((m) => `${m.toFixed(0)} MB`).join(' / ')}${x.primary !== null ? ` (cluster primary ${x.primary.toFixed(0)} MB)` : ''}${x.rps ? `, ${f0(x.rps)} req/s` : ''} | | | < 300 MB | ${ok(worst < 300)} |`);
  }
  for (const d of r.deep ?? []) {
    const ratio = median(d.pageN) / median(d.page1);
    lines.push(`| Deep listing, cache off, sequential | \`${d.label}\` page ${d.page} vs page 1 | ${f2(median(d.pageN))} ms vs ${f2(median(d.page1))} ms (median of ${d.page1.length}; means ${f2(mean(d.pageN))} / ${f2(mean(d.page1))}) | | **${ratio.toFixed(2)}×** | ≤ 2× | ${ok(ratio <= 2)} |`);
  }
  const busy = busyLog.filter((b) => b.busy > 0.05);
  lines.push('', `Other work on the machine (CPU busy just before each phase, after waiting up to ${quietWaitS} s for quiet): `
    + (busy.length === 0 ? 'none above 5 %.' : busy.map((b) => `${b.phase} ${(b.busy * 100).toFixed(0)} %`).join(', ') + '.'));
  return lines.join('\n');
}

main()
  .catch(async (err: unknown) => {
    console.error('benchmark failed:', err instanceof Error ? err.message : err);
    process.exitCode = 1;
  })
  .finally(async () => {
    await cleanupAll();
    keepAlive.destroy();
  });
