/**
 * A site's contribution settings: the report day and reminders, what counts against quotas, the default
 * quota of each unit kind, and the heading and signature of the monthly report (regulations.md §7). Stored as
 * JSON per site (contribution_settings, scope 'quota'); missing or malformed keys take the defaults below,
 * which are derived from the site itself where they name it. Pure.
 */
import { UNIT_KINDS, type UnitKind } from '../types.ts';
import { DEFAULT_QUOTAS, type QuotaDefault } from './quotas.ts';
import { MAX_REPORT_DAY, MIN_REPORT_DAY } from './periods.ts';

export interface ReportDocumentSettings {
  /** Cơ quan chủ quản (upper case, may be empty; a line break where the heading breaks), e.g. "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ TÂY NINH". */
  parentBody: string;
  /** Cơ quan ban hành (upper case, line breaks kept), e.g. "PHÒNG VĂN HÓA VÀ THÔNG TIN". */
  issuingBody: string;
  /** Ký hiệu after the number: "BC-VHTT" gives "Số: 05/BC-VHTT". */
  symbol: string;
  /** 'auto': the report's number in the year's sequence; 'blank': left for the clerk ("Số:      /BC-VHTT"). */
  numbering: 'auto' | 'blank';
  /** Địa danh of the date line: "Tây Ninh". */
  place: string;
  /** Kính gửi (a report to a superior, ND30-RECIP); empty for none. */
  addressee: string;
  /** Nơi nhận after "- Như trên;" and before "- Lưu: …". */
  recipients: string[];
  /** Text after "Lưu: ": "VT, VHTT". */
  archive: string;
  /** Authority and title lines, upper case: ["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"]. */
  signerLines: string[];
  signerName: string;
}

export interface ContributionSettings {
  /** Day of the month the report is made; the period ends on it (1–28). */
  reportDay: number;
  /** Reminders go out this many days before the report day (0: no reminders). */
  reminderDaysBefore: number;
  reminderDayKind: 'working' | 'calendar';
  /** Hour (portal time) of the reminders. */
  reminderHour: number;
  /** Items the board refused count against the quota as "submitted but not accepted". */
  countRefused: boolean;
  quotaDefaults: Record<UnitKind, QuotaDefault>;
  document: ReportDocumentSettings;
}

/** The facts about a site the defaults need. */
export interface SiteNaming {
  level: string;
  fullName: string;
  /** The parent site's full name, for a ward. */
  parentFullName: string | null;
}

const PLACE_RE = /(?:thành phố|thị xã|thị trấn|phường|xã|tỉnh|quận|huyện)\s+(.+)$/iu;

/** "Ủy ban nhân dân thành phố Tây Ninh" → "Tây Ninh". */
export function placeOfAgency(fullName: string): string {
  return PLACE_RE.exec(fullName.trim())?.[1]?.trim() ?? fullName.trim();
}

export function upper(text: string): string {
  return text.toLocaleUpperCase('vi');
}

/** "Ủy ban nhân dân thành phố Tây Ninh" → "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ TÂY NINH" (the usual two heading lines). */
export function agencyHeading(fullName: string): string {
  const u = upper(fullName.trim());
  return u.startsWith('ỦY BAN NHÂN DÂN ') ? `ỦY BAN NHÂN DÂN\n${u.slice('ỦY BAN NHÂN DÂN '.length)}` : u;
}

export function defaultDocumentSettings(site: SiteNaming): ReportDocumentSettings {
  if (site.parentFullName === null) {
    return {
      parentBody: agencyHeading(site.fullName), issuingBody: 'PHÒNG VĂN HÓA VÀ THÔNG TIN', symbol: 'BC-VHTT', numbering: 'auto',
      place: placeOfAgency(site.fullName), addressee: site.fullName,
      recipients: ['Chủ tịch, các Phó Chủ tịch UBND thành phố', 'Phòng Nội vụ', 'Ban Biên tập Cổng Thông tin điện tử thành phố', 'Các cơ quan, đơn vị, phường, xã'],
      archive: 'VT, VHTT', signerLines: ['TRƯỞNG PHÒNG'], signerName: '',
    };
  }
  return {
    parentBody: '', issuingBody: agencyHeading(site.fullName), symbol: 'BC-UBND', numbering: 'auto',
    place: placeOfAgency(site.fullName), addressee: site.parentFullName,
    recipients: ['Phòng Văn hóa và Thông tin thành phố', 'Ban Biên tập Trang Thông tin điện tử phường, xã', 'Các bộ phận, đoàn thể'],
    archive: 'VT, VP', signerLines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], signerName: '',
  };
}

export function defaultContributionSettings(site: SiteNaming): ContributionSettings {
  return {
    reportDay: 25, reminderDaysBefore: 3, reminderDayKind: 'working', reminderHour: 8, countRefused: false,
    quotaDefaults: structuredClone(DEFAULT_QUOTAS), document: defaultDocumentSettings(site),
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const intIn = (v: unknown, min: number, max: number, d: number): number => (Number.isInteger(v) && (v as number) >= min && (v as number) <= max ? (v as number) : d);
const str = (v: unknown, d: string): string => (typeof v === 'string' ? v : d);
const strList = (v: unknown, d: string[]): string[] => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : d);
const bool = (v: unknown, d: boolean): boolean => (typeof v === 'boolean' ? v : d);

/** The stored JSON over the defaults; anything missing or of the wrong type keeps its default. */
export function mergeContributionSettings(defaults: ContributionSettings, stored: unknown): ContributionSettings {
  if (!isObject(stored)) return defaults;
  const q = isObject(stored.quotaDefaults) ? stored.quotaDefaults : {};
  const quotaDefaults = Object.fromEntries(UNIT_KINDS.map((k) => {
    const v = isObject(q[k]) ? q[k] : {};
    const d = defaults.quotaDefaults[k];
    return [k, { target: intIn(v.target, 0, 1000, d.target), requirePhoto: bool(v.requirePhoto, d.requirePhoto) }];
  })) as Record<UnitKind, QuotaDefault>;
  const doc = isObject(stored.document) ? stored.document : {};
  const dd = defaults.document;
  return {
    reportDay: intIn(stored.reportDay, MIN_REPORT_DAY, MAX_REPORT_DAY, defaults.reportDay),
    reminderDaysBefore: intIn(stored.reminderDaysBefore, 0, 20, defaults.reminderDaysBefore),
    reminderDayKind: stored.reminderDayKind === 'calendar' || stored.reminderDayKind === 'working' ? stored.reminderDayKind : defaults.reminderDayKind,
    reminderHour: intIn(stored.reminderHour, 0, 23, defaults.reminderHour),
    countRefused: bool(stored.countRefused, defaults.countRefused),
    quotaDefaults,
    document: {
      parentBody: str(doc.parentBody, dd.parentBody), issuingBody: str(doc.issuingBody, dd.issuingBody), symbol: str(doc.symbol, dd.symbol),
      numbering: doc.numbering === 'blank' || doc.numbering === 'auto' ? doc.numbering : dd.numbering,
      place: str(doc.place, dd.place), addressee: str(doc.addressee, dd.addressee), recipients: strList(doc.recipients, dd.recipients),
      archive: str(doc.archive, dd.archive), signerLines: strList(doc.signerLines, dd.signerLines), signerName: str(doc.signerName, dd.signerName),
    },
  };
}
