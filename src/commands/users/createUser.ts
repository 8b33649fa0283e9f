import { NotFoundError, ValidationError } from '../../core/errors.ts';
import { authorize } from '../../core/policies/policy.ts';
import { cleanLine } from '../../core/text/vietnamese.ts';
import { isEmail } from '../../core/validation/fields.ts';
import { recordAudit } from '../../db/repositories/auditRepository.ts';
import { findSite } from '../../db/repositories/siteRepository.ts';
import { addRole, findUserByUsername, insertUser } from '../../db/repositories/userRepository.ts';
import { hashPassword, passwordProblem } from '../auth/passwords.ts';
import { type CommandContext, nowIso } from '../context.ts';
import { USERNAME_MESSAGE, USERNAME_PATTERN, checkRoleOnSite } from './roleFields.ts';

export interface CreateUserInput {
  /** The site the new account gets its first role on. */
  siteId: number;
  username: string;
  fullName: string;
  email: string;
  password: string;
  /** One of ROLES. */
  role: string;
  /** Required for contributor and leader: a unit of the same site. */
  unitId: number | null;
}

/**
 * Creates an account with one role on a site (user.manage on that site). The password is stored as argon2id.
 * @throws NotFoundError for an unknown site
 * @throws ForbiddenError without user.manage on the site
 * @throws ValidationError with field-keyed Vietnamese messages
 */
export async function createUser(ctx: CommandContext, input: CreateUserInput): Promise<{ id: number }> {
  const site = await findSite(ctx.db, input.siteId);
  if (!site) throw new NotFoundError();
  authorize(ctx.actor, 'user.manage', { id: site.id, parentId: site.parent_id });

  const username = input.username.trim().toLowerCase();
  const fullName = cleanLine(input.fullName);
  const email = input.email.trim();
  const errors: Record<string, string> = {};
  if (!USERNAME_PATTERN.test(username)) errors.username = USERNAME_MESSAGE;
  else if (await findUserByUsername(ctx.db, username)) {
    errors.username = `Tên đăng nhập "${username}" đã tồn tại. Nếu đó là tài khoản của người này, hãy dùng mục “Gán vai trò cho tài khoản đã có”.`;
  }
  if (!fullName) errors.fullName = 'Vui lòng nhập họ và tên.';
  else if (fullName.length > 255) errors.fullName = 'Họ và tên tối đa 255 ký tự.';
  if (!email) errors.email = 'Vui lòng nhập thư điện tử công vụ.';
  else if (!isEmail(email)) errors.email = 'Địa chỉ thư điện tử không hợp lệ (ví dụ: nguyenvana@tanninh.gov.vn).';
  const weak = passwordProblem(input.password);
  if (weak) errors.password = weak;
  const roleCheck = await checkRoleOnSite(ctx.db, site.id, input);
  Object.assign(errors, roleCheck.errors);
  if (Object.keys(errors).length > 0 || !roleCheck.role) throw new ValidationError(errors);
  const role = roleCheck.role;

  const passwordHash = await hashPassword(input.password);
  const now = nowIso(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const id = await insertUser(trx, {
      username, email, full_name: fullName, password_hash: passwordHash, is_platform_admin: 0, is_disabled: 0,
      created_at: now, updated_at: now,
    });
    await addRole(trx, { userId: id, siteId: site.id, unitId: roleCheck.unitId, role, at: now });
    await recordAudit(trx, {
      siteId: site.id, actorId: ctx.actor.userId, action: 'user.created', subjectType: 'user', subjectId: id,
      data: { username, role, unitId: roleCheck.unitId }, at: now,
    });
    return { id };
  });
}
