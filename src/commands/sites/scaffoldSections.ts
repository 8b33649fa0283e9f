import type { Kysely } from 'kysely';
import { defaultSectionsFor } from '../../core/sites/defaultSections.ts';
import type { SiteLevel } from '../../core/types.ts';
import { insertSection } from '../../db/repositories/sectionRepository.ts';
import type { DB } from '../../db/schema.ts';

/**
 * Writes the legally required default sections of a new site (core/sites/defaultSections.ts), parents
 * before children. Call inside the transaction that creates the site. Returns the new section ids by slug.
 */
export async function scaffoldSections(trx: Kysely<DB>, siteId: number, level: SiteLevel, now: string): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const s of defaultSectionsFor(level)) {
    const parentId = s.parentSlug === null ? null : ids.get(s.parentSlug) ?? null;
    const id = await insertSection(trx, {
      site_id: siteId, parent_id: parentId, slug: s.slug, name: s.name, kind: s.kind, description: s.description,
      legal_basis: s.legalBasis, external_url: s.kind === 'link' ? s.externalUrl : null,
      in_menu: s.inMenu ? 1 : 0, on_home: s.onHome ? 1 : 0, sort_order: s.sortOrder, created_at: now, updated_at: now,
    });
    ids.set(s.slug, id);
  }
  return ids;
}
