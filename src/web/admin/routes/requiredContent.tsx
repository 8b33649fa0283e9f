/** The editors' overview of legally required sections and their empty-state hints (records.manage). */
import type { FastifyInstance } from 'fastify';
import { sectionFixPath } from '../../../core/compliance/evaluate.ts';
import { compareVietnamese } from '../../../core/text/vietnamese.ts';
import { flattenTree } from '../../../core/tree/tree.ts';
import { gatherComplianceFacts } from '../../../db/queries/complianceFacts.ts';
import { listSections } from '../../../db/repositories/sectionRepository.ts';
import { adminFrame } from '../frame.ts';
import { idParam, sendPage } from '../formSupport.ts';
import { hintFor } from '../recordHints.ts';
import { type RequiredSectionRow, RequiredContentPage } from '../views/RequiredContentView.tsx';

export async function requiredContentRoutes(app: FastifyInstance): Promise<void> {
  const ctx = app.ctx;
  app.get<{ Params: { siteId: string } }>('/cong/:siteId/thong-tin-bat-buoc', { config: { permission: 'records.manage' } }, async (req, reply) => {
    const frame = await adminFrame(ctx, req, reply, idParam(req.params.siteId));
    const site = frame.site!;
    const [sections, facts] = await Promise.all([listSections(ctx.db, site.id), gatherComplianceFacts(ctx.db, site.id, ctx.clock.now().toISOString())]);
    const own = new Map(facts.sections.map((s) => [s.id, s.items]));
    const subtree = (id: number): string[] => [...(own.get(id) ?? []), ...sections.filter((s) => s.parent_id === id).flatMap((c) => subtree(c.id))];
    const tree = flattenTree(sections, (s) => ({ id: s.id, parentId: s.parent_id }), (a, b) => a.sort_order - b.sort_order || compareVietnamese(a.name, b.name));
    const rows: RequiredSectionRow[] = tree.map(({ item: s, depth }) => {
      const items = subtree(s.id);
      const fallback = hintFor(site, sections, s.kind);
      return {
        id: s.id, name: s.name, depth, kind: s.kind, items: items.length, latest: items.sort().at(-1) ?? null,
        description: s.description || fallback.description, legalBasis: s.legal_basis || fallback.legalBasis,
        manageHref: `/quan-tri/cong/${site.id}${s.kind === 'link' ? `/chuyen-muc/${s.id}` : sectionFixPath(s.kind)}`,
      };
    });
    return sendPage(reply, <RequiredContentPage frame={frame} site={site} rows={rows} />);
  });
}
