import type { Kysely } from 'kysely';
import { ConflictError, ValidationError } from '../../core/errors.ts';
import type { Clock } from '../../core/types.ts';
import { cleanLine } from '../../core/text/vietnamese.ts';
import { recordAudit } from '../../db/repositories/auditRepository.ts';
import { findUserByUsername, insertUser } from '../../db/repositories/userRepository.ts';
import type { DB } from '../../db/schema.ts';
import { hashPassword, passwordProblem } from '../auth/passwords.ts';

/** Creates a platform administrator (the production bootstrap; there are no demo accounts in production). */
export async function createFirstAdmin(
  deps: { db: Kysely<DB>; clock: Clock },
  input: { username: string; fullName: string; email: string; password: string },
): Promise<number> {
  const username = input.username.trim().toLowerCase();
  const errors: Record<string, string> = {};
  if (!/^[a-z0-9._-]{3,50}$/.test(username)) errors.username = 'Tên đăng nhập gồm 3–50 ký tự: chữ thường không dấu, số, dấu chấm, gạch ngang.';
  const weak = passwordProblem(input.password);
  if (weak) errors.password = weak;
  if (!cleanLine(input.fullName)) errors.fullName = 'Vui lòng nhập họ và tên.';
  if (Object.keys(errors).length) throw new ValidationError(errors);
  if (await findUserByUsername(deps.db, username)) throw new ConflictError(`Tên đăng nhập "${username}" đã tồn tại.`);
  const now = deps.clock.now().toISOString();
  const passwordHash = await hashPassword(input.password);
  return deps.db.transaction().execute(async (trx) => {
    const id = await insertUser(trx, {
      username, email: input.email.trim(), full_name: cleanLine(input.fullName), password_hash: passwordHash,
      is_platform_admin: 1, is_disabled: 0, created_at: now, updated_at: now,
    });
    await recordAudit(trx, { siteId: null, actorId: null, action: 'user.created', subjectType: 'user', subjectId: id, data: { platformAdmin: true, via: 'cli' }, at: now });
    return id;
  });
}
