import { ConflictError, NotFoundError } from '../../core/errors.ts';
import { authorize } from '../../core/policies/policy.ts';
import { recordAudit } from '../../db/repositories/auditRepository.ts';
import { findUser, updateUser } from '../../db/repositories/userRepository.ts';
import { type CommandContext, nowIso } from '../context.ts';

/**
 * Makes an account a platform administrator, or takes that away (platform administrators only).
 * Nobody takes it away from themselves, so the installation always keeps the administrator who acts.
 * @throws ForbiddenError unless the actor manages the platform
 * @throws NotFoundError for an unknown user
 * @throws ConflictError when the actor would remove their own platform administrator right
 */
export async function setPlatformAdmin(ctx: CommandContext, input: { userId: number; isPlatformAdmin: boolean }): Promise<void> {
  authorize(ctx.actor, 'platform.manage');
  const user = await findUser(ctx.db, input.userId);
  if (!user) throw new NotFoundError('Không tìm thấy tài khoản này.');
  if (!input.isPlatformAdmin && user.id === ctx.actor.userId) {
    throw new ConflictError('Bạn không thể tự bỏ quyền quản trị hệ thống của chính mình. Hãy nhờ một quản trị hệ thống khác thực hiện.');
  }
  if ((user.is_platform_admin === 1) === input.isPlatformAdmin) return;
  const now = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await updateUser(trx, user.id, { is_platform_admin: input.isPlatformAdmin ? 1 : 0, updated_at: now });
    await recordAudit(trx, {
      siteId: null, actorId: ctx.actor.userId,
      action: input.isPlatformAdmin ? 'user.platformAdminGranted' : 'user.platformAdminRevoked',
      subjectType: 'user', subjectId: user.id, data: {}, at: now,
    });
  });
}
