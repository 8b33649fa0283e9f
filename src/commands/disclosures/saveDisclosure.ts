/**
 * Disclosures of every category (budget, plans, investment, statistics, grassroots democracy, procedures,
 * access-to-information list, press information, social accounts): one command, with each category's own
 * rules from core/records/disclosures.ts (sub-types, periods, extra fields, links into dichvucong.gov.vn).
 */
import { NotFoundError, ValidationError } from '../../core/errors.ts';
import { htmlToText, sanitizeRichText } from '../../core/content/sanitize.ts';
import {
  DISCLOSURE_SPECS, type DisclosureCategory, type PeriodKind, hostAllowed, isDisclosureCategory, periodsPerYear,
} from '../../core/records/disclosures.ts';
import { cleanLine } from '../../core/text/vietnamese.ts';
import { isHttpUrl } from '../../core/validation/fields.ts';
import { recordAudit } from '../../db/repositories/auditRepository.ts';
import { findDisclosure, insertDisclosure, updateDisclosure } from '../../db/repositories/disclosureRepository.ts';
import { findDocument } from '../../db/repositories/documentRepository.ts';
import type { DisclosureRow } from '../../db/schema.ts';
import { type CommandContext, nowIso } from '../context.ts';
import { DATE_MESSAGE, authorizedSite, readDate, searchText } from '../records/recordSupport.ts';

export interface DisclosureFields {
  subtype: string;
  title: string;
  summary: string;
  /** Rich text; sanitized before it is stored. */
  bodyHtml: string;
  url: string;
  periodKind: string;
  periodYear: string;
  periodNumber: string;
  /** Date of the decision or approval being disclosed (deadlines count from it). */
  decidedOn: string;
  /** The category's extra fields, by key. */
  details: Record<string, string>;
  /** A document of the same site holding the full text, or null. */
  documentId: number | null;
}

export interface SaveDisclosureInput extends DisclosureFields {
  siteId: number;
  category: string;
  disclosureId?: number;
  publish: boolean;
}

/**
 * @throws NotFoundError (site, item, or an unknown category); ForbiddenError without records.manage;
 *   ValidationError with field-keyed Vietnamese messages
 */
