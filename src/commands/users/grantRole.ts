import { NotFoundError, ValidationError } from '../../core/errors.ts';
import { authorize } from '../../core/policies/policy.ts';
import { recordAudit } from '../../db/repositories/auditRepository.ts';
import { findSite } from '../../db/repositories/siteRepository.ts';
import { addRole, findUser, findUserByUsername, hasRole } from '../../db/repositories/userRepository.ts';
import { type CommandContext, nowIso } from '../context.ts';
import { checkRoleOnSite } from './roleFields.ts';

export interface GrantRoleInput {
  /** The site the role is held on; the actor needs user.manage there. */
  siteId: number;
  /** The account, by id … */
  userId?: number;
  /** … or by user name (the "add an existing account" form). */
  username?: string;
  /** One of ROLES. */
  role: string;
  /** Required for contributor and leader: a unit of the same site. */
  unitId: number | null;
}

/**
 * Grants an existing account a role on one site. Only that site: the role's site is the one the
 * actor was authorized on, never one taken from the input elsewhere.
 * @throws NotFoundError for an unknown site or user id
 * @throws ForbiddenError without user.manage on the site
 * @throws ValidationError with field-keyed Vietnamese messages (`username`, `role`, `unitId`)
 */
export async function grantRole(ctx: CommandContext, input: GrantRoleInput): Promise<{ userId: number }> {
  const site = await findSite(ctx.db, input.siteId);
  if (!site) throw new NotFoundError();
  authorize(ctx.actor, 'user.manage', { id: site.id, parentId: site.parent_id });

  const errors: Record<string, string> = {};
  let user;
  if (input.userId !== undefined) {
    user = await findUser(ctx.db, input.userId);
    if (!user) throw new NotFoundError('Không tìm thấy tài khoản này.');
  } else {
    const username = (input.username ?? '').trim().toLowerCase();
    user = username ? await findUserByUsername(ctx.db, username) : undefined;
    if (!username) errors.username = 'Vui lòng nhập tên đăng nhập của tài khoản.';
    else if (!user) errors.username = `Không có tài khoản nào với tên đăng nhập "${username}".`;
  }
  const roleCheck = await checkRoleOnSite(ctx.db, site.id, input);
  Object.assign(errors, roleCheck.errors);
  if (user && roleCheck.role && Object.keys(errors).length === 0
    && await hasRole(ctx.db, { userId: user.id, siteId: site.id, unitId: roleCheck.unitId, role: roleCheck.role })) {
    errors.role = 'Tài khoản này đã có vai trò này trên cổng.';
  }
  if (Object.keys(errors).length > 0 || !user || !roleCheck.role) throw new ValidationError(errors);
  const role = roleCheck.role;
  const target = user;

  const now = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await addRole(trx, { userId: target.id, siteId: site.id, unitId: roleCheck.unitId, role, at: now });
    await recordAudit(trx, {
      siteId: site.id, actorId: ctx.actor.userId, action: 'user.roleGranted', subjectType: 'user', subjectId: target.id,
      data: { role, unitId: roleCheck.unitId }, at: now,
    });
  });
  return { userId: target.id };
}
