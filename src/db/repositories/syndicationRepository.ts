/**
 * Ward → parent syndication rows. Reads are scoped by the side asking: the ward (source site) sees
 * its proposals, the parent (target site) sees what was proposed to it.
 */
import type { Insertable, Kysely, Updateable } from 'kysely';
import type { DB, SyndicationRow, SyndicationsTable } from '../schema.ts';

export async function insertSyndication(db: Kysely<DB>, row: Insertable<SyndicationsTable>): Promise<number> {
  return (await db.insertInto('syndications').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

/** The latest syndication of a ward item (as its source site sees it). */
export function findBySource(db: Kysely<DB>, sourceSiteId: number, contentId: number): Promise<SyndicationRow | undefined> {
  return db.selectFrom('syndications').selectAll().where('source_site_id', '=', sourceSiteId)
    .where('source_content_id', '=', contentId).orderBy('id', 'desc').executeTakeFirst();
}

/** The syndication that produced a parent copy (as the target site sees it). */
export function findByTargetContent(db: Kysely<DB>, targetSiteId: number, contentId: number): Promise<SyndicationRow | undefined> {
  return db.selectFrom('syndications').selectAll().where('target_site_id', '=', targetSiteId)
    .where('target_content_id', '=', contentId).orderBy('id', 'desc').executeTakeFirst();
}

/** One syndication addressed to `targetSiteId`. */
export function findForTarget(db: Kysely<DB>, targetSiteId: number, id: number): Promise<SyndicationRow | undefined> {
  return db.selectFrom('syndications').selectAll().where('target_site_id', '=', targetSiteId).where('id', '=', id).executeTakeFirst();
}

/** Updates a syndication only while it is in `expectedStatus` (the portable race guard). */
export async function updateSyndicationIf(db: Kysely<DB>, id: number, expectedStatus: string, patch: Updateable<SyndicationsTable>): Promise<boolean> {
  const r = await db.updateTable('syndications').set(patch).where('id', '=', id).where('status', '=', expectedStatus).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Accepted syndications of a ward item (to offer its corrections to the parent). */
export function acceptedOfSource(db: Kysely<DB>, sourceSiteId: number, contentId: number): Promise<SyndicationRow[]> {
  return db.selectFrom('syndications').selectAll().where('source_site_id', '=', sourceSiteId)
    .where('source_content_id', '=', contentId).where('status', '=', 'accepted').execute();
}

/** What was proposed to a parent site, open proposals and offered corrections first, with titles and ward names. */
export function listForTarget(db: Kysely<DB>, targetSiteId: number, limit: number) {
  return db.selectFrom('syndications')
    .innerJoin('contents as src', 'src.id', 'syndications.source_content_id')
    .innerJoin('sites', 'sites.id', 'syndications.source_site_id')
    .leftJoin('users', 'users.id', 'syndications.proposed_by')
    .leftJoin('contents as copy', 'copy.id', 'syndications.target_content_id')
    .leftJoin('sections as src_section', 'src_section.id', 'src.section_id')
    .select(['src.slug as source_slug', 'src.kind as source_kind', 'src_section.slug as source_section_slug', 'syndications.id', 'syndications.status', 'syndications.note', 'syndications.reason', 'syndications.proposed_at',
      'syndications.decided_at', 'syndications.source_revision', 'syndications.offered_revision', 'syndications.offered_at',
      'syndications.source_content_id', 'syndications.target_content_id', 'src.title', 'src.status as source_status',
      'src.revision as source_current_revision', 'sites.name as ward_name', 'sites.id as ward_id', 'users.full_name as proposer_name',
      'copy.status as copy_status', 'copy.title as copy_title'])
    .where('syndications.target_site_id', '=', targetSiteId)
    .orderBy((eb) => eb.case().when('syndications.status', '=', 'proposed').then(0)
      .when('syndications.offered_revision', 'is not', null).then(1).else(2).end())
    .orderBy('syndications.id', 'desc').limit(limit).execute();
}

/** The ward original of a parent copy, seen from the parent site (for the canonical link and the credit line). */
export function findOriginOfCopy(db: Kysely<DB>, targetSiteId: number, copyContentId: number) {
  return db.selectFrom('syndications')
    .innerJoin('contents', 'contents.id', 'syndications.source_content_id')
    .innerJoin('sites', 'sites.id', 'contents.site_id')
    .leftJoin('sections', 'sections.id', 'contents.section_id')
    .select(['contents.id', 'contents.kind', 'contents.slug', 'contents.status', 'contents.site_id', 'sites.name as site_name',
      'sections.slug as section_slug'])
    .where('syndications.target_site_id', '=', targetSiteId).where('syndications.target_content_id', '=', copyContentId)
    .orderBy('syndications.id', 'desc').executeTakeFirst();
}
