/** Admin pages for the units that feed a portal. */
import { UNIT_KINDS, UNIT_KIND_LABELS, type UnitKind } from '../../../core/types.ts';
import type { SiteRow, UnitRow } from '../../../db/schema.ts';
import type { FormValues } from '../formSupport.ts';
import { type AdminFrame, AdminLayout, CsrfField } from './AdminLayout.tsx';
import { ErrorSummary, type FieldErrors, SelectField, TextField } from './FormFields.tsx';

export const UNIT_FIELDS = ['name', 'kind', 'leaderName', 'leaderTitle', 'phone', 'email', 'address', 'sortOrder'] as const;
export type UnitForm = FormValues<(typeof UNIT_FIELDS)[number]>;

const LABELS: Record<string, string> = {
  name: 'Tên đơn vị', kind: 'Loại đơn vị', leaderName: 'Họ tên người đứng đầu', leaderTitle: 'Chức vụ', phone: 'Điện thoại',
  email: 'Thư điện tử', address: 'Địa chỉ', sortOrder: 'Thứ tự hiển thị',
};

export const emptyUnitForm: UnitForm = { name: '', kind: '', leaderName: '', leaderTitle: '', phone: '', email: '', address: '', sortOrder: '' };

export function unitForm(u: UnitRow): UnitForm {
  return {
    name: u.name, kind: u.kind, leaderName: u.leader_name, leaderTitle: u.leader_title, phone: u.phone, email: u.email,
    address: u.address, sortOrder: String(u.sort_order),
  };
}

export function UnitListPage({ frame, site, units }: { frame: AdminFrame; site: SiteRow; units: readonly UnitRow[] }) {
  const base = `/quan-tri/cong/${site.id}/don-vi`;
  return (
    <AdminLayout frame={frame} title="Đơn vị">
      <p>Các cơ quan, đơn vị, tổ chức gửi tin, bài cho {site.name}. Cộng tác viên và lãnh đạo đơn vị được gắn với một đơn vị.</p>
      <p class="actions"><a class="button primary" href={`${base}/moi`}>Thêm đơn vị</a></p>
      {units.length === 0 ? <p>Chưa có đơn vị nào.</p> : (
        <table class="list">
          <thead>
            <tr><th scope="col">Thứ tự</th><th scope="col">Tên đơn vị</th><th scope="col">Loại</th><th scope="col">Người đứng đầu</th><th scope="col">Liên hệ</th></tr>
          </thead>
          <tbody>
            {units.map((u) => (
              <tr key={u.id}>
                <td>{u.sort_order}</td>
                <th scope="row"><a href={`${base}/${u.id}`}>{u.name}</a></th>
                <td>{UNIT_KIND_LABELS[u.kind as UnitKind] ?? u.kind}</td>
                <td>{u.leader_name}{u.leader_title && <><br /><span class="muted">{u.leader_title}</span></>}</td>
                <td>{[u.phone, u.email].filter(Boolean).join(' · ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </AdminLayout>
  );
}

export function UnitFormPage({ frame, site, unit, form, errors }: {
  frame: AdminFrame; site: SiteRow; unit?: UnitRow | undefined; form: UnitForm; errors: FieldErrors;
}) {
  const base = `/quan-tri/cong/${site.id}/don-vi`;
  return (
    <AdminLayout frame={frame} title={unit ? `Sửa đơn vị: ${unit.name}` : 'Thêm đơn vị'}>
      <ErrorSummary errors={errors} labels={LABELS} />
      <form method="post" action={unit ? `${base}/${unit.id}` : base} novalidate>
        <CsrfField token={frame.csrf} />
        <TextField name="name" label={LABELS.name!} value={form.name} errors={errors} required maxLength={255} />
        <SelectField name="kind" label={LABELS.kind!} value={form.kind} errors={errors} required blank="— Chọn loại đơn vị —"
          options={UNIT_KINDS.map((k) => ({ value: k, label: UNIT_KIND_LABELS[k] }))} />
        <TextField name="leaderName" label={LABELS.leaderName!} value={form.leaderName} errors={errors} maxLength={255} />
        <TextField name="leaderTitle" label={LABELS.leaderTitle!} value={form.leaderTitle} errors={errors} maxLength={255}
          hint="Ví dụ: Trưởng phòng, Chủ tịch, Giám đốc." />
        <TextField name="phone" label={LABELS.phone!} value={form.phone} errors={errors} type="tel" maxLength={100} />
        <TextField name="email" label={LABELS.email!} value={form.email} errors={errors} type="email" maxLength={255} />
        <TextField name="address" label={LABELS.address!} value={form.address} errors={errors} maxLength={500} />
        <TextField name="sortOrder" label={LABELS.sortOrder!} value={form.sortOrder} errors={errors} inputMode="numeric"
          hint="Số nhỏ hiển thị trước; để trống để xếp cuối danh sách." />
        <div class="actions">
          <button type="submit" class="primary">{unit ? 'Lưu đơn vị' : 'Thêm đơn vị'}</button>
          <a class="button" href={base}>Hủy</a>
        </div>
      </form>
    </AdminLayout>
  );
}
