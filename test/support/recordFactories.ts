/**
 * Factories for structured content (documents, files, officials, schedule, disclosures) and a helper that
 * builds a ward or city meeting every rule of the shipped packs as of a given instant, so a test can plant
 * exactly the gaps it wants to see reported.
 */
import type { Insertable, Kysely } from 'kysely';
import { scaffoldSections } from '../../src/commands/sites/scaffoldSections.ts';
import { completePeriods } from '../../src/core/compliance/evaluate.ts';
import type { SiteLevel } from '../../src/core/types.ts';
import type {
  DB, DisclosuresTable, DocumentsTable, OfficialsTable, ScheduleEntriesTable,
} from '../../src/db/schema.ts';
import { buildContent, buildSite } from './factories.ts';

const DAY = 86_400_000;
let counter = 0;
const next = () => ++counter;

export async function buildDocument(db: Kysely<DB>, siteId: number, over: Partial<Insertable<DocumentsTable>> = {}): Promise<number> {
  const n = next();
  const at = over.published_at ?? '2026-01-05T03:00:00.000Z';
  return (await db.insertInto('documents').values({
    site_id: siteId, section_id: null, number_symbol: `${n}/QĐ-UBND`, doc_type: 'quyet-dinh', issuing_body: 'Ủy ban nhân dân phường Thử',
    signer: 'Nguyễn Văn An', issued_on: at.slice(0, 10), effective_on: at.slice(0, 10), abstract: `Quyết định thử số ${n} về việc ban hành quy chế`,
    field: 'hanh-chinh', validity: 'in_force', is_normative: 0, is_own: 1, replaces_id: null, amends_id: null, show_on_parent: 0,
    search_text: `${n}/qd-ubnd quyet dinh thu so ${n}`, status: 'published', published_at: at, created_by: null, updated_by: null,
    created_at: at, updated_at: at, ...over,
  }).returning('id').executeTakeFirstOrThrow()).id;
}

export async function buildDocumentFile(db: Kysely<DB>, siteId: number, documentId: number, createdAt = '2026-01-01T00:00:00.000Z'): Promise<number> {
  return (await db.insertInto('document_files').values({
    document_id: documentId, site_id: siteId, kind: 'pdf', mime: 'application/pdf', original_name: 'van-ban.pdf', bytes: 100,
    sha256: '0'.repeat(64), storage_key: `thu/${next()}.pdf`, created_by: null, created_at: createdAt,
  }).returning('id').executeTakeFirstOrThrow()).id;
}

export async function buildOfficial(db: Kysely<DB>, siteId: number, over: Partial<Insertable<OfficialsTable>> = {}): Promise<number> {
  const n = next();
  return (await db.insertInto('officials').values({
    site_id: siteId, unit_id: null, full_name: `Trần Văn Cán Bộ ${n}`, position: 'Chủ tịch UBND phường', position_en: 'Chairman',
    phone: '0276 3822 000', email: `canbo${n}@thu.gov.vn`, duties: '', is_leader: 1, is_spokesperson: 0, is_focal_point: 0, focal_topic: '',
    appointed_on: null, sort_order: n, created_by: null, updated_by: null, created_at: '2026-01-01T00:00:00.000Z', updated_at: '2026-01-01T00:00:00.000Z', ...over,
  }).returning('id').executeTakeFirstOrThrow()).id;
}

export async function buildScheduleEntry(db: Kysely<DB>, siteId: number, over: Partial<Insertable<ScheduleEntriesTable>> = {}): Promise<number> {
  const at = over.created_at ?? '2026-01-01T00:00:00.000Z';
  return (await db.insertInto('schedule_entries').values({
    site_id: siteId, official_id: null, starts_at: '2026-01-05T01:00:00.000Z', ends_at: null, location: 'Hội trường UBND',
    content: `Họp giao ban số ${next()}`, chair: 'Chủ tịch UBND', participants: 'Các ban ngành', changed_at: null, created_by: null, updated_by: null,
    created_at: at, updated_at: at, ...over,
  }).returning('id').executeTakeFirstOrThrow()).id;
}

