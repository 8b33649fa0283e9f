/**
 * Factories: rows with sensible defaults and explicit overrides. Each test builds what it needs.
 */
import type { Kysely } from 'kysely';
import { hashPassword } from '../../src/commands/auth/passwords.ts';
import type { Role } from '../../src/core/policies/grants.ts';
import type { ContentsTable, DB, SectionsTable, SitesTable, UnitsTable } from '../../src/db/schema.ts';
import type { Insertable } from 'kysely';
import { foldDiacritics } from '../../src/core/text/vietnamese.ts';

const NOW = '2026-01-05T01:30:00.000Z';
let counter = 0;
const next = () => ++counter;

export async function buildSite(db: Kysely<DB>, over: Partial<Insertable<SitesTable>> = {}): Promise<number> {
  const n = next();
  const row = await db.insertInto('sites').values({
    slug: `site-${n}`, name: `Phường Thử ${n}`, full_name: `Ủy ban nhân dân phường Thử ${n}`, level: 'ward', parent_id: null,
    host: null, logo_media_id: null, owner_agency: 'Ủy ban nhân dân thành phố Thử', responsible_person: 'Nguyễn Văn An',
    address: '01 Đường Trần Hưng Đạo', phone: '0276 3822 111', email: `phuong${n}@thu.gov.vn`, license_info: '',
    description: '', settings: '{}', sort_order: n, created_at: NOW, updated_at: NOW, ...over,
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function buildSection(db: Kysely<DB>, siteId: number, over: Partial<Insertable<SectionsTable>> = {}): Promise<number> {
  const n = next();
  return (await db.insertInto('sections').values({
    site_id: siteId, parent_id: null, slug: `chuyen-muc-${n}`, name: `Chuyên mục ${n}`, kind: 'news', description: '',
    legal_basis: '', external_url: null, in_menu: 1, on_home: 1, sort_order: n, created_at: NOW, updated_at: NOW, ...over,
  }).returning('id').executeTakeFirstOrThrow()).id;
}

export async function buildUnit(db: Kysely<DB>, siteId: number, over: Partial<Insertable<UnitsTable>> = {}): Promise<number> {
  const n = next();
  return (await db.insertInto('units').values({
    site_id: siteId, name: `Phòng Thử ${n}`, kind: 'office', leader_name: 'Trần Thị Bình', leader_title: 'Trưởng phòng',
    phone: '', email: '', address: '', sort_order: n, created_at: NOW, updated_at: NOW, ...over,
  }).returning('id').executeTakeFirstOrThrow()).id;
}

export async function buildContent(db: Kysely<DB>, siteId: number, over: Partial<Insertable<ContentsTable>> = {}): Promise<number> {
  const n = next();
  const title = over.title ?? `Tin thử số ${n}`;
  const summary = over.summary ?? 'Tóm tắt tin thử.';
  return (await db.insertInto('contents').values({
    site_id: siteId, kind: 'news', section_id: null, unit_id: null, slug: `tin-thu-${n}`, title,
    summary, body_html: '<p>Nội dung tin thử.</p>', search_text: foldDiacritics(`${title} ${summary}`), status: 'published',
    published_at: NOW, created_by: null, updated_by: null, created_at: NOW, updated_at: NOW, cover_media_id: null,
    origin_content_id: null, ...over,
  }).returning('id').executeTakeFirstOrThrow()).id;
}

let cachedHash: string | null = null;
export const TEST_PASSWORD = 'mat-khau-thu-123';

/** A user with roles; `platformAdmin` for the installation administrator. */
export async function buildUser(
  db: Kysely<DB>,
  opts: { username?: string; platformAdmin?: boolean; roles?: { siteId: number; role: Role; unitId?: number | null }[] } = {},
): Promise<{ id: number; username: string }> {
  cachedHash ??= await hashPassword(TEST_PASSWORD);
  const username = opts.username ?? `nguoidung${next()}`;
  const id = (await db.insertInto('users').values({
    username, email: `${username}@thu.gov.vn`, full_name: `Người Dùng ${username}`, password_hash: cachedHash,
    is_platform_admin: opts.platformAdmin ? 1 : 0, is_disabled: 0, created_at: NOW, updated_at: NOW,
  }).returning('id').executeTakeFirstOrThrow()).id;
  for (const r of opts.roles ?? []) {
    await db.insertInto('user_roles').values({ user_id: id, site_id: r.siteId, unit_id: r.unitId ?? null, role: r.role, created_at: NOW }).execute();
  }
  return { id, username };
}
