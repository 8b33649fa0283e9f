import type { Insertable, Kysely, Updateable } from 'kysely';
import type { DB, UserRoleRow, UserRow, UsersTable } from '../schema.ts';

export function findUserByUsername(db: Kysely<DB>, username: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('username', '=', username.toLowerCase()).executeTakeFirst();
}

export function findUser(db: Kysely<DB>, id: number): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listUsers(db: Kysely<DB>): Promise<UserRow[]> {
  return db.selectFrom('users').selectAll().orderBy('full_name').execute();
}

/** Users holding any role on one of `siteIds`. */
export function listUsersOfSites(db: Kysely<DB>, siteIds: number[]): Promise<UserRow[]> {
  return db.selectFrom('users').selectAll()
    .where('id', 'in', db.selectFrom('user_roles').select('user_id').where('site_id', 'in', siteIds.length ? siteIds : [-1]))
    .orderBy('full_name').execute();
}

export function rolesOf(db: Kysely<DB>, userId: number): Promise<UserRoleRow[]> {
  return db.selectFrom('user_roles').selectAll().where('user_id', '=', userId).orderBy('id').execute();
}

export async function insertUser(db: Kysely<DB>, row: Insertable<UsersTable>): Promise<number> {
  return (await db.insertInto('users').values({ ...row, username: row.username.toLowerCase() }).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateUser(db: Kysely<DB>, id: number, patch: Updateable<UsersTable>): Promise<void> {
  await db.updateTable('users').set(patch).where('id', '=', id).execute();
}

export async function addRole(db: Kysely<DB>, r: { userId: number; siteId: number; unitId: number | null; role: string; at: string }): Promise<void> {
  await db.insertInto('user_roles').values({ user_id: r.userId, site_id: r.siteId, unit_id: r.unitId, role: r.role, created_at: r.at }).execute();
}

export async function removeRole(db: Kysely<DB>, userId: number, roleId: number): Promise<void> {
  await db.deleteFrom('user_roles').where('user_id', '=', userId).where('id', '=', roleId).execute();
}

/** A role assignment with the names needed to show it. */
export interface RoleWithNames extends UserRoleRow {
  unit_name: string | null;
  site_name: string;
}

/** Every role held on one site, with unit and site names. */
export function listRolesOfSite(db: Kysely<DB>, siteId: number): Promise<RoleWithNames[]> {
  return db.selectFrom('user_roles')
    .innerJoin('sites', 'sites.id', 'user_roles.site_id')
    .leftJoin('units', 'units.id', 'user_roles.unit_id')
    .selectAll('user_roles').select(['units.name as unit_name', 'sites.name as site_name'])
    .where('user_roles.site_id', '=', siteId).orderBy('user_roles.id').execute();
}

/** Every role of one user on every site, with unit and site names (platform administration). */
export function listRolesOfUser(db: Kysely<DB>, userId: number): Promise<RoleWithNames[]> {
  return db.selectFrom('user_roles')
    .innerJoin('sites', 'sites.id', 'user_roles.site_id')
    .leftJoin('units', 'units.id', 'user_roles.unit_id')
    .selectAll('user_roles').select(['units.name as unit_name', 'sites.name as site_name'])
    .where('user_roles.user_id', '=', userId).orderBy('user_roles.id').execute();
}

/** Every role on every site (the platform administrator's list of all accounts). */
export function listAllRoles(db: Kysely<DB>): Promise<RoleWithNames[]> {
  return db.selectFrom('user_roles')
    .innerJoin('sites', 'sites.id', 'user_roles.site_id')
    .leftJoin('units', 'units.id', 'user_roles.unit_id')
    .selectAll('user_roles').select(['units.name as unit_name', 'sites.name as site_name'])
    .orderBy('user_roles.id').execute();
}

/** One role row, only if it is held on `siteId`. */
export function findRoleOnSite(db: Kysely<DB>, siteId: number, roleId: number): Promise<UserRoleRow | undefined> {
  return db.selectFrom('user_roles').selectAll().where('site_id', '=', siteId).where('id', '=', roleId).executeTakeFirst();
}

/** True when the user already holds exactly this role (same site, same unit). */
export async function hasRole(db: Kysely<DB>, r: { userId: number; siteId: number; unitId: number | null; role: string }): Promise<boolean> {
  let q = db.selectFrom('user_roles').select('id')
    .where('user_id', '=', r.userId).where('site_id', '=', r.siteId).where('role', '=', r.role);
  q = r.unitId === null ? q.where('unit_id', 'is', null) : q.where('unit_id', '=', r.unitId);
  return (await q.executeTakeFirst()) !== undefined;
}
