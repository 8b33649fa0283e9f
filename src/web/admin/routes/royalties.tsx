/**
 * Royalties in the admin: the items of a period to assess and the assessment form (royalty.assess: the board),
 * the payout list with payment status and exports, the rates (royalty.manage: the editor-in-chief and oversight).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { loadContributionSettings, loadRoyaltySettings, ROYALTY_SCOPE } from '../../../commands/contributions/contributionSettings.ts';
import { assessRoyalty } from '../../../commands/royalties/assessRoyalty.ts';
import { loadRoyaltyItem } from '../../../commands/royalties/royaltyItem.ts';
import { saveRoyaltySettings } from '../../../commands/royalties/saveRoyaltySettings.ts';
import { setRoyaltyPayment } from '../../../commands/royalties/setRoyaltyPayment.ts';
import { isClosed, periodAt, shiftPeriod } from '../../../core/contributions/periods.ts';
import { royaltyFields, royaltyToForm } from '../../../core/contributions/settingsForms.ts';
import { NotFoundError, ValidationError } from '../../../core/errors.ts';
import { can } from '../../../core/policies/policy.ts';
import { type PhotoFact, assessmentFields, initialAssessmentForm } from '../../../core/royalties/assessmentForm.ts';
import { type RoyaltySettings, formatCoefficient, formatPercent, unitValue } from '../../../core/royalties/royalty.ts';
import { findSettingsData } from '../../../db/repositories/contributionRepository.ts';
import { findAssessmentOf, linesOf } from '../../../db/repositories/royaltyRepository.ts';
import type { SiteRow } from '../../../db/schema.ts';
import { buildPayoutList } from '../../../reports/payoutList.ts';
import { chosenPeriod, recentPeriods } from '../../../reports/quotaProgress.ts';
import { getRoyaltyCandidates } from '../../../reports/queries/getRoyaltyCandidates.ts';
import { renderPayoutXlsx } from '../../../reports/render/payoutXlsx.ts';
import { portalName } from '../../../reports/render/wording.ts';
import { DOCX_MIME, XLSX_MIME } from '../../../reports/render/xlsxSupport.ts';
import { portalDateOf } from '../../../core/calendar/workingDays.ts';
import { formatVnd } from '../../../core/money/vnd.ts';
import { adminFrame, redirectWithFlash } from '../frame.ts';
import { commandContext, idParam, readForm, sendPage } from '../formSupport.ts';
import { AssessmentPage, PayoutPage, RoyaltyListPage, RoyaltySettingsPage } from '../views/RoyaltyViews.tsx';
import { facts } from './contributions.tsx';

type SiteParams = { Params: { siteId: string }; Querystring: { ky?: string } };
type ItemParams = { Params: { siteId: string; contentId: string } };

/** The period shown by default: the last closed one (royalties are assessed after the month), else the open one. */
function defaultPeriodKey(reportDay: number, now: Date): string {
  const open = periodAt(now, reportDay);
  return isClosed(open, now) ? open.key : shiftPeriod(open, -1, reportDay).key;
}

/** The form as posted, with the existing lines shown back as the form when the item was assessed. */
function formFromLines(lines: Awaited<ReturnType<typeof linesOf>>, rateTable: string, bonuses: { code: string; bp: number }[], settings: RoyaltySettings, photos: PhotoFact[]): Record<string, string> {
  const text = lines.filter((l) => l.part_kind === 'text');
  const form: Record<string, string> = { rate_table: rateTable, coefficient: text[0] ? formatCoefficient(text[0].coefficient) : '0', note: '' };
  text.forEach((l, i) => {
    form[`author_${i + 1}`] = l.author_name;
    form[`share_${i + 1}`] = formatPercent(l.share_bp);
  });
  for (const [i, photo] of photos.entries()) {
    const p = lines.find((l) => l.part_kind === 'photo' && l.part_label === photo.label) ?? null;
    form[`photo_coef_${i + 1}`] = p ? formatCoefficient(p.coefficient) : '';
    form[`photo_author_${i + 1}`] = p?.author_name ?? '';
  }
  for (const b of settings.bonuses) form[`bonus_${b.code}`] = formatPercent(bonuses.find((x) => x.code === b.code)?.bp ?? 0).replace(/^0$/, '');
  return form;
}

