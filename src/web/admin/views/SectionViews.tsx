/** Admin pages for a portal's sections (its menu): the tree, and the add/edit form. */
import type { FlatTreeItem } from '../../../core/tree/tree.ts';
import type { SectionKind } from '../../../core/types.ts';
import type { SectionRow, SiteRow } from '../../../db/schema.ts';
import { toLocalInputValue } from '../../../core/text/dates.ts';
import type { FormValues } from '../formSupport.ts';
import { DateField } from './RecordFields.tsx';
import { type AdminFrame, AdminLayout, CsrfField } from './AdminLayout.tsx';
import { CheckboxField, ErrorSummary, type FieldErrors, SelectField, TextArea, TextField } from './FormFields.tsx';

export const SECTION_FIELDS = [
  'name', 'slug', 'kind', 'parentId', 'description', 'legalBasis', 'externalUrl', 'inMenu', 'onHome', 'sortOrder', 'startsAt', 'endsAt',
] as const;
export type SectionForm = FormValues<(typeof SECTION_FIELDS)[number]>;

export const SECTION_KIND_LABELS: Record<SectionKind, string> = {
  news: 'Tin tức (danh sách tin, bài)',
  page: 'Trang tĩnh (giới thiệu, danh bạ…)',
  link: 'Liên kết đến trang khác',
  documents: 'Văn bản (số ký hiệu, trích yếu, tệp, tìm kiếm)',
  schedule: 'Lịch công tác tuần của lãnh đạo',
  directory: 'Danh bạ, cơ cấu tổ chức',
  english: 'Trang tiếng Anh (kèm danh bạ tiếng Anh)',
  procedures: 'Thủ tục hành chính (liên kết Cổng DVC quốc gia)',
  budget: 'Công khai ngân sách',
  plans: 'Chiến lược, quy hoạch, kế hoạch',
  investment: 'Dự án đầu tư, đấu thầu, mua sắm công',
  statistics: 'Thống kê, báo cáo kinh tế – xã hội',
  grassroots: 'Công khai theo Luật Dân chủ ở cơ sở',
  access_info: 'Tiếp cận thông tin (danh mục công khai, đầu mối)',
  press: 'Thông tin cho báo chí, người phát ngôn',
};

const LABELS: Record<string, string> = {
  name: 'Tên chuyên mục', slug: 'Đường dẫn', kind: 'Loại chuyên mục', parentId: 'Chuyên mục cha', description: 'Mô tả',
  legalBasis: 'Căn cứ pháp lý', externalUrl: 'Địa chỉ liên kết', sortOrder: 'Thứ tự', startsAt: 'Chuyên đề hiển thị từ', endsAt: 'Đến',
};

export const emptySectionForm: SectionForm = {
  name: '', slug: '', kind: 'news', parentId: '', description: '', legalBasis: '', externalUrl: '', inMenu: '1', onHome: '', sortOrder: '', startsAt: '', endsAt: '',
};

export function sectionForm(s: SectionRow): SectionForm {
  return {
    name: s.name, slug: s.slug, kind: s.kind, parentId: s.parent_id === null ? '' : String(s.parent_id), description: s.description,
    legalBasis: s.legal_basis, externalUrl: s.external_url ?? '', inMenu: s.in_menu === 1 ? '1' : '', onHome: s.on_home === 1 ? '1' : '',
    sortOrder: String(s.sort_order), startsAt: toLocalInputValue(s.starts_at), endsAt: toLocalInputValue(s.ends_at),
  };
}

const yesNo = (v: number) => (v === 1 ? 'Có' : 'Không');

