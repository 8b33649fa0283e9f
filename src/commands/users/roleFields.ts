import type { Kysely } from 'kysely';
import { ROLES, type Role } from '../../core/policies/grants.ts';
import { roleNeedsUnit } from '../../core/policies/accounts.ts';
import { findUnit } from '../../db/repositories/unitRepository.ts';
import type { DB } from '../../db/schema.ts';

export const USERNAME_PATTERN = /^[a-z0-9._-]{3,50}$/;
export const USERNAME_MESSAGE = 'Tên đăng nhập gồm 3–50 ký tự: chữ thường không dấu, số, dấu chấm, gạch dưới, gạch ngang.';

/**
 * Checks a role to be granted on `siteId`: a known role, and for contributors and unit leaders a unit of
 * that same site (other roles are site-wide, so any unit given is dropped).
 * Returns field-keyed messages (`role`, `unitId`) instead of throwing, so callers can merge them with their own.
 */
export async function checkRoleOnSite(
  db: Kysely<DB>,
  siteId: number,
  input: { role: string; unitId: number | null },
): Promise<{ errors: Record<string, string>; role: Role | null; unitId: number | null }> {
  const errors: Record<string, string> = {};
  const role = (ROLES as readonly string[]).includes(input.role) ? (input.role as Role) : null;
  if (!role) {
    errors.role = 'Vui lòng chọn vai trò.';
    return { errors, role: null, unitId: null };
  }
  if (!roleNeedsUnit(role)) return { errors, role, unitId: null };
  if (input.unitId === null) {
    errors.unitId = 'Cộng tác viên và lãnh đạo đơn vị phải thuộc một đơn vị của cổng này; vui lòng chọn đơn vị.';
    return { errors, role, unitId: null };
  }
  const unit = Number.isInteger(input.unitId) ? await findUnit(db, siteId, input.unitId) : undefined;
  if (!unit) errors.unitId = 'Đơn vị phải là một đơn vị của cổng này.';
  return { errors, role, unitId: unit ? unit.id : null };
}
