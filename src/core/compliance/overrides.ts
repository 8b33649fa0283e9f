/**
 * A city's own adjustments to a pack (stored in compliance_overrides, applied to the city and its wards):
 * other weights, extra rules from local directives, and working-day calendar corrections. Pure: parsing,
 * validation with Vietnamese messages, and merging into a pack.
 */
import { isIsoDate } from '../calendar/workingDays.ts';
import type { CalendarDay } from '../calendar/vietnamHolidays.ts';
import { cleanLine } from '../text/vietnamese.ts';
import { SECTION_KINDS, SITE_LEVELS, type SectionKind, type SiteLevel } from '../types.ts';
import { isSlug } from '../validation/fields.ts';
import { type ComplianceRule, EMPTY_OVERRIDES, type PackOverrides, type PeriodUnit, type RulePack } from './types.ts';

export const MAX_WEIGHT = 10;

/** The pack as the city uses it: weights replaced (0 removes a rule), the city's rules appended. */
export function applyOverrides(pack: RulePack, o: PackOverrides): RulePack {
  const ids = new Set(pack.rules.map((r) => r.id));
  const rules = [
    ...pack.rules.map((r) => (o.weights[r.id] !== undefined ? { ...r, weight: o.weights[r.id]! } : r)),
    ...o.extraRules.filter((r) => !ids.has(r.id)).map((r) => ({ ...r, custom: true, weight: o.weights[r.id] ?? r.weight })),
  ];
  return { ...pack, rules };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function days(v: unknown): CalendarDay[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((d) => (isObject(d) && typeof d.date === 'string' && isIsoDate(d.date)
    ? [{ date: d.date, name: typeof d.name === 'string' ? d.name : '' }] : []));
}

/** Reads stored override JSON; anything unreadable is ignored rather than breaking the audit. */
export function parseOverrides(json: string | null | undefined): PackOverrides {
  if (!json) return EMPTY_OVERRIDES;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return EMPTY_OVERRIDES;
  }
  if (!isObject(raw)) return EMPTY_OVERRIDES;
  const weights: Record<string, number> = {};
  if (isObject(raw.weights)) {
    for (const [k, v] of Object.entries(raw.weights)) if (typeof v === 'number' && v >= 0 && v <= MAX_WEIGHT) weights[k] = v;
  }
  const extraRules = Array.isArray(raw.extraRules) ? raw.extraRules.filter(isObject).flatMap((r) => {
    try {
      return [buildCustomRule(customRuleInputOf(r))];
    } catch {
      return [];
    }
  }) : [];
  const calendar = isObject(raw.calendar) ? { offDays: days(raw.calendar.offDays), workDays: days(raw.calendar.workDays) } : { offDays: [], workDays: [] };
  return { weights, extraRules, calendar };
}

/** A weight typed in a form: "1", "0,5", "1.5" → number; NaN when not a number in [0, MAX_WEIGHT] with at most two decimals. */
export function parseWeight(text: string): number {
  const n = Number(text.trim().replace(',', '.'));
  return text.trim() !== '' && Number.isFinite(n) && n >= 0 && n <= MAX_WEIGHT && Math.round(n * 100) === n * 100 ? n : Number.NaN;
}

/** "2026-11-24 Ngày Văn hóa Việt Nam" per line → days; invalid lines are reported by their number. */
export function parseCalendarLines(text: string): { days: CalendarDay[]; badLines: number[] } {
  const out: CalendarDay[] = [];
  const bad: number[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const t = line.trim();
    if (!t) return;
    const m = /^(\d{4}-\d{2}-\d{2})\s*(.*)$/.exec(t);
    if (m && isIsoDate(m[1]!)) out.push({ date: m[1]!, name: cleanLine(m[2] ?? '') || 'Điều chỉnh của địa phương' });
    else bad.push(i + 1);
  });
  return { days: out, badLines: bad };
}

/* ------------------------------------------------------------------ custom rules */

export const CUSTOM_CHECK_KINDS = ['sectionHasContent', 'updatedWithin', 'minItemsPerPeriod'] as const;
export type CustomCheckKind = (typeof CUSTOM_CHECK_KINDS)[number];
export const CUSTOM_CHECK_LABELS: Record<CustomCheckKind, string> = {
  sectionHasContent: 'Chuyên mục có ít nhất N mục',
  updatedWithin: 'Chuyên mục được cập nhật trong vòng N ngày',
  minItemsPerPeriod: 'Chuyên mục có ít nhất N mục mỗi kỳ (tháng, quý, năm)',
};

/** A custom rule as typed in the form; every value a string. */
export interface CustomRuleInput {
  id: string;
  title: string;
  legalBasis: string;
  levels: string[];
  kind: string;
  sectionSlug: string;
  sectionKind: string;
  sectionName: string;
  /** N: minimum items, or days. */
  amount: string;
  period: string;
  periods: string;
  weight: string;
}