export async function royaltyRoutes(app: FastifyInstance): Promise<void> {
  const ctx = app.ctx;

  app.get<SiteParams>('/cong/:siteId/nhuan-but', { config: { permission: 'royalty.assess' } }, async (req, reply) => {
    const frame = await adminFrame(ctx, req, reply, idParam(req.params.siteId));
    const site = frame.site!;
    const now = ctx.clock.now();
    const { reportDay } = await loadContributionSettings(ctx.db, site);
    const period = chosenPeriod(req.query.ky ?? defaultPeriodKey(reportDay, now), reportDay, now);
    return sendPage(reply, <RoyaltyListPage frame={frame} site={site} period={period} periods={recentPeriods(reportDay, now)}
      items={await getRoyaltyCandidates(ctx.db, site.id, period)} unitValue={unitValue(await loadRoyaltySettings(ctx.db, site))}
      canPay={can(frame.actor, 'royalty.manage', facts(site))} />);
  });

  async function assessmentPage(req: FastifyRequest, reply: FastifyReply, siteId: number, contentId: number, posted?: { form: Record<string, string>; errors: Record<string, string> }) {
    const frame = await adminFrame(ctx, req, reply, siteId);
    const site = frame.site!;
    const item = await loadRoyaltyItem(ctx.db, site.id, contentId);
    if (!item) throw new NotFoundError('Không tìm thấy tin, bài đã xuất bản này trên cổng.');
    const settings = await loadRoyaltySettings(ctx.db, site);
    const assessment = await findAssessmentOf(ctx.db, site.id, item.content.id);
    const lines = assessment ? await linesOf(ctx.db, site.id, assessment.id) : [];
    const form = posted?.form ?? (assessment
      ? formFromLines(lines, assessment.rate_table, JSON.parse(assessment.bonuses) as { code: string; bp: number }[], settings, item.photos)
      : initialAssessmentForm({ genre: item.content.genre, authorName: item.content.author_name, rateTable: item.defaultTable, photos: item.photos, settings }));
    if (assessment && !posted) form.note = assessment.note;
    return sendPage(reply, <AssessmentPage frame={frame} site={site} item={item} form={form} errors={posted?.errors ?? {}} settings={settings}
      unitValue={unitValue(settings)} lines={lines} />, posted ? 422 : 200);
  }

  app.get<ItemParams>('/cong/:siteId/nhuan-but/muc/:contentId', { config: { permission: 'royalty.assess' } }, async (req, reply) =>
    assessmentPage(req, reply, idParam(req.params.siteId), idParam(req.params.contentId)));

  app.post<ItemParams>('/cong/:siteId/nhuan-but/muc/:contentId', { config: { permission: 'royalty.assess' } }, async (req, reply) => {
    const siteId = idParam(req.params.siteId);
    const contentId = idParam(req.params.contentId);
    const site = ctx.directory.byId(siteId);
    const item = site ? await loadRoyaltyItem(ctx.db, siteId, contentId) : undefined;
    if (!site || !item) throw new NotFoundError('Không tìm thấy tin, bài đã xuất bản này trên cổng.');
    const form = readForm(req.body, assessmentFields(item.photos.length, await loadRoyaltySettings(ctx.db, site)));
    try {
      const r = await assessRoyalty(commandContext(ctx, req), { siteId, contentId, form });
      return redirectWithFlash(reply, `/quan-tri/cong/${siteId}/nhuan-but/muc/${contentId}`, `Đã lưu nhuận bút: ${formatVnd(r.amount)}.`);
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      return assessmentPage(req, reply, siteId, contentId, { form, errors: err.fieldErrors });
    }
  });

  async function payoutPage(req: FastifyRequest, reply: FastifyReply, siteId: number, key: string | undefined, posted?: { form: { trang_thai: string; ghi_chu: string }; errors: Record<string, string> }) {
    const frame = await adminFrame(ctx, req, reply, siteId);
    const site = frame.site!;
    const now = ctx.clock.now();
    const [{ reportDay }, settings] = await Promise.all([loadContributionSettings(ctx.db, site), loadRoyaltySettings(ctx.db, site)]);
    const period = chosenPeriod(key ?? defaultPeriodKey(reportDay, now), reportDay, now);
    const list = await buildPayoutList(ctx.db, { siteId: site.id, period, payWithinDays: settings.payWithinDays, now });
    return sendPage(reply, <PayoutPage frame={frame} site={site} list={list} periods={recentPeriods(reportDay, now)} errors={posted?.errors ?? {}}
      form={posted?.form ?? { trang_thai: 'paid', ghi_chu: '' }} />, posted ? 422 : 200);
  }

  app.get<SiteParams>('/cong/:siteId/nhuan-but/chi-tra', { config: { permission: 'royalty.manage' } }, async (req, reply) =>
    payoutPage(req, reply, idParam(req.params.siteId), req.query.ky));

  app.post<SiteParams>('/cong/:siteId/nhuan-but/chi-tra', { config: { permission: 'royalty.manage' } }, async (req, reply) => {
    const siteId = idParam(req.params.siteId);
    const form = readForm(req.body, ['ky', 'trang_thai', 'ghi_chu'] as const);
    const raw = (req.body && typeof req.body === 'object' ? (req.body as Record<string, unknown>).dong : undefined) ?? [];
    const lineIds = (Array.isArray(raw) ? raw : [raw]).map((v) => Number(v));
    try {
      const n = await setRoyaltyPayment(commandContext(ctx, req), { siteId, lineIds, paid: form.trang_thai !== 'unpaid', note: form.ghi_chu });
      return redirectWithFlash(reply, `/quan-tri/cong/${siteId}/nhuan-but/chi-tra?ky=${encodeURIComponent(form.ky)}`,
        form.trang_thai === 'unpaid' ? `Đã chuyển ${n} dòng về "chưa chi".` : `Đã ghi nhận chi trả ${n} dòng.`);
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      return payoutPage(req, reply, siteId, form.ky || undefined, { form: { trang_thai: form.trang_thai || 'paid', ghi_chu: form.ghi_chu }, errors: err.fieldErrors });
    }
  });

  app.get<{ Params: { siteId: string; format: string }; Querystring: { ky?: string } }>('/cong/:siteId/nhuan-but/chi-tra/tai/:format', { config: { permission: 'royalty.manage' } }, async (req, reply) => {
    const format = req.params.format;
    if (format !== 'docx' && format !== 'xlsx') throw new NotFoundError();
    await ctx.directory.fresh();
    const site = ctx.directory.byId(idParam(req.params.siteId)) as SiteRow | undefined;
    if (!site) throw new NotFoundError();
    const now = ctx.clock.now();
    const [quota, settings] = await Promise.all([loadContributionSettings(ctx.db, site), loadRoyaltySettings(ctx.db, site)]);
    const period = chosenPeriod(req.query.ky ?? defaultPeriodKey(quota.reportDay, now), quota.reportDay, now);
    const list = await buildPayoutList(ctx.db, { siteId: site.id, period, payWithinDays: settings.payWithinDays, now });
    const portal = portalName(site);
    let bytes: Buffer;
    if (format === 'xlsx') bytes = await renderPayoutXlsx(list, { fullName: site.full_name, portal }, now);
    else {
      // The DOCX renderer loads the docx package: only here, when the list is downloaded (ADR 0013).
      const { renderPayoutDocx } = await import('../../../reports/render/payoutDocx.ts');
      bytes = await renderPayoutDocx(list, { portal, document: quota.document, date: portalDateOf(now), baseSalary: settings.baseSalary, unitValueBp: settings.unitValueBp, unitValue: unitValue(settings) });
    }
    return reply.type(format === 'docx' ? DOCX_MIME : XLSX_MIME).header('content-disposition', `attachment; filename="nhuan-but-${period.key}.${format}"`)
      .header('cache-control', 'private, no-store').send(bytes);
  });

  async function settingsPage(req: FastifyRequest, reply: FastifyReply, siteId: number, posted?: { form: Record<string, string>; errors: Record<string, string> }) {
    const frame = await adminFrame(ctx, req, reply, siteId);
    const site = frame.site!;
    const own = await findSettingsData(ctx.db, site.id, ROYALTY_SCOPE);
    return sendPage(reply, <RoyaltySettingsPage frame={frame} site={site} form={posted?.form ?? royaltyToForm(await loadRoyaltySettings(ctx.db, site))}
      errors={posted?.errors ?? {}} inherited={own === undefined && site.parent_id !== null} />, posted ? 422 : 200);
  }

  app.get<SiteParams>('/cong/:siteId/nhuan-but/cai-dat', { config: { permission: 'royalty.manage' } }, async (req, reply) => settingsPage(req, reply, idParam(req.params.siteId)));

  app.post<SiteParams>('/cong/:siteId/nhuan-but/cai-dat', { config: { permission: 'royalty.manage' } }, async (req, reply) => {
    const siteId = idParam(req.params.siteId);
    const form = readForm(req.body, royaltyFields());
    try {
      await saveRoyaltySettings(commandContext(ctx, req), { siteId, form });
      return redirectWithFlash(reply, `/quan-tri/cong/${siteId}/nhuan-but/cai-dat`, 'Đã lưu khung hệ số nhuận bút.');
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      return settingsPage(req, reply, siteId, { form, errors: err.fieldErrors });
    }
  });
}
