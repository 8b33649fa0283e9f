/**
 * Legal and administrative documents and their files. Every function takes the site id (or a list of
 * site ids for the parent portal's shared listing); public reads only ever return published rows.
 */
import type { Insertable, Kysely, Updateable } from 'kysely';
import type { DB, DocumentFileRow, DocumentFilesTable, DocumentRow, DocumentsTable } from '../schema.ts';

export interface DocumentFilter {
  /** Section ids whose documents are listed; null = any section. */
  sectionIds?: number[] | null;
  /** Also list documents without a section (the site's root documents section). */
  includeUnsectioned?: boolean;
  docType?: string;
  /** Folded substring of the issuing body. */
  issuer?: string;
  year?: number;
  field?: string;
  validity?: string;
  /** Folded words that must all occur in the search text. */
  words?: string[];
}

export function findDocument(db: Kysely<DB>, siteId: number, id: number): Promise<DocumentRow | undefined> {
  return db.selectFrom('documents').selectAll().where('site_id', '=', siteId).where('id', '=', id).executeTakeFirst();
}

export function findPublishedDocument(db: Kysely<DB>, siteId: number, id: number): Promise<DocumentRow | undefined> {
  return db.selectFrom('documents').selectAll().where('site_id', '=', siteId).where('id', '=', id)
    .where('status', '=', 'published').executeTakeFirst();
}

/** Documents of a site by ids (for "replaces / amended by" links). */
export function documentsByIds(db: Kysely<DB>, siteId: number, ids: number[]): Promise<DocumentRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('documents').selectAll().where('site_id', '=', siteId).where('id', 'in', ids).execute();
}

/** Published documents that replace or amend `id` (the reverse links). */
export function documentsPointingTo(db: Kysely<DB>, siteId: number, id: number): Promise<DocumentRow[]> {
  return db.selectFrom('documents').selectAll().where('site_id', '=', siteId).where('status', '=', 'published')
    .where((eb) => eb.or([eb('replaces_id', '=', id), eb('amends_id', '=', id)])).orderBy('issued_on', 'desc').execute();
}

/**
 * Published documents of one site, or of a parent and the wards' documents shared with it (`sharedFrom`),
 * newest issue date first, with the filters of the public search form.
 */
export function listPublishedDocuments(
  db: Kysely<DB>,
  siteId: number,
  filter: DocumentFilter & { sharedFrom?: number[]; limit: number; offset: number },
): Promise<DocumentRow[]> {
  let q = db.selectFrom('documents').selectAll().where('status', '=', 'published');
  const shared = filter.sharedFrom ?? [];
  q = q.where((eb) => {
    const own = [eb('site_id', '=', siteId)];
    if (filter.sectionIds) {
      const inSections = eb('section_id', 'in', filter.sectionIds.length ? filter.sectionIds : [-1]);
      own.push(filter.includeUnsectioned ? eb.or([inSections, eb('section_id', 'is', null)]) : inSections);
    }
    const mine = eb.and(own);
    return shared.length ? eb.or([mine, eb.and([eb('site_id', 'in', shared), eb('show_on_parent', '=', 1)])]) : mine;
  });
  if (filter.docType) q = q.where('doc_type', '=', filter.docType);
  if (filter.field) q = q.where('field', '=', filter.field);
  if (filter.validity) q = q.where('validity', '=', filter.validity);
  if (filter.year) q = q.where('issued_on', '>=', `${filter.year}-01-01`).where('issued_on', '<=', `${filter.year}-12-31`);
  if (filter.issuer) q = q.where('search_text', 'like', `%${escapeLike(filter.issuer)}%`);
  for (const w of filter.words ?? []) q = q.where('search_text', 'like', `%${escapeLike(w)}%`);
  return q.orderBy('issued_on', 'desc').orderBy('id', 'desc').limit(filter.limit).offset(filter.offset).execute();
}

function escapeLike(w: string): string {
  return w.replace(/[%_\\]/g, '');
}

/** Distinct issuing bodies and issue years of a site's published documents (the filter choices). */
export async function documentFacets(db: Kysely<DB>, siteId: number): Promise<{ issuers: string[]; years: number[] }> {
  const rows = await db.selectFrom('documents').select(['issuing_body', 'issued_on'])
    .where('site_id', '=', siteId).where('status', '=', 'published').execute();
  const issuers = [...new Set(rows.map((r) => r.issuing_body).filter(Boolean))];
  const years = [...new Set(rows.flatMap((r) => (r.issued_on ? [Number(r.issued_on.slice(0, 4))] : [])))].sort((a, b) => b - a);
  return { issuers, years };
}

/** Admin listing: every state, newest change first. */
export function listDocumentsForAdmin(db: Kysely<DB>, siteId: number, opts: { words?: string[]; status?: string; limit: number; offset: number }): Promise<DocumentRow[]> {
  let q = db.selectFrom('documents').selectAll().where('site_id', '=', siteId);
  if (opts.status) q = q.where('status', '=', opts.status);
  for (const w of opts.words ?? []) q = q.where('search_text', 'like', `%${escapeLike(w)}%`);
  return q.orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(opts.limit).offset(opts.offset).execute();
}

export async function countDocuments(db: Kysely<DB>, siteId: number, status?: string): Promise<number> {
  let q = db.selectFrom('documents').select((eb) => eb.fn.countAll<number>().as('n')).where('site_id', '=', siteId);
  if (status) q = q.where('status', '=', status);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

export async function insertDocument(db: Kysely<DB>, row: Insertable<DocumentsTable>): Promise<number> {
  return (await db.insertInto('documents').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateDocument(db: Kysely<DB>, siteId: number, id: number, patch: Updateable<DocumentsTable>): Promise<void> {
  await db.updateTable('documents').set(patch).where('site_id', '=', siteId).where('id', '=', id).execute();
}

export function listDocumentFiles(db: Kysely<DB>, siteId: number, documentIds: number[]): Promise<DocumentFileRow[]> {
  if (documentIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('document_files').selectAll().where('site_id', '=', siteId).where('document_id', 'in', documentIds)
    .orderBy('id').execute();
}

export function findDocumentFile(db: Kysely<DB>, siteId: number, id: number): Promise<DocumentFileRow | undefined> {
  return db.selectFrom('document_files').selectAll().where('site_id', '=', siteId).where('id', '=', id).executeTakeFirst();
}

export async function insertDocumentFile(db: Kysely<DB>, row: Insertable<DocumentFilesTable>): Promise<number> {
  return (await db.insertInto('document_files').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function deleteDocumentFile(db: Kysely<DB>, siteId: number, id: number): Promise<void> {
  await db.deleteFrom('document_files').where('site_id', '=', siteId).where('id', '=', id).execute();
}
