/**
 * The board sets the royalty of a published item (regulations.md §3, ND18-FORMULA): the coefficient of the text
 * within its genre's range, the authors and their shares, a coefficient per photo, the extra percentages; the
 * lines are computed (core/royalties) and stored with the unit value of the day, in one transaction with an
 * audit event. Reassessing replaces the lines while none of them has been paid.
 */
import { periodAt } from '../../core/contributions/periods.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../core/errors.ts';
import { authorize } from '../../core/policies/policy.ts';
import { type AssessmentForm, validateAssessment } from '../../core/royalties/assessmentForm.ts';
import { computeLines, unitValue } from '../../core/royalties/royalty.ts';
import { recordAudit } from '../../db/repositories/auditRepository.ts';
import { deleteLinesOf, findAssessmentOf, insertAssessment, insertLines, linesOf, updateAssessment } from '../../db/repositories/royaltyRepository.ts';
import { findSite } from '../../db/repositories/siteRepository.ts';
import { loadContributionSettings, loadRoyaltySettings } from '../contributions/contributionSettings.ts';
import { type CommandContext, nowIso } from '../context.ts';
import { loadRoyaltyItem } from './royaltyItem.ts';

/**
 * @returns the assessment id and its total in đồng.
 * @throws NotFoundError (no such published item on the site); ForbiddenError without royalty.assess;
 *   ValidationError with field-keyed messages; ConflictError when a line was already paid.
 */
export async function assessRoyalty(ctx: CommandContext, input: { siteId: number; contentId: number; form: AssessmentForm }): Promise<{ id: number; amount: number }> {
  const site = await findSite(ctx.db, input.siteId);
  if (!site) throw new NotFoundError();
  authorize(ctx.actor, 'royalty.assess', { id: site.id, parentId: site.parent_id });
  const item = await loadRoyaltyItem(ctx.db, site.id, input.contentId);
  if (!item) throw new NotFoundError('Không tìm thấy tin, bài đã xuất bản này trên cổng.');
  const [settings, quota] = await Promise.all([loadRoyaltySettings(ctx.db, site), loadContributionSettings(ctx.db, site)]);
  const result = validateAssessment(input.form, { genre: item.content.genre, photos: item.photos, settings });
  if (!result.ok) throw new ValidationError(result.errors);
  const v = result.value;
  const value = unitValue(settings);
  const lines = computeLines(v.parts, { unitValue: value, bonusBp: v.bonusBp, roundingUnit: settings.roundingUnit });
  const amount = lines.reduce((a, l) => a + l.amount, 0);
  const at = nowIso(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const existing = await findAssessmentOf(trx, site.id, item.content.id);
    if (existing && (await linesOf(trx, site.id, existing.id)).some((l) => l.status === 'paid')) {
      throw new ConflictError('Nhuận bút của tin, bài này đã được chi trả một phần; không thể sửa. Hãy chuyển các dòng đã chi về "chưa chi" trước nếu cần điều chỉnh.');
    }
    const row = {
      rate_table: v.rateTable, genre: item.content.genre, bonuses: JSON.stringify(v.bonuses), bonus_bp: v.bonusBp, unit_value: value, amount,
      period_key: periodAt(item.firstPublishedAt, quota.reportDay).key, published_at: item.firstPublishedAt, note: v.note, assessed_by: ctx.actor.userId, updated_at: at,
    };
    let id: number;
    if (existing) {
      id = existing.id;
      await updateAssessment(trx, site.id, id, row);
      await deleteLinesOf(trx, site.id, id);
    } else {
      id = await insertAssessment(trx, { ...row, site_id: site.id, content_id: item.content.id, created_at: at });
    }
    await insertLines(trx, lines.map((l) => ({
      site_id: site.id, assessment_id: id, part_index: l.partIndex, part_kind: l.kind, part_label: l.label, media_id: l.mediaId, coefficient: l.coefficient,
      part_amount: l.partAmount, author_name: l.authorName, share_bp: l.shareBp, amount: l.amount, status: 'unpaid', paid_at: null, paid_by: null,
      payment_note: '', created_at: at, updated_at: at,
    })));
    await recordAudit(trx, {
      siteId: site.id, actorId: ctx.actor.userId, action: existing ? 'royalty.reassessed' : 'royalty.assessed', subjectType: 'royalty', subjectId: id,
      data: { contentId: item.content.id, amount, lines: lines.length, table: v.rateTable }, at,
    });
    return { id, amount };
  });
}
