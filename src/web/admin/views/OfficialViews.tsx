/** Admin pages for officials: leaders, focal points, spokespersons (the contact directory). */
import type { OfficialRow, SiteRow, UnitRow } from '../../../db/schema.ts';
import type { FormValues } from '../formSupport.ts';
import { type AdminFrame, AdminLayout, CsrfField } from './AdminLayout.tsx';
import { CheckboxField, ErrorSummary, type FieldErrors, SelectField, TextArea, TextField } from './FormFields.tsx';
import { DateField, EmptyHint } from './RecordFields.tsx';

export const OFFICIAL_FIELDS = [
  'fullName', 'position', 'positionEn', 'unitId', 'phone', 'email', 'duties', 'isLeader', 'isSpokesperson', 'isFocalPoint', 'focalTopic', 'appointedOn', 'sortOrder',
] as const;
export type OfficialForm = FormValues<(typeof OFFICIAL_FIELDS)[number]>;

const LABELS: Record<string, string> = {
  fullName: 'Họ và tên', position: 'Chức vụ', positionEn: 'Chức vụ (tiếng Anh)', unitId: 'Đơn vị', phone: 'Điện thoại', email: 'Thư điện tử công vụ',
  duties: 'Nhiệm vụ được phân công', focalTopic: 'Đầu mối về', appointedOn: 'Ngày được giao, bổ nhiệm', sortOrder: 'Thứ tự hiển thị',
};

export const emptyOfficialForm: OfficialForm = {
  fullName: '', position: '', positionEn: '', unitId: '', phone: '', email: '', duties: '', isLeader: '', isSpokesperson: '', isFocalPoint: '',
  focalTopic: '', appointedOn: '', sortOrder: '',
};

export function officialForm(o: OfficialRow): OfficialForm {
  return {
    fullName: o.full_name, position: o.position, positionEn: o.position_en, unitId: o.unit_id === null ? '' : String(o.unit_id), phone: o.phone,
    email: o.email, duties: o.duties, isLeader: o.is_leader ? '1' : '', isSpokesperson: o.is_spokesperson ? '1' : '', isFocalPoint: o.is_focal_point ? '1' : '',
    focalTopic: o.focal_topic, appointedOn: o.appointed_on ?? '', sortOrder: String(o.sort_order),
  };
}

export function roleTags(o: OfficialRow) {
  return (
    <>
      {o.is_leader === 1 && <span class="tag">Lãnh đạo</span>}
      {o.is_spokesperson === 1 && <span class="tag">Người phát ngôn</span>}
      {o.is_focal_point === 1 && <span class="tag">Đầu mối{o.focal_topic ? `: ${o.focal_topic}` : ''}</span>}
    </>
  );
}

