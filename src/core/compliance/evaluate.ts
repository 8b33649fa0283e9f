/**
 * Runs a rule pack over the facts of one site: each check kind is a pure function of the facts, the rule's
 * parameters and the working-day calendar, returning what is missing in Vietnamese. The score is the sum of
 * the weights of the rules that pass, out of the sum over the rules that apply to the site's level.
 */
import { REQUIRED_DOCUMENT_METADATA } from '../records/documents.ts';
import { DISCLOSURE_SPECS, isDisclosureCategory } from '../records/disclosures.ts';
import { addWorkingDays, portalDateOf, workingDaysAfter, type WorkingCalendar, daysBetween } from '../calendar/workingDays.ts';
import { formatShortDate } from '../text/dates.ts';
import type {
  AuditResult, CheckSpec, ComplianceFacts, ComplianceRule, FieldSubject, OfficialFact, PeriodUnit, RuleOutcome, RulePack, SectionFact,
  SectionTarget,
} from './types.ts';

interface CheckResult {
  missing: string[];
  /** Admin path suffix under /quan-tri/cong/<site> where the gap is fixed. */
  fix: string;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The section a target names: by slug, else the first of the same kind. */
export function findSection(facts: ComplianceFacts, target: SectionTarget): SectionFact | undefined {
  return facts.sections.find((s) => s.slug === target.slug)
    ?? (target.kind ? facts.sections.find((s) => s.kind === target.kind) : undefined);
}

/** Item instants of a section and everything below it. */
function subtreeItems(facts: ComplianceFacts, root: SectionFact): string[] {
  const ids = [root.id];
  for (let i = 0; i < ids.length; i++) for (const s of facts.sections) if (s.parentId === ids[i]) ids.push(s.id);
  return facts.sections.filter((s) => ids.includes(s.id)).flatMap((s) => [...s.items]);
}

/** Where a section's content is managed in the admin. */
export function sectionFixPath(kind: string): string {
  if (kind === 'news') return '/tin-bai/moi';
  if (kind === 'page' || kind === 'english') return '/trang/moi';
  if (kind === 'documents') return '/van-ban';
  if (kind === 'schedule') return '/lich-cong-tac';
  if (kind === 'directory') return '/can-bo';
  if (kind === 'link') return '/chuyen-muc';
  if (isDisclosureCategory(kind)) return `/cong-khai/${DISCLOSURE_SPECS[kind].adminSlug}`;
  return '/chuyen-muc';
}

function missingSection(target: SectionTarget): CheckResult {
  return { missing: [`Cổng chưa có chuyên mục “${target.name}”.`], fix: '/chuyen-muc/moi' };
}

function sectionHasContent(facts: ComplianceFacts, target: SectionTarget, min: number): CheckResult {
  const section = findSection(facts, target);
  if (!section) return missingSection(target);
  const n = subtreeItems(facts, section).filter((at) => at <= facts.asOf).length;
  if (n >= min) return { missing: [], fix: '' };
  return {
    missing: [n === 0 ? `Chuyên mục “${section.name}” chưa có nội dung.` : `Chuyên mục “${section.name}” mới có ${n}/${min} mục.`],
    fix: sectionFixPath(section.kind),
  };
}

function updatedWithin(facts: ComplianceFacts, target: SectionTarget, days: number): CheckResult {
  const section = findSection(facts, target);
  if (!section) return missingSection(target);
  const latest = subtreeItems(facts, section).filter((at) => at <= facts.asOf).sort().at(-1);
  const fix = sectionFixPath(section.kind);
  if (!latest) return { missing: [`Chuyên mục “${section.name}” chưa có nội dung (yêu cầu cập nhật trong vòng ${days} ngày).`], fix };
  const age = daysBetween(portalDateOf(latest), portalDateOf(facts.asOf));
  if (age <= days) return { missing: [], fix: '' };
  return {
    missing: [`Chuyên mục “${section.name}” cập nhật lần cuối ngày ${formatShortDate(latest)}, cách đây ${age} ngày (yêu cầu: trong vòng ${days} ngày).`],
    fix,
  };
}

export interface Period {
  label: string;
  startIso: string;
  endIso: string;
}

const PORTAL_OFFSET_MS = 7 * 3_600_000;

function portalInstant(year: number, month0: number): string {
  return new Date(Date.UTC(year, month0, 1) - PORTAL_OFFSET_MS).toISOString();
}

/** The last `n` complete periods before `asOf` (portal time), newest first. */
export function completePeriods(asOf: string, unit: PeriodUnit, n: number): Period[] {
  const today = portalDateOf(asOf);
  const year = Number(today.slice(0, 4));
  const month0 = Number(today.slice(5, 7)) - 1;
  const out: Period[] = [];
  const span = unit === 'month' ? 1 : unit === 'quarter' ? 3 : 12;
  let start = unit === 'month' ? year * 12 + month0 : unit === 'quarter' ? year * 12 + month0 - (month0 % 3) : year * 12;
  for (let i = 0; i < n; i++) {
    const end = start;
    start -= span;
    const y = Math.floor(start / 12);
    const m0 = start % 12;
    const label = unit === 'month' ? `tháng ${m0 + 1}/${y}` : unit === 'quarter' ? `quý ${['I', 'II', 'III', 'IV'][m0 / 3]}/${y}` : `năm ${y}`;
    out.push({ label, startIso: portalInstant(y, m0), endIso: portalInstant(Math.floor(end / 12), end % 12) });
  }
  return out;
}

function minItemsPerPeriod(facts: ComplianceFacts, target: SectionTarget, unit: PeriodUnit, min: number, periods: number): CheckResult {
  const section = findSection(facts, target);
  if (!section) return missingSection(target);
  const items = subtreeItems(facts, section);
  const missing = completePeriods(facts.asOf, unit, periods).flatMap((p) => {
    const n = items.filter((at) => at >= p.startIso && at < p.endIso).length;
    return n >= min ? [] : [`Chuyên mục “${section.name}”, ${p.label}: ${n}/${min} mục được đăng.`];
  });
  return { missing, fix: missing.length ? sectionFixPath(section.kind) : '' };
}

const FOOTER_FIELDS = [
  ['ownerAgency', 'cơ quan chủ quản'], ['responsiblePerson', 'người chịu trách nhiệm'], ['address', 'địa chỉ'],
  ['phone', 'điện thoại'], ['email', 'thư điện tử'],
] as const;

const PERSON_FIELDS = [['position', 'chức vụ'], ['phone', 'điện thoại'], ['email', 'thư điện tử']] as const;

function personGaps(people: readonly OfficialFact[], role: string): string[] {
  return people.flatMap((p) => {
    const lacking = PERSON_FIELDS.filter(([k]) => !p[k].trim()).map(([, label]) => label);
    return lacking.length ? [`${role} ${p.name}: thiếu ${lacking.join(', ')}.`] : [];
  });
}

function documentName(d: ComplianceFacts['documents'][number]): string {
  return d.numberSymbol ? `Văn bản ${d.numberSymbol}` : `Văn bản “${d.abstract.slice(0, 60) || `#${d.id}`}”`;
}

function fieldsComplete(facts: ComplianceFacts, subject: FieldSubject): CheckResult {
  switch (subject) {
    case 'footer': {
      const lacking = FOOTER_FIELDS.filter(([k]) => !facts.site[k].trim()).map(([, label]) => label);
      return { missing: lacking.length ? [`Chân trang (thông tin cơ quan) thiếu: ${lacking.join(', ')}.`] : [], fix: '/cai-dat' };
    }
    case 'spokesperson': {
      const people = facts.officials.filter((o) => o.isSpokesperson);
      if (people.length === 0) return { missing: ['Chưa công bố người phát ngôn (họ tên, chức vụ, điện thoại, thư điện tử).'], fix: '/can-bo/moi' };
      return { missing: personGaps(people, 'Người phát ngôn'), fix: '/can-bo' };
    }
    case 'focalPoint': {
      const people = facts.officials.filter((o) => o.isFocalPoint);
      if (people.length === 0) return { missing: ['Chưa công bố cán bộ đầu mối liên hệ (họ tên, chức vụ, điện thoại, thư điện tử công vụ).'], fix: '/can-bo/moi' };
      return { missing: personGaps(people, 'Cán bộ đầu mối'), fix: '/can-bo' };
    }
    case 'leaders': {
      const people = facts.officials.filter((o) => o.isLeader);
      if (people.length === 0) return { missing: ['Chưa công bố danh sách lãnh đạo (họ tên, chức vụ, điện thoại, thư điện tử).'], fix: '/can-bo/moi' };
      return { missing: personGaps(people, 'Lãnh đạo'), fix: '/can-bo' };
    }
    case 'documentMetadata': {
      const missing = facts.documents.flatMap((d) => {
        const values: Record<string, boolean> = {
          numberSymbol: Boolean(d.numberSymbol.trim()), docType: Boolean(d.docType.trim()), issuingBody: Boolean(d.issuingBody.trim()),
          signer: Boolean(d.signer.trim()), issuedOn: d.issuedOn !== null, effectiveOn: d.effectiveOn !== null,
          abstract: Boolean(d.abstract.trim()), files: d.fileCount > 0,
        };
        const lacking = REQUIRED_DOCUMENT_METADATA.filter((f) => !values[f.key]).map((f) => f.label);
        return lacking.length ? [`${documentName(d)}: thiếu ${lacking.join(', ')}.`] : [];
      });
      return { missing, fix: '/van-ban' };
    }
    case 'socialAccounts':
      return {
        missing: facts.socialAccounts > 0 ? [] : ['Chưa công bố trang mạng xã hội chính thức của cơ quan trên cổng.'],
        fix: `/cong-khai/${DISCLOSURE_SPECS.social.adminSlug}`,
      };
    case 'domain': {
      const host = facts.site.host ?? '';
      return {
        missing: host.endsWith('.gov.vn') ? [] : [`Cổng chưa dùng tên miền riêng dạng tên.tỉnh.gov.vn${host ? ` (hiện dùng ${host})` : ''}.`],
        fix: '/cai-dat',
      };
    }
  }
}

function deadlineWorkingDays(facts: ComplianceFacts, calendar: WorkingCalendar, scope: 'own' | 'other' | 'all', days: number, lookbackDays: number): CheckResult {
  const today = portalDateOf(facts.asOf);
  const missing = facts.documents
    .filter((d) => d.issuedOn !== null && (scope === 'all' || d.isOwn === (scope === 'own')))
    .filter((d) => d.publishedAt <= facts.asOf && daysBetween(portalDateOf(d.publishedAt), today) <= lookbackDays)
    .flatMap((d) => {
      const posted = portalDateOf(d.publishedAt);
      const deadline = addWorkingDays(calendar, d.issuedOn!, days);
      if (posted <= deadline) return [];
      const late = workingDaysAfter(calendar, deadline, posted);
      return [`${documentName(d)} ban hành ngày ${formatShortDate(d.issuedOn!)}, đăng ngày ${formatShortDate(posted)}: `
        + `quá hạn ${late} ngày làm việc (hạn chót ${formatShortDate(deadline)}, trong ${days} ngày làm việc).`];
    });
  return { missing, fix: '/van-ban' };
}

export function runCheck(check: CheckSpec, facts: ComplianceFacts, calendar: WorkingCalendar): CheckResult {
  switch (check.kind) {
    case 'sectionHasContent': return sectionHasContent(facts, check.section, check.min);
    case 'updatedWithin': return updatedWithin(facts, check.section, check.days);
    case 'minItemsPerPeriod': return minItemsPerPeriod(facts, check.section, check.period, check.min, check.periods);
    case 'fieldsComplete': return fieldsComplete(facts, check.subject);
    case 'deadlineWorkingDays': return deadlineWorkingDays(facts, calendar, check.scope, check.days, check.lookbackDays);
  }
}

/** Rules of the pack that apply to `level` and weigh something. */
export function applicableRules(pack: RulePack, level: string): ComplianceRule[] {
  return pack.rules.filter((r) => (r.levels as readonly string[]).includes(level) && r.weight > 0);
}

/** Audits one site: every applicable rule, its outcome, the score out of the maximum. */
export function evaluatePack(pack: RulePack, facts: ComplianceFacts, calendar: WorkingCalendar): AuditResult {
  const base = `/quan-tri/cong/${facts.site.id}`;
  const outcomes: RuleOutcome[] = applicableRules(pack, facts.site.level).map((rule) => {
    const r = runCheck(rule.check, facts, calendar);
    const passed = r.missing.length === 0;
    return {
      ruleId: rule.id, title: rule.title, legalBasis: rule.legalBasis, requirements: rule.requirements, weight: rule.weight,
      passed, missing: r.missing, fixPath: passed ? '' : `${base}${r.fix}`, custom: rule.custom === true,
    };
  });
  const maxScore = round2(outcomes.reduce((s, o) => s + o.weight, 0));
  const score = round2(outcomes.reduce((s, o) => s + (o.passed ? o.weight : 0), 0));
  return {
    packId: pack.id, packName: pack.name, packVersion: pack.version, level: facts.site.level, asOf: facts.asOf,
    score, maxScore, percent: maxScore > 0 ? Math.round((score / maxScore) * 100) : 100, outcomes,
  };
}

/** The failed rules: what the gap list shows. */
export function gapsOf(result: Pick<AuditResult, 'outcomes'>): RuleOutcome[] {
  return result.outcomes.filter((o) => !o.passed);
}

/** "8,5/13" the way an inspection writes a score. */
export function formatScore(score: number, max: number): string {
  const f = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 2 });
  return `${f(score)}/${f(max)}`;
}