export function SectionListPage({ frame, site, tree }: { frame: AdminFrame; site: SiteRow; tree: readonly FlatTreeItem<SectionRow>[] }) {
  const base = `/quan-tri/cong/${site.id}/chuyen-muc`;
  return (
    <AdminLayout frame={frame} title="Chuyên mục">
      <p>Cây chuyên mục của {site.name}. Chuyên mục “Hiện trên menu” ở cấp 1 và cấp 2 tạo thành menu chính của cổng;
        mô tả của chuyên mục được hiển thị cho biên tập viên khi chuyên mục chưa có nội dung.</p>
      <p class="actions"><a class="button primary" href={`${base}/moi`}>Thêm chuyên mục</a></p>
      {tree.length === 0 ? <p>Cổng chưa có chuyên mục nào.</p> : (
        <table class="list">
          <thead>
            <tr><th scope="col">Tên chuyên mục</th><th scope="col">Loại</th><th scope="col">Đường dẫn</th><th scope="col">Thứ tự</th>
              <th scope="col">Trên menu</th><th scope="col">Trang chủ</th></tr>
          </thead>
          <tbody>
            {tree.map(({ item: s, depth }) => (
              <tr key={s.id}>
                <th scope="row">{depth > 0 && <span aria-hidden="true">{'— '.repeat(depth)}</span>}<a href={`${base}/${s.id}`}>{s.name}</a>
                  {s.description && <><br /><span class="muted">{s.description.length > 140 ? `${s.description.slice(0, 140)}…` : s.description}</span></>}</th>
                <td>{SECTION_KIND_LABELS[s.kind as SectionKind] ?? s.kind}{s.kind === 'link' && s.external_url && <><br /><span class="muted">{s.external_url}</span></>}</td>
                <td>/{s.slug}</td>
                <td>{s.sort_order}</td>
                <td>{yesNo(s.in_menu)}</td>
                <td>{yesNo(s.on_home)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </AdminLayout>
  );
}

export function SectionFormPage({ frame, site, section, form, errors, parents }: {
  frame: AdminFrame; site: SiteRow; section?: SectionRow | undefined; form: SectionForm; errors: FieldErrors;
  /** Sections that may become the parent (same site, not this one or below it), in tree order. */
  parents: readonly FlatTreeItem<SectionRow>[];
}) {
  const base = `/quan-tri/cong/${site.id}/chuyen-muc`;
  return (
    <AdminLayout frame={frame} title={section ? `Sửa chuyên mục: ${section.name}` : 'Thêm chuyên mục'}>
      <ErrorSummary errors={errors} labels={LABELS} />
      <form method="post" action={section ? `${base}/${section.id}` : base} novalidate>
        <CsrfField token={frame.csrf} />
        <TextField name="name" label={LABELS.name!} value={form.name} errors={errors} required maxLength={255} />
        <TextField name="slug" label={LABELS.slug!} value={form.slug} errors={errors} maxLength={150}
          hint="Chữ thường không dấu, số và dấu gạch ngang, ví dụ: tin-tuc-su-kien. Để trống để tạo tự động từ tên." />
        <SelectField name="kind" label={LABELS.kind!} value={form.kind} errors={errors} required
          options={(Object.keys(SECTION_KIND_LABELS) as SectionKind[]).map((k) => ({ value: k, label: SECTION_KIND_LABELS[k] }))} />
        <SelectField name="parentId" label={LABELS.parentId!} value={form.parentId} errors={errors} blank="— Không có (chuyên mục cấp 1) —"
          options={parents.map(({ item, depth }) => ({ value: String(item.id), label: `${'— '.repeat(depth)}${item.name}` }))} />
        <TextField name="externalUrl" label={LABELS.externalUrl!} value={form.externalUrl} errors={errors} type="url" maxLength={1000}
          hint="Bắt buộc với chuyên mục liên kết, ví dụ: https://dichvucong.gov.vn. Bỏ qua với các loại khác." />
        <TextArea name="description" label={LABELS.description!} value={form.description} errors={errors} rows={4}
          hint="Nội dung nào thuộc chuyên mục này. Hiển thị trên trang chuyên mục và là lời nhắc cho biên tập viên khi chuyên mục còn trống." />
        <TextField name="legalBasis" label={LABELS.legalBasis!} value={form.legalBasis} errors={errors} maxLength={500}
          hint="Văn bản quy định phải có chuyên mục này, ví dụ: NĐ 42/2022 Điều 4.1(e)." />
        <CheckboxField name="inMenu" label="Hiện trên menu chính" checked={form.inMenu === '1'} />
        <CheckboxField name="onHome" label="Hiện khối tin trên trang chủ" checked={form.onHome === '1'} />
        <TextField name="sortOrder" label={LABELS.sortOrder!} value={form.sortOrder} errors={errors} inputMode="numeric"
          hint="Thứ tự giữa các chuyên mục cùng cấp; số nhỏ đứng trước. Để trống để xếp cuối." />
        <DateField type="datetime-local" name="startsAt" label={LABELS.startsAt!} value={form.startsAt} errors={errors}
          hint="Chỉ dùng cho chuyên trang, chuyên đề theo chiến dịch: ngoài khoảng thời gian này chuyên mục rời khỏi menu và trang chủ (trang vẫn truy cập được). Để trống: luôn hiển thị." />
        <DateField type="datetime-local" name="endsAt" label={LABELS.endsAt!} value={form.endsAt} errors={errors} />
        <div class="actions">
          <button type="submit" class="primary">{section ? 'Lưu chuyên mục' : 'Thêm chuyên mục'}</button>
          <a class="button" href={base}>Hủy</a>
        </div>
      </form>
    </AdminLayout>
  );
}
