/**
 * News items and static pages: list, write, edit, publish. One set of routes per kind
 * (/cong/:siteId/tin-bai for news, /cong/:siteId/trang for pages) over the same commands and views.
 * The form is multipart (it may carry a cover photo), so its CSRF token travels in the action's query.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { changeContentStatus } from '../../../commands/contents/changeContentStatus.ts';
import { sectionKindFor } from '../../../commands/contents/contentSupport.ts';
import { createContent } from '../../../commands/contents/createContent.ts';
import { updateContent } from '../../../commands/contents/updateContent.ts';
import type { CommandContext } from '../../../commands/context.ts';
import { uploadImage } from '../../../commands/media/uploadImage.ts';
import {
  CONTENT_EVENT_DONE, assignableUnitIds, contentAbilities, contentListScope,
} from '../../../core/content/contentAccess.ts';
import { type ContentForm, type ContentFormErrors, emptyContentForm } from '../../../core/content/contentForm.ts';
import { ConflictError, ForbiddenError, InvalidTransitionError, MediaRejectedError, NotFoundError, ValidationError } from '../../../core/errors.ts';
import { type SiteFacts, can, canEditContent } from '../../../core/policies/policy.ts';
import { toLocalInputValue } from '../../../core/text/dates.ts';
import { foldDiacritics } from '../../../core/text/vietnamese.ts';
import { CONTENT_KINDS, type ContentKind } from '../../../core/types.ts';
import { CONTENT_STATES, type ContentState, isContentEvent } from '../../../core/workflow/contentWorkflow.ts';
import {
  countContentsForAdmin, findContentOfKind, listContentRevisions, listContentStatuses, listContentsForAdmin,
} from '../../../db/repositories/contentRepository.ts';
import { findMedia, listMedia } from '../../../db/repositories/mediaRepository.ts';
import { listSections } from '../../../db/repositories/sectionRepository.ts';
import { listUnits } from '../../../db/repositories/unitRepository.ts';
import type { ContentRow, SiteRow } from '../../../db/schema.ts';
import type { AppContext } from '../../appContext.ts';
import { contentPath } from '../../presenters/content.ts';
import { renderDocument } from '../../render.ts';
import { adminFrame, redirectWithFlash } from '../frame.ts';
import type { AdminFrame } from '../views/AdminLayout.tsx';
import { ContentFormView, type ContentFormModel, type MediaChoice } from '../views/ContentFormView.tsx';
import { ContentListView } from '../views/ContentListView.tsx';
import { CONTENT_KIND_UI, contentAdminBase, formatAdminDateTime } from '../views/ContentShared.tsx';
import { mediaThumb } from '../views/MediaLibraryView.tsx';
import { maxUploadText, readPostedForm } from './media.tsx';

const PAGE_SIZE = 20;
const RECENT_MEDIA = 40;

type SiteParams = { siteId: string };
type ItemParams = { siteId: string; id: string };

function factsOf(site: SiteRow): SiteFacts {
  return { id: site.id, parentId: site.parent_id };
}

function itemId(raw: string): number {
  if (!/^\d{1,10}$/.test(raw)) throw new NotFoundError();
  return Number(raw);
}

function formFromFields(f: Record<string, string>): ContentForm {
  return emptyContentForm({
    title: f.title ?? '', slug: f.slug ?? '', section_id: f.section_id ?? '', unit_id: f.unit_id ?? '', summary: f.summary ?? '',
    body_html: f.body_html ?? '', genre: f.genre ?? 'news', author_name: f.author_name ?? '', source_name: f.source_name ?? '',
    source_url: f.source_url ?? '', is_featured: f.is_featured === '1' || f.is_featured === 'on', published_at: f.published_at ?? '',
    cover_media_id: f.cover_media_id ?? '', cover_caption: f.cover_caption ?? '', cover_alt: f.cover_alt ?? '',
  });
}

function formFromRow(row: ContentRow): ContentForm {
  return emptyContentForm({
    title: row.title, slug: row.slug, section_id: row.section_id === null ? '' : String(row.section_id),
    unit_id: row.unit_id === null ? '' : String(row.unit_id), summary: row.summary, body_html: row.body_html, genre: row.genre,
    author_name: row.author_name, source_name: row.source_name, source_url: row.source_url, is_featured: row.is_featured === 1,
    published_at: toLocalInputValue(row.published_at), cover_media_id: row.cover_media_id === null ? '' : String(row.cover_media_id),
    cover_caption: row.cover_caption, cover_alt: row.cover_alt,
  });
}

function html(reply: FastifyReply, body: string, status = 200): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').send(body);
}

export async function contentRoutes(app: FastifyInstance): Promise<void> {
  const ctx: AppContext = app.ctx;
  const commandContext = (req: FastifyRequest): CommandContext => ({ db: ctx.db, actor: req.actor!, clock: ctx.clock });

  /** Everything the form needs besides the typed values. */
  async function formModel(input: {
    frame: AdminFrame; kind: ContentKind; form: ContentForm; errors: ContentFormErrors; row?: ContentRow | undefined;
    revision?: number | undefined; fileNotice?: string | undefined;
  }): Promise<ContentFormModel> {
    const { frame, kind, form, row } = input;
    const site = frame.site!;
    const facts = factsOf(site);
    const [sections, units, recent] = await Promise.all([listSections(ctx.db, site.id), listUnits(ctx.db, site.id), listMedia(ctx.db, site.id, RECENT_MEDIA)]);
    const byId = new Map(sections.map((s) => [s.id, s]));
    const sectionLabel = (id: number): string => {
      const names: string[] = [];
      for (let s = byId.get(id); s && names.length < 5; s = s.parent_id === null ? undefined : byId.get(s.parent_id)) names.unshift(s.name);
      return names.join(' › ');
    };
    const allowedUnits = assignableUnitIds(frame.actor, facts);
    const shownUnits = units.filter((u) => !allowedUnits || allowedUnits.includes(u.id) || u.id === row?.unit_id);
    const chosen = /^\d+$/.test(form.cover_media_id) ? Number(form.cover_media_id) : null;
    const media = [...recent];
    if (chosen !== null && !media.some((m) => m.id === chosen)) {
      const extra = await findMedia(ctx.db, site.id, chosen);
      if (extra) media.unshift(extra);
    }
    const choices: MediaChoice[] = media.map((m) => ({
      id: m.id, thumbSrc: mediaThumb(m).src, label: `${m.caption || m.alt || m.original_name} (#${m.id}, ${m.width}×${m.height})`,
    }));
    const state = (row?.status ?? 'draft') as ContentState;
    const abilities = contentAbilities(frame.actor, facts, {
      unitId: row ? row.unit_id : allowedUnits?.[0] ?? null, createdBy: row ? row.created_by : frame.actor.userId, state,
    });
    let publicHref: string | undefined;
    if (row && row.status === 'published') {
      const own = row.section_id !== null ? byId.get(row.section_id) : undefined;
      publicHref = `${site.parent_id === null ? '' : `/site/${site.slug}`}${contentPath(row, own)}`;
    }
    let history: ContentFormModel['history'];
    if (row) {
      const [statuses, revisions] = await Promise.all([listContentStatuses(ctx.db, site.id, row.id), listContentRevisions(ctx.db, site.id, row.id)]);
      history = {
        statuses: statuses.map((s) => ({
          id: s.id, at: s.created_at, actor: s.actor_name ?? 'Hệ thống', from: s.from_status, to: s.to_status, event: s.event, reason: s.reason,
        })),
        revisions: revisions.map((r) => ({ id: r.id, revision: r.revision, title: r.title, at: r.created_at, author: r.author_name ?? 'Hệ thống' })),
      };
    }
    return {
      kind, siteId: site.id, id: row?.id, form, errors: input.errors, fileNotice: input.fileNotice,
      revision: input.revision ?? row?.revision, state, abilities,
      sections: sections.filter((s) => s.kind === sectionKindFor(kind)).map((s) => ({ id: s.id, label: sectionLabel(s.id) })),
      units: shownUnits.map((u) => ({ id: u.id, name: u.name })), unitOptional: allowedUnits === null,
      media: choices, maxUploadText: maxUploadText(ctx), publicHref, history,
    };
  }

  /** The item being edited, if this actor may edit it (404 otherwise-missing, 403 another unit's). */
  async function loadEditable(req: FastifyRequest, frame: AdminFrame, kind: ContentKind, rawId: string): Promise<ContentRow> {
    const site = frame.site!;
    const row = await findContentOfKind(ctx.db, site.id, kind, itemId(rawId));
    if (!row) throw new NotFoundError();
    if (!canEditContent(req.actor!, factsOf(site), { unitId: row.unit_id, createdBy: row.created_by })) {
      throw new ForbiddenError('Bạn chỉ được sửa tin, bài của đơn vị mình hoặc do mình viết.');
    }
    return row;
  }

  /** Create or update from the posted (multipart) form; on failure, the form again with everything typed. */
  async function save(req: FastifyRequest, reply: FastifyReply, kind: ContentKind, rawId?: string): Promise<FastifyReply> {
    const siteId = Number((req.params as SiteParams).siteId);
    const frame = await adminFrame(ctx, req, reply, siteId);
    const existing = rawId !== undefined ? await loadEditable(req, frame, kind, rawId) : undefined;
    const posted = await readPostedForm(req);
    const form = formFromFields(posted.fields);
    const publish = posted.fields.action === 'publish';
    const revision = /^\d+$/.test(posted.fields.revision ?? '') ? Number(posted.fields.revision) : undefined;
    const cmd = commandContext(req);
    let errors: ContentFormErrors = {};
    let uploaded = false;

    if (posted.file) {
      try {
        const { id } = await uploadImage({ ...cmd, storage: { mediaDir: ctx.mediaDir, maxBytes: ctx.config.maxUploadBytes } }, {
          siteId, data: posted.file.data, truncated: posted.file.truncated, originalName: posted.file.filename,
          alt: form.cover_alt, caption: form.cover_caption,
        });
        form.cover_media_id = String(id);
        uploaded = true;
      } catch (err) {
        if (err instanceof MediaRejectedError) errors.cover_file = err.message;
        else if (err instanceof ValidationError) errors = { cover_alt: err.fieldErrors.alt, cover_caption: err.fieldErrors.caption };
        else throw err;
      }
    }

    if (Object.keys(errors).length === 0) {
      try {
        const base = contentAdminBase(siteId, kind);
        if (existing) {
          const r = await updateContent(cmd, { siteId, kind, id: existing.id, form, expectedRevision: revision, publish });
          return redirectWithFlash(reply, `${base}/${existing.id}`, r.status === 'published' && publish ? 'Đã lưu và xuất bản.' : `Đã lưu (phiên bản ${r.revision}).`);
        }
        const r = await createContent(cmd, { siteId, kind, form, publish });
        return redirectWithFlash(reply, `${base}/${r.id}`, publish ? 'Đã lưu và xuất bản.' : 'Đã lưu bản nháp.');
      } catch (err) {
        if (err instanceof ValidationError) errors = err.fieldErrors as ContentFormErrors;
        else if (err instanceof ConflictError || err instanceof InvalidTransitionError) errors = { form: err.message };
        else throw err;
      }
    }

    const fileNotice = uploaded
      ? 'Ảnh vừa tải lên đã được lưu vào thư viện và đang được chọn làm ảnh đại diện; không cần chọn lại tệp.'
      : posted.file ? 'Tệp ảnh đã chọn chưa được lưu; trình duyệt không giữ lại tệp khi biểu mẫu báo lỗi, vui lòng chọn lại tệp.' : undefined;
    const model = await formModel({ frame, kind, form, errors, row: existing, revision, fileNotice });
    return html(reply, renderDocument(<ContentFormView frame={frame} model={model} />), 422);
  }

  for (const kind of CONTENT_KINDS) {
    const seg = CONTENT_KIND_UI[kind].segment;

    app.get<{ Params: SiteParams; Querystring: { q?: string; trang_thai?: string; don_vi?: string; trang?: string } }>(
      `/cong/:siteId/${seg}`, { config: { permission: 'content.read' } }, async (req, reply) => {
        const frame = await adminFrame(ctx, req, reply, Number(req.params.siteId));
        const site = frame.site!;
        const facts = factsOf(site);
        const units = await listUnits(ctx.db, site.id);
        const q = String(req.query.q ?? '').slice(0, 200).trim();
        const status = (CONTENT_STATES as readonly string[]).includes(req.query.trang_thai ?? '') ? req.query.trang_thai! : '';
        const unit = units.find((u) => String(u.id) === req.query.don_vi);
        const scope = contentListScope(req.actor!, facts);
        const filter = {
          kind, status: status || undefined, unitId: unit?.id, visibleTo: scope,
          words: foldDiacritics(q).split(/\s+/).filter(Boolean).slice(0, 8),
        };
        const total = await countContentsForAdmin(ctx.db, site.id, filter);
        const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
        const page = Math.min(Math.max(1, Number(req.query.trang) || 1), pageCount);
        const rows = await listContentsForAdmin(ctx.db, site.id, { ...filter, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
        const base = contentAdminBase(site.id, kind);
        const mayEdit = can(req.actor!, 'content.edit', facts);
        const params = (n: number) => {
          const p = new URLSearchParams();
          if (q) p.set('q', q);
          if (status) p.set('trang_thai', status);
          if (unit) p.set('don_vi', String(unit.id));
          if (n > 1) p.set('trang', String(n));
          const s = p.toString();
          return s ? `${base}?${s}` : base;
        };
        return html(reply, renderDocument(
          <ContentListView frame={frame} model={{
            kind, siteId: site.id, filters: { status, q, unit: unit ? String(unit.id) : '' },
            units: units.map((u) => ({ id: u.id, name: u.name })),
            rows: rows.map((r) => ({
              id: r.id, title: r.title,
              editHref: mayEdit && canEditContent(req.actor!, facts, { unitId: r.unit_id, createdBy: r.created_by }) ? `${base}/${r.id}` : null,
              sectionName: r.section_name ?? '', unitName: r.unit_name ?? '', state: r.status,
              updatedAt: r.updated_at, updatedText: formatAdminDateTime(r.updated_at),
              author: [r.author_name, r.creator_name && r.creator_name !== r.author_name ? `(${r.creator_name})` : ''].filter(Boolean).join(' '),
            })),
            total, page, pageCount, canCreate: can(req.actor!, 'content.create', facts), scoped: scope !== null, pageHref: params,
          }} />,
        ));
      });

    app.get<{ Params: SiteParams }>(`/cong/:siteId/${seg}/moi`, { config: { permission: 'content.create' } }, async (req, reply) => {
      const frame = await adminFrame(ctx, req, reply, Number(req.params.siteId));
      const allowed = assignableUnitIds(frame.actor, factsOf(frame.site!));
      const form = emptyContentForm({
        unit_id: allowed?.[0] !== undefined ? String(allowed[0]) : '',
        author_name: kind === 'news' ? frame.actor.fullName : '',
      });
      const model = await formModel({ frame, kind, form, errors: {} });
      return html(reply, renderDocument(<ContentFormView frame={frame} model={model} />));
    });

    app.post<{ Params: SiteParams }>(`/cong/:siteId/${seg}`, { config: { permission: 'content.create' } }, (req, reply) => save(req, reply, kind));

    app.get<{ Params: ItemParams }>(`/cong/:siteId/${seg}/:id`, { config: { permission: 'content.edit' } }, async (req, reply) => {
      const frame = await adminFrame(ctx, req, reply, Number(req.params.siteId));
      const row = await loadEditable(req, frame, kind, req.params.id);
      const model = await formModel({ frame, kind, form: formFromRow(row), errors: {}, row });
      return html(reply, renderDocument(<ContentFormView frame={frame} model={model} />));
    });

    app.post<{ Params: ItemParams }>(`/cong/:siteId/${seg}/:id`, { config: { permission: 'content.edit' } }, (req, reply) => save(req, reply, kind, req.params.id));

    app.post<{ Params: ItemParams; Body: { event?: string; reason?: string } }>(
      `/cong/:siteId/${seg}/:id/trang-thai`, { config: { permission: 'content.publish' } }, async (req, reply) => {
        const siteId = Number(req.params.siteId);
        const id = itemId(req.params.id);
        const event = String(req.body?.event ?? '');
        if (!isContentEvent(event)) throw new ValidationError({ event: 'Thao tác không hợp lệ.' });
        await changeContentStatus(commandContext(req), { siteId, kind, id, event, reason: String(req.body?.reason ?? '') });
        return redirectWithFlash(reply, `${contentAdminBase(siteId, kind)}/${id}`, CONTENT_EVENT_DONE[event]);
      });
  }
}