export async function buildDisclosure(db: Kysely<DB>, siteId: number, category: string, over: Partial<Insertable<DisclosuresTable>> = {}): Promise<number> {
  const at = over.published_at ?? '2026-01-05T03:00:00.000Z';
  return (await db.insertInto('disclosures').values({
    site_id: siteId, category, title: `Công khai thử ${next()}`, url: category === 'procedures' ? 'https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc.html?ma=1.001' : '',
    document_id: null, period_year: null, period_number: null, decided_on: null, status: 'published', published_at: at, created_by: null, updated_by: null,
    created_at: at, updated_at: at, ...over,
  }).returning('id').executeTakeFirstOrThrow()).id;
}

const iso = (t: number) => new Date(t).toISOString();

/**
 * A site with its default sections and everything the packs require, all fresh as of `asOf`:
 * recent news, pages, documents with files posted the day they were issued, this week's schedule, leaders,
 * a spokesperson and a focal point with full contacts, disclosures in every required period.
 */
export async function buildCompliantSite(
  db: Kysely<DB>,
  opts: { asOf: string; level?: SiteLevel; parentId?: number | null; slug?: string },
): Promise<{ siteId: number; sections: Map<string, number> }> {
  const level = opts.level ?? 'ward';
  const now = Date.parse(opts.asOf);
  const setup = iso(now - 400 * DAY);
  const siteId = await buildSite(db, {
    level, parent_id: level === 'city' ? null : opts.parentId ?? null, host: `${opts.slug ?? `cong-${next()}`}.thu.gov.vn`,
    created_at: setup, updated_at: setup, ...(opts.slug ? { slug: opts.slug } : {}),
  });
  const sections = await scaffoldSections(db, siteId, level, setup);
  const recent = iso(now - 2 * DAY);
  const id = (slug: string) => sections.get(slug)!;
  for (const slug of ['tin-tuc-su-kien', 'pho-bien-giao-duc-phap-luat', 'y-kien-chi-dao']) {
    await buildContent(db, siteId, { section_id: id(slug), published_at: recent, created_at: recent, updated_at: recent });
  }
  for (const slug of ['gioi-thieu', ...(level === 'city' ? ['english'] : [])]) {
    await buildContent(db, siteId, { kind: 'page', section_id: id(slug), published_at: setup, created_at: setup, updated_at: setup });
  }
  const doc = await buildDocument(db, siteId, { section_id: id('van-ban'), issued_on: recent.slice(0, 10), effective_on: recent.slice(0, 10), published_at: recent, created_at: recent, updated_at: recent });
  await buildDocumentFile(db, siteId, doc, recent);
  const leader = await buildOfficial(db, siteId, { is_leader: 1, is_spokesperson: 1, created_at: setup, updated_at: setup });
  await buildOfficial(db, siteId, { is_leader: 0, is_focal_point: 1, position: 'Công chức Văn phòng – Thống kê', focal_topic: 'Tiếp cận thông tin', created_at: setup, updated_at: setup });
  await buildScheduleEntry(db, siteId, { official_id: leader, starts_at: recent, created_at: recent, updated_at: recent });
  for (const category of ['procedures', 'plans', 'investment', 'access_info', 'social', 'statistics']) {
    await buildDisclosure(db, siteId, category, { published_at: recent, created_at: recent, updated_at: recent });
  }
  // One item in the middle of each recent complete quarter and month, for the per-period rules.
  for (const p of [...completePeriods(opts.asOf, 'quarter', 2), ...completePeriods(opts.asOf, 'month', 1)]) {
    const mid = iso((Date.parse(p.startIso) + Date.parse(p.endIso)) / 2);
    for (const category of ['budget', 'grassroots', 'press']) {
      await buildDisclosure(db, siteId, category, { published_at: mid, created_at: mid, updated_at: mid });
    }
  }
  return { siteId, sections };
}
