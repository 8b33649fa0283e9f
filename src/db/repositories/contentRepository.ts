/**
 * Contents (news items and static pages). Every function takes the site id: an unscoped read is
 * not expressible. Public listings use keyset pagination on (published_at, id) so that a deep page
 * costs what the first does.
 */
import { type Insertable, type Kysely, type Updateable, sql } from 'kysely';
import type { ContentRevisionsTable, ContentRow, ContentStatusesTable, ContentsTable, DB } from '../schema.ts';

export interface ListingCursor {
  publishedAt: string;
  id: number;
}

export function findContent(db: Kysely<DB>, siteId: number, id: number): Promise<ContentRow | undefined> {
  return db.selectFrom('contents').selectAll().where('site_id', '=', siteId).where('id', '=', id).executeTakeFirst();
}

export function findPublishedBySlug(db: Kysely<DB>, siteId: number, kind: string, slug: string): Promise<ContentRow | undefined> {
  return db.selectFrom('contents').selectAll()
    .where('site_id', '=', siteId).where('kind', '=', kind).where('slug', '=', slug).where('status', '=', 'published')
    .executeTakeFirst();
}

export async function slugTaken(db: Kysely<DB>, siteId: number, kind: string, slug: string, exceptId?: number): Promise<boolean> {
  let q = db.selectFrom('contents').select('id').where('site_id', '=', siteId).where('kind', '=', kind).where('slug', '=', slug);
  if (exceptId !== undefined) q = q.where('id', '!=', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

export interface PublishedNewsOptions {
  sectionIds?: number[];
  limit: number;
  after?: ListingCursor | undefined;
  featured?: boolean;
  excludeId?: number;
}

/** What a card, a listing and a keyset cursor need: not the body nor its folded search copy (most of a row's bytes). */
export const CARD_COLUMNS = [
  'id', 'site_id', 'kind', 'section_id', 'slug', 'title', 'summary', 'published_at', 'updated_at', 'cover_media_id', 'cover_alt', 'is_featured',
] as const;
export type CardRow = Pick<ContentRow, (typeof CARD_COLUMNS)[number]>;

function publishedNews(db: Kysely<DB>, siteIds: number | readonly number[], opts: PublishedNewsOptions) {
  let q = db.selectFrom('contents')
    .where('site_id', 'in', typeof siteIds === 'number' ? [siteIds] : [...siteIds])
    .where('kind', '=', 'news').where('status', '=', 'published');
  if (opts.sectionIds !== undefined) q = q.where('section_id', 'in', opts.sectionIds.length ? opts.sectionIds : [-1]);
  if (opts.featured) q = q.where('is_featured', '=', 1);
  if (opts.excludeId !== undefined) q = q.where('id', '!=', opts.excludeId);
  const after = opts.after;
  if (after) {
    // A row-value comparison, not `published_at < x OR (published_at = x AND id < y)`: PostgreSQL takes only the row
    // value as a bound of the index range; with the OR it walked every newer item (page 500: 23 ms instead of 0.1 ms).
    q = q.where((eb) => eb(eb.refTuple('published_at', 'id'), '<', eb.tuple(after.publishedAt, after.id)));
  }
  return q.orderBy('published_at', 'desc').orderBy('id', 'desc').limit(opts.limit);
}

/** Newest published news of one or more sites (optionally of some sections), after `cursor` (keyset): whole rows. */
export function listPublishedNews(db: Kysely<DB>, siteIds: number | readonly number[], opts: PublishedNewsOptions): Promise<ContentRow[]> {
  return publishedNews(db, siteIds, opts).selectAll().execute();
}

/**
 * The same, card columns only: listings and home blocks. Across many sites (the parent portal's block of its wards'
 * news) the index contents_kind_pub_idx lets the database walk the newest items and stop after `limit`.
 */
export function listPublishedCards(db: Kysely<DB>, siteIds: number | readonly number[], opts: PublishedNewsOptions): Promise<CardRow[]> {
  return publishedNews(db, siteIds, opts).select(CARD_COLUMNS).execute();
}

/**
 * Several card listings of one site in one statement (the home page's featured block and a block per section): a
 * UNION ALL of the ordered, limited listings, each walking its index and stopping at its limit. One round trip
 * instead of one per block; groups come back in the order given, each newest first.
 */
export async function listPublishedCardGroups(db: Kysely<DB>, siteId: number, groups: readonly PublishedNewsOptions[]): Promise<CardRow[][]> {
  if (groups.length === 0) return [];
  const arms = groups.map((g, i) => db.selectFrom(
    publishedNews(db, siteId, g).select(CARD_COLUMNS).select(sql<number>`${sql.lit(i)}`.as('grp')).as(`g${i}`),
  ).selectAll());
  let query = arms[0]!;
  for (const arm of arms.slice(1)) query = query.unionAll(arm);
  const out: CardRow[][] = groups.map(() => []);
  for (const { grp, ...row } of await query.execute()) out[Number(grp)]?.push(row);
  // UNION ALL keeps each arm's order on SQLite and PostgreSQL in practice, but SQL does not promise it.
  for (const rows of out) rows.sort((a, b) => (a.published_at === b.published_at ? b.id - a.id : (a.published_at ?? '') < (b.published_at ?? '') ? 1 : -1));
  return out;
}

export async function countPublishedNews(db: Kysely<DB>, siteId: number, sectionIds?: number[]): Promise<number> {
  let q = db.selectFrom('contents').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('site_id', '=', siteId).where('kind', '=', 'news').where('status', '=', 'published');
  if (sectionIds !== undefined) q = q.where('section_id', 'in', sectionIds.length ? sectionIds : [-1]);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

/** Published static pages of a site (optionally of a section), in menu order. */
export function listPublishedPages(db: Kysely<DB>, siteId: number, sectionId?: number): Promise<ContentRow[]> {
  let q = db.selectFrom('contents').selectAll().where('site_id', '=', siteId)
    .where('kind', '=', 'page').where('status', '=', 'published');
  if (sectionId !== undefined) q = q.where('section_id', '=', sectionId);
  return q.orderBy('sort_order').orderBy('id').execute();
}

/** Admin listing: every state, newest change first, optional filters. */
export function listForAdmin(
  db: Kysely<DB>,
  siteId: number,
  opts: { kind?: string; status?: string; query?: string; unitIds?: number[] | null; limit: number; offset: number },
): Promise<ContentRow[]> {
  let q = db.selectFrom('contents').selectAll().where('site_id', '=', siteId);
  if (opts.kind) q = q.where('kind', '=', opts.kind);
  if (opts.status) q = q.where('status', '=', opts.status);
  if (opts.query) q = q.where('search_text', 'like', `%${opts.query}%`);
  if (opts.unitIds) q = q.where('unit_id', 'in', opts.unitIds.length ? opts.unitIds : [-1]);
  return q.orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(opts.limit).offset(opts.offset).execute();
}

export async function insertContent(db: Kysely<DB>, row: Insertable<ContentsTable>): Promise<number> {
  return (await db.insertInto('contents').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateContent(db: Kysely<DB>, siteId: number, id: number, patch: Updateable<ContentsTable>): Promise<void> {
  await db.updateTable('contents').set(patch).where('site_id', '=', siteId).where('id', '=', id).execute();
}

export async function addViews(db: Kysely<DB>, siteId: number, id: number, n: number): Promise<void> {
  await db.updateTable('contents').set((eb) => ({ view_count: eb('view_count', '+', n) }))
    .where('site_id', '=', siteId).where('id', '=', id).execute();
}

/** Published news whose folded search text contains every folded word of the query. */
export function searchPublished(db: Kysely<DB>, siteId: number, foldedWords: string[], limit: number): Promise<ContentRow[]> {
  let q = db.selectFrom('contents').selectAll().where('site_id', '=', siteId).where('status', '=', 'published');
  for (const w of foldedWords) q = q.where('search_text', 'like', `%${w.replace(/[%_\\]/g, '')}%`);
  return q.orderBy('published_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

/** One published content of a site by id and kind (the open-data API addresses items by id). */
export function findPublishedById(db: Kysely<DB>, siteId: number, kind: string, id: number): Promise<ContentRow | undefined> {
  return db.selectFrom('contents').selectAll()
    .where('site_id', '=', siteId).where('id', '=', id).where('kind', '=', kind).where('status', '=', 'published')
    .executeTakeFirst();
}

export type SitemapContentRow = Pick<ContentRow, 'id' | 'kind' | 'slug' | 'section_id' | 'published_at' | 'updated_at'>;

/** Published news and pages of a site for the XML sitemap: only what a URL needs, newest first. */
export function listPublishedForSitemap(db: Kysely<DB>, siteId: number, limit: number): Promise<SitemapContentRow[]> {
  return db.selectFrom('contents').select(['id', 'kind', 'slug', 'section_id', 'published_at', 'updated_at'])
    .where('site_id', '=', siteId).where('status', '=', 'published')
    .orderBy('published_at', 'desc').orderBy('id', 'desc').limit(Math.max(0, limit)).execute();
}

/** Newest publication time of published news per section of a site (lastmod of section listings). */
export async function latestNewsBySection(db: Kysely<DB>, siteId: number): Promise<Map<number, string>> {
  const rows = await db.selectFrom('contents')
    .select(['section_id', (eb) => eb.fn.max('published_at').as('latest')])
    .where('site_id', '=', siteId).where('kind', '=', 'news').where('status', '=', 'published')
    .where('section_id', 'is not', null).groupBy('section_id').execute();
  const map = new Map<number, string>();
  for (const r of rows) if (r.section_id !== null && r.latest) map.set(r.section_id, String(r.latest));
  return map;
}

/** One row of the admin listing, with the names the table shows. */
export interface AdminContentRow {
  id: number;
  kind: string;
  slug: string;
  title: string;
  status: string;
  section_id: number | null;
  section_name: string | null;
  section_slug: string | null;
  unit_id: number | null;
  unit_name: string | null;
  author_name: string;
  created_by: number | null;
  creator_name: string | null;
  published_at: string | null;
  updated_at: string;
}

/** Filters of the admin listing. `visibleTo` limits it to some units' items plus one user's own. */
export interface AdminContentFilter {
  kind: string;
  status?: string | undefined;
  unitId?: number | undefined;
  /** Folded words, each of which the folded search text must contain. */
  words?: string[] | undefined;
  visibleTo?: { unitIds: number[]; userId: number } | null | undefined;
}

function adminContentQuery(db: Kysely<DB>, siteId: number, f: AdminContentFilter) {
  let q = db.selectFrom('contents').where('contents.site_id', '=', siteId).where('contents.kind', '=', f.kind);
  if (f.status) q = q.where('contents.status', '=', f.status);
  if (f.unitId !== undefined) q = q.where('contents.unit_id', '=', f.unitId);
  for (const w of f.words ?? []) {
    const safe = w.replace(/[%_\\]/g, '');
    if (safe) q = q.where('contents.search_text', 'like', `%${safe}%`);
  }
  const scope = f.visibleTo;
  if (scope) {
    q = q.where((eb) => eb.or([
      eb('contents.created_by', '=', scope.userId),
      ...(scope.unitIds.length ? [eb('contents.unit_id', 'in', scope.unitIds)] : []),
    ]));
  }
  return q;
}

/** Admin listing with section, unit and creator names; newest change first, offset paging. */
export function listContentsForAdmin(db: Kysely<DB>, siteId: number, f: AdminContentFilter & { limit: number; offset: number }): Promise<AdminContentRow[]> {
  return adminContentQuery(db, siteId, f)
    .leftJoin('sections', 'sections.id', 'contents.section_id')
    .leftJoin('units', 'units.id', 'contents.unit_id')
    .leftJoin('users', 'users.id', 'contents.created_by')
    .select([
      'contents.id', 'contents.kind', 'contents.slug', 'contents.title', 'contents.status', 'contents.section_id',
      'sections.name as section_name', 'sections.slug as section_slug', 'contents.unit_id', 'units.name as unit_name',
      'contents.author_name', 'contents.created_by', 'users.full_name as creator_name', 'contents.published_at', 'contents.updated_at',
    ])
    .orderBy('contents.updated_at', 'desc').orderBy('contents.id', 'desc')
    .limit(f.limit).offset(f.offset).execute();
}

export async function countContentsForAdmin(db: Kysely<DB>, siteId: number, f: AdminContentFilter): Promise<number> {
  const row = await adminContentQuery(db, siteId, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export function findContentOfKind(db: Kysely<DB>, siteId: number, kind: string, id: number): Promise<ContentRow | undefined> {
  return db.selectFrom('contents').selectAll().where('site_id', '=', siteId).where('kind', '=', kind).where('id', '=', id).executeTakeFirst();
}

/**
 * Updates a content only while it is still as the caller read it (same revision and/or status):
 * the portable guard against two people saving at once. Returns false when someone else got there first.
 */
export async function updateContentIf(
  db: Kysely<DB>,
  siteId: number,
  id: number,
  expected: { revision?: number; status?: string },
  patch: Updateable<ContentsTable>,
): Promise<boolean> {
  let q = db.updateTable('contents').set(patch).where('site_id', '=', siteId).where('id', '=', id);
  if (expected.revision !== undefined) q = q.where('revision', '=', expected.revision);
  if (expected.status !== undefined) q = q.where('status', '=', expected.status);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Appends an immutable revision snapshot. */
export async function insertContentRevision(db: Kysely<DB>, row: Insertable<ContentRevisionsTable>): Promise<void> {
  await db.insertInto('content_revisions').values(row).execute();
}

/** Appends an immutable status row (one per state change). */
export async function insertContentStatus(db: Kysely<DB>, row: Insertable<ContentStatusesTable>): Promise<void> {
  await db.insertInto('content_statuses').values(row).execute();
}

/** A content's state changes, oldest first, with who made them. */
export function listContentStatuses(db: Kysely<DB>, siteId: number, contentId: number) {
  return db.selectFrom('content_statuses')
    .innerJoin('contents', 'contents.id', 'content_statuses.content_id')
    .leftJoin('users', 'users.id', 'content_statuses.actor_id')
    .select(['content_statuses.id', 'content_statuses.from_status', 'content_statuses.to_status', 'content_statuses.event',
      'content_statuses.reason', 'content_statuses.created_at', 'users.full_name as actor_name'])
    .where('contents.site_id', '=', siteId).where('content_statuses.content_id', '=', contentId)
    .orderBy('content_statuses.id').execute();
}

/** A content's revisions, newest first, without their bodies. */
export function listContentRevisions(db: Kysely<DB>, siteId: number, contentId: number) {
  return db.selectFrom('content_revisions')
    .innerJoin('contents', 'contents.id', 'content_revisions.content_id')
    .leftJoin('users', 'users.id', 'content_revisions.created_by')
    .select(['content_revisions.id', 'content_revisions.revision', 'content_revisions.title', 'content_revisions.created_at',
      'users.full_name as author_name'])
    .where('contents.site_id', '=', siteId).where('content_revisions.content_id', '=', contentId)
    .orderBy('content_revisions.revision', 'desc').execute();
}
