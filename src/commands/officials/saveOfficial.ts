/**
 * Officials of a site shown in the contact directory, the organisation chart, the press section and the
 * English contacts: leaders, focal-point officials and spokespersons (ND42-CONTENT-06, PRESS-01/02).
 */
import { NotFoundError, ValidationError } from '../../core/errors.ts';
import { cleanLine } from '../../core/text/vietnamese.ts';
import { isEmail, isPhone, isSortOrder } from '../../core/validation/fields.ts';
import { recordAudit } from '../../db/repositories/auditRepository.ts';
import { deleteOfficial as removeOfficialRow, findOfficial, insertOfficial, nextOfficialSortOrder, updateOfficial } from '../../db/repositories/officialRepository.ts';
import { findUnit } from '../../db/repositories/unitRepository.ts';
import { type CommandContext, nowIso } from '../context.ts';
import { DATE_MESSAGE, authorizedSite, readDate } from '../records/recordSupport.ts';

export interface OfficialFields {
  fullName: string;
  /** Chức vụ, e.g. "Chủ tịch UBND phường". */
  position: string;
  /** The position in English, for the English contacts page (ND42-FUNC-04). */
  positionEn: string;
  /** A unit of the same site, or null. */
  unitId: number | null;
  phone: string;
  /** Official (công vụ) e-mail. */
  email: string;
  /** Duties assigned (nhiệm vụ được phân công). */
  duties: string;
  isLeader: boolean;
  isSpokesperson: boolean;
  isFocalPoint: boolean;
  /** What the focal point is the contact for, e.g. "Tiếp cận thông tin". */
  focalTopic: string;
  /** Date of appointment (spokespersons must be published within 24 hours, PRESS-02). */
  appointedOn: string;
  sortOrder: number | null;
}

export interface SaveOfficialInput extends OfficialFields {
  siteId: number;
  officialId?: number;
}

/**
 * Creates or edits an official (records.manage). A spokesperson or focal point must have a phone and an
 * official e-mail, because the law requires both to be published.
 * @throws NotFoundError; ForbiddenError; ValidationError with field-keyed Vietnamese messages
 */
export async function saveOfficial(ctx: CommandContext, input: SaveOfficialInput): Promise<{ id: number }> {
  const site = await authorizedSite(ctx, input.siteId, 'records.manage');
  const existing = input.officialId !== undefined ? await findOfficial(ctx.db, site.id, input.officialId) : undefined;
  if (input.officialId !== undefined && !existing) throw new NotFoundError('Không tìm thấy cán bộ này trên cổng.');
  const f = {
    fullName: cleanLine(input.fullName), position: cleanLine(input.position), positionEn: cleanLine(input.positionEn),
    phone: cleanLine(input.phone), email: input.email.trim(), duties: input.duties.trim(), focalTopic: cleanLine(input.focalTopic),
  };
  const errors: Record<string, string> = {};
  if (!f.fullName) errors.fullName = 'Vui lòng nhập họ và tên.';
  else if (f.fullName.length > 255) errors.fullName = 'Họ và tên tối đa 255 ký tự.';
  if (!f.position) errors.position = 'Vui lòng nhập chức vụ.';
  else if (f.position.length > 255) errors.position = 'Chức vụ tối đa 255 ký tự.';
  if (f.positionEn.length > 255) errors.positionEn = 'Tối đa 255 ký tự.';
  if (f.phone && !isPhone(f.phone)) errors.phone = 'Số điện thoại chỉ gồm chữ số và các dấu ngăn cách (ví dụ: 0276 3822 111).';
  if (f.email && !isEmail(f.email)) errors.email = 'Địa chỉ thư điện tử không hợp lệ (ví dụ: nvan@tayninh.gov.vn).';
  const role = input.isSpokesperson ? 'người phát ngôn' : input.isFocalPoint ? 'cán bộ đầu mối' : null;
  if (role && !f.phone && !errors.phone) errors.phone = `Cần số điện thoại để công bố ${role} (NĐ 42/2022 Điều 4.1(e); NĐ 09/2017 Điều 3.4).`;
  if (role && !f.email && !errors.email) errors.email = `Cần thư điện tử công vụ để công bố ${role}.`;
  if (f.duties.length > 3000) errors.duties = 'Tối đa 3.000 ký tự.';
  if (f.focalTopic.length > 255) errors.focalTopic = 'Tối đa 255 ký tự.';
  const appointedOn = readDate(input.appointedOn);
  if (appointedOn === undefined) errors.appointedOn = DATE_MESSAGE;
  if (input.unitId !== null && !(Number.isSafeInteger(input.unitId) && await findUnit(ctx.db, site.id, input.unitId))) {
    errors.unitId = 'Vui lòng chọn một đơn vị của cổng này.';
  }
  if (input.sortOrder !== null && !isSortOrder(input.sortOrder)) errors.sortOrder = 'Thứ tự phải là một số nguyên.';
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);

  const now = nowIso(ctx);
  const row = {
    unit_id: input.unitId, full_name: f.fullName, position: f.position, position_en: f.positionEn, phone: f.phone, email: f.email,
    duties: f.duties, is_leader: input.isLeader ? 1 : 0, is_spokesperson: input.isSpokesperson ? 1 : 0, is_focal_point: input.isFocalPoint ? 1 : 0,
    focal_topic: input.isFocalPoint ? f.focalTopic : '', appointed_on: appointedOn ?? null, updated_by: ctx.actor.userId, updated_at: now,
  };
  return ctx.db.transaction().execute(async (trx) => {
    if (existing) {
      await updateOfficial(trx, site.id, existing.id, { ...row, sort_order: input.sortOrder ?? existing.sort_order });
      await recordAudit(trx, { siteId: site.id, actorId: ctx.actor.userId, action: 'official.updated', subjectType: 'official', subjectId: existing.id, data: { name: f.fullName }, at: now });
      return { id: existing.id };
    }
    const id = await insertOfficial(trx, {
      site_id: site.id, ...row, sort_order: input.sortOrder ?? await nextOfficialSortOrder(trx, site.id), created_by: ctx.actor.userId, created_at: now,
    });
    await recordAudit(trx, { siteId: site.id, actorId: ctx.actor.userId, action: 'official.created', subjectType: 'official', subjectId: id, data: { name: f.fullName }, at: now });
    return { id };
  });
}

/** Removes an official from the directory (records.manage). @throws NotFoundError; ForbiddenError */
export async function deleteOfficial(ctx: CommandContext, input: { siteId: number; officialId: number }): Promise<void> {
  const site = await authorizedSite(ctx, input.siteId, 'records.manage');
  const official = await findOfficial(ctx.db, site.id, input.officialId);
  if (!official) throw new NotFoundError('Không tìm thấy cán bộ này trên cổng.');
  const now = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await removeOfficialRow(trx, site.id, official.id);
    await recordAudit(trx, { siteId: site.id, actorId: ctx.actor.userId, action: 'official.deleted', subjectType: 'official', subjectId: official.id, data: { name: official.full_name }, at: now });
  });
}
