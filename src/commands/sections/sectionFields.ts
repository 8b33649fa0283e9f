import { ValidationError } from '../../core/errors.ts';
import { fromLocalInputValue } from '../../core/text/dates.ts';
import { cleanLine, slugify } from '../../core/text/vietnamese.ts';
import { wouldCreateCycle } from '../../core/tree/tree.ts';
import { SECTION_KINDS, type SectionKind } from '../../core/types.ts';
import { isHttpUrl, isSlug, isSortOrder } from '../../core/validation/fields.ts';
import type { SectionRow } from '../../db/schema.ts';

/** The editable fields of a section, as typed in the form. */
export interface SectionFields {
  name: string;
  /** Path segment on the public site; derived from the name when blank. */
  slug: string;
  /** One of SECTION_KINDS: news, page, link. */
  kind: string;
  /** A section of the same site, or null for a top-level section. */
  parentId: number | null;
  /** Shown on the listing, and to editors as the hint of an empty section. */
  description: string;
  /** The legal provision that requires the section, if any. */
  legalBasis: string;
  /** Required for kind 'link'; ignored otherwise. */
  externalUrl: string;
  inMenu: boolean;
  onHome: boolean;
  /** Position among siblings; null = after the existing ones. */
  sortOrder: number | null;
  /** Themed section (chuyên đề): shown in the menu and on the home page from (datetime-local, portal time; '' = always). */
  startsAt?: string;
  /** … until (datetime-local, portal time; '' = no end). */
  endsAt?: string;
}

export interface CleanSectionFields {
  name: string;
  slug: string;
  kind: SectionKind;
  parentId: number | null;
  description: string;
  legalBasis: string;
  externalUrl: string | null;
  inMenu: boolean;
  onHome: boolean;
  sortOrder: number | null;
  startsAt: string | null;
  endsAt: string | null;
}

/** Paths the public portal already answers itself; a section there would never be reached. */
export const RESERVED_SECTION_SLUGS: readonly string[] = [
  'trang', 'tim-kiem', 'so-do-cong', 'site', 'quan-tri', 'api', 'assets', 'media', 'healthz', 'tep-dinh-kem',
];

/**
 * Normalises and checks a section's fields against the other sections of the same site.
 * `selfId` is the section being edited (undefined when creating).
 * @throws ValidationError with field-keyed Vietnamese messages
 */
export function checkSectionFields(input: SectionFields, siteSections: readonly SectionRow[], selfId?: number): CleanSectionFields {
  const name = cleanLine(input.name);
  const slug = input.slug.trim() || slugify(name, 150);
  const description = input.description.trim();
  const legalBasis = cleanLine(input.legalBasis);
  const externalUrl = input.externalUrl.trim();
  const errors: Record<string, string> = {};

  if (!name) errors.name = 'Vui lòng nhập tên chuyên mục.';
  else if (name.length > 255) errors.name = 'Tên chuyên mục tối đa 255 ký tự.';

  if (!isSlug(slug, 150)) errors.slug = 'Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang (ví dụ: tin-tuc-su-kien).';
  else if (RESERVED_SECTION_SLUGS.includes(slug)) errors.slug = `Đường dẫn "${slug}" được hệ thống dùng riêng; vui lòng chọn đường dẫn khác.`;
  else if (siteSections.some((s) => s.slug === slug && s.id !== selfId)) errors.slug = `Cổng này đã có chuyên mục dùng đường dẫn "${slug}".`;

  const kind = (SECTION_KINDS as readonly string[]).includes(input.kind) ? (input.kind as SectionKind) : null;
  if (!kind) errors.kind = 'Vui lòng chọn loại chuyên mục.';
  else if (kind === 'link' && selfId !== undefined && siteSections.some((s) => s.parent_id === selfId)) {
    errors.kind = 'Chuyên mục liên kết không thể có chuyên mục con; hãy chuyển các chuyên mục con sang chuyên mục khác trước.';
  }

  if (input.parentId !== null) {
    const parent = siteSections.find((s) => s.id === input.parentId);
    const nodes = siteSections.map((s) => ({ id: s.id, parentId: s.parent_id }));
    if (!parent) errors.parentId = 'Chuyên mục cha phải là một chuyên mục của cổng này.';
    else if (selfId !== undefined && wouldCreateCycle(nodes, selfId, parent.id)) {
      errors.parentId = 'Không thể đặt chuyên mục nằm trong chính nó hoặc trong chuyên mục con của nó.';
    } else if (parent.kind === 'link') errors.parentId = 'Chuyên mục liên kết không thể chứa chuyên mục con.';
  }

  if (kind === 'link') {
    if (!externalUrl) errors.externalUrl = 'Chuyên mục liên kết cần địa chỉ liên kết.';
    else if (!isHttpUrl(externalUrl)) errors.externalUrl = 'Địa chỉ liên kết phải bắt đầu bằng http:// hoặc https:// (ví dụ: https://dichvucong.gov.vn).';
  }
  if (description.length > 5000) errors.description = 'Mô tả tối đa 5.000 ký tự.';
  if (legalBasis.length > 500) errors.legalBasis = 'Căn cứ pháp lý tối đa 500 ký tự.';
  if (input.sortOrder !== null && !isSortOrder(input.sortOrder)) errors.sortOrder = 'Thứ tự phải là một số nguyên.';
  const startsAt = input.startsAt?.trim() ? fromLocalInputValue(input.startsAt) : null;
  const endsAt = input.endsAt?.trim() ? fromLocalInputValue(input.endsAt) : null;
  if (input.startsAt?.trim() && !startsAt) errors.startsAt = 'Thời điểm không hợp lệ.';
  if (input.endsAt?.trim() && !endsAt) errors.endsAt = 'Thời điểm không hợp lệ.';
  else if (startsAt && endsAt && endsAt <= startsAt) errors.endsAt = 'Thời điểm kết thúc phải sau thời điểm bắt đầu.';
  if (Object.keys(errors).length > 0 || !kind) throw new ValidationError(errors);

  return {
    name, slug, kind, parentId: input.parentId, description, legalBasis,
    externalUrl: kind === 'link' ? externalUrl : null, inMenu: input.inMenu, onHome: input.onHome, sortOrder: input.sortOrder,
    startsAt, endsAt,
  };
}
