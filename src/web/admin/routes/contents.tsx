/**
 * News items and static pages: list, write, edit, move through the workflow. One set of routes per
 * kind (/cong/:siteId/tin-bai for news, /cong/:siteId/trang for pages) over the same commands and
 * views. The form is multipart (it may carry a cover photo), so its CSRF token travels in the action's
 * query. The item page also carries the workflow: the edit lock, quality checks, moves with reasons,
 * scheduling, the revision diff and the proposal to the parent portal.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { changeContentStatus } from '../../../commands/contents/changeContentStatus.ts';
import { sectionKindFor } from '../../../commands/contents/contentSupport.ts';
import { createContent } from '../../../commands/contents/createContent.ts';
import { type LockState, acquireEditLock, releaseEditLock, takeOverEditLock } from '../../../commands/contents/editLocks.ts';
import { qualityReport } from '../../../commands/contents/qualityCheck.ts';
import { scheduleUnpublish } from '../../../commands/contents/scheduleUnpublish.ts';
import { updateContent } from '../../../commands/contents/updateContent.ts';
import type { CommandContext } from '../../../commands/context.ts';
import { uploadImage } from '../../../commands/media/uploadImage.ts';
import { proposeToParent } from '../../../commands/syndication/proposeToParent.ts';
import {
  CONTENT_EVENT_DONE, assignableUnitIds, canViewContent, contentAbilities, contentListScope,
} from '../../../core/content/contentAccess.ts';
import { type ContentForm, type ContentFormErrors, emptyContentForm } from '../../../core/content/contentForm.ts';
import { lockActive } from '../../../core/content/editLock.ts';
import { ConflictError, ForbiddenError, InvalidTransitionError, MediaRejectedError, NotFoundError, ValidationError } from '../../../core/errors.ts';
import { type SiteFacts, can } from '../../../core/policies/policy.ts';
import { fromLocalInputValue, toLocalInputValue } from '../../../core/text/dates.ts';
import { foldDiacritics } from '../../../core/text/vietnamese.ts';
import { CONTENT_KINDS, type ContentKind } from '../../../core/types.ts';
import { CONTENT_STATES, type ContentEvent, type ContentState, PENDING_STATES, isContentEvent } from '../../../core/workflow/contentWorkflow.ts';
import {
  countContentsForAdmin, findContentOfKind, listContentRevisions, listContentStatuses, listContentsForAdmin,
} from '../../../db/repositories/contentRepository.ts';
import { findBySource, findOriginOfCopy } from '../../../db/repositories/syndicationRepository.ts';
import { correctedRevisions, findLock, listContentJobs } from '../../../db/repositories/workflowRepository.ts';
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
import type { WorkflowPanelModel } from '../views/ContentWorkflowPanel.tsx';
import { RevisionDiffView } from '../views/RevisionDiffView.tsx';
import { revisionDiffModel } from './revisionDiff.ts';
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
    revision?: number | undefined; fileNotice?: string | undefined; lock?: LockState | undefined;
    typed?: WorkflowPanelModel['typed'] | undefined;
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
      unitId: row ? row.unit_id : allowedUnits?.[0] ?? null, createdBy: row ? row.created_by : frame.actor.userId, state, kind,
      needsReview: row?.needs_review === 1,
    });
    let publicHref: string | undefined;
    if (row && row.status === 'published') {
      const own = row.section_id !== null ? byId.get(row.section_id) : undefined;
      publicHref = `${site.parent_id === null ? '' : `/site/${site.slug}`}${contentPath(row, own)}`;
    }
    let history: ContentFormModel['history'];
    let workflow: WorkflowPanelModel | undefined;
    let readOnly = row ? !abilities.canEdit : false;
    if (row) {
      const [statuses, revisions, corrected] = await Promise.all([
        listContentStatuses(ctx.db, site.id, row.id), listContentRevisions(ctx.db, site.id, row.id), correctedRevisions(ctx.db, site.id, row.id),
      ]);
      history = {
        statuses: statuses.map((s) => ({
          id: s.id, at: s.created_at, actor: s.actor_name ?? 'Hệ thống', from: s.from_status, to: s.to_status, event: s.event, reason: s.reason,
        })),
        revisions: revisions.map((r) => ({
          id: r.id, revision: r.revision, title: r.title, at: r.created_at, author: r.author_name ?? 'Hệ thống', correction: corrected.has(r.revision),
        })),
      };
      workflow = await workflowModel(frame, row, abilities, input.lock, input.typed ?? {}, input.errors, publicHref);
      if (workflow.lock?.holder === 'other') readOnly = true;
    }
    return {
      kind, siteId: site.id, id: row?.id, form, errors: input.errors, fileNotice: input.fileNotice,
      revision: input.revision ?? row?.revision, state, abilities,
      sections: sections.filter((s) => s.kind === sectionKindFor(kind)).map((s) => ({ id: s.id, label: sectionLabel(s.id) })),
      units: shownUnits.map((u) => ({ id: u.id, name: u.name })), unitOptional: allowedUnits === null,
      media: choices, maxUploadText: maxUploadText(ctx), publicHref, history, workflow, readOnly,
    };
  }

  /** The workflow panel of an item: lock, checks, jobs, syndication. */
  async function workflowModel(
    frame: AdminFrame, row: ContentRow, abilities: ContentFormModel['abilities'], lockState: LockState | undefined,
    typed: WorkflowPanelModel['typed'], errors: ContentFormErrors, publicHref: string | undefined,
  ): Promise<WorkflowPanelModel> {
    const site = frame.site!;
    const kind = row.kind as ContentKind;
    const now = ctx.clock.now();
    const lock = lockState ? lockState.lock : await findLock(ctx.db, site.id, row.id).then((l) => (lockActive(l, now) ? l : null));
    const showChecks = kind === 'news' && (row.status === 'draft' || PENDING_STATES.includes(row.status as ContentState));
    const [quality, jobs, syndication, origin] = await Promise.all([
      showChecks ? qualityReport(ctx.db, site, row) : Promise.resolve(null),
      listContentJobs(ctx.db, site.id, { contentId: row.id, limit: 10 }),
      kind === 'news' && site.parent_id !== null ? findBySource(ctx.db, site.id, row.id) : Promise.resolve(undefined),
      row.origin_content_id !== null ? findOriginOfCopy(ctx.db, site.id, row.id) : Promise.resolve(undefined),
    ]);
    await ctx.directory.fresh();
    const parent = ctx.directory.parentOf(site);
    return {
      base: contentAdminBase(site.id, kind), id: row.id, kind, state: row.status, needsReview: row.needs_review === 1, abilities,
      publicHref,
      lock: lock ? { holder: lock.userId === frame.actor.userId ? 'mine' : 'other', name: lock.userName, since: lock.acquiredAt, until: lock.expiresAt } : null,
      quality: quality ? { issues: quality.issues, enabled: quality.config.enabled } : null,
      jobs: jobs.map((j) => ({ id: j.id, kind: j.kind, runAt: j.run_at, status: j.status, scheduler: j.scheduler_name ?? 'Hệ thống', result: j.result })),
      syndication: syndication ? {
        status: syndication.status, targetName: parent?.name ?? 'cổng cấp trên', reason: syndication.reason, decidedAt: syndication.decided_at,
        proposedAt: syndication.proposed_at, offeredRevision: syndication.offered_revision,
      } : null,
      origin: origin ? { wardName: origin.site_name, href: `/quan-tri/cong/${origin.site_id}/tin-bai/${origin.id}` } : null,
      typed, errors: errors as Record<string, string | undefined>,
    };
  }

  /** The item, if this actor may see it (404 when missing on this site, 403 another unit's). */
  async function loadEditable(req: FastifyRequest, frame: AdminFrame, kind: ContentKind, rawId: string): Promise<ContentRow> {
    const site = frame.site!;
    const row = await findContentOfKind(ctx.db, site.id, kind, itemId(rawId));
    if (!row) throw new NotFoundError();
    if (!canViewContent(req.actor!, factsOf(site), { unitId: row.unit_id, createdBy: row.created_by, state: row.status as ContentState, kind })) {
      throw new ForbiddenError('Bạn chỉ được xem, sửa tin, bài của đơn vị mình hoặc do mình viết.');
    }
    return row;
  }

  /** The item page again after a failed move or save, with the messages and what was typed. */
  async function itemAgain(req: FastifyRequest, reply: FastifyReply, kind: ContentKind, row: ContentRow, errors: ContentFormErrors,
    status: number, typed: WorkflowPanelModel['typed'] = {}): Promise<FastifyReply> {
    const frame = await adminFrame(ctx, req, reply, row.site_id);
    const model = await formModel({ frame, kind, form: formFromRow(row), errors, row, typed });
    return html(reply, renderDocument(<ContentFormView frame={frame} model={model} />), status);
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
        const mayView = can(req.actor!, 'content.read', facts);
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
              editHref: mayView && canViewContent(req.actor!, facts, { unitId: r.unit_id, createdBy: r.created_by, state: r.status as ContentState, kind }) ? `${base}/${r.id}` : null,
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

    app.get<{ Params: ItemParams }>(`/cong/:siteId/${seg}/:id`, { config: { permission: 'content.read' } }, async (req, reply) => {
      const frame = await adminFrame(ctx, req, reply, Number(req.params.siteId));
      const row = await loadEditable(req, frame, kind, req.params.id);
      const facts = { unitId: row.unit_id, createdBy: row.created_by, state: row.status as ContentState, kind };
      // Opening an item one is expected to work on takes its edit lock (or shows who holds it).
      const lock = contentAbilities(req.actor!, factsOf(frame.site!), facts).locksOnOpen
        ? await acquireEditLock(commandContext(req), { siteId: row.site_id, kind, id: row.id })
        : undefined;
      const model = await formModel({ frame, kind, form: formFromRow(row), errors: {}, row, lock });
      return html(reply, renderDocument(<ContentFormView frame={frame} model={model} />));
    });

    app.post<{ Params: ItemParams }>(`/cong/:siteId/${seg}/:id`, { config: { permission: 'content.edit' } }, (req, reply) => save(req, reply, kind, req.params.id));

    app.post<{ Params: ItemParams; Body: { event?: string; reason?: string; publish_at?: string } }>(
      `/cong/:siteId/${seg}/:id/trang-thai`, { config: { permission: 'content.submit' } }, async (req, reply) => {
        const siteId = Number(req.params.siteId);
        const id = itemId(req.params.id);
        const event = String(req.body?.event ?? '');
        if (!isContentEvent(event)) throw new ValidationError({ event: 'Thao tác không hợp lệ.' });
        const reason = String(req.body?.reason ?? '');
        const publishAtInput = String(req.body?.publish_at ?? '');
        try {
          await changeContentStatus(commandContext(req), {
            siteId, kind, id, event, reason, publishAt: publishAtInput ? fromLocalInputValue(publishAtInput) : null,
          });
        } catch (err) {
          const row = await findContentOfKind(ctx.db, siteId, kind, id);
          if (!row) throw err;
          const typed = { event, reason, publishAt: publishAtInput };
          if (err instanceof ValidationError) return itemAgain(req, reply, kind, row, { ...(err.fieldErrors as ContentFormErrors), form: err.message }, 422, typed);
          if (err instanceof ConflictError || err instanceof InvalidTransitionError) return itemAgain(req, reply, kind, row, { form: err.message }, 409, typed);
          throw err;
        }
        return redirectWithFlash(reply, `${contentAdminBase(siteId, kind)}/${id}`, CONTENT_EVENT_DONE[event as ContentEvent]);
      });

    app.post<{ Params: ItemParams }>(`/cong/:siteId/${seg}/:id/khoa/tiep-quan`, { config: { permission: 'content.edit' } }, async (req, reply) => {
      const siteId = Number(req.params.siteId);
      const id = itemId(req.params.id);
      await takeOverEditLock(commandContext(req), { siteId, kind, id });
      return redirectWithFlash(reply, `${contentAdminBase(siteId, kind)}/${id}`, 'Bạn đã tiếp quản quyền sửa.');
    });

    app.post<{ Params: ItemParams }>(`/cong/:siteId/${seg}/:id/khoa/mo`, { config: { permission: 'content.edit' } }, async (req, reply) => {
      const siteId = Number(req.params.siteId);
      const id = itemId(req.params.id);
      await releaseEditLock(commandContext(req), { siteId, kind, id });
      return redirectWithFlash(reply, contentAdminBase(siteId, kind), 'Đã mở khóa; người khác có thể sửa tin, bài này.');
    });

    app.post<{ Params: ItemParams; Body: { unpublish_at?: string; huy?: string } }>(
      `/cong/:siteId/${seg}/:id/hen-go`, { config: { permission: 'content.publish' } }, async (req, reply) => {
        const siteId = Number(req.params.siteId);
        const id = itemId(req.params.id);
        const cancel = req.body?.huy === '1';
        const typedAt = String(req.body?.unpublish_at ?? '');
        try {
          await scheduleUnpublish(commandContext(req), { siteId, kind, id, unpublishAt: cancel ? null : fromLocalInputValue(typedAt) ?? 'không hợp lệ' });
        } catch (err) {
          const row = await findContentOfKind(ctx.db, siteId, kind, id);
          if (!row) throw err;
          if (err instanceof ValidationError) return itemAgain(req, reply, kind, row, err.fieldErrors as ContentFormErrors, 422, { unpublishAt: typedAt });
          if (err instanceof ConflictError) return itemAgain(req, reply, kind, row, { form: err.message }, 409);
          throw err;
        }
        return redirectWithFlash(reply, `${contentAdminBase(siteId, kind)}/${id}`, cancel ? 'Đã hủy hẹn giờ gỡ xuống.' : 'Đã hẹn giờ gỡ xuống.');
      });

    app.get<{ Params: ItemParams; Querystring: { tu?: string; den?: string } }>(
      `/cong/:siteId/${seg}/:id/so-sanh`, { config: { permission: 'content.read' } }, async (req, reply) => {
        const frame = await adminFrame(ctx, req, reply, Number(req.params.siteId));
        const row = await loadEditable(req, frame, kind, req.params.id);
        const model = await revisionDiffModel(ctx.db, { siteId: row.site_id, kind, row, from: req.query.tu, to: req.query.den });
        return html(reply, renderDocument(<RevisionDiffView frame={frame} model={model} />));
      });

    if (kind === 'news') {
      app.post<{ Params: ItemParams; Body: { note?: string } }>(`/cong/:siteId/${seg}/:id/de-xuat`, { config: { permission: 'content.publish' } }, async (req, reply) => {
        const siteId = Number(req.params.siteId);
        const id = itemId(req.params.id);
        try {
          await proposeToParent(commandContext(req), { siteId, id, note: String(req.body?.note ?? '') });
        } catch (err) {
          const row = await findContentOfKind(ctx.db, siteId, kind, id);
          if (!row) throw err;
          if (err instanceof ValidationError) return itemAgain(req, reply, kind, row, { form: Object.values(err.fieldErrors).join(' ') }, 422);
          if (err instanceof ConflictError) return itemAgain(req, reply, kind, row, { form: err.message }, 409);
          throw err;
        }
        return redirectWithFlash(reply, `${contentAdminBase(siteId, kind)}/${id}`, 'Đã gửi đề xuất lên cổng cấp trên.');
      });
    }
  }
}
