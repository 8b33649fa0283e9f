/**
 * The compliance audit's vocabulary: rule packs (the legal catalogue as data), the facts gathered about one
 * site, and the outcome. Pure types; see docs/compliance.md for how a pack is written.
 */
import type { CalendarDay } from '../calendar/vietnamHolidays.ts';
import type { SectionKind, SiteLevel } from '../types.ts';

/** A section the law requires: found by slug first, then by kind (a site may have renamed it). */
export interface SectionTarget {
  slug: string;
  kind?: SectionKind;
  /** Vietnamese name used in messages when the section is missing. */
  name: string;
}

export type PeriodUnit = 'month' | 'quarter' | 'year';

/** What the site's record must show for a rule to pass. */
export type FieldSubject =
  | 'footer' // owning agency, person responsible, address, phone, e-mail (TT 32/2017 Art. 16.3(c))
  | 'spokesperson' // name, position, phone, official e-mail (PRESS-01/02)
  | 'focalPoint' // focal-point officials with position, phone, e-mail (ND42-CONTENT-06)
  | 'leaders' // leaders with position, phone, e-mail (ND42-CONTENT-06)
  | 'documentMetadata' // every published document fully described, with a file (ND42-CONTENT-01)
  | 'socialAccounts' // official social-media pages announced (PRESS-03)
  | 'domain'; // an own .gov.vn host (ND 224/2026 Art. 11.4)

export type CheckSpec =
  /** The section exists and has at least `min` published items (0: it only has to exist). */
  | { kind: 'sectionHasContent'; section: SectionTarget; min: number }
  /** The newest item of the section (or a change to its records) is at most `days` days old. */
  | { kind: 'updatedWithin'; section: SectionTarget; days: number }
  /** At least `min` items published in each of the last `periods` complete months/quarters/years. */
  | { kind: 'minItemsPerPeriod'; section: SectionTarget; period: PeriodUnit; min: number; periods: number }
  /** Required fields are filled in. */
  | { kind: 'fieldsComplete'; subject: FieldSubject }
  /**
   * Documents were posted within `days` Vietnamese working days of their issue date (ND43-DEADLINE-03);
   * `scope` own = issued by this agency, other = issued elsewhere and applying to it. Only documents
   * posted in the last `lookbackDays` count, so an old slip does not weigh forever.
   */
  | { kind: 'deadlineWorkingDays'; subject: 'documents'; scope: 'own' | 'other' | 'all'; days: number; lookbackDays: number };

export type CheckKind = CheckSpec['kind'];
export const CHECK_KINDS: readonly CheckKind[] = ['sectionHasContent', 'updatedWithin', 'minItemsPerPeriod', 'fieldsComplete', 'deadlineWorkingDays'];

export interface ComplianceRule {
  /** Stable id, usually the requirement id of regulations.md, e.g. "ND43-DEADLINE-03". */
  id: string;
  /** What the law asks, in Vietnamese. */
  title: string;
  /** Document, article, clause, e.g. "NĐ 43/2011 Điều 17.1(c)". */
  legalBasis: string;
  /** Requirement ids of regulations.md this rule checks. */
  requirements: readonly string[];
  /** Site levels the rule applies to. */
  levels: readonly SiteLevel[];
  check: CheckSpec;
  /** Points the rule is worth; the pack's maximum is the sum over the rules that apply. */
  weight: number;
  /** Added by a city (stored override), not shipped in the pack. */
  custom?: boolean;
}

export interface RulePack {
  id: string;
  name: string;
  version: string;
  /** Which texts the pack follows, in a sentence. */
  description: string;
  rules: readonly ComplianceRule[];
}

/** What a city changed in a pack for itself and its wards (compliance_overrides.data). */
export interface PackOverrides {
  /** Rule id → new weight (0 switches a rule off). */
  weights: Record<string, number>;
  /** Extra rules the city requires (local directives such as CITY-WF-03). */
  extraRules: ComplianceRule[];
  /** Days added to or taken out of the working-day calendar. */
  calendar: { offDays: CalendarDay[]; workDays: CalendarDay[] };
}

export const EMPTY_OVERRIDES: PackOverrides = { weights: {}, extraRules: [], calendar: { offDays: [], workDays: [] } };

/* ------------------------------------------------------------------ facts */

export interface SectionFact {
  id: number;
  slug: string;
  name: string;
  kind: string;
  parentId: number | null;
  /** Publication (or last change) instants of the items filed directly in this section, ISO. */
  items: readonly string[];
}

export interface DocumentFact {
  id: number;
  numberSymbol: string;
  docType: string;
  issuingBody: string;
  signer: string;
  /** YYYY-MM-DD or null. */
  issuedOn: string | null;
  effectiveOn: string | null;
  abstract: string;
  /** Issued by this site's agency (2 working days) rather than by another body (10). */
  isOwn: boolean;
  publishedAt: string;
  fileCount: number;
}

export interface OfficialFact {
  id: number;
  name: string;
  position: string;
  phone: string;
  email: string;
  isLeader: boolean;
  isSpokesperson: boolean;
  isFocalPoint: boolean;
}

export interface ComplianceFacts {
  /** The instant the audit describes, ISO. */
  asOf: string;
  site: {
    id: number;
    level: SiteLevel;
    host: string | null;
    ownerAgency: string;
    responsiblePerson: string;
    address: string;
    phone: string;
    email: string;
  };
  sections: readonly SectionFact[];
  documents: readonly DocumentFact[];
  officials: readonly OfficialFact[];
  /** Published official social-media links. */
  socialAccounts: number;
}

/* ------------------------------------------------------------------ outcome */

export interface RuleOutcome {
  ruleId: string;
  title: string;
  legalBasis: string;
  requirements: readonly string[];
  weight: number;
  passed: boolean;
  /** What is missing, in Vietnamese, one line per finding; empty when passed. */
  missing: string[];
  /** Admin path where the gap is fixed, e.g. /quan-tri/cong/3/van-ban. */
  fixPath: string;
  custom: boolean;
}

export interface AuditResult {
  packId: string;
  packName: string;
  packVersion: string;
  level: SiteLevel;
  asOf: string;
  /** Points earned and the maximum, rounded to hundredths (as inspections report: 8.5/13). */
  score: number;
  maxScore: number;
  /** 0–100, rounded. */
  percent: number;
  outcomes: RuleOutcome[];
}
