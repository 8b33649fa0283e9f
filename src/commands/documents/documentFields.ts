import { DOCUMENT_FIELDS, DOCUMENT_TYPES, VALIDITY_STATES, type Validity, documentFieldLabel, documentTypeLabel } from '../../core/records/documents.ts';
import { cleanLine } from '../../core/text/vietnamese.ts';
import type { DocumentRow, SectionRow } from '../../db/schema.ts';
import { DATE_MESSAGE, readDate, searchText } from '../records/recordSupport.ts';

/** The editable fields of a document, as typed in the form (ids parsed at the edge). */
export interface DocumentFields {
  /** A documents section of the same site, or null for the site's main documents section. */
  sectionId: number | null;
  /** Số ký hiệu, e.g. "15/QĐ-UBND". */
  numberSymbol: string;
  /** A DOCUMENT_TYPES code. */
  docType: string;
  issuingBody: string;
  signer: string;
  /** YYYY-MM-DD or dd/mm/yyyy. */
  issuedOn: string;
  effectiveOn: string;
  /** Trích yếu. */
  abstract: string;
  /** A DOCUMENT_FIELDS code, or ''. */
  field: string;
  /** in_force | expired | replaced. */
  validity: string;
  /** Văn bản quy phạm pháp luật. */
  isNormative: boolean;
  /** Issued by this site's own agency (the 2-working-day posting deadline applies). */
  isOwn: boolean;
  /** Also list it on the parent portal (wards only). */
  showOnParent: boolean;
  /** Document of the same site this one replaces, or null. */
  replacesId: number | null;
  /** Document of the same site this one amends, or null. */
  amendsId: number | null;
}

export interface CleanDocumentFields {
  section_id: number | null;
  number_symbol: string;
  doc_type: string;
  issuing_body: string;
  signer: string;
  issued_on: string;
  effective_on: string | null;
  abstract: string;
  field: string;
  validity: Validity;
  is_normative: number;
  is_own: number;
  show_on_parent: number;
  replaces_id: number | null;
  amends_id: number | null;
  search_text: string;
}

/**
 * Normalises and checks a document's fields. `today` is the portal date (an issue date cannot be later).
 * @throws ValidationError (via the returned errors) with field-keyed Vietnamese messages
 */
export function checkDocumentFields(
  input: DocumentFields,
  facts: { sections: readonly SectionRow[]; documents: readonly Pick<DocumentRow, 'id'>[]; hasParent: boolean; today: string; selfId?: number },
): { fields: CleanDocumentFields; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const numberSymbol = cleanLine(input.numberSymbol);
  const issuingBody = cleanLine(input.issuingBody);
  const signer = cleanLine(input.signer);
  const abstract = input.abstract.replace(/\s+/g, ' ').trim();
  if (!numberSymbol) errors.numberSymbol = 'Vui lòng nhập số ký hiệu văn bản (ví dụ: 15/QĐ-UBND).';
  else if (numberSymbol.length > 100) errors.numberSymbol = 'Số ký hiệu tối đa 100 ký tự.';
  if (!DOCUMENT_TYPES.some((t) => t.code === input.docType)) errors.docType = 'Vui lòng chọn hình thức văn bản.';
  if (!issuingBody) errors.issuingBody = 'Vui lòng nhập cơ quan ban hành.';
  else if (issuingBody.length > 255) errors.issuingBody = 'Tối đa 255 ký tự.';
  if (signer.length > 255) errors.signer = 'Tối đa 255 ký tự.';
  const issuedOn = readDate(input.issuedOn);
  if (issuedOn === null) errors.issuedOn = 'Vui lòng nhập ngày ban hành.';
  else if (issuedOn === undefined) errors.issuedOn = DATE_MESSAGE;
  else if (issuedOn > facts.today) errors.issuedOn = 'Ngày ban hành không thể sau ngày hôm nay.';
  const effectiveOn = readDate(input.effectiveOn);
  if (effectiveOn === undefined) errors.effectiveOn = DATE_MESSAGE;
  else if (effectiveOn && issuedOn && effectiveOn < issuedOn) errors.effectiveOn = 'Ngày hiệu lực không thể trước ngày ban hành.';
  if (!abstract) errors.abstract = 'Vui lòng nhập trích yếu nội dung văn bản.';
  else if (abstract.length > 2000) errors.abstract = 'Trích yếu tối đa 2.000 ký tự.';
  if (input.field && !DOCUMENT_FIELDS.some((f) => f.code === input.field)) errors.field = 'Lĩnh vực không hợp lệ.';
  const validity = (VALIDITY_STATES as readonly string[]).includes(input.validity) ? (input.validity as Validity) : null;
  if (!validity) errors.validity = 'Vui lòng chọn tình trạng hiệu lực.';
  if (input.sectionId !== null) {
    const s = facts.sections.find((x) => x.id === input.sectionId);
    if (!s || s.kind !== 'documents') errors.sectionId = 'Chuyên mục phải là một chuyên mục văn bản của cổng này.';
  }
  for (const key of ['replacesId', 'amendsId'] as const) {
    const id = input[key];
    if (id === null) continue;
    if (id === facts.selfId) errors[key] = 'Văn bản không thể thay thế hoặc sửa đổi chính nó.';
    else if (!facts.documents.some((d) => d.id === id)) errors[key] = 'Vui lòng chọn một văn bản của cổng này.';
  }
  if (input.showOnParent && !facts.hasParent) errors.showOnParent = 'Chỉ văn bản của phường, xã mới hiển thị thêm trên cổng cấp trên.';
  return {
    errors,
    fields: {
      section_id: input.sectionId, number_symbol: numberSymbol, doc_type: input.docType, issuing_body: issuingBody, signer,
      issued_on: issuedOn ?? '', effective_on: effectiveOn ?? null, abstract, field: input.field, validity: validity ?? 'in_force',
      is_normative: input.isNormative ? 1 : 0, is_own: input.isOwn ? 1 : 0, show_on_parent: input.showOnParent ? 1 : 0,
      replaces_id: input.replacesId, amends_id: input.amendsId,
      search_text: searchText(numberSymbol, abstract, issuingBody, signer, documentTypeLabel(input.docType), input.field ? documentFieldLabel(input.field) : ''),
    },
  };
}
