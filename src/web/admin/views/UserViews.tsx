/** Admin pages for accounts: a portal's users and their roles there, and (platform) every account. */
import { ROLES, ROLE_LABELS, type Role } from '../../../core/policies/grants.ts';
import type { RoleWithNames } from '../../../db/repositories/userRepository.ts';
import type { SiteRow, UnitRow, UserRow } from '../../../db/schema.ts';
import type { FormValues } from '../formSupport.ts';
import { type AdminFrame, AdminLayout, CsrfField } from './AdminLayout.tsx';
import { ErrorSummary, type FieldErrors, SelectField, TextField } from './FormFields.tsx';

export const USER_CREATE_FIELDS = ['username', 'fullName', 'email', 'password', 'role', 'unitId'] as const;
export type UserCreateForm = FormValues<(typeof USER_CREATE_FIELDS)[number]>;
export const GRANT_FIELDS = ['username', 'role', 'unitId'] as const;
export type GrantForm = FormValues<(typeof GRANT_FIELDS)[number]>;

export const emptyUserForm: UserCreateForm = { username: '', fullName: '', email: '', password: '', role: '', unitId: '' };
export const emptyGrantForm: GrantForm = { username: '', role: '', unitId: '' };

const LABELS: Record<string, string> = {
  username: 'Tên đăng nhập', fullName: 'Họ và tên', email: 'Thư điện tử', password: 'Mật khẩu', role: 'Vai trò', unitId: 'Đơn vị',
};

export function roleText(r: Pick<RoleWithNames, 'role' | 'unit_name'>): string {
  const label = ROLE_LABELS[r.role as Role] ?? r.role;
  return r.unit_name ? `${label} – ${r.unit_name}` : label;
}

function Status({ user }: { user: UserRow }) {
  return user.is_disabled === 1 ? <span class="tag status-archived">Đã khóa</span> : <span class="tag status-published">Đang hoạt động</span>;
}

function RoleAndUnit({ form, errors, units, prefix = '' }: { form: { role: string; unitId: string }; errors: FieldErrors; units: readonly UnitRow[]; prefix?: string }) {
  return (
    <>
      <SelectField name={`${prefix}role`} label={LABELS.role!} value={form.role} errors={errors} required blank="— Chọn vai trò —"
        options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))} />
      <SelectField name={`${prefix}unitId`} label={LABELS.unitId!} value={form.unitId} errors={errors} blank="— Không gắn đơn vị —"
        hint="Bắt buộc với Cộng tác viên và Lãnh đạo đơn vị; các vai trò khác áp dụng cho toàn cổng."
        options={units.map((u) => ({ value: String(u.id), label: u.name }))} />
    </>
  );
}

export interface SiteUserRow {
  user: UserRow;
  roles: RoleWithNames[];
}

