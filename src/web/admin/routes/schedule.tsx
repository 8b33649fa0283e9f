/** Leaders' weekly schedule of a portal: week view, add, change (marked), postpone (records.manage). */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { cancelScheduleEntry, saveScheduleEntry } from '../../../commands/schedule/saveScheduleEntry.ts';
import { portalDateOf } from '../../../core/calendar/workingDays.ts';
import { NotFoundError, ValidationError } from '../../../core/errors.ts';
import { parseWeekKey, shiftWeek, weekOfDate } from '../../../core/records/schedule.ts';
import { readDate } from '../../../commands/records/recordSupport.ts';
import { listOfficials } from '../../../db/repositories/officialRepository.ts';
import { findScheduleEntry, listScheduleEntries } from '../../../db/repositories/scheduleRepository.ts';
import { listSections } from '../../../db/repositories/sectionRepository.ts';
import type { SiteRow } from '../../../db/schema.ts';
import { presentWeek, portalTime } from '../../presenters/schedule.ts';
import { adminFrame, redirectWithFlash } from '../frame.ts';
import { commandContext, idParam, optionalNumber, readForm, sendPage } from '../formSupport.ts';
import { hintFor } from '../recordHints.ts';
import { SCHEDULE_FIELDS, type ScheduleForm, ScheduleFormPage, ScheduleWeekPage, emptyScheduleForm } from '../views/ScheduleViews.tsx';

type SiteParams = { Params: { siteId: string } };
type EntryParams = { Params: { siteId: string; entryId: string } };

export async function scheduleAdminRoutes(app: FastifyInstance): Promise<void> {
  const ctx = app.ctx;
  const config = { permission: 'records.manage' as const };

  async function leaders(siteId: number) {
    const all = await listOfficials(ctx.db, siteId);
    return all.filter((o) => o.is_leader === 1).concat(all.filter((o) => o.is_leader !== 1));
  }

  async function renderEdit(req: FastifyRequest, reply: FastifyReply, site: SiteRow, entryId: number, opts: { form?: ScheduleForm; errors?: Record<string, string>; cancelErrors?: Record<string, string>; reason?: string; status?: number }) {
    const frame = await adminFrame(ctx, req, reply, site.id);
    const entry = await findScheduleEntry(ctx.db, site.id, entryId);
    if (!entry) throw new NotFoundError('Không tìm thấy mục lịch công tác này.');
    const form = opts.form ?? {
      officialId: entry.official_id === null ? '' : String(entry.official_id), date: portalDateOf(entry.starts_at), startTime: portalTime(entry.starts_at),
      endTime: entry.ends_at ? portalTime(entry.ends_at) : '', location: entry.location, content: entry.content, chair: entry.chair,
      participants: entry.participants, changeNote: '',
    };
    return sendPage(reply, <ScheduleFormPage frame={frame} site={site} entry={entry} form={form} errors={opts.errors ?? {}} leaders={await leaders(site.id)}
      cancelErrors={opts.cancelErrors ?? {}} reason={opts.reason ?? ''} />, opts.status ?? 200);
  }

  app.get<SiteParams & { Querystring: { tuan?: string } }>('/cong/:siteId/lich-cong-tac', { config }, async (req, reply) => {
    const frame = await adminFrame(ctx, req, reply, idParam(req.params.siteId));
    const site = frame.site!;
    const week = (req.query.tuan ? parseWeekKey(req.query.tuan) : undefined) ?? weekOfDate(portalDateOf(ctx.clock.now()));
    const [entries, officials, sections] = await Promise.all([
      listScheduleEntries(ctx.db, site.id, week.startIso, week.endIso), listOfficials(ctx.db, site.id), listSections(ctx.db, site.id),
    ]);
    const days = presentWeek(week, entries, new Map(officials.map((o) => [o.id, o])));
    return sendPage(reply, <ScheduleWeekPage frame={frame} site={site} week={week} prev={shiftWeek(week, -1)} next={shiftWeek(week, 1)} days={days}
      hint={hintFor(site, sections, 'schedule')} hasLeaders={officials.some((o) => o.is_leader === 1)} />);
  });

  app.get<SiteParams & { Querystring: { ngay?: string } }>('/cong/:siteId/lich-cong-tac/moi', { config }, async (req, reply) => {
    const frame = await adminFrame(ctx, req, reply, idParam(req.params.siteId));
    const date = readDate(req.query.ngay ?? '') ?? portalDateOf(ctx.clock.now());
    return sendPage(reply, <ScheduleFormPage frame={frame} site={frame.site!} form={emptyScheduleForm(date)} errors={{}} leaders={await leaders(frame.site!.id)} />);
  });

  app.post<SiteParams>('/cong/:siteId/lich-cong-tac', { config }, async (req, reply) => {
    const siteId = idParam(req.params.siteId);
    const form = readForm(req.body, SCHEDULE_FIELDS);
    try {
      const { id } = await saveScheduleEntry(commandContext(ctx, req), { ...form, siteId, officialId: optionalNumber(form.officialId) });
      const entry = (await findScheduleEntry(ctx.db, siteId, id))!;
      return redirectWithFlash(reply, `/quan-tri/cong/${siteId}/lich-cong-tac?tuan=${weekOfDate(portalDateOf(entry.starts_at)).key}`, 'Đã đăng lịch công tác.');
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      const frame = await adminFrame(ctx, req, reply, siteId);
      return sendPage(reply, <ScheduleFormPage frame={frame} site={frame.site!} form={form} errors={err.fieldErrors} leaders={await leaders(siteId)} />, 422);
    }
  });

  app.get<EntryParams>('/cong/:siteId/lich-cong-tac/:entryId', { config }, async (req, reply) =>
    renderEdit(req, reply, ctx.directory.byId(idParam(req.params.siteId))!, idParam(req.params.entryId), {}));

  app.post<EntryParams>('/cong/:siteId/lich-cong-tac/:entryId', { config }, async (req, reply) => {
    const siteId = idParam(req.params.siteId);
    const entryId = idParam(req.params.entryId);
    const form = readForm(req.body, SCHEDULE_FIELDS);
    try {
      await saveScheduleEntry(commandContext(ctx, req), { ...form, siteId, entryId, officialId: optionalNumber(form.officialId) });
      const entry = (await findScheduleEntry(ctx.db, siteId, entryId))!;
      return redirectWithFlash(reply, `/quan-tri/cong/${siteId}/lich-cong-tac?tuan=${weekOfDate(portalDateOf(entry.starts_at)).key}`, 'Đã lưu điều chỉnh lịch công tác.');
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      return renderEdit(req, reply, ctx.directory.byId(siteId)!, entryId, { form, errors: err.fieldErrors, status: 422 });
    }
  });

  app.post<EntryParams>('/cong/:siteId/lich-cong-tac/:entryId/hoan', { config }, async (req, reply) => {
    const siteId = idParam(req.params.siteId);
    const entryId = idParam(req.params.entryId);
    const { reason } = readForm(req.body, ['reason'] as const);
    try {
      await cancelScheduleEntry(commandContext(ctx, req), { siteId, entryId, reason });
      return redirectWithFlash(reply, `/quan-tri/cong/${siteId}/lich-cong-tac`, 'Đã đánh dấu hoãn, hủy lịch.');
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      return renderEdit(req, reply, ctx.directory.byId(siteId)!, entryId, { cancelErrors: err.fieldErrors, reason, status: 422 });
    }
  });
}
