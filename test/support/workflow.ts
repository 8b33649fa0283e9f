/**
 * Helpers for the editorial-workflow tests: a news form that passes the quality gate, photos that are
 * sharp or blurred (real images made with sharp), a clock tests move by hand, and a multipart POST.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Kysely } from 'kysely';
import sharp from 'sharp';
import { loadActor } from '../../src/commands/auth/loadActor.ts';
import { uploadImage } from '../../src/commands/media/uploadImage.ts';
import { type ContentForm, emptyContentForm } from '../../src/core/content/contentForm.ts';
import type { Actor } from '../../src/core/policies/policy.ts';
import type { Role } from '../../src/core/policies/grants.ts';
import type { DB } from '../../src/db/schema.ts';
import { buildUser } from './factories.ts';
import { testPhoto } from './images.ts';
import { startSession } from '../../src/commands/auth/sessions.ts';
import { SESSION_COOKIE } from '../../src/web/admin/session.ts';
import { Browser as BrowserClass, type Browser } from './testApp.ts';

/** A clock tests move by hand. */
export class FakeClock {
  constructor(public current: Date) {}
  now(): Date { return new Date(this.current); }
  advance(ms: number): void { this.current = new Date(this.current.getTime() + ms); }
  set(iso: string): void { this.current = new Date(iso); }
}

/** `n` words of plausible body text in paragraphs. */
export function longBody(n = 180): string {
  const words = 'Sáng Chủ nhật đoàn viên thanh niên phường phối hợp các khu phố ra quân thu gom rác thải làm sạch kênh rạch trồng cây xanh'.split(' ');
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(words[i % words.length]!);
  const paragraphs: string[] = [];
  for (let i = 0; i < out.length; i += 40) paragraphs.push(`<p>${out.slice(i, i + 40).join(' ')}.</p>`);
  return paragraphs.join('');
}

/** A news form that passes the default quality gate once `coverId` is a sharp photo of ≥ 1200 px. */
export function goodNews(sectionId: number, coverId: number | null, over: Partial<ContentForm> = {}): ContentForm {
  return emptyContentForm({
    title: 'Phường ra quân làm sạch kênh rạch', section_id: String(sectionId), author_name: 'Minh Thư',
    summary: 'Hơn 200 đoàn viên tham gia thu gom rác dọc kênh.', body_html: longBody(), genre: 'news',
    cover_media_id: coverId === null ? '' : String(coverId), cover_caption: 'Đoàn viên thu gom rác ven kênh.',
    cover_alt: 'Đoàn viên thu gom rác ven kênh', ...over,
  });
}

/** A PNG photo; `blur` (sigma) makes it fail the sharpness check. */
export async function photoBytes(opts: { width?: number; height?: number; blur?: number } = {}): Promise<Buffer> {
  const png = await testPhoto(opts.width ?? 1600, opts.height ?? 1000);
  return opts.blur ? sharp(png).blur(opts.blur).png().toBuffer() : png;
}

/** Uploads a photo through the real command (so its sharpness is measured); returns the media id. */
export async function uploadPhoto(db: Kysely<DB>, actor: Actor, siteId: number, mediaDir: string, opts: { width?: number; blur?: number } = {}): Promise<number> {
  const { id } = await uploadImage({ db, actor, clock: { now: () => new Date() }, storage: { mediaDir, maxBytes: 20 * 1024 * 1024 } }, {
    siteId, data: await photoBytes(opts), originalName: 'anh.png', alt: 'Ảnh thử', caption: 'Ảnh thử',
  });
  return id;
}

/** A user with roles, as an Actor. */
export async function actorWith(db: Kysely<DB>, roles: { siteId: number; role: Role; unitId?: number | null }[], username?: string): Promise<Actor> {
  const u = await buildUser(db, { roles, ...(username ? { username } : {}) });
  const row = await db.selectFrom('users').selectAll().where('id', '=', u.id).executeTakeFirstOrThrow();
  return loadActor(db, row);
}

/** A browser-like multipart POST: fields, then at most one file; the CSRF token in the query. */
export async function postMultipart(b: Browser, url: string, fields: Record<string, string>,
  file?: { field: string; filename: string; type: string; data: Buffer }): Promise<LightMyRequestResponse> {
  const boundary = `----cttdt${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = Object.entries(fields).map(([k, v]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  if (file) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.filename}"\r\nContent-Type: ${file.type}\r\n\r\n`), file.data, Buffer.from('\r\n'));
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  const res = await b.app.inject({
    method: 'POST', url: `${url}?_csrf=${encodeURIComponent(b.csrf)}`, payload: Buffer.concat(parts),
    headers: { host: b.host, 'content-type': `multipart/form-data; boundary=${boundary}`, cookie: [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
  });
  const setCookie = res.headers['set-cookie'];
  for (const c of Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []) {
    const [pair] = c.split(';');
    const i = pair!.indexOf('=');
    b.cookies.set(pair!.slice(0, i), pair!.slice(i + 1));
  }
  return res;
}

/** Form fields of a ContentForm for a multipart POST. */
export function formFields(form: ContentForm, extra: Record<string, string> = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(form)) out[k] = typeof v === 'boolean' ? (v ? '1' : '') : v;
  return { ...out, ...extra };
}

/**
 * A logged-in Browser without going through the (rate-limited) login form: the session is started
 * directly, then the browser picks up the CSRF token like after a real login. The login form has its own tests.
 */
export async function sessionBrowser(app: FastifyInstance, db: Kysely<DB>, username: string): Promise<Browser> {
  const user = await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow();
  const { token } = await startSession(db, app.ctx.clock, user.id);
  const b = new BrowserClass(app);
  b.cookies.set(SESSION_COOKIE, token);
  await b.get('/quan-tri/thong-bao');
  if (!b.csrf) throw new Error(`no session for ${username}`);
  return b;
}
