/** Admin pages for portals: the installation's list of portals, the new-portal form, a portal's own settings. */
import { SITE_LEVELS, SITE_LEVEL_LABELS, type SiteLevel } from '../../../core/types.ts';
import type { MediaRow, SiteRow } from '../../../db/schema.ts';
import type { FormValues } from '../formSupport.ts';
import { type AdminFrame, AdminLayout, CsrfField } from './AdminLayout.tsx';
import { ErrorSummary, type FieldErrors, SelectField, TextArea, TextField } from './FormFields.tsx';

export const SITE_CREATE_FIELDS = ['name', 'fullName', 'level', 'parentId', 'slug', 'host'] as const;
export type SiteCreateForm = FormValues<(typeof SITE_CREATE_FIELDS)[number]>;

export const SITE_SETTINGS_FIELDS = [
  'name', 'fullName', 'host', 'ownerAgency', 'responsiblePerson', 'address', 'phone', 'email', 'licenseInfo', 'description', 'logoMediaId',
] as const;
export type SiteSettingsForm = FormValues<(typeof SITE_SETTINGS_FIELDS)[number]>;

const levelLabel = (level: string) => SITE_LEVEL_LABELS[level as SiteLevel] ?? level;

export interface SiteListItem {
  site: SiteRow;
  depth: number;
  publicUrl: string;
  sectionCount: number;
}

