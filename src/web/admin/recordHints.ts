/**
 * What belongs in a section or record type and on what legal basis, for the editors' empty-state hints: the
 * site's own section of that kind (editors may have refined its description), else the default section of
 * the level (core/sites/defaultSections.ts), else the disclosure category's description.
 */
import { DISCLOSURE_SPECS, isDisclosureCategory } from '../../core/records/disclosures.ts';
import { defaultSectionsFor } from '../../core/sites/defaultSections.ts';
import type { SiteLevel } from '../../core/types.ts';
import type { SectionRow, SiteRow } from '../../db/schema.ts';

export interface Hint {
  description: string;
  legalBasis: string;
}

export function hintFor(site: Pick<SiteRow, 'level'>, sections: readonly SectionRow[], kind: string): Hint {
  // The top-most section of the kind (e.g. "Văn bản" rather than its child "Văn bản quy phạm pháp luật").
  const ofKind = sections.filter((s) => s.kind === kind && s.description);
  const own = ofKind.find((s) => !ofKind.some((p) => p.id === s.parent_id)) ?? ofKind[0];
  if (own) return { description: own.description, legalBasis: own.legal_basis };
  const d = defaultSectionsFor(site.level as SiteLevel).find((s) => s.kind === kind);
  if (d) return { description: d.description, legalBasis: d.legalBasis };
  if (isDisclosureCategory(kind)) return { description: DISCLOSURE_SPECS[kind].description, legalBasis: DISCLOSURE_SPECS[kind].legalBasis };
  return { description: '', legalBasis: '' };
}
