import type { Kysely } from 'kysely';
import { isRole } from '../../core/policies/grants.ts';
import type { Actor } from '../../core/policies/policy.ts';
import { rolesOf } from '../../db/repositories/userRepository.ts';
import type { DB } from '../../db/schema.ts';

/** Builds the Actor for a user, re-reading roles (so a revoked role takes effect on the next request). */
export async function loadActor(db: Kysely<DB>, user: { id: number; username: string; full_name: string; is_platform_admin: number }): Promise<Actor> {
  const roles = (await rolesOf(db, user.id)).flatMap((r) =>
    isRole(r.role) ? [{ siteId: r.site_id, unitId: r.unit_id, role: r.role }] : [],
  );
  return { userId: user.id, username: user.username, fullName: user.full_name, isPlatformAdmin: user.is_platform_admin === 1, roles };
}
