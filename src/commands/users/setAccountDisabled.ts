import { ConflictError, ForbiddenError, NotFoundError } from '../../core/errors.ts';
import { canManageAccount } from '../../core/policies/accounts.ts';
import { isRole } from '../../core/policies/grants.ts';
import { recordAudit } from '../../db/repositories/auditRepository.ts';
import { deleteSessionsOfUser } from '../../db/repositories/sessionRepository.ts';
import { listSites } from '../../db/repositories/siteRepository.ts';
import { findUser, rolesOf, updateUser } from '../../db/repositories/userRepository.ts';
import { type CommandContext, nowIso } from '../context.ts';

export interface SetAccountDisabledInput {
  userId: number;
  /** true = lock the account (and end its sessions), false = unlock it. */
  disabled: boolean;
  /** The site whose admin screen this came from, for the audit trail. */
  siteId?: number | null;
}

/**
 * Locks or unlocks an account. An account spans sites, so a site manager may do it only when every
 * site the account works on is one they manage (core/policies/accounts.ts); platform administrators always may.
 * Locking deletes the account's sessions, so it is logged out at once.
 * @throws NotFoundError for an unknown user
 * @throws ForbiddenError when the actor may not manage this account
 * @throws ConflictError when the actor tries to lock their own account
 */
export async function setAccountDisabled(ctx: CommandContext, input: SetAccountDisabledInput): Promise<void> {
  const user = await findUser(ctx.db, input.userId);
  if (!user) throw new NotFoundError('Không tìm thấy tài khoản này.');
  const roles = (await rolesOf(ctx.db, user.id))
    .flatMap((r) => (isRole(r.role) ? [{ siteId: r.site_id, unitId: r.unit_id, role: r.role }] : []));
  const sites = (await listSites(ctx.db)).map((s) => ({ id: s.id, parentId: s.parent_id }));
  if (!canManageAccount(ctx.actor, { userId: user.id, isPlatformAdmin: user.is_platform_admin === 1, roles }, sites)) {
    throw new ForbiddenError('Tài khoản này còn làm việc trên cổng khác hoặc là quản trị hệ thống; chỉ quản trị hệ thống mới khóa, mở khóa được.');
  }
  if (input.disabled && user.id === ctx.actor.userId) throw new ConflictError('Bạn không thể tự khóa tài khoản của mình.');

  const now = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await updateUser(trx, user.id, { is_disabled: input.disabled ? 1 : 0, updated_at: now });
    if (input.disabled) await deleteSessionsOfUser(trx, user.id);
    await recordAudit(trx, {
      siteId: input.siteId ?? null, actorId: ctx.actor.userId, action: input.disabled ? 'user.disabled' : 'user.enabled',
      subjectType: 'user', subjectId: user.id, data: {}, at: now,
    });
  });
}
