import { ConflictError, NotFoundError } from '../../core/errors.ts';
import { losesOwnUserManage } from '../../core/policies/accounts.ts';
import { isRole } from '../../core/policies/grants.ts';
import { authorize } from '../../core/policies/policy.ts';
import { recordAudit } from '../../db/repositories/auditRepository.ts';
import { findSite } from '../../db/repositories/siteRepository.ts';
import { findRoleOnSite, removeRole, rolesOf } from '../../db/repositories/userRepository.ts';
import { type CommandContext, nowIso } from '../context.ts';

/**
 * Removes one role held on `siteId`. A role held on another site is not found here, whatever its id.
 * Nobody removes their own last right to manage the site's users (someone else must do it).
 * @throws NotFoundError for an unknown site, or a role not held on this site
 * @throws ForbiddenError without user.manage on the site
 * @throws ConflictError when the actor would remove their own last admin right on the site
 */
export async function revokeRole(
  ctx: CommandContext,
  /** `userId`, when given, must be the role's holder (the URL names both). */
  input: { siteId: number; roleId: number; userId?: number },
): Promise<{ userId: number }> {
  const site = await findSite(ctx.db, input.siteId);
  if (!site) throw new NotFoundError();
  const facts = { id: site.id, parentId: site.parent_id };
  authorize(ctx.actor, 'user.manage', facts);
  const row = await findRoleOnSite(ctx.db, site.id, input.roleId);
  if (!row || (input.userId !== undefined && row.user_id !== input.userId)) throw new NotFoundError('Không tìm thấy vai trò này trên cổng.');

  if (row.user_id === ctx.actor.userId) {
    const remaining = (await rolesOf(ctx.db, ctx.actor.userId)).filter((r) => r.id !== row.id)
      .flatMap((r) => (isRole(r.role) ? [{ siteId: r.site_id, unitId: r.unit_id, role: r.role }] : []));
    if (losesOwnUserManage(ctx.actor, remaining, facts)) {
      throw new ConflictError('Bạn không thể tự gỡ quyền quản trị cuối cùng của mình trên cổng này. Hãy nhờ một người quản trị khác thực hiện.');
    }
  }

  const now = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await removeRole(trx, row.user_id, row.id);
    await recordAudit(trx, {
      siteId: site.id, actorId: ctx.actor.userId, action: 'user.roleRevoked', subjectType: 'user', subjectId: row.user_id,
      data: { role: row.role, unitId: row.unit_id }, at: now,
    });
  });
  return { userId: row.user_id };
}