export function SiteListPage({ frame, items }: { frame: AdminFrame; items: readonly SiteListItem[] }) {
  return (
    <AdminLayout frame={frame} title="Các cổng thông tin">
      <p class="actions">
        <a class="button primary" href="/quan-tri/cac-cong/moi">Tạo cổng mới</a>
        <a class="button" href="/quan-tri/nguoi-dung">Tất cả tài khoản</a>
      </p>
      {items.length === 0 ? <p>Chưa có cổng nào. Hãy tạo cổng cấp thành phố, tỉnh trước, rồi đến các phường, xã.</p> : (
        <table class="list">
          <caption class="muted">Cổng cấp thành phố, tỉnh và các phường, xã trực thuộc</caption>
          <thead>
            <tr><th scope="col">Tên cổng</th><th scope="col">Cấp</th><th scope="col">Địa chỉ truy cập</th><th scope="col">Chuyên mục</th><th scope="col">Thao tác</th></tr>
          </thead>
          <tbody>
            {items.map(({ site, depth, publicUrl, sectionCount }) => (
              <tr key={site.id} class={depth > 0 ? 'child-row' : undefined}>
                <th scope="row">{depth > 0 && <span aria-hidden="true">{'— '.repeat(depth)}</span>}{site.name}
                  <br /><span class="muted">{site.full_name}</span></th>
                <td>{levelLabel(site.level)}</td>
                <td><a href={publicUrl}>{publicUrl}</a>{site.host && <><br /><span class="muted">Tên miền: {site.host}</span></>}</td>
                <td>{sectionCount}</td>
                <td>
                  <a href={`/quan-tri/cong/${site.id}`}>Quản trị</a>{' · '}
                  <a href={`/quan-tri/cong/${site.id}/cai-dat`}>Thông tin cổng</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </AdminLayout>
  );
}

const CREATE_LABELS: Record<string, string> = {
  name: 'Tên cổng', fullName: 'Tên đầy đủ của cơ quan', level: 'Cấp', parentId: 'Cổng cấp trên', slug: 'Đường dẫn', host: 'Tên miền riêng',
};

export function SiteCreatePage({ frame, form, errors, parents }: {
  frame: AdminFrame; form: SiteCreateForm; errors: FieldErrors; parents: readonly SiteRow[];
}) {
  return (
    <AdminLayout frame={frame} title="Tạo cổng mới">
      <ErrorSummary errors={errors} labels={CREATE_LABELS} />
      <p>Cổng mới được tạo sẵn các chuyên mục bắt buộc theo quy định (Giới thiệu, Tin tức – Sự kiện, Văn bản, Dịch vụ công trực tuyến…);
        có thể sửa sau tại mục Chuyên mục.</p>
      <form method="post" action="/quan-tri/cac-cong" novalidate>
        <CsrfField token={frame.csrf} />
        <TextField name="name" label={CREATE_LABELS.name!} value={form.name} errors={errors} required maxLength={255}
          hint="Tên ngắn, ví dụ: Phường Tân Ninh." />
        <TextField name="fullName" label={CREATE_LABELS.fullName!} value={form.fullName} errors={errors} required maxLength={255}
          hint="Hiển thị ở đầu trang, ví dụ: Ủy ban nhân dân phường Tân Ninh." />
        <SelectField name="level" label={CREATE_LABELS.level!} value={form.level} errors={errors} required blank="— Chọn cấp —"
          options={SITE_LEVELS.map((l) => ({ value: l, label: SITE_LEVEL_LABELS[l] }))} />
        <SelectField name="parentId" label={CREATE_LABELS.parentId!} value={form.parentId} errors={errors}
          blank="— Không có (cổng cấp thành phố, tỉnh) —" hint="Bắt buộc với cổng phường, xã."
          options={parents.map((p) => ({ value: String(p.id), label: p.name }))} />
        <TextField name="slug" label={CREATE_LABELS.slug!} value={form.slug} errors={errors} maxLength={100}
          hint="Chữ thường không dấu, số và dấu gạch ngang, ví dụ: phuong-tan-ninh. Để trống để tạo tự động từ tên cổng." />
        <TextField name="host" label={CREATE_LABELS.host!} value={form.host} errors={errors} maxLength={253}
          hint="Không bắt buộc, ví dụ: tanninh.tayninh.gov.vn (không kèm http://)." />
        <div class="actions">
          <button type="submit" class="primary">Tạo cổng</button>
          <a class="button" href="/quan-tri/cac-cong">Hủy</a>
        </div>
      </form>
    </AdminLayout>
  );
}

const SETTINGS_LABELS: Record<string, string> = {
  name: 'Tên cổng', fullName: 'Tên đầy đủ của cơ quan', host: 'Tên miền riêng', ownerAgency: 'Cơ quan chủ quản',
  responsiblePerson: 'Người chịu trách nhiệm', address: 'Địa chỉ', phone: 'Điện thoại', email: 'Thư điện tử',
  licenseInfo: 'Giấy phép, bản quyền', description: 'Mô tả', logoMediaId: 'Biểu trưng (logo)',
};

export function SiteSettingsPage({ frame, site, form, errors, media }: {
  frame: AdminFrame; site: SiteRow; form: SiteSettingsForm; errors: FieldErrors; media: readonly MediaRow[];
}) {
  return (
    <AdminLayout frame={frame} title="Thông tin cổng">
      <ErrorSummary errors={errors} labels={SETTINGS_LABELS} />
      <p class="muted">{levelLabel(site.level)} · đường dẫn /site/{site.slug}</p>
      <form method="post" action={`/quan-tri/cong/${site.id}/cai-dat`} novalidate>
        <CsrfField token={frame.csrf} />
        <fieldset>
          <legend>Nhận diện</legend>
          <TextField name="name" label={SETTINGS_LABELS.name!} value={form.name} errors={errors} required maxLength={255} />
          <TextField name="fullName" label={SETTINGS_LABELS.fullName!} value={form.fullName} errors={errors} required maxLength={255}
            hint="Hiển thị ở đầu trang và chân trang." />
          <TextField name="host" label={SETTINGS_LABELS.host!} value={form.host} errors={errors} maxLength={253}
            hint="Không bắt buộc, ví dụ: tanninh.tayninh.gov.vn (không kèm http://). Để trống nếu cổng dùng đường dẫn /site/…" />
          <SelectField name="logoMediaId" label={SETTINGS_LABELS.logoMediaId!} value={form.logoMediaId} errors={errors}
            blank="— Dùng Quốc huy —" hint="Chọn một ảnh đã tải lên Thư viện ảnh của cổng này."
            options={media.map((m) => ({ value: String(m.id), label: `${m.alt || m.original_name} (${m.width}×${m.height})` }))} />
          <TextArea name="description" label={SETTINGS_LABELS.description!} value={form.description} errors={errors}
            hint="Giới thiệu ngắn về cổng, dùng làm mô tả trang chủ trên công cụ tìm kiếm." rows={3} />
        </fieldset>
        <fieldset>
          <legend>Chân trang (thông tin bắt buộc theo quy định)</legend>
          <TextField name="ownerAgency" label={SETTINGS_LABELS.ownerAgency!} value={form.ownerAgency} errors={errors} maxLength={255} />
          <TextField name="responsiblePerson" label={SETTINGS_LABELS.responsiblePerson!} value={form.responsiblePerson} errors={errors} maxLength={255}
            hint="Họ tên, chức vụ, ví dụ: Nguyễn Văn An – Chủ tịch UBND phường." />
          <TextField name="address" label={SETTINGS_LABELS.address!} value={form.address} errors={errors} maxLength={500} />
          <TextField name="phone" label={SETTINGS_LABELS.phone!} value={form.phone} errors={errors} type="tel" maxLength={100} />
          <TextField name="email" label={SETTINGS_LABELS.email!} value={form.email} errors={errors} type="email" maxLength={255} />
          <TextField name="licenseInfo" label={SETTINGS_LABELS.licenseInfo!} value={form.licenseInfo} errors={errors} maxLength={500}
            hint="Ví dụ: Giấy phép số …/GP-TTĐT do … cấp ngày …" />
        </fieldset>
        <div class="actions"><button type="submit" class="primary">Lưu thông tin</button></div>
      </form>
    </AdminLayout>
  );
}

export function siteSettingsForm(site: SiteRow): SiteSettingsForm {
  return {
    name: site.name, fullName: site.full_name, host: site.host ?? '', ownerAgency: site.owner_agency,
    responsiblePerson: site.responsible_person, address: site.address, phone: site.phone, email: site.email,
    licenseInfo: site.license_info, description: site.description, logoMediaId: site.logo_media_id === null ? '' : String(site.logo_media_id),
  };
}
