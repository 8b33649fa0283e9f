/**
 * The one query module of the compliance audit: everything the checks need to know about one site, as of
 * an instant, read in a handful of queries and shaped as ComplianceFacts (core/compliance/types.ts). The
 * checks themselves are pure and never touch the database.
 *
 * "As of" means: only what had been published (or created) by then counts, so an audit can be re-run for a
 * past date (the demo builds its score history that way).
 */
import type { Kysely } from 'kysely';
import type { ComplianceFacts, SectionFact } from '../../core/compliance/types.ts';
import { isDisclosureCategory } from '../../core/records/disclosures.ts';
import type { SiteLevel } from '../../core/types.ts';
import type { DB } from '../schema.ts';

export async function gatherComplianceFacts(db: Kysely<DB>, siteId: number, asOf: string): Promise<ComplianceFacts> {
  const site = await db.selectFrom('sites').selectAll().where('id', '=', siteId).executeTakeFirstOrThrow();
  const [sections, contents, documents, files, officials, schedule, disclosures] = await Promise.all([
    db.selectFrom('sections').select(['id', 'slug', 'name', 'kind', 'parent_id']).where('site_id', '=', siteId).orderBy('sort_order').orderBy('id').execute(),
    db.selectFrom('contents').select(['section_id', 'published_at']).where('site_id', '=', siteId)
      .where('status', '=', 'published').where('section_id', 'is not', null).where('published_at', '<=', asOf).execute(),
    db.selectFrom('documents').selectAll().where('site_id', '=', siteId).where('status', '=', 'published').where('published_at', '<=', asOf).execute(),
    db.selectFrom('document_files').select(['document_id']).where('site_id', '=', siteId).where('created_at', '<=', asOf).execute(),
    db.selectFrom('officials').selectAll().where('site_id', '=', siteId).where('created_at', '<=', asOf).execute(),
    db.selectFrom('schedule_entries').select(['created_at', 'updated_at']).where('site_id', '=', siteId).where('created_at', '<=', asOf).execute(),
    db.selectFrom('disclosures').select(['category', 'published_at']).where('site_id', '=', siteId)
      .where('status', '=', 'published').where('published_at', '<=', asOf).execute(),
  ]);

  const items = new Map<number, string[]>(sections.map((s) => [s.id, []]));
  const add = (sectionId: number | null | undefined, at: string) => {
    if (sectionId !== null && sectionId !== undefined) items.get(sectionId)?.push(at);
  };
  const ofKind = (kind: string) => sections.filter((s) => s.kind === kind);
  for (const c of contents) add(c.section_id, c.published_at!);
  // Documents without a section belong to the top documents section.
  const rootDocuments = ofKind('documents').find((s) => !sections.some((p) => p.id === s.parent_id && p.kind === 'documents'));
  for (const d of documents) add(d.section_id !== null && items.has(d.section_id) ? d.section_id : rootDocuments?.id, d.published_at!);
  for (const e of schedule) {
    const at = e.updated_at <= asOf ? e.updated_at : e.created_at;
    for (const s of ofKind('schedule')) add(s.id, at);
  }
  for (const o of officials) {
    const at = o.updated_at <= asOf ? o.updated_at : o.created_at;
    for (const s of ofKind('directory')) add(s.id, at);
  }
  for (const d of disclosures) {
    if (!isDisclosureCategory(d.category) || d.category === 'social') continue;
    for (const s of ofKind(d.category)) add(s.id, d.published_at!);
  }

  const fileCount = new Map<number, number>();
  for (const f of files) fileCount.set(f.document_id, (fileCount.get(f.document_id) ?? 0) + 1);

  const sectionFacts: SectionFact[] = sections.map((s) => ({
    id: s.id, slug: s.slug, name: s.name, kind: s.kind, parentId: s.parent_id, items: items.get(s.id) ?? [],
  }));
  return {
    asOf,
    site: {
      id: site.id, level: site.level as SiteLevel, host: site.host, ownerAgency: site.owner_agency,
      responsiblePerson: site.responsible_person, address: site.address, phone: site.phone, email: site.email,
    },
    sections: sectionFacts,
    documents: documents.map((d) => ({
      id: d.id, numberSymbol: d.number_symbol, docType: d.doc_type, issuingBody: d.issuing_body, signer: d.signer,
      issuedOn: d.issued_on, effectiveOn: d.effective_on, abstract: d.abstract, isOwn: d.is_own === 1,
      publishedAt: d.published_at!, fileCount: fileCount.get(d.id) ?? 0,
    })),
    officials: officials.map((o) => ({
      id: o.id, name: o.full_name, position: o.position, phone: o.phone, email: o.email,
      isLeader: o.is_leader === 1, isSpokesperson: o.is_spokesperson === 1, isFocalPoint: o.is_focal_point === 1,
    })),
    socialAccounts: disclosures.filter((d) => d.category === 'social').length,
  };
}
