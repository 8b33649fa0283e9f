/** Sections (menu) of a portal: the tree, add, edit (section.manage on the portal). */
import type { FastifyInstance } from 'fastify';
import { createSection } from '../../../commands/sections/createSection.ts';
import { updateSection } from '../../../commands/sections/updateSection.ts';
import { NotFoundError, ValidationError } from '../../../core/errors.ts';
import { compareVietnamese } from '../../../core/text/vietnamese.ts';
import { descendantsAndSelf, flattenTree } from '../../../core/tree/tree.ts';
import { listSections } from '../../../db/repositories/sectionRepository.ts';
import type { SectionRow } from '../../../db/schema.ts';
import { adminFrame, redirectWithFlash } from '../frame.ts';
import { type FormValues, checked, commandContext, idParam, optionalNumber, readForm, sendPage } from '../formSupport.ts';
import { SECTION_FIELDS, SectionFormPage, SectionListPage, emptySectionForm, sectionForm } from '../views/SectionViews.tsx';

type SiteParams = { Params: { siteId: string } };
type SectionParams = { Params: { siteId: string; sectionId: string } };

function sectionTree(sections: readonly SectionRow[]) {
  return flattenTree(sections, (s) => ({ id: s.id, parentId: s.parent_id }),
    (a, b) => a.sort_order - b.sort_order || compareVietnamese(a.name, b.name));
}

/** Sections that may become the parent of `selfId`: not link sections, not itself or anything below it. */
function parentChoices(sections: readonly SectionRow[], selfId?: number) {
  const excluded = selfId === undefined ? new Set<number>() : descendantsAndSelf(sections.map((s) => ({ id: s.id, parentId: s.parent_id })), selfId);
  return sectionTree(sections).filter(({ item }) => item.kind !== 'link' && !excluded.has(item.id));
}

function toInput(form: FormValues<(typeof SECTION_FIELDS)[number]>) {
  return {
    ...form, parentId: optionalNumber(form.parentId), sortOrder: optionalNumber(form.sortOrder),
    inMenu: checked(form.inMenu), onHome: checked(form.onHome),
  };
}

export async function sectionRoutes(app: FastifyInstance): Promise<void> {
  const ctx = app.ctx;
  const config = { permission: 'section.manage' as const };

  app.get<SiteParams>('/cong/:siteId/chuyen-muc', { config }, async (req, reply) => {
    const frame = await adminFrame(ctx, req, reply, idParam(req.params.siteId));
    const site = frame.site!;
    return sendPage(reply, <SectionListPage frame={frame} site={site} tree={sectionTree(await listSections(ctx.db, site.id))} />);
  });

  app.get<SiteParams & { Querystring: { cha?: string } }>('/cong/:siteId/chuyen-muc/moi', { config }, async (req, reply) => {
    const frame = await adminFrame(ctx, req, reply, idParam(req.params.siteId));
    const site = frame.site!;
    const sections = await listSections(ctx.db, site.id);
    const parent = sections.find((s) => String(s.id) === req.query.cha);
    const form = { ...emptySectionForm, parentId: parent ? String(parent.id) : '' };
    return sendPage(reply, <SectionFormPage frame={frame} site={site} form={form} errors={{}} parents={parentChoices(sections)} />);
  });

  app.post<SiteParams>('/cong/:siteId/chuyen-muc', { config }, async (req, reply) => {
    const siteId = idParam(req.params.siteId);
    const form = readForm(req.body, SECTION_FIELDS);
    try {
      await createSection(commandContext(ctx, req), { ...toInput(form), siteId });
      return redirectWithFlash(reply, `/quan-tri/cong/${siteId}/chuyen-muc`, `Đã thêm chuyên mục “${form.name.trim()}”.`);
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      const frame = await adminFrame(ctx, req, reply, siteId);
      const sections = await listSections(ctx.db, siteId);
      return sendPage(reply, <SectionFormPage frame={frame} site={frame.site!} form={form} errors={err.fieldErrors} parents={parentChoices(sections)} />, 422);
    }
  });

  app.get<SectionParams>('/cong/:siteId/chuyen-muc/:sectionId', { config }, async (req, reply) => {
    const frame = await adminFrame(ctx, req, reply, idParam(req.params.siteId));
    const site = frame.site!;
    const sections = await listSections(ctx.db, site.id);
    const section = sections.find((s) => s.id === idParam(req.params.sectionId));
    if (!section) throw new NotFoundError('Không tìm thấy chuyên mục này trên cổng.');
    return sendPage(reply, <SectionFormPage frame={frame} site={site} section={section} form={sectionForm(section)} errors={{}}
      parents={parentChoices(sections, section.id)} />);
  });

  app.post<SectionParams>('/cong/:siteId/chuyen-muc/:sectionId', { config }, async (req, reply) => {
    const siteId = idParam(req.params.siteId);
    const sectionId = idParam(req.params.sectionId);
    const form = readForm(req.body, SECTION_FIELDS);
    try {
      await updateSection(commandContext(ctx, req), { ...toInput(form), siteId, sectionId });
      return redirectWithFlash(reply, `/quan-tri/cong/${siteId}/chuyen-muc`, `Đã lưu chuyên mục “${form.name.trim()}”.`);
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      const frame = await adminFrame(ctx, req, reply, siteId);
      const sections = await listSections(ctx.db, siteId);
      const section = sections.find((s) => s.id === sectionId);
      if (!section) throw new NotFoundError('Không tìm thấy chuyên mục này trên cổng.');
      return sendPage(reply, <SectionFormPage frame={frame} site={frame.site!} section={section} form={form} errors={err.fieldErrors}
        parents={parentChoices(sections, section.id)} />, 422);
    }
  });
}
