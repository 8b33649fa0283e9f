/**
 * buildApp() over a test database, plus a logged-in "browser" for inject() requests:
 * it keeps cookies and the CSRF token like a real browser session would.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { loadConfig } from '../../src/config/env.ts';
import type { Clock } from '../../src/core/types.ts';
import { buildApp } from '../../src/web/app.ts';
import { type TestDatabase, createTestDatabase } from './testDb.ts';
import { TEST_PASSWORD } from './factories.ts';

export interface TestApp {
  app: FastifyInstance;
  tdb: TestDatabase;
  close(): Promise<void>;
}

export async function createTestApp(opts: { clock?: Clock; env?: Record<string, string> } = {}): Promise<TestApp> {
  const tdb = await createTestDatabase();
  const config = loadConfig({ DATA_DIR: tdb.dataDir, DEMO_DATA: 'off', PUBLIC_URL: 'http://localhost', NODE_ENV: 'test', ...opts.env });
  const app = await buildApp({ database: tdb.database, config, logger: process.env.TEST_LOG === "1", ...(opts.clock ? { clock: opts.clock } : {}) });
  return { app, tdb, async close() { await app.close(); await tdb.dispose(); } };
}

function cookiePairs(res: LightMyRequestResponse): [string, string][] {
  const raw = res.headers['set-cookie'];
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return list.map((c) => {
    const [pair] = c.split(';');
    const i = pair!.indexOf('=');
    return [pair!.slice(0, i), pair!.slice(i + 1)];
  });
}

export class Browser {
  cookies = new Map<string, string>();
  csrf = '';
  constructor(readonly app: FastifyInstance, readonly host = 'localhost') {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private remember(res: LightMyRequestResponse): void {
    for (const [k, v] of cookiePairs(res)) {
      if (v === '' ) this.cookies.delete(k);
      else this.cookies.set(k, v);
    }
    const m = /name="_csrf" value="([^"]+)"/.exec(res.body);
    if (m) this.csrf = m[1]!;
  }

  async get(url: string): Promise<LightMyRequestResponse> {
    const res = await this.app.inject({ method: 'GET', url, headers: { host: this.host, cookie: this.cookieHeader() } });
    this.remember(res);
    return res;
  }

  /** Posts a urlencoded form, adding the current CSRF token unless `_csrf` is given. */
  async post(url: string, form: Record<string, string | string[]>): Promise<LightMyRequestResponse> {
    const body = new URLSearchParams();
    if (!('_csrf' in form)) body.append('_csrf', this.csrf);
    for (const [k, v] of Object.entries(form)) for (const x of Array.isArray(v) ? v : [v]) body.append(k, x);
    const res = await this.app.inject({
      method: 'POST', url, payload: body.toString(),
      headers: { host: this.host, cookie: this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
    });
    this.remember(res);
    return res;
  }

  async login(username: string, password = TEST_PASSWORD): Promise<void> {
    await this.get('/quan-tri/dang-nhap');
    const res = await this.post('/quan-tri/dang-nhap', { username, password });
    if (res.statusCode !== 303) throw new Error(`login failed for ${username}: ${res.statusCode}`);
    this.csrf = ''; // the pre-login token is spent; pick up the session's own token
    let r = await this.get('/quan-tri');
    for (let hops = 0; r.statusCode === 302 && hops < 3; hops++) r = await this.get(String(r.headers.location));
    if (!this.csrf) throw new Error(`no CSRF token after login (${r.statusCode})`);
  }
}