export function OfficialListPage({ frame, site, rows, units, hint }: {
  frame: AdminFrame; site: SiteRow; rows: readonly OfficialRow[]; units: readonly UnitRow[]; hint: { description: string; legalBasis: string };
}) {
  const base = `/quan-tri/cong/${site.id}/can-bo`;
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  return (
    <AdminLayout frame={frame} title="Danh bạ, cán bộ">
      <p>Lãnh đạo, cán bộ đầu mối và người phát ngôn của {site.name}: hiển thị ở Danh bạ – Liên hệ, sơ đồ tổ chức, Thông tin cho báo chí,
        Tiếp cận thông tin và trang tiếng Anh. Các đơn vị và địa chỉ, điện thoại của đơn vị được quản lý ở mục Đơn vị.</p>
      <p class="actions"><a class="button primary" href={`${base}/moi`}>Thêm cán bộ</a></p>
      {rows.length === 0 ? <EmptyHint description={hint.description} legalBasis={hint.legalBasis} action={{ href: `${base}/moi`, label: 'Thêm lãnh đạo, cán bộ đầu mối' }} /> : (
        <table class="list">
          <thead><tr><th scope="col">Họ và tên</th><th scope="col">Chức vụ, đơn vị</th><th scope="col">Liên hệ</th><th scope="col">Vai trò</th></tr></thead>
          <tbody>
            {rows.map((o) => (
              <tr key={o.id}>
                <th scope="row"><a href={`${base}/${o.id}`}>{o.full_name}</a></th>
                <td>{o.position}{o.unit_id !== null && <><br /><span class="muted">{unitName.get(o.unit_id)}</span></>}</td>
                <td>{[o.phone, o.email].filter(Boolean).join(' · ') || <span class="muted">Chưa có</span>}</td>
                <td>{roleTags(o)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </AdminLayout>
  );
}

export function OfficialFormPage({ frame, site, official, form, errors, units }: {
  frame: AdminFrame; site: SiteRow; official?: OfficialRow | undefined; form: OfficialForm; errors: FieldErrors; units: readonly UnitRow[];
}) {
  const base = `/quan-tri/cong/${site.id}/can-bo`;
  return (
    <AdminLayout frame={frame} title={official ? `Sửa: ${official.full_name}` : 'Thêm cán bộ'}>
      <ErrorSummary errors={errors} labels={LABELS} />
      <form method="post" action={official ? `${base}/${official.id}` : base} novalidate>
        <CsrfField token={frame.csrf} />
        <TextField name="fullName" label={LABELS.fullName!} value={form.fullName} errors={errors} required maxLength={255} />
        <TextField name="position" label={LABELS.position!} value={form.position} errors={errors} required maxLength={255} hint="Ví dụ: Phó Chủ tịch UBND phường." />
        <TextField name="positionEn" label={LABELS.positionEn!} value={form.positionEn} errors={errors} maxLength={255}
          hint="Hiển thị trên trang tiếng Anh (NĐ 42/2022 Điều 7.2), ví dụ: Vice Chairman of the Ward People's Committee." />
        <SelectField name="unitId" label={LABELS.unitId!} value={form.unitId} errors={errors} blank="— Không thuộc đơn vị nào —"
          options={units.map((u) => ({ value: String(u.id), label: u.name }))} />
        <TextField name="phone" label={LABELS.phone!} value={form.phone} errors={errors} type="tel" maxLength={100} />
        <TextField name="email" label={LABELS.email!} value={form.email} errors={errors} type="email" maxLength={255} />
        <TextArea name="duties" label={LABELS.duties!} value={form.duties} errors={errors} rows={3} />
        <fieldset>
          <legend>Vai trò công bố trên cổng</legend>
          <CheckboxField name="isLeader" label="Lãnh đạo (hiển thị trong danh sách lãnh đạo, sơ đồ tổ chức, lịch công tác)" checked={form.isLeader === '1'} />
          <CheckboxField name="isSpokesperson" label="Người phát ngôn (NĐ 09/2017 Điều 3.4; NĐ 244/2026 Điều 3.3)" checked={form.isSpokesperson === '1'} />
          <CheckboxField name="isFocalPoint" label="Cán bộ đầu mối liên hệ, cung cấp thông tin (NĐ 42/2022 Điều 4.1(e); NĐ 13/2018 Điều 11)" checked={form.isFocalPoint === '1'} />
        </fieldset>
        <TextField name="focalTopic" label={LABELS.focalTopic!} value={form.focalTopic} errors={errors} maxLength={255}
          hint="Với cán bộ đầu mối, ví dụ: Tiếp cận thông tin; Tiếp nhận phản ánh, kiến nghị." />
        <DateField name="appointedOn" label={LABELS.appointedOn!} value={form.appointedOn} errors={errors}
          hint="Người phát ngôn phải được công bố trên cổng trong 24 giờ kể từ khi được giao." />
        <TextField name="sortOrder" label={LABELS.sortOrder!} value={form.sortOrder} errors={errors} inputMode="numeric" hint="Số nhỏ hiển thị trước; để trống để xếp cuối." />
        <div class="actions">
          <button type="submit" class="primary">{official ? 'Lưu' : 'Thêm cán bộ'}</button>
          <a class="button" href={base}>Hủy</a>
        </div>
      </form>
      {official && (
        <form method="post" action={`${base}/${official.id}/xoa`} data-confirm={`Xóa ${official.full_name} khỏi danh bạ?`}>
          <CsrfField token={frame.csrf} /><button type="submit" class="danger">Xóa khỏi danh bạ</button>
        </form>
      )}
    </AdminLayout>
  );
}
