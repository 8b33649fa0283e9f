/**
 * Reminds the units behind their quota before the period closes (issue 6): every contributor and leader of
 * such a unit gets an inbox notification and an e-mail (through the outbox and its job), and one audit event
 * per unit reminded, all in one transaction. Run by the reminder job; no person acts.
 */
import type { Kysely } from 'kysely';
import { isPeriodKey, periodLabel, periodOf, shiftPeriod } from '../../core/contributions/periods.ts';
import { NotFoundError } from '../../core/errors.ts';
import type { Clock } from '../../core/types.ts';
import { recordAudit } from '../../db/repositories/auditRepository.ts';
import { findSite } from '../../db/repositories/siteRepository.ts';
import { usersWithRole } from '../../db/repositories/workflowRepository.ts';
import type { DB } from '../../db/schema.ts';
import { figuresFor } from '../../reports/monthlyReport.ts';
import { notify } from '../notifications/notify.ts';
import { loadContributionSettings, loadQuotaRules } from './contributionSettings.ts';

export interface RemindersResult {
  unitsBehind: number;
  people: number;
}

function dmy(date: string): string {
  return date.split('-').reverse().join('/');
}

export async function sendQuotaReminders(db: Kysely<DB>, clock: Clock, input: { siteId: number; periodKey: string }): Promise<RemindersResult> {
  const site = await findSite(db, input.siteId);
  if (!site) throw new NotFoundError();
  if (!isPeriodKey(input.periodKey)) throw new RangeError(`Not a period: ${input.periodKey}`);
  const settings = await loadContributionSettings(db, site);
  const period = periodOf(input.periodKey, settings.reportDay);
  const now = clock.now();
  const at = now.toISOString();
  const window = { startIso: period.startIso, endIso: at < period.endIso ? at : period.endIso };
  const figures = await figuresFor(db, {
    siteId: site.id, periodKey: period.key, window, previous: shiftPeriod(period, -1, settings.reportDay), settings, rules: await loadQuotaRules(db, site.id),
  });
  const behind = figures.units.filter((u) => u.met === false);
  return db.transaction().execute(async (trx) => {
    let people = 0;
    for (const u of behind) {
      const missing = u.quota.target - u.counts.counted;
      const what = u.quota.requirePhoto ? 'tin, bài có ảnh' : 'tin, bài';
      const message = `${u.name} mới có ${u.counts.counted}/${u.quota.target} ${what} được đăng trong kỳ ${periodLabel(period)}; còn thiếu ${missing}. `
        + `Kỳ báo cáo kết thúc ngày ${dmy(period.endDate)}.`;
      const recipients = await usersWithRole(trx, site.id, ['contributor', 'leader'], u.unitId);
      const told = await notify(trx, {
        siteId: site.id, contentId: null, kind: 'quota_reminder', message, link: `/quan-tri/cong/${site.id}/chi-tieu`, recipients, at,
        subject: `Nhắc chỉ tiêu tin, bài: ${u.name} còn thiếu ${missing}`,
        details: 'Tin, bài gửi Ban Biên tập cần được lãnh đạo đơn vị duyệt trước; vui lòng gửi sớm để kịp biên tập, đăng trong kỳ.',
      });
      people += told;
      await recordAudit(trx, {
        siteId: site.id, actorId: null, action: 'quota.reminded', subjectType: 'quota', subjectId: u.unitId,
        data: { period: period.key, counted: u.counts.counted, target: u.quota.target, people: told }, at,
      });
    }
    return { unitsBehind: behind.length, people };
  });
}
