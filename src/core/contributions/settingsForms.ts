/**
 * The three settings forms of the contribution oversight as pure rules (values as typed → validated settings,
 * or Vietnamese messages beside each field): the quota and report settings, the royalty rates, the competition
 * formula of a year. Each has its `…ToForm` for showing the current values.
 */
import { type CompetitionFormula, formatScore } from '../competition/score.ts';
import { type CoefficientRange, type RoyaltySettings, formatCoefficient, formatPercent, parseCoefficient, parsePercent } from '../royalties/royalty.ts';
import { cleanLine, slugify } from '../text/vietnamese.ts';
import { GENRES, UNIT_KINDS, type Genre, type UnitKind } from '../types.ts';
import type { QuotaDefault } from './quotas.ts';
import { MAX_REPORT_DAY, MIN_REPORT_DAY, isPeriodKey } from './periods.ts';
import type { ContributionSettings } from './settings.ts';

export type Form = Record<string, string>;
export type Result<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };

const lines = (text: string) => text.split(/\r?\n/).map(cleanLine).filter(Boolean);
const checked = (v: string | undefined) => v === '1' || v === 'on' || v === 'true';

function intField(form: Form, name: string, min: number, max: number, errors: Record<string, string>, message: string): number {
  const t = (form[name] ?? '').trim().replace(/\./g, '');
  const n = /^\d+$/.test(t) ? Number(t) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    errors[name] = message;
    return min;
  }
  return n;
}

/* ------------------------------------------------------------ quota and report settings */

export const SETTINGS_FIELDS = [
  'report_day', 'reminder_days', 'reminder_kind', 'reminder_hour', 'count_refused',
  ...UNIT_KINDS.flatMap((k) => [`target_${k}`, `photo_${k}`]),
  'parent_body', 'issuing_body', 'symbol', 'numbering', 'place', 'addressee', 'recipients', 'archive', 'signer_lines', 'signer_name',
] as const;

export function settingsToForm(s: ContributionSettings): Form {
  const f: Form = {
    report_day: String(s.reportDay), reminder_days: String(s.reminderDaysBefore), reminder_kind: s.reminderDayKind, reminder_hour: String(s.reminderHour),
    count_refused: s.countRefused ? '1' : '', parent_body: s.document.parentBody, issuing_body: s.document.issuingBody, symbol: s.document.symbol,
    numbering: s.document.numbering, place: s.document.place, addressee: s.document.addressee, recipients: s.document.recipients.join('\n'),
    archive: s.document.archive, signer_lines: s.document.signerLines.join('\n'), signer_name: s.document.signerName,
  };
  for (const k of UNIT_KINDS) {
    f[`target_${k}`] = String(s.quotaDefaults[k].target);
    f[`photo_${k}`] = s.quotaDefaults[k].requirePhoto ? '1' : '';
  }
  return f;
}

export function validateSettingsForm(form: Form): Result<ContributionSettings> {
  const errors: Record<string, string> = {};
  const reportDay = intField(form, 'report_day', MIN_REPORT_DAY, MAX_REPORT_DAY, errors, `Ngày báo cáo là một ngày từ ${MIN_REPORT_DAY} đến ${MAX_REPORT_DAY} trong tháng.`);
  const reminderDaysBefore = intField(form, 'reminder_days', 0, 20, errors, 'Số ngày nhắc trước là số từ 0 (không nhắc) đến 20.');
  const reminderHour = intField(form, 'reminder_hour', 0, 23, errors, 'Giờ gửi nhắc là số từ 0 đến 23.');
  const quotaDefaults = Object.fromEntries(UNIT_KINDS.map((k) => [k, {
    target: intField(form, `target_${k}`, 0, 1000, errors, 'Chỉ tiêu là số tin, bài mỗi kỳ, từ 0 (không giao) đến 1000.'),
    requirePhoto: checked(form[`photo_${k}`]),
  }])) as Record<UnitKind, QuotaDefault>;
  const issuingBody = (form.issuing_body ?? '').split(/\r?\n/).map(cleanLine).filter(Boolean).join('\n');
  if (!issuingBody) errors.issuing_body = 'Vui lòng nhập tên cơ quan ban hành báo cáo.';
  const symbol = cleanLine(form.symbol ?? '').toLocaleUpperCase('vi');
  if (!/^[\p{Lu}\d]+(-[\p{Lu}\d]+)*$/u.test(symbol)) errors.symbol = 'Ký hiệu viết hoa, các phần nối bằng dấu gạch ngang, không có khoảng trắng (ví dụ BC-VHTT).';
  const place = cleanLine(form.place ?? '');
  if (!place) errors.place = 'Vui lòng nhập địa danh ghi ở dòng ngày tháng (ví dụ Tây Ninh).';
  const signerLines = lines(form.signer_lines ?? '').map((l) => l.toLocaleUpperCase('vi'));
  if (signerLines.length === 0) errors.signer_lines = 'Vui lòng nhập quyền hạn, chức vụ của người ký (ví dụ TRƯỞNG PHÒNG).';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      reportDay, reminderDaysBefore, reminderDayKind: form.reminder_kind === 'calendar' ? 'calendar' : 'working', reminderHour,
      countRefused: checked(form.count_refused), quotaDefaults,
      document: {
        parentBody: (form.parent_body ?? '').split(/\r?\n/).map(cleanLine).filter(Boolean).join('\n').toLocaleUpperCase('vi'),
        issuingBody: issuingBody.toLocaleUpperCase('vi'), symbol, numbering: form.numbering === 'blank' ? 'blank' : 'auto', place,
        addressee: cleanLine(form.addressee ?? ''), recipients: lines(form.recipients ?? ''), archive: cleanLine(form.archive ?? '') || 'VT',
        signerLines, signerName: cleanLine(form.signer_name ?? ''),
      },
    },
  };
}

