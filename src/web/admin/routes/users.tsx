/**
 * Accounts and their roles per portal. A portal's user managers see and change only roles held on that
 * portal; account-wide changes (lock, unlock) follow core/policies/accounts.ts. Platform administrators
 * also see every account at /nguoi-dung and grant or remove the platform administrator right.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createUser } from '../../../commands/users/createUser.ts';
import { grantRole } from '../../../commands/users/grantRole.ts';
import { revokeRole } from '../../../commands/users/revokeRole.ts';
import { setAccountDisabled } from '../../../commands/users/setAccountDisabled.ts';
import { setPlatformAdmin } from '../../../commands/users/setPlatformAdmin.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../../core/errors.ts';
import { canManageAccount } from '../../../core/policies/accounts.ts';
import { isRole } from '../../../core/policies/grants.ts';
import { comparePersonNames, compareVietnamese } from '../../../core/text/vietnamese.ts';
import { listUnits } from '../../../db/repositories/unitRepository.ts';
import {
  findUser, listAllRoles, listRolesOfSite, listRolesOfUser, listUsers, listUsersOfSites, rolesOf,
} from '../../../db/repositories/userRepository.ts';
import type { UserRow } from '../../../db/schema.ts';
import { adminFrame, redirectWithFlash } from '../frame.ts';
import { commandContext, idParam, optionalNumber, readForm, sendPage } from '../formSupport.ts';
import {
  GRANT_FIELDS, type GrantForm, PlatformUserDetailPage, PlatformUserListPage, SiteUserDetailPage, SiteUserListPage,
  USER_CREATE_FIELDS, UserCreatePage, emptyGrantForm, emptyUserForm,
} from '../views/UserViews.tsx';

type SiteParams = { Params: { siteId: string } };
type SiteUserParams = { Params: { siteId: string; userId: string } };
type UserParams = { Params: { userId: string } };

const byName = (a: { user: UserRow }, b: { user: UserRow }) => comparePersonNames(a.user.full_name, b.user.full_name);

export async function userRoutes(app: FastifyInstance): Promise<void> {
  const ctx = app.ctx;
  const config = { permission: 'user.manage' as const };

  const sortedUnits = async (siteId: number) =>
    (await listUnits(ctx.db, siteId)).sort((a, b) => a.sort_order - b.sort_order || compareVietnamese(a.name, b.name));

  async function renderSiteList(req: FastifyRequest, reply: FastifyReply, siteId: number, grantForm: GrantForm, errors: Record<string, string>, status = 200) {
    const frame = await adminFrame(ctx, req, reply, siteId);
    const site = frame.site!;
    const [users, roles] = await Promise.all([listUsersOfSites(ctx.db, [site.id]), listRolesOfSite(ctx.db, site.id)]);
    const rows = users.map((user) => ({ user, roles: roles.filter((r) => r.user_id === user.id) })).sort(byName);
    return sendPage(reply, <SiteUserListPage frame={frame} site={site} rows={rows} units={await sortedUnits(site.id)} grantForm={grantForm} errors={errors} />, status);
  }

  async function renderSiteUser(
    req: FastifyRequest, reply: FastifyReply, siteId: number, userId: number,
    opts: { grantForm?: GrantForm; errors?: Record<string, string>; problem?: string; status?: number } = {},
  ) {
    const frame = await adminFrame(ctx, req, reply, siteId);
    const site = frame.site!;
    const user = await findUser(ctx.db, userId);
    const roles = (await listRolesOfSite(ctx.db, site.id)).filter((r) => r.user_id === userId);
    // CASE: a site manager sees only the people who work on this site.
    if (!user || roles.length === 0) throw new NotFoundError('Người này không có vai trò trên cổng này.');
    const allRoles = (await rolesOf(ctx.db, user.id)).flatMap((r) => (isRole(r.role) ? [{ siteId: r.site_id, unitId: r.unit_id, role: r.role }] : []));
    const siteFacts = ctx.directory.all().map((s) => ({ id: s.id, parentId: s.parent_id }));
    const canLock = user.id !== frame.actor.userId
      && canManageAccount(frame.actor, { userId: user.id, isPlatformAdmin: user.is_platform_admin === 1, roles: allRoles }, siteFacts);
    return sendPage(reply, (
      <SiteUserDetailPage frame={frame} site={site} user={user} roles={roles} units={await sortedUnits(site.id)}
        grantForm={opts.grantForm ?? emptyGrantForm} errors={opts.errors ?? {}} canLock={canLock} problem={opts.problem} />
    ), opts.status ?? 200);
  }

  /** After a role change: the person's page if they still work on this site, else the site's list. */
  async function afterRoleChange(siteId: number, userId: number): Promise<string> {
    const still = (await listRolesOfSite(ctx.db, siteId)).some((r) => r.user_id === userId);
    return still ? `/quan-tri/cong/${siteId}/nguoi-dung/${userId}` : `/quan-tri/cong/${siteId}/nguoi-dung`;
  }

  app.get<SiteParams>('/cong/:siteId/nguoi-dung', { config }, async (req, reply) =>
    renderSiteList(req, reply, idParam(req.params.siteId), emptyGrantForm, {}));

  app.post<SiteParams>('/cong/:siteId/nguoi-dung/gan-vai-tro', { config }, async (req, reply) => {
    const siteId = idParam(req.params.siteId);
    const form = readForm(req.body, GRANT_FIELDS);
    try {
      const { userId } = await grantRole(commandContext(ctx, req), { siteId, username: form.username, role: form.role, unitId: optionalNumber(form.unitId) });
      return redirectWithFlash(reply, `/quan-tri/cong/${siteId}/nguoi-dung/${userId}`, `Đã gán vai trò cho tài khoản “${form.username.trim().toLowerCase()}”.`);
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      return renderSiteList(req, reply, siteId, form, err.fieldErrors, 422);
    }
  });

  app.get<SiteParams>('/cong/:siteId/nguoi-dung/moi', { config }, async (req, reply) => {
    const frame = await adminFrame(ctx, req, reply, idParam(req.params.siteId));
    const site = frame.site!;
    return sendPage(reply, <UserCreatePage frame={frame} site={site} form={emptyUserForm} errors={{}} units={await sortedUnits(site.id)} />);
  });

  app.post<SiteParams>('/cong/:siteId/nguoi-dung', { config }, async (req, reply) => {
    const siteId = idParam(req.params.siteId);
    const form = readForm(req.body, USER_CREATE_FIELDS);
    try {
      const { id } = await createUser(commandContext(ctx, req), { ...form, siteId, unitId: optionalNumber(form.unitId) });
      return redirectWithFlash(reply, `/quan-tri/cong/${siteId}/nguoi-dung/${id}`, `Đã tạo tài khoản “${form.username.trim().toLowerCase()}”.`);
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      const frame = await adminFrame(ctx, req, reply, siteId);
      // The password is never sent back to the browser; everything else is kept as typed.
      return sendPage(reply, <UserCreatePage frame={frame} site={frame.site!} form={{ ...form, password: '' }} errors={err.fieldErrors}
        units={await sortedUnits(siteId)} />, 422);
    }
  });

  app.get<SiteUserParams>('/cong/:siteId/nguoi-dung/:userId', { config }, async (req, reply) =>
    renderSiteUser(req, reply, idParam(req.params.siteId), idParam(req.params.userId)));

  app.post<SiteUserParams>('/cong/:siteId/nguoi-dung/:userId/vai-tro', { config }, async (req, reply) => {
    const siteId = idParam(req.params.siteId);
    const userId = idParam(req.params.userId);
    const form = readForm(req.body, GRANT_FIELDS);
    try {
      await grantRole(commandContext(ctx, req), { siteId, userId, role: form.role, unitId: optionalNumber(form.unitId) });
      return redirectWithFlash(reply, `/quan-tri/cong/${siteId}/nguoi-dung/${userId}`, 'Đã thêm vai trò.');
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      return renderSiteUser(req, reply, siteId, userId, { grantForm: form, errors: err.fieldErrors, status: 422 });
    }
  });

  app.post<{ Params: { siteId: string; userId: string; roleId: string } }>('/cong/:siteId/nguoi-dung/:userId/vai-tro/:roleId/go', { config }, async (req, reply) => {
    const siteId = idParam(req.params.siteId);
    const userId = idParam(req.params.userId);
    try {
      await revokeRole(commandContext(ctx, req), { siteId, userId, roleId: idParam(req.params.roleId) });
      return redirectWithFlash(reply, await afterRoleChange(siteId, userId), 'Đã gỡ vai trò.');
    } catch (err) {
      if (!(err instanceof ConflictError)) throw err;
      return renderSiteUser(req, reply, siteId, userId, { problem: err.message, status: err.status });
    }
  });

  for (const [path, disabled] of [['khoa', true], ['mo-khoa', false]] as const) {
    app.post<SiteUserParams>(`/cong/:siteId/nguoi-dung/:userId/${path}`, { config }, async (req, reply) => {
      const siteId = idParam(req.params.siteId);
      const userId = idParam(req.params.userId);
      // CASE: the person must work on this site, so a site's screen never acts on strangers.
      if (!(await listRolesOfSite(ctx.db, siteId)).some((r) => r.user_id === userId)) throw new NotFoundError('Người này không có vai trò trên cổng này.');
      try {
        await setAccountDisabled(commandContext(ctx, req), { userId, disabled, siteId });
        return redirectWithFlash(reply, `/quan-tri/cong/${siteId}/nguoi-dung/${userId}`, disabled ? 'Đã khóa tài khoản.' : 'Đã mở khóa tài khoản.');
      } catch (err) {
        if (!(err instanceof ConflictError)) throw err;
        return renderSiteUser(req, reply, siteId, userId, { problem: err.message, status: err.status });
      }
    });
  }

  // Platform administration: every account.

  app.get('/nguoi-dung', { config: { permission: 'platform.manage' } }, async (req, reply) => {
    const frame = await adminFrame(ctx, req, reply);
    const [users, roles] = await Promise.all([listUsers(ctx.db), listAllRoles(ctx.db)]);
    const rows = users.map((user) => ({ user, roles: roles.filter((r) => r.user_id === user.id) })).sort(byName);
    return sendPage(reply, <PlatformUserListPage frame={frame} rows={rows} />);
  });

  async function renderPlatformUser(req: FastifyRequest, reply: FastifyReply, userId: number, problem?: string, status = 200) {
    const frame = await adminFrame(ctx, req, reply);
    const user = await findUser(ctx.db, userId);
    if (!user) throw new NotFoundError('Không tìm thấy tài khoản này.');
    return sendPage(reply, <PlatformUserDetailPage frame={frame} user={user} roles={await listRolesOfUser(ctx.db, user.id)} problem={problem} />, status);
  }

  app.get<UserParams>('/nguoi-dung/:userId', { config: { permission: 'platform.manage' } }, async (req, reply) =>
    renderPlatformUser(req, reply, idParam(req.params.userId)));

  app.post<UserParams>('/nguoi-dung/:userId/quan-tri-he-thong', { config: { permission: 'platform.manage' } }, async (req, reply) => {
    const userId = idParam(req.params.userId);
    const isPlatformAdmin = readForm(req.body, ['isPlatformAdmin'] as const).isPlatformAdmin === '1';
    try {
      await setPlatformAdmin(commandContext(ctx, req), { userId, isPlatformAdmin });
      return redirectWithFlash(reply, `/quan-tri/nguoi-dung/${userId}`,
        isPlatformAdmin ? 'Đã cấp quyền quản trị hệ thống.' : 'Đã bỏ quyền quản trị hệ thống.');
    } catch (err) {
      if (!(err instanceof ConflictError)) throw err;
      return renderPlatformUser(req, reply, userId, err.message, err.status);
    }
  });

  for (const [path, disabled] of [['khoa', true], ['mo-khoa', false]] as const) {
    app.post<UserParams>(`/nguoi-dung/:userId/${path}`, { config: { permission: 'platform.manage' } }, async (req, reply) => {
      const userId = idParam(req.params.userId);
      try {
        await setAccountDisabled(commandContext(ctx, req), { userId, disabled });
        return redirectWithFlash(reply, `/quan-tri/nguoi-dung/${userId}`, disabled ? 'Đã khóa tài khoản.' : 'Đã mở khóa tài khoản.');
      } catch (err) {
        if (!(err instanceof ConflictError)) throw err;
        return renderPlatformUser(req, reply, userId, err.message, err.status);
      }
    });
  }
}
