/**
 * The workflow's own admin pages, per site: "việc cần làm" for every role, the board's queue sorted by
 * waiting time, scheduled jobs, items proposed by the wards (accept / refuse / corrections), the
 * quality-gate settings and the e-mail outbox. Routes translate HTTP; commands do the work.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { acceptSyndication, refuseSyndication } from '../../../commands/syndication/decideSyndication.ts';
import { decideSyndicatedCorrection } from '../../../commands/syndication/applySyndicatedCorrection.ts';
import { updateQualityGate } from '../../../commands/sites/updateQualityGate.ts';
import type { CommandContext } from '../../../commands/context.ts';
import { ledUnitIds, ownUnitIds } from '../../../core/content/contentAccess.ts';
import { qualityGateFromSettings } from '../../../core/content/qualityGate.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../../core/errors.ts';
import { type SiteFacts, can } from '../../../core/policies/policy.ts';
import { isBoardMember } from '../../../core/policies/workflowPolicy.ts';
import { CONTENT_STATES } from '../../../core/workflow/contentWorkflow.ts';
import { listOutbox } from '../../../db/repositories/notificationRepository.ts';
import { listSections } from '../../../db/repositories/sectionRepository.ts';
import { listForTarget } from '../../../db/repositories/syndicationRepository.ts';
import { type QueueRow, countByState, listContentJobs, listQueue } from '../../../db/repositories/workflowRepository.ts';
import type { SiteRow } from '../../../db/schema.ts';
import type { AppContext } from '../../appContext.ts';
import { contentPath } from '../../presenters/content.ts';
import { renderDocument } from '../../render.ts';
import { adminFrame, redirectWithFlash } from '../frame.ts';
import type { AdminFrame } from '../views/AdminLayout.tsx';
import { contentAdminBase } from '../views/ContentShared.tsx';
import {
  BoardQueueView, type DashboardBlock, OutboxView, type ProposalsModel, ProposalsView, type QueueItem, QualityGateView,
  ScheduledJobsView, WorkflowDashboardView,
} from '../views/WorkflowViews.tsx';
import { readPostedForm } from './media.tsx';

type SiteParams = { siteId: string };
type SyndicationParams = { siteId: string; syndicationId: string };

const LIST_LIMIT = 100;

function factsOf(site: SiteRow): SiteFacts {
  return { id: site.id, parentId: site.parent_id };
}

function html(reply: FastifyReply, body: string, status = 200): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').send(body);
}

export async function workflowRoutes(app: FastifyInstance): Promise<void> {
  const ctx: AppContext = app.ctx;
  const commandContext = (req: FastifyRequest): CommandContext => ({ db: ctx.db, actor: req.actor!, clock: ctx.clock });

  function queueItems(rows: QueueRow[], siteId: number): QueueItem[] {
    const now = ctx.clock.now().getTime();
    return rows.map((r) => ({
      id: r.id, title: r.title, href: `${contentAdminBase(siteId, 'news')}/${r.id}`, state: r.status, unitName: r.unit_name ?? '',
      writer: r.author_name || r.creator_name || '', since: r.since, waitingMs: now - Date.parse(r.since),
      lockedBy: r.lock_user_name && r.lock_expires_at && Date.parse(r.lock_expires_at) > now ? r.lock_user_name : null,
      needsReview: r.needs_review === 1,
    }));
  }

  app.get<{ Params: SiteParams }>('/cong/:siteId/viec-can-lam', { config: { permission: 'content.read' } }, async (req, reply) => {
    const frame = await adminFrame(ctx, req, reply, Number(req.params.siteId));
    const site = frame.site!;
    const facts = factsOf(site);
    const actor = frame.actor;
    const blocks: DashboardBlock[] = [];
    const board = isBoardMember(actor, facts);
    const myUnits = ownUnitIds(actor, facts);
    if (can(actor, 'content.create', facts) && !board) {
      const returned = await listQueue(ctx.db, site.id, { states: ['returned'], unitIds: myUnits, alsoCreatedBy: actor.userId, limit: LIST_LIMIT });
      blocks.push({ key: 'tra-lai', title: 'Bị trả lại, cần sửa', items: queueItems(returned, site.id), empty: 'Không có tin, bài nào bị trả lại.' });
      const drafts = await listQueue(ctx.db, site.id, { states: ['draft'], unitIds: [], alsoCreatedBy: actor.userId, limit: LIST_LIMIT });
      blocks.push({ key: 'ban-nhap', title: 'Bản nháp của tôi', items: queueItems(drafts, site.id), empty: 'Không có bản nháp nào.' });
    }
    const led = actor.isPlatformAdmin ? [] : ledUnitIds(actor, facts);
    if (led.length > 0) {
      const waiting = await listQueue(ctx.db, site.id, { states: ['submitted'], unitIds: led, excludeCreatedBy: actor.userId, limit: LIST_LIMIT });
      blocks.push({ key: 'cho-duyet', title: 'Chờ tôi duyệt', items: queueItems(waiting, site.id), empty: 'Không có tin, bài nào chờ bạn duyệt.' });
      const returned = await listQueue(ctx.db, site.id, { states: ['returned'], unitIds: led, limit: LIST_LIMIT });
      blocks.push({ key: 'don-vi-tra-lai', title: 'Tin của đơn vị bị trả lại', items: queueItems(returned, site.id), empty: 'Không có.' });
    }
    let proposals: number | null = null;
    if (board) {
      const waiting = await listQueue(ctx.db, site.id, { states: ['leader_approved'], limit: LIST_LIMIT });
      blocks.push({
        key: 'cho-bbt', title: 'Chờ Ban Biên tập (lâu nhất trước)', items: queueItems(waiting, site.id), empty: 'Không có tin, bài nào đang chờ.',
        more: { href: `/quan-tri/cong/${site.id}/hang-cho`, label: 'Xem hàng chờ Ban Biên tập' },
      });
      const editing = await listQueue(ctx.db, site.id, { states: ['in_editing'], limit: LIST_LIMIT });
      blocks.push({ key: 'dang-bien-tap', title: 'Đang biên tập', items: queueItems(editing, site.id), empty: 'Không có tin, bài nào đang biên tập.' });
      const review = await listQueue(ctx.db, site.id, { states: ['published'], needsReview: true, limit: LIST_LIMIT });
      blocks.push({ key: 'ra-soat', title: 'Xuất bản khẩn, cần rà soát', items: queueItems(review, site.id), empty: 'Không có tin, bài nào cần rà soát.' });
      await ctx.directory.fresh();
      if (ctx.directory.children(site.id).length > 0) {
        proposals = (await listForTarget(ctx.db, site.id, LIST_LIMIT)).filter((p) => p.status === 'proposed' || p.offered_revision !== null).length;
      }
    }
    let counts: { state: string; n: number }[] | null = null;
    if (board || can(actor, 'oversight.read', facts)) {
      const byState = await countByState(ctx.db, site.id);
      counts = CONTENT_STATES.map((s) => ({ state: s, n: byState.get(s) ?? 0 }));
    }
    return html(reply, renderDocument(<WorkflowDashboardView frame={frame} model={{
      siteName: site.name, blocks, counts, proposals, proposalsHref: `/quan-tri/cong/${site.id}/tin-phuong-xa`,
    }} />));
  });

  app.get<{ Params: SiteParams }>('/cong/:siteId/hang-cho', { config: { permission: 'content.publish' } }, async (req, reply) => {
    const frame = await adminFrame(ctx, req, reply, Number(req.params.siteId));
    const site = frame.site!;
    const [waiting, editing, review] = await Promise.all([
      listQueue(ctx.db, site.id, { states: ['leader_approved'], limit: LIST_LIMIT }),
      listQueue(ctx.db, site.id, { states: ['in_editing', 'scheduled'], limit: LIST_LIMIT }),
      listQueue(ctx.db, site.id, { states: ['published'], needsReview: true, limit: LIST_LIMIT }),
    ]);
    return html(reply, renderDocument(<BoardQueueView frame={frame} model={{
      waiting: queueItems(waiting, site.id), editing: queueItems(editing, site.id), review: queueItems(review, site.id),
    }} />));
  });

  app.get<{ Params: SiteParams }>('/cong/:siteId/hen-gio', { config: { permission: 'content.publish' } }, async (req, reply) => {
    const frame = await adminFrame(ctx, req, reply, Number(req.params.siteId));
    const site = frame.site!;
    const jobs = await listContentJobs(ctx.db, site.id, { limit: LIST_LIMIT });
    return html(reply, renderDocument(<ScheduledJobsView frame={frame} model={{
      jobs: jobs.map((j) => ({
        id: j.id, kind: j.kind, title: j.title ?? '(đã xóa)', runAt: j.run_at, status: j.status, scheduler: j.scheduler_name ?? 'Hệ thống',
        result: j.result, error: j.last_error,
        href: j.subject_id !== null && j.content_kind ? `${contentAdminBase(site.id, j.content_kind === 'page' ? 'page' : 'news')}/${j.subject_id}` : null,
      })),
    }} />));
  });

  async function proposalsModel(frame: AdminFrame, errors: Record<string, string> = {}, errorFor: number | null = null,
    typed?: ProposalsModel['typed']): Promise<ProposalsModel> {
    const site = frame.site!;
    const [rows, sections] = await Promise.all([listForTarget(ctx.db, site.id, LIST_LIMIT), listSections(ctx.db, site.id)]);
    return {
      siteId: site.id, errors, errorFor, typed,
      sections: sections.filter((s) => s.kind === 'news').map((s) => ({ id: s.id, label: s.name })),
      items: rows.map((r) => ({
        id: r.id, status: r.status, title: r.copy_title ?? r.title, wardName: r.ward_name, proposer: r.proposer_name ?? '',
        sourceHref: `/quan-tri/cong/${r.ward_id}/tin-bai/${r.source_content_id}`, proposedAt: r.proposed_at, note: r.note, reason: r.reason,
        copyHref: r.target_content_id !== null ? `${contentAdminBase(site.id, 'news')}/${r.target_content_id}` : null,
        offeredRevision: r.offered_revision, sourceStillPublished: r.source_status === 'published',
      })),
    };
  }

  app.get<{ Params: SiteParams }>('/cong/:siteId/tin-phuong-xa', { config: { permission: 'content.publish' } }, async (req, reply) => {
    const frame = await adminFrame(ctx, req, reply, Number(req.params.siteId));
    return html(reply, renderDocument(<ProposalsView frame={frame} model={await proposalsModel(frame)} />));
  });

  function syndicationId(raw: string): number {
    if (!/^\d{1,10}$/.test(raw)) throw new NotFoundError();
    return Number(raw);
  }

  /** Runs a decision; on a refused form, the page again with the message beside that proposal. */
  async function decide(req: FastifyRequest<{ Params: SyndicationParams }>, reply: FastifyReply, run: () => Promise<unknown>, done: string,
    typed?: ProposalsModel['typed']): Promise<FastifyReply> {
    const siteId = Number(req.params.siteId);
    const id = syndicationId(req.params.syndicationId);
    try {
      await run();
    } catch (err) {
      let errors: Record<string, string> | null = null;
      if (err instanceof ValidationError) errors = err.fieldErrors;
      else if (err instanceof ConflictError) errors = { form: err.message };
      else if (err instanceof ForbiddenError && err.message !== new ForbiddenError().message) errors = { form: err.message };
      if (!errors) throw err;
      const frame = await adminFrame(ctx, req, reply, siteId);
      return html(reply, renderDocument(<ProposalsView frame={frame} model={await proposalsModel(frame, errors, id, typed)} />), err instanceof ValidationError ? 422 : 409);
    }
    return redirectWithFlash(reply, `/quan-tri/cong/${siteId}/tin-phuong-xa`, done);
  }

  app.post<{ Params: SyndicationParams; Body: { section_id?: string; publish_now?: string } }>(
    '/cong/:siteId/tin-phuong-xa/:syndicationId/nhan', { config: { permission: 'content.publish' } }, async (req, reply) => {
      const siteId = Number(req.params.siteId);
      const id = syndicationId(req.params.syndicationId);
      const publishNow = req.body?.publish_now === '1' || req.body?.publish_now === 'on';
      return decide(req, reply, async () => {
        // The canonical link points at the original on the ward's own address.
        const rows = await listForTarget(ctx.db, siteId, LIST_LIMIT);
        const row = rows.find((r) => r.id === id);
        if (!row) throw new NotFoundError();
        await ctx.directory.fresh();
        const ward = ctx.directory.byId(row.ward_id);
        const path = contentPath({ slug: row.source_slug, kind: row.source_kind }, row.source_section_slug ? { slug: row.source_section_slug } : undefined);
        const originUrl = ward ? `${ctx.directory.siteUrl(ward).replace(/\/+$/, '')}${path}` : '';
        const sectionId = /^\d+$/.test(req.body?.section_id ?? '') ? Number(req.body!.section_id) : null;
        await acceptSyndication(commandContext(req), { siteId, syndicationId: id, sectionId, publishNow, originUrl });
      }, publishNow ? 'Đã nhận và xuất bản tin trên cổng.' : 'Đã nhận tin; bản của cổng đang ở bước biên tập.',
      { sectionId: req.body?.section_id, publishNow });
    });

  app.post<{ Params: SyndicationParams; Body: { reason?: string } }>(
    '/cong/:siteId/tin-phuong-xa/:syndicationId/tu-choi', { config: { permission: 'content.publish' } }, async (req, reply) =>
      decide(req, reply, () => refuseSyndication(commandContext(req), {
        siteId: Number(req.params.siteId), syndicationId: syndicationId(req.params.syndicationId), reason: String(req.body?.reason ?? ''),
      }), 'Đã trả lời phường, xã: không nhận tin.', { reason: String(req.body?.reason ?? '') }));

  app.post<{ Params: SyndicationParams; Body: { apply?: string } }>(
    '/cong/:siteId/tin-phuong-xa/:syndicationId/dinh-chinh', { config: { permission: 'content.publish' } }, async (req, reply) => {
      const apply = req.body?.apply === '1';
      return decide(req, reply, () => decideSyndicatedCorrection(commandContext(req), {
        siteId: Number(req.params.siteId), syndicationId: syndicationId(req.params.syndicationId), apply,
      }), apply ? 'Đã áp dụng bản đính chính cho tin của cổng.' : 'Đã bỏ qua bản đính chính.');
    });

  app.get<{ Params: SiteParams }>('/cong/:siteId/kiem-tra-chat-luong', { config: { permission: 'site.settings' } }, async (req, reply) => {
    const frame = await adminFrame(ctx, req, reply, Number(req.params.siteId));
    return html(reply, renderDocument(<QualityGateView frame={frame} model={{ siteId: frame.site!.id, config: qualityGateFromSettings(frame.site!.settings), errors: {} }} />));
  });

  app.post<{ Params: SiteParams }>('/cong/:siteId/kiem-tra-chat-luong', { config: { permission: 'site.settings' } }, async (req, reply) => {
    const siteId = Number(req.params.siteId);
    const { fields } = await readPostedForm(req);
    try {
      await updateQualityGate(commandContext(req), { siteId, form: fields });
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      const frame = await adminFrame(ctx, req, reply, siteId);
      return html(reply, renderDocument(<QualityGateView frame={frame} model={{
        siteId, config: qualityGateFromSettings(frame.site!.settings), form: fields, errors: err.fieldErrors,
      }} />), 422);
    }
    await ctx.directory.reload();
    return redirectWithFlash(reply, `/quan-tri/cong/${siteId}/kiem-tra-chat-luong`, 'Đã lưu yêu cầu kiểm tra chất lượng.');
  });

  app.get<{ Params: SiteParams }>('/cong/:siteId/thu-di', { config: { permission: 'user.manage' } }, async (req, reply) => {
    const frame = await adminFrame(ctx, req, reply, Number(req.params.siteId));
    const rows = await listOutbox(ctx.db, frame.site!.id, LIST_LIMIT);
    return html(reply, renderDocument(<OutboxView frame={frame} model={{
      smtpConfigured: ctx.config.smtpUrl !== null,
      items: rows.map((m) => ({
        id: m.id, to: m.to_address, subject: m.subject, body: m.body_text, status: m.status, error: m.error, createdAt: m.created_at, sentAt: m.sent_at,
      })),
    }} />));
  });
}