/* ------------------------------------------------------------ quota rules */

export interface QuotaRuleInput {
  unitId: number | null;
  unitKind: string | null;
  fromPeriod: string;
  toPeriod: string | null;
  target: number;
  requirePhoto: boolean;
  note: string;
}

export const RULE_FIELDS = ['scope', 'from_period', 'to_period', 'target', 'require_photo', 'note'] as const;

/** `scope` is "unit:<id>" or "kind:<kind>"; periods are YYYY-MM (an <input type="month"> value). */
export function validateQuotaRuleForm(form: Form, unitIds: readonly number[]): Result<QuotaRuleInput> {
  const errors: Record<string, string> = {};
  const scope = form.scope ?? '';
  let unitId: number | null = null;
  let unitKind: string | null = null;
  if (scope.startsWith('unit:') && unitIds.includes(Number(scope.slice(5)))) unitId = Number(scope.slice(5));
  else if (scope.startsWith('kind:') && (UNIT_KINDS as readonly string[]).includes(scope.slice(5))) unitKind = scope.slice(5);
  else errors.scope = 'Vui lòng chọn đơn vị hoặc loại đơn vị áp dụng.';
  const fromPeriod = (form.from_period ?? '').trim();
  if (!isPeriodKey(fromPeriod)) errors.from_period = 'Vui lòng chọn tháng bắt đầu áp dụng.';
  const toText = (form.to_period ?? '').trim();
  const toPeriod = toText === '' ? null : toText;
  if (toPeriod !== null && !isPeriodKey(toPeriod)) errors.to_period = 'Tháng kết thúc không hợp lệ; để trống nếu áp dụng lâu dài.';
  else if (toPeriod !== null && isPeriodKey(fromPeriod) && toPeriod < fromPeriod) errors.to_period = 'Tháng kết thúc phải từ tháng bắt đầu trở đi.';
  const target = intField(form, 'target', 0, 1000, errors, 'Chỉ tiêu là số tin, bài mỗi kỳ, từ 0 (không giao) đến 1000.');
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { unitId, unitKind, fromPeriod, toPeriod, target, requirePhoto: checked(form.require_photo), note: cleanLine(form.note ?? '').slice(0, 300) } };
}

/* ------------------------------------------------------------ royalty rates */

export const RATE_TABLES = ['online', 'radio'] as const;

export function royaltyFields(): string[] {
  return [
    'base_salary', 'unit_value_percent', 'rounding_unit', 'pay_within_days', 'bonuses', 'photo_min', 'photo_max', 'photo_suggested',
    ...RATE_TABLES.flatMap((t) => GENRES.flatMap((g) => [`${t}_${g}_min`, `${t}_${g}_max`, `${t}_${g}_suggested`])),
  ];
}

export function royaltyToForm(s: RoyaltySettings): Form {
  const f: Form = {
    base_salary: String(s.baseSalary), unit_value_percent: formatPercent(s.unitValueBp), rounding_unit: String(s.roundingUnit), pay_within_days: String(s.payWithinDays),
    bonuses: s.bonuses.map((b) => `${b.label} | ${formatPercent(b.minBp)} | ${formatPercent(b.maxBp)}`).join('\n'),
    photo_min: formatCoefficient(s.photo.min), photo_max: formatCoefficient(s.photo.max), photo_suggested: formatCoefficient(s.photo.suggested),
  };
  for (const t of RATE_TABLES) for (const g of GENRES) {
    const r = s[t][g];
    f[`${t}_${g}_min`] = formatCoefficient(r.min);
    f[`${t}_${g}_max`] = formatCoefficient(r.max);
    f[`${t}_${g}_suggested`] = formatCoefficient(r.suggested);
  }
  return f;
}