function customRuleInputOf(r: Record<string, unknown>): CustomRuleInput {
  const check = isObject(r.check) ? r.check : {};
  const section = isObject(check.section) ? check.section : {};
  const s = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
  const kind = s(check.kind);
  return {
    id: s(r.id), title: s(r.title), legalBasis: s(r.legalBasis),
    levels: Array.isArray(r.levels) ? r.levels.map(s) : [], kind,
    sectionSlug: s(section.slug), sectionKind: s(section.kind), sectionName: s(section.name),
    amount: s(kind === 'updatedWithin' ? check.days : check.min), period: s(check.period), periods: s(check.periods), weight: s(r.weight),
  };
}

/** Thrown with field-keyed Vietnamese messages by buildCustomRule. */
export class CustomRuleError extends Error {
  constructor(readonly fieldErrors: Record<string, string>) {
    super('invalid custom rule');
  }
}

/**
 * Validates a custom rule and builds it. `existingIds` are the ids already taken (pack rules and other custom
 * rules). @throws CustomRuleError
 */
export function buildCustomRule(input: CustomRuleInput, existingIds: readonly string[] = []): ComplianceRule {
  const errors: Record<string, string> = {};
  const id = input.id.trim().toUpperCase();
  const title = cleanLine(input.title);
  const legalBasis = cleanLine(input.legalBasis);
  if (!/^[A-Z0-9][A-Z0-9.-]{1,39}$/.test(id)) errors.id = 'Mã quy tắc gồm 2–40 chữ in hoa không dấu, số, dấu chấm hoặc gạch ngang (ví dụ: TP-CHI-TIEU-TIN).';
  else if (existingIds.includes(id)) errors.id = `Đã có quy tắc mã ${id}.`;
  if (!title) errors.title = 'Vui lòng nhập nội dung yêu cầu.';
  else if (title.length > 300) errors.title = 'Nội dung yêu cầu tối đa 300 ký tự.';
  if (!legalBasis) errors.legalBasis = 'Vui lòng nhập căn cứ (văn bản chỉ đạo của địa phương hoặc văn bản pháp luật).';
  else if (legalBasis.length > 300) errors.legalBasis = 'Căn cứ tối đa 300 ký tự.';
  const levels = SITE_LEVELS.filter((l) => input.levels.includes(l));
  if (levels.length === 0) errors.levels = 'Chọn ít nhất một cấp áp dụng.';
  const kind = (CUSTOM_CHECK_KINDS as readonly string[]).includes(input.kind) ? (input.kind as CustomCheckKind) : null;
  if (!kind) errors.kind = 'Vui lòng chọn cách kiểm tra.';
  const slug = input.sectionSlug.trim();
  if (!isSlug(slug, 150)) errors.sectionSlug = 'Đường dẫn chuyên mục chỉ gồm chữ thường không dấu, số và dấu gạch ngang (ví dụ: tin-tuc-su-kien).';
  const sectionKind = input.sectionKind.trim();
  if (sectionKind && !(SECTION_KINDS as readonly string[]).includes(sectionKind)) errors.sectionKind = 'Loại chuyên mục không hợp lệ.';
  const amount = Number(input.amount.trim());
  if (!Number.isInteger(amount) || amount < 0 || amount > 1000) errors.amount = 'Nhập một số nguyên từ 0 đến 1.000.';
  else if (kind === 'updatedWithin' && amount < 1) errors.amount = 'Số ngày phải từ 1 trở lên.';
  let period: PeriodUnit = 'month';
  let periods = 1;
  if (kind === 'minItemsPerPeriod') {
    if (input.period === 'month' || input.period === 'quarter' || input.period === 'year') period = input.period;
    else errors.period = 'Vui lòng chọn kỳ: tháng, quý hoặc năm.';
    periods = Number(input.periods.trim() || '1');
    if (!Number.isInteger(periods) || periods < 1 || periods > 12) errors.periods = 'Số kỳ kiểm tra từ 1 đến 12.';
  }
  const weight = parseWeight(input.weight);
  if (Number.isNaN(weight) || weight === 0) errors.weight = `Điểm là số dương đến ${MAX_WEIGHT}, tối đa hai chữ số thập phân (ví dụ: 0,5).`;
  if (Object.keys(errors).length > 0 || !kind) throw new CustomRuleError(errors);

  const section = { slug, name: cleanLine(input.sectionName) || slug, ...(sectionKind ? { kind: sectionKind as SectionKind } : {}) };
  const check = kind === 'sectionHasContent' ? { kind, section, min: amount }
    : kind === 'updatedWithin' ? { kind, section, days: amount }
      : { kind, section, period, min: amount, periods };
  return { id, title, legalBasis, requirements: [], levels: levels as SiteLevel[], check, weight, custom: true };
}
