import { NotFoundError, ValidationError } from '../../core/errors.ts';
import { authorize } from '../../core/policies/policy.ts';
import { cleanLine } from '../../core/text/vietnamese.ts';
import { isEmail, isHostname, isPhone } from '../../core/validation/fields.ts';
import { recordAudit } from '../../db/repositories/auditRepository.ts';
import { findMedia } from '../../db/repositories/mediaRepository.ts';
import { findSite, findSiteByHost, updateSite } from '../../db/repositories/siteRepository.ts';
import type { SiteUpdate } from '../../db/schema.ts';
import { type CommandContext, nowIso } from '../context.ts';
import { HOST_MESSAGE } from './createSite.ts';

export interface UpdateSiteSettingsInput {
  siteId: number;
  name: string;
  fullName: string;
  /** Own host name; blank removes it. */
  host: string;
  /** Footer: cơ quan chủ quản. */
  ownerAgency: string;
  /** Footer: người chịu trách nhiệm. */
  responsiblePerson: string;
  address: string;
  phone: string;
  email: string;
  /** Footer: licence / copyright line. */
  licenseInfo: string;
  /** Shown as the home page description. */
  description: string;
  /** A media row of this site, or null for the national emblem. */
  logoMediaId: number | null;
}

const LIMITS = { ownerAgency: 255, responsiblePerson: 255, address: 500, licenseInfo: 500 } as const;

/**
 * Updates a site's identity and footer details (site.settings on that site).
 * @throws NotFoundError for an unknown site
 * @throws ForbiddenError without site.settings on the site
 * @throws ValidationError with field-keyed Vietnamese messages
 */
export async function updateSiteSettings(ctx: CommandContext, input: UpdateSiteSettingsInput): Promise<void> {
  const site = await findSite(ctx.db, input.siteId);
  if (!site) throw new NotFoundError();
  authorize(ctx.actor, 'site.settings', { id: site.id, parentId: site.parent_id });

  const v = {
    name: cleanLine(input.name), fullName: cleanLine(input.fullName), host: input.host.trim().toLowerCase(),
    ownerAgency: cleanLine(input.ownerAgency), responsiblePerson: cleanLine(input.responsiblePerson),
    address: cleanLine(input.address), phone: cleanLine(input.phone), email: input.email.trim(),
    licenseInfo: cleanLine(input.licenseInfo), description: input.description.trim(),
  };
  const errors: Record<string, string> = {};
  if (!v.name) errors.name = 'Vui lòng nhập tên cổng.';
  else if (v.name.length > 255) errors.name = 'Tên cổng tối đa 255 ký tự.';
  if (!v.fullName) errors.fullName = 'Vui lòng nhập tên đầy đủ của cơ quan.';
  else if (v.fullName.length > 255) errors.fullName = 'Tên đầy đủ tối đa 255 ký tự.';
  if (v.host) {
    if (!isHostname(v.host)) errors.host = HOST_MESSAGE;
    else {
      const other = await findSiteByHost(ctx.db, v.host);
      if (other && other.id !== site.id) errors.host = `Tên miền "${v.host}" đã được cổng khác sử dụng.`;
    }
  }
  for (const [field, max] of Object.entries(LIMITS) as [keyof typeof LIMITS, number][]) {
    if (v[field].length > max) errors[field] = `Tối đa ${max} ký tự.`;
  }
  if (v.phone && !isPhone(v.phone)) errors.phone = 'Số điện thoại chỉ gồm chữ số và các dấu ngăn cách (ví dụ: 0276 3822 111).';
  if (v.email && !isEmail(v.email)) errors.email = 'Địa chỉ thư điện tử không hợp lệ (ví dụ: ubnd@tanninh.gov.vn).';
  if (v.description.length > 2000) errors.description = 'Mô tả tối đa 2.000 ký tự.';
  if (input.logoMediaId !== null) {
    const media = Number.isInteger(input.logoMediaId) ? await findMedia(ctx.db, site.id, input.logoMediaId) : undefined;
    if (!media || media.kind !== 'image') errors.logoMediaId = 'Vui lòng chọn một ảnh trong thư viện ảnh của cổng này.';
  }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);

  const now = nowIso(ctx);
  const patch: SiteUpdate = {
    name: v.name, full_name: v.fullName, host: v.host || null, owner_agency: v.ownerAgency,
    responsible_person: v.responsiblePerson, address: v.address, phone: v.phone, email: v.email,
    license_info: v.licenseInfo, description: v.description, logo_media_id: input.logoMediaId, updated_at: now,
  };
  const before: Record<string, unknown> = site;
  const changed = Object.keys(patch).filter((k) => k !== 'updated_at' && before[k] !== patch[k as keyof SiteUpdate]);
  await ctx.db.transaction().execute(async (trx) => {
    await updateSite(trx, site.id, patch);
    await recordAudit(trx, {
      siteId: site.id, actorId: ctx.actor.userId, action: 'site.settingsUpdated', subjectType: 'site', subjectId: site.id,
      data: { changed }, at: now,
    });
  });
}