function rangeField(form: Form, prefix: string, errors: Record<string, string>): CoefficientRange {
  const min = parseCoefficient(form[`${prefix}_min`] ?? '');
  const max = parseCoefficient(form[`${prefix}_max`] ?? '');
  const suggested = parseCoefficient(form[`${prefix}_suggested`] ?? '');
  if (min === null) errors[`${prefix}_min`] = 'Hệ số là số, tối đa một chữ số thập phân.';
  if (max === null) errors[`${prefix}_max`] = 'Hệ số là số, tối đa một chữ số thập phân.';
  else if (min !== null && max < min) errors[`${prefix}_max`] = 'Hệ số tối đa phải không nhỏ hơn hệ số tối thiểu.';
  if (suggested === null) errors[`${prefix}_suggested`] = 'Hệ số là số, tối đa một chữ số thập phân.';
  else if (min !== null && max !== null && (suggested < min || suggested > max)) errors[`${prefix}_suggested`] = 'Hệ số gợi ý phải nằm trong khung.';
  return { min: min ?? 0, max: max ?? 0, suggested: suggested ?? 0 };
}

export function validateRoyaltyForm(form: Form): Result<RoyaltySettings> {
  const errors: Record<string, string> = {};
  const baseSalary = intField(form, 'base_salary', 1, 1_000_000_000, errors, 'Mức lương cơ sở là số đồng, ví dụ 2.340.000.');
  const unitValueBp = parsePercent(form.unit_value_percent ?? '');
  if (unitValueBp === null || unitValueBp === 0) errors.unit_value_percent = 'Tỷ lệ là phần trăm lớn hơn 0, tối đa 100 (mặc định 10).';
  const roundingUnit = Number(form.rounding_unit);
  if (![1, 10, 100, 500, 1000].includes(roundingUnit)) errors.rounding_unit = 'Vui lòng chọn mức làm tròn.';
  const payWithinDays = intField(form, 'pay_within_days', 1, 365, errors, 'Thời hạn chi trả là số ngày từ 1 đến 365 (Nghị định 18/2014: 60 ngày).');
  const table = (t: (typeof RATE_TABLES)[number]) => Object.fromEntries(GENRES.map((g) => [g, rangeField(form, `${t}_${g}`, errors)])) as Record<Genre, CoefficientRange>;
  const online = table('online');
  const radio = table('radio');
  const photo = rangeField(form, 'photo', errors);
  const bonuses: RoyaltySettings['bonuses'] = [];
  const seen = new Set<string>();
  for (const line of lines(form.bonuses ?? '')) {
    const [label, minText, maxText] = line.split('|').map((x) => x.trim());
    const minBp = parsePercent(minText ?? '');
    const maxBp = parsePercent(maxText ?? '');
    const code = slugify(label ?? '', 40);
    if (!label || !code || minBp === null || maxBp === null || maxBp < minBp || seen.has(code)) {
      errors.bonuses = `Dòng "${line}" chưa đúng dạng "Tên khoản cộng thêm | từ % | đến %" (mỗi khoản một dòng, không trùng tên).`;
      break;
    }
    seen.add(code);
    bonuses.push({ code, label, minBp, maxBp });
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { baseSalary, unitValueBp: unitValueBp!, roundingUnit, payWithinDays, online, radio, photo, bonuses } };
}

/* ------------------------------------------------------------ competition formula */

export const FORMULA_FIELDS = ['quota_points', 'compliance_points', 'cap_percent', 'grades'] as const;

export function formulaToForm(f: CompetitionFormula): Form {
  return {
    quota_points: String(f.quotaPoints), compliance_points: String(f.compliancePoints), cap_percent: formatPercent(f.capBp),
    grades: f.grades.map((g) => `${g.label} | ${formatScore(g.minCenti)}`).join('\n'),
  };
}

export function validateFormulaForm(form: Form): Result<CompetitionFormula> {
  const errors: Record<string, string> = {};
  const quotaPoints = intField(form, 'quota_points', 0, 100, errors, 'Điểm là số nguyên từ 0 đến 100.');
  const compliancePoints = intField(form, 'compliance_points', 0, 100, errors, 'Điểm là số nguyên từ 0 đến 100.');
  if (!errors.quota_points && !errors.compliance_points && quotaPoints + compliancePoints === 0) errors.quota_points = 'Tổng điểm của hai phần phải lớn hơn 0.';
  const capText = (form.cap_percent ?? '').trim().replace(',', '.');
  const cap = /^\d{3}(\.\d{1,2})?$/.test(capText) ? Math.round(Number(capText) * 100) : NaN;
  if (!(cap >= 10_000 && cap <= 20_000)) errors.cap_percent = 'Mức tính tối đa là phần trăm từ 100 đến 200.';
  const grades: CompetitionFormula['grades'] = [];
  for (const line of lines(form.grades ?? '')) {
    const [label, minText] = line.split('|').map((x) => x.trim());
    const m = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(minText ?? '');
    const minCenti = m ? Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0')) : NaN;
    if (!label || !(minCenti >= 0 && minCenti <= 10_000)) {
      errors.grades = `Dòng "${line}" chưa đúng dạng "Xếp loại | từ điểm" (ví dụ "Hoàn thành tốt nhiệm vụ | 70").`;
      break;
    }
    grades.push({ label, minCenti });
  }
  if (!errors.grades && grades.length === 0) errors.grades = 'Vui lòng nhập ít nhất một mức xếp loại.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { quotaPoints, compliancePoints, capBp: cap, grades: grades.sort((a, b) => b.minCenti - a.minCenti) } };
}