export function SiteUserListPage({ frame, site, rows, units, grantForm, errors }: {
  frame: AdminFrame; site: SiteRow; rows: readonly SiteUserRow[]; units: readonly UnitRow[]; grantForm: GrantForm; errors: FieldErrors;
}) {
  const base = `/quan-tri/cong/${site.id}/nguoi-dung`;
  return (
    <AdminLayout frame={frame} title="Người dùng">
      <ErrorSummary errors={errors} labels={LABELS} />
      <p>Những người có vai trò trên {site.name}. Vai trò chỉ có hiệu lực trên cổng này.</p>
      <p class="actions"><a class="button primary" href={`${base}/moi`}>Tạo tài khoản mới</a></p>
      {rows.length === 0 ? <p>Chưa có ai được phân vai trò trên cổng này.</p> : (
        <table class="list">
          <thead><tr><th scope="col">Họ và tên</th><th scope="col">Tên đăng nhập</th><th scope="col">Vai trò trên cổng</th><th scope="col">Trạng thái</th></tr></thead>
          <tbody>
            {rows.map(({ user, roles }) => (
              <tr key={user.id}>
                <th scope="row"><a href={`${base}/${user.id}`}>{user.full_name}</a></th>
                <td>{user.username}</td>
                <td>{roles.map((r) => <span class="tag" key={r.id}>{roleText(r)}</span>)}</td>
                <td><Status user={user} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form method="post" action={`${base}/gan-vai-tro`} novalidate>
        <CsrfField token={frame.csrf} />
        <fieldset>
          <legend>Gán vai trò cho tài khoản đã có</legend>
          <TextField name="username" label={LABELS.username!} value={grantForm.username} errors={errors} required autocomplete="off"
            hint="Tài khoản đã có (ví dụ đang làm việc ở cổng khác) nhận thêm một vai trò trên cổng này." />
          <RoleAndUnit form={grantForm} errors={errors} units={units} />
          <button type="submit">Gán vai trò</button>
        </fieldset>
      </form>
    </AdminLayout>
  );
}

export function UserCreatePage({ frame, site, form, errors, units }: {
  frame: AdminFrame; site: SiteRow; form: UserCreateForm; errors: FieldErrors; units: readonly UnitRow[];
}) {
  const base = `/quan-tri/cong/${site.id}/nguoi-dung`;
  return (
    <AdminLayout frame={frame} title="Tạo tài khoản mới">
      <ErrorSummary errors={errors} labels={LABELS} />
      <form method="post" action={base} novalidate>
        <CsrfField token={frame.csrf} />
        <TextField name="username" label={LABELS.username!} value={form.username} errors={errors} required maxLength={50} autocomplete="off"
          hint="3–50 ký tự: chữ thường không dấu, số, dấu chấm, gạch dưới, gạch ngang; ví dụ: nguyenvana." />
        <TextField name="fullName" label={LABELS.fullName!} value={form.fullName} errors={errors} required maxLength={255} />
        <TextField name="email" label={LABELS.email!} value={form.email} errors={errors} required type="email" maxLength={255}
          hint="Thư điện tử công vụ, dùng để nhận thông báo." />
        <TextField name="password" label={LABELS.password!} value="" errors={errors} required type="password" autocomplete="new-password"
          hint="Ít nhất 10 ký tự. Gửi mật khẩu cho người dùng qua kênh riêng và đề nghị đổi sau lần đăng nhập đầu." />
        <RoleAndUnit form={form} errors={errors} units={units} />
        <div class="actions">
          <button type="submit" class="primary">Tạo tài khoản</button>
          <a class="button" href={base}>Hủy</a>
        </div>
      </form>
    </AdminLayout>
  );
}

export function SiteUserDetailPage({ frame, site, user, roles, units, grantForm, errors, canLock, problem }: {
  frame: AdminFrame; site: SiteRow; user: UserRow; roles: readonly RoleWithNames[]; units: readonly UnitRow[];
  grantForm: GrantForm; errors: FieldErrors;
  /** May the actor lock or unlock this account (core/policies/accounts.ts canManageAccount, and not themselves)? */
  canLock: boolean;
  /** A refusal to show on top (e.g. removing one's own last admin right). */
  problem?: string | undefined;
}) {
  const base = `/quan-tri/cong/${site.id}/nguoi-dung/${user.id}`;
  return (
    <AdminLayout frame={frame} title={user.full_name}>
      {problem && <div class="error-summary" role="alert"><p>{problem}</p></div>}
      <ErrorSummary errors={errors} labels={LABELS} />
      <p>Tên đăng nhập: <strong>{user.username}</strong> · Thư điện tử: {user.email || '—'} · <Status user={user} /></p>
      <h2>Vai trò trên {site.name}</h2>
      {roles.length === 0 ? <p>Không có vai trò nào trên cổng này.</p> : (
        <table class="list">
          <thead><tr><th scope="col">Vai trò</th><th scope="col">Thao tác</th></tr></thead>
          <tbody>
            {roles.map((r) => (
              <tr key={r.id}>
                <td>{roleText(r)}</td>
                <td>
                  <form method="post" action={`${base}/vai-tro/${r.id}/go`}>
                    <CsrfField token={frame.csrf} />
                    <button type="submit" class="link-button">Gỡ vai trò “{roleText(r)}”</button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form method="post" action={`${base}/vai-tro`} novalidate>
        <CsrfField token={frame.csrf} />
        <fieldset>
          <legend>Thêm vai trò trên cổng này</legend>
          <RoleAndUnit form={grantForm} errors={errors} units={units} />
          <button type="submit">Thêm vai trò</button>
        </fieldset>
      </form>
      {canLock && (
        <form method="post" action={`${base}/${user.is_disabled === 1 ? 'mo-khoa' : 'khoa'}`}>
          <CsrfField token={frame.csrf} />
          <p class="hint">{user.is_disabled === 1 ? 'Mở khóa để người dùng đăng nhập lại.' : 'Khóa tài khoản: người dùng bị đăng xuất ngay và không đăng nhập được nữa.'}</p>
          <button type="submit" class={user.is_disabled === 1 ? undefined : 'danger'}>{user.is_disabled === 1 ? 'Mở khóa tài khoản' : 'Khóa tài khoản'}</button>
        </form>
      )}
      <p><a href={`/quan-tri/cong/${site.id}/nguoi-dung`}>« Danh sách người dùng</a></p>
    </AdminLayout>
  );
}

export interface PlatformUserRow {
  user: UserRow;
  roles: RoleWithNames[];
}

export function PlatformUserListPage({ frame, rows }: { frame: AdminFrame; rows: readonly PlatformUserRow[] }) {
  return (
    <AdminLayout frame={frame} title="Tất cả tài khoản">
      <p>Mọi tài khoản của hệ thống và vai trò của họ trên từng cổng. Tạo tài khoản mới tại mục Người dùng của cổng tương ứng.</p>
      <table class="list">
        <thead><tr><th scope="col">Họ và tên</th><th scope="col">Tên đăng nhập</th><th scope="col">Vai trò</th><th scope="col">Trạng thái</th></tr></thead>
        <tbody>
          {rows.map(({ user, roles }) => (
            <tr key={user.id}>
              <th scope="row"><a href={`/quan-tri/nguoi-dung/${user.id}`}>{user.full_name}</a></th>
              <td>{user.username}</td>
              <td>
                {user.is_platform_admin === 1 && <span class="tag">Quản trị hệ thống</span>}
                {roles.map((r) => <span class="tag" key={r.id}>{`${roleText(r)} (${r.site_name})`}</span>)}
              </td>
              <td><Status user={user} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </AdminLayout>
  );
}

export function PlatformUserDetailPage({ frame, user, roles, problem }: {
  frame: AdminFrame; user: UserRow; roles: readonly RoleWithNames[]; problem?: string | undefined;
}) {
  const base = `/quan-tri/nguoi-dung/${user.id}`;
  const self = user.id === frame.actor.userId;
  return (
    <AdminLayout frame={frame} title={user.full_name}>
      {problem && <div class="error-summary" role="alert"><p>{problem}</p></div>}
      <p>Tên đăng nhập: <strong>{user.username}</strong> · Thư điện tử: {user.email || '—'} · <Status user={user} /></p>
      <h2>Vai trò trên các cổng</h2>
      {roles.length === 0 ? <p>Chưa có vai trò trên cổng nào.</p> : (
        <ul>
          {roles.map((r) => (
            <li key={r.id}>{roleText(r)} – <a href={`/quan-tri/cong/${r.site_id}/nguoi-dung/${user.id}`}>{r.site_name}</a></li>
          ))}
        </ul>
      )}
      <h2>Quản trị hệ thống</h2>
      <form method="post" action={`${base}/quan-tri-he-thong`}>
        <CsrfField token={frame.csrf} />
        <input type="hidden" name="isPlatformAdmin" value={user.is_platform_admin === 1 ? '0' : '1'} />
        <p>{user.is_platform_admin === 1 ? 'Tài khoản này là quản trị hệ thống (toàn quyền trên mọi cổng).' : 'Tài khoản này không phải quản trị hệ thống.'}</p>
        {!(self && user.is_platform_admin === 1) && (
          <button type="submit">{user.is_platform_admin === 1 ? 'Bỏ quyền quản trị hệ thống' : 'Cấp quyền quản trị hệ thống'}</button>
        )}
      </form>
      {!self && (
        <form method="post" action={`${base}/${user.is_disabled === 1 ? 'mo-khoa' : 'khoa'}`}>
          <CsrfField token={frame.csrf} />
          <button type="submit" class={user.is_disabled === 1 ? undefined : 'danger'}>{user.is_disabled === 1 ? 'Mở khóa tài khoản' : 'Khóa tài khoản'}</button>
        </form>
      )}
      <p><a href="/quan-tri/nguoi-dung">« Tất cả tài khoản</a></p>
    </AdminLayout>
  );
}