export async function saveDisclosure(ctx: CommandContext, input: SaveDisclosureInput): Promise<{ id: number }> {
  if (!isDisclosureCategory(input.category)) throw new NotFoundError();
  const spec = DISCLOSURE_SPECS[input.category];
  const site = await authorizedSite(ctx, input.siteId, 'records.manage');
  let existing: DisclosureRow | undefined;
  if (input.disclosureId !== undefined) {
    existing = await findDisclosure(ctx.db, site.id, input.disclosureId);
    if (!existing || existing.category !== spec.code) throw new NotFoundError('Không tìm thấy mục công khai này trên cổng.');
  }
  const errors: Record<string, string> = {};
  const title = cleanLine(input.title);
  const summary = input.summary.replace(/\s+/g, ' ').trim();
  const bodyHtml = sanitizeRichText(input.bodyHtml);
  const url = input.url.trim();
  if (!title) errors.title = 'Vui lòng nhập tên, tiêu đề.';
  else if (title.length > 500) errors.title = 'Tiêu đề tối đa 500 ký tự.';
  if (summary.length > 2000) errors.summary = 'Tóm tắt tối đa 2.000 ký tự.';
  if (bodyHtml.length > 200_000) errors.bodyHtml = 'Nội dung quá dài.';
  if (spec.subtypes.length > 0 && !spec.subtypes.some((s) => s.value === input.subtype)) errors.subtype = 'Vui lòng chọn loại.';
  if (!url && spec.url === 'required') {
    errors.url = spec.urlHosts ? `Vui lòng dán đường dẫn của mục này trên ${spec.urlHosts.join(', ')}.` : 'Vui lòng nhập đường dẫn.';
  } else if (url && !isHttpUrl(url)) errors.url = 'Đường dẫn phải bắt đầu bằng http:// hoặc https://.';
  else if (url && spec.urlHosts && !hostAllowed(new URL(url).hostname.toLowerCase(), spec.urlHosts)) {
    errors.url = `Thủ tục phải dẫn đến Cổng Dịch vụ công quốc gia (${spec.urlHosts.join(', ')}), không nhập lại nội dung thủ tục (NĐ 42/2022 Điều 4.1(c)).`;
  }
  const periodKind = (spec.periods as readonly string[]).includes(input.periodKind) ? (input.periodKind as PeriodKind) : null;
  if (!periodKind) errors.periodKind = 'Vui lòng chọn kỳ.';
  let periodYear: number | null = null;
  let periodNumber: number | null = null;
  if (periodKind && periodKind !== 'none') {
    periodYear = Number(input.periodYear.trim());
    if (!Number.isInteger(periodYear) || periodYear < 2000 || periodYear > 2100) errors.periodYear = 'Năm gồm 4 chữ số, ví dụ 2026.';
    const n = periodsPerYear(periodKind);
    if (n > 0) {
      periodNumber = Number(input.periodNumber.trim());
      if (!Number.isInteger(periodNumber) || periodNumber < 1 || periodNumber > n) errors.periodNumber = `Chọn kỳ từ 1 đến ${n}.`;
    }
  }
  const decidedOn = readDate(input.decidedOn);
  if (decidedOn === undefined) errors.decidedOn = DATE_MESSAGE;
  const details: Record<string, string> = {};
  for (const f of spec.extraFields) {
    const v = cleanLine(input.details[f.key] ?? '');
    if (f.required && !v) errors[`d_${f.key}`] = `Vui lòng nhập ${f.label.toLowerCase()}.`;
    else if (f.options && v && !f.options.some((o) => o.value === v)) errors[`d_${f.key}`] = 'Vui lòng chọn một giá trị trong danh sách.';
    else if (v.length > (f.maxLength ?? 500)) errors[`d_${f.key}`] = `Tối đa ${f.maxLength ?? 500} ký tự.`;
    if (v) details[f.key] = v;
  }
  if (input.documentId !== null && !(Number.isSafeInteger(input.documentId) && await findDocument(ctx.db, site.id, input.documentId))) {
    errors.documentId = 'Vui lòng chọn một văn bản của cổng này.';
  }
  if (Object.keys(errors).length > 0 || !periodKind) throw new ValidationError(errors);

  const now = nowIso(ctx);
  const publishNow = input.publish && existing?.status !== 'published';
  const row = {
    subtype: input.subtype, title, summary, body_html: bodyHtml, url, period_kind: periodKind, period_year: periodYear, period_number: periodNumber,
    decided_on: decidedOn ?? null, details: JSON.stringify(details), document_id: input.documentId,
    search_text: searchText(title, summary, htmlToText(bodyHtml), ...Object.values(details)),
    status: existing?.status === 'published' || input.publish ? 'published' : 'draft',
    published_at: existing?.published_at ?? (publishNow ? now : null), updated_by: ctx.actor.userId, updated_at: now,
  };
  const category: DisclosureCategory = spec.code;
  return ctx.db.transaction().execute(async (trx) => {
    if (existing) {
      await updateDisclosure(trx, site.id, existing.id, row);
      await recordAudit(trx, {
        siteId: site.id, actorId: ctx.actor.userId, action: publishNow ? 'disclosure.published' : 'disclosure.updated',
        subjectType: 'disclosure', subjectId: existing.id, data: { category }, at: now,
      });
      return { id: existing.id };
    }
    const id = await insertDisclosure(trx, { site_id: site.id, category, ...row, created_by: ctx.actor.userId, created_at: now });
    await recordAudit(trx, {
      siteId: site.id, actorId: ctx.actor.userId, action: 'disclosure.created', subjectType: 'disclosure', subjectId: id,
      data: { category, published: row.status === 'published' }, at: now,
    });
    return { id };
  });
}

/** Takes an item off the portal or puts it back (records.manage). @throws NotFoundError; ForbiddenError */
export async function setDisclosurePublished(ctx: CommandContext, input: { siteId: number; disclosureId: number; published: boolean }): Promise<DisclosureRow> {
  const site = await authorizedSite(ctx, input.siteId, 'records.manage');
  const item = await findDisclosure(ctx.db, site.id, input.disclosureId);
  if (!item) throw new NotFoundError('Không tìm thấy mục công khai này trên cổng.');
  const status = input.published ? 'published' : 'draft';
  if (item.status === status) return item;
  const now = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await updateDisclosure(trx, site.id, item.id, { status, published_at: item.published_at ?? (input.published ? now : null), updated_at: now, updated_by: ctx.actor.userId });
    await recordAudit(trx, {
      siteId: site.id, actorId: ctx.actor.userId, action: input.published ? 'disclosure.published' : 'disclosure.unpublished',
      subjectType: 'disclosure', subjectId: item.id, data: { category: item.category }, at: now,
    });
  });
  return item;
}
