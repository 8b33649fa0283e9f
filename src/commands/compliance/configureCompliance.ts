/**
 * Compliance settings: the rule pack a site is audited against (compliance.configure on the site; the
 * parent's oversight reaches its wards), and a city's adjustments of a pack — weights, extra rules from local
 * directives, working-day calendar corrections — which apply to the city and all its wards.
 */
import { NotFoundError, ValidationError } from '../../core/errors.ts';
import { CustomRuleError, MAX_WEIGHT, buildCustomRule, parseCalendarLines, parseWeight, type CustomRuleInput } from '../../core/compliance/overrides.ts';
import { findPack } from '../../core/compliance/packs/index.ts';
import type { PackOverrides } from '../../core/compliance/types.ts';
import { recordAudit } from '../../db/repositories/auditRepository.ts';
import { saveOverrides } from '../../db/repositories/complianceRepository.ts';
import { updateSite } from '../../db/repositories/siteRepository.ts';
import type { SiteRow } from '../../db/schema.ts';
import { type CommandContext, nowIso } from '../context.ts';
import { authorizedSite } from '../records/recordSupport.ts';
import { effectivePack, readSettings } from './complianceSettings.ts';

/**
 * Chooses the pack of a site; '' goes back to following the city (or the default).
 * @throws NotFoundError; ForbiddenError; ValidationError { packId }
 */
export async function setCompliancePack(ctx: CommandContext, input: { siteId: number; packId: string }): Promise<void> {
  const site = await authorizedSite(ctx, input.siteId, 'compliance.configure');
  if (input.packId !== '' && !findPack(input.packId)) throw new ValidationError({ packId: 'Vui lòng chọn một bộ quy tắc trong danh sách.' });
  const settings = readSettings(site);
  if (input.packId) settings.compliancePack = input.packId;
  else delete settings.compliancePack;
  const now = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await updateSite(trx, site.id, { settings: JSON.stringify(settings), updated_at: now });
    await recordAudit(trx, {
      siteId: site.id, actorId: ctx.actor.userId, action: 'site.compliancePackChosen', subjectType: 'site', subjectId: site.id,
      data: { pack: input.packId || null }, at: now,
    });
  });
}

async function citySite(ctx: CommandContext, siteId: number): Promise<SiteRow> {
  const site = await authorizedSite(ctx, siteId, 'compliance.configure');
  if (site.parent_id !== null) throw new NotFoundError('Chỉ cổng cấp thành phố, tỉnh điều chỉnh bộ quy tắc cho mình và các phường, xã.');
  return site;
}

async function store(ctx: CommandContext, site: SiteRow, packId: string, data: PackOverrides, action: string, detail: Record<string, unknown>): Promise<void> {
  const now = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const id = await saveOverrides(trx, { siteId: site.id, packId, data: JSON.stringify(data), actorId: ctx.actor.userId, at: now });
    await recordAudit(trx, { siteId: site.id, actorId: ctx.actor.userId, action, subjectType: 'compliance_override', subjectId: id, data: { pack: packId, ...detail }, at: now });
  });
}

/**
 * Saves the city's weights (by rule id, as typed: "1", "0,5"; 0 switches a rule off) and calendar lines
 * ("YYYY-MM-DD tên ngày" per line) for the pack the city uses.
 * @throws NotFoundError (not a city); ForbiddenError; ValidationError with field-keyed Vietnamese messages
 */
export async function saveComplianceAdjustments(
  ctx: CommandContext,
  input: { siteId: number; weights: Record<string, string>; offDays: string; workDays: string },
): Promise<void> {
  const site = await citySite(ctx, input.siteId);
  const { pack, overrides } = await effectivePack(ctx.db, site);
  const errors: Record<string, string> = {};
  const weights: Record<string, number> = { ...overrides.weights };
  for (const rule of pack.rules) {
    const typed = input.weights[rule.id];
    if (typed === undefined) continue;
    const w = parseWeight(typed);
    if (Number.isNaN(w)) errors[`w_${rule.id}`] = `Điểm từ 0 đến ${MAX_WEIGHT}, tối đa hai chữ số thập phân.`;
    else weights[rule.id] = w;
  }
  const off = parseCalendarLines(input.offDays);
  const work = parseCalendarLines(input.workDays);
  if (off.badLines.length) errors.offDays = `Dòng ${off.badLines.join(', ')} không đúng dạng "2026-11-24 Tên ngày nghỉ".`;
  if (work.badLines.length) errors.workDays = `Dòng ${work.badLines.join(', ')} không đúng dạng "2026-01-10 Làm bù".`;
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  await store(ctx, site, pack.id, { ...overrides, weights, calendar: { offDays: off.days, workDays: work.days } }, 'compliance.adjusted',
    { weights: Object.keys(weights).length, offDays: off.days.length, workDays: work.days.length });
}

/**
 * Adds a rule from a local directive to the city's pack (e.g. CITY-WF-03: two items with photos per month).
 * @throws NotFoundError (not a city); ForbiddenError; ValidationError with field-keyed Vietnamese messages
 */
export async function addCustomRule(ctx: CommandContext, input: CustomRuleInput & { siteId: number }): Promise<{ ruleId: string }> {
  const site = await citySite(ctx, input.siteId);
  const { pack, overrides } = await effectivePack(ctx.db, site);
  let rule;
  try {
    rule = buildCustomRule(input, pack.rules.map((r) => r.id));
  } catch (err) {
    if (err instanceof CustomRuleError) throw new ValidationError(err.fieldErrors);
    throw err;
  }
  await store(ctx, site, pack.id, { ...overrides, extraRules: [...overrides.extraRules, rule] }, 'compliance.ruleAdded', { rule: rule.id });
  return { ruleId: rule.id };
}

/** Removes one of the city's own rules. @throws NotFoundError; ForbiddenError */
export async function removeCustomRule(ctx: CommandContext, input: { siteId: number; ruleId: string }): Promise<void> {
  const site = await citySite(ctx, input.siteId);
  const { pack, overrides } = await effectivePack(ctx.db, site);
  if (!overrides.extraRules.some((r) => r.id === input.ruleId)) throw new NotFoundError('Không tìm thấy quy tắc riêng này.');
  const weights = { ...overrides.weights };
  delete weights[input.ruleId];
  await store(ctx, site, pack.id, { ...overrides, weights, extraRules: overrides.extraRules.filter((r) => r.id !== input.ruleId) }, 'compliance.ruleRemoved', { rule: input.ruleId });
}
