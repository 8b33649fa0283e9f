/**
 * Legal and administrative documents (regulations.md ND42-CONTENT-01, ND30-TYPES): the vocabulary of their
 * metadata. Pure data and small rules; the table is `documents`, the files `document_files`.
 */

export interface DocumentType {
  code: string;
  /** Hình thức văn bản, e.g. "Quyết định". */
  label: string;
  /** Abbreviation used in the symbol, e.g. "QĐ". */
  abbreviation: string;
}

/** Document forms (ND 30/2020 Art. 7; Law on Promulgation of Legal Documents). */
export const DOCUMENT_TYPES: readonly DocumentType[] = [
  { code: 'nghi-quyet', label: 'Nghị quyết', abbreviation: 'NQ' },
  { code: 'quyet-dinh', label: 'Quyết định', abbreviation: 'QĐ' },
  { code: 'chi-thi', label: 'Chỉ thị', abbreviation: 'CT' },
  { code: 'ke-hoach', label: 'Kế hoạch', abbreviation: 'KH' },
  { code: 'chuong-trinh', label: 'Chương trình', abbreviation: 'CTr' },
  { code: 'thong-bao', label: 'Thông báo', abbreviation: 'TB' },
  { code: 'cong-van', label: 'Công văn', abbreviation: 'CV' },
  { code: 'huong-dan', label: 'Hướng dẫn', abbreviation: 'HD' },
  { code: 'bao-cao', label: 'Báo cáo', abbreviation: 'BC' },
  { code: 'quy-che', label: 'Quy chế', abbreviation: 'QC' },
  { code: 'quy-dinh', label: 'Quy định', abbreviation: 'QyĐ' },
  { code: 'cong-dien', label: 'Công điện', abbreviation: 'CĐ' },
  { code: 'to-trinh', label: 'Tờ trình', abbreviation: 'TTr' },
  { code: 'khac', label: 'Văn bản khác', abbreviation: '' },
];

export function documentTypeLabel(code: string): string {
  return DOCUMENT_TYPES.find((t) => t.code === code)?.label ?? code;
}

/** Fields (lĩnh vực) used to file and filter documents. */
export const DOCUMENT_FIELDS: readonly { code: string; label: string }[] = [
  { code: 'hanh-chinh', label: 'Hành chính, cải cách hành chính' },
  { code: 'noi-vu', label: 'Nội vụ, tổ chức bộ máy' },
  { code: 'tai-chinh', label: 'Tài chính – Ngân sách' },
  { code: 'kinh-te', label: 'Kinh tế, đầu tư' },
  { code: 'dat-dai', label: 'Đất đai, tài nguyên – môi trường' },
  { code: 'xay-dung', label: 'Xây dựng, đô thị, giao thông' },
  { code: 'nong-nghiep', label: 'Nông nghiệp' },
  { code: 'giao-duc', label: 'Giáo dục' },
  { code: 'y-te', label: 'Y tế' },
  { code: 'van-hoa', label: 'Văn hóa, thể thao, thông tin' },
  { code: 'xa-hoi', label: 'Lao động, an sinh xã hội' },
  { code: 'quoc-phong', label: 'Quốc phòng – An ninh' },
  { code: 'tu-phap', label: 'Tư pháp, phổ biến pháp luật' },
  { code: 'khac', label: 'Lĩnh vực khác' },
];

export function documentFieldLabel(code: string): string {
  return DOCUMENT_FIELDS.find((f) => f.code === code)?.label ?? code;
}

export const VALIDITY_STATES = ['in_force', 'expired', 'replaced'] as const;
export type Validity = (typeof VALIDITY_STATES)[number];
export const VALIDITY_LABELS: Record<Validity, string> = {
  in_force: 'Còn hiệu lực',
  expired: 'Hết hiệu lực',
  replaced: 'Bị thay thế',
};

/**
 * What a reader is told about validity on `today` (YYYY-MM-DD): a document marked in force whose effective
 * date is still ahead is "not yet in force".
 */
export function validityText(validity: string, effectiveOn: string | null, today: string): string {
  if (validity === 'in_force' && effectiveOn && effectiveOn > today) return 'Chưa có hiệu lực';
  return VALIDITY_LABELS[validity as Validity] ?? validity;
}

/** "Số: 15/QĐ-UBND" style check: something, a slash, a symbol. Loose on purpose; old symbols vary. */
export function looksLikeNumberSymbol(value: string): boolean {
  return /^[0-9A-Za-zĐđ]+[/][\p{L}0-9.\-/]+$/u.test(value);
}

/** The metadata a published document must carry (ND42-CONTENT-01); labels for the compliance gap messages. */
export const REQUIRED_DOCUMENT_METADATA: readonly { key: string; label: string }[] = [
  { key: 'numberSymbol', label: 'số ký hiệu' },
  { key: 'docType', label: 'hình thức' },
  { key: 'issuingBody', label: 'cơ quan ban hành' },
  { key: 'signer', label: 'người ký' },
  { key: 'issuedOn', label: 'ngày ban hành' },
  { key: 'effectiveOn', label: 'ngày hiệu lực' },
  { key: 'abstract', label: 'trích yếu' },
  { key: 'files', label: 'tệp đính kèm' },
];
