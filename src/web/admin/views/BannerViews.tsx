/** Admin pages for campaign banners (biểu ngữ tuyên truyền). */
import { formatDateTime, toLocalInputValue } from '../../../core/text/dates.ts';
import type { BannerRow, MediaRow, SiteRow } from '../../../db/schema.ts';
import type { FormValues } from '../formSupport.ts';
import { type AdminFrame, AdminLayout, CsrfField } from './AdminLayout.tsx';
import { ErrorSummary, type FieldErrors, SelectField, TextArea, TextField } from './FormFields.tsx';
import { DateField } from './RecordFields.tsx';

export const BANNER_FIELDS = ['title', 'alt', 'linkUrl', 'mediaId', 'startsAt', 'endsAt', 'sortOrder'] as const;
export type BannerForm = FormValues<(typeof BANNER_FIELDS)[number]>;

const LABELS: Record<string, string> = {
  title: 'Tên chiến dịch, chuyên đề', alt: 'Văn bản thay thế', linkUrl: 'Liên kết', mediaId: 'Ảnh biểu ngữ', startsAt: 'Hiển thị từ', endsAt: 'Đến', sortOrder: 'Thứ tự',
};

export const emptyBannerForm: BannerForm = { title: '', alt: '', linkUrl: '', mediaId: '', startsAt: '', endsAt: '', sortOrder: '' };

export function bannerForm(b: BannerRow): BannerForm {
  return {
    title: b.title, alt: b.alt, linkUrl: b.link_url, mediaId: b.media_id === null ? '' : String(b.media_id), startsAt: toLocalInputValue(b.starts_at),
    endsAt: toLocalInputValue(b.ends_at), sortOrder: String(b.sort_order),
  };
}

function windowText(b: BannerRow, nowIso: string): string {
  if (b.ends_at && b.ends_at <= nowIso) return 'Đã kết thúc';
  if (b.starts_at && b.starts_at > nowIso) return 'Chưa đến thời gian hiển thị';
  return 'Đang hiển thị';
}

export function BannerListPage({ frame, site, rows, nowIso }: { frame: AdminFrame; site: SiteRow; rows: readonly BannerRow[]; nowIso: string }) {
  const base = `/quan-tri/cong/${site.id}/bieu-ngu`;
  return (
    <AdminLayout frame={frame} title="Biểu ngữ, chuyên đề">
      <p>Biểu ngữ tuyên truyền hiện trên trang chủ trong thời gian chiến dịch. Biểu ngữ là ảnh tĩnh (không nhấp nháy, không chuyển động)
        và phải có văn bản thay thế cho người không xem được ảnh (TT 32/2017 Điều 18).</p>
      <p class="actions"><a class="button primary" href={`${base}/moi`}>Thêm biểu ngữ</a></p>
      {rows.length === 0 ? <p>Chưa có biểu ngữ.</p> : (
        <table class="list">
          <thead><tr><th scope="col">Tên</th><th scope="col">Thời gian</th><th scope="col">Tình trạng</th></tr></thead>
          <tbody>
            {rows.map((b) => (
              <tr key={b.id}>
                <th scope="row"><a href={`${base}/${b.id}`}>{b.title}</a><br /><span class="muted">{b.alt}</span></th>
                <td>{b.starts_at ? formatDateTime(b.starts_at) : 'Không giới hạn'} – {b.ends_at ? formatDateTime(b.ends_at) : 'không giới hạn'}</td>
                <td>{windowText(b, nowIso)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </AdminLayout>
  );
}

export function BannerFormPage({ frame, site, banner, form, errors, media }: {
  frame: AdminFrame; site: SiteRow; banner?: BannerRow | undefined; form: BannerForm; errors: FieldErrors; media: readonly MediaRow[];
}) {
  const base = `/quan-tri/cong/${site.id}/bieu-ngu`;
  return (
    <AdminLayout frame={frame} title={banner ? `Biểu ngữ: ${banner.title}` : 'Thêm biểu ngữ'}>
      <ErrorSummary errors={errors} labels={LABELS} />
      <form method="post" action={banner ? `${base}/${banner.id}` : base} novalidate>
        <CsrfField token={frame.csrf} />
        <TextField name="title" label={LABELS.title!} value={form.title} errors={errors} required maxLength={255} />
        <SelectField name="mediaId" label={LABELS.mediaId!} value={form.mediaId} errors={errors} required blank="— Chọn ảnh trong thư viện —"
          hint="Tải ảnh lên ở mục Thư viện ảnh trước. Tỉ lệ khuyến nghị 4:1 (ví dụ 1600 × 400)."
          options={media.map((m) => ({ value: String(m.id), label: `${m.original_name} (${m.width} × ${m.height})` }))} />
        <TextArea name="alt" label={LABELS.alt!} value={form.alt} errors={errors} required rows={2}
          hint="Ghi lại nội dung chữ trên biểu ngữ, ví dụ: Chuyển đổi số – nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia." />
        <TextField name="linkUrl" label={LABELS.linkUrl!} value={form.linkUrl} errors={errors} maxLength={1000}
          hint="Trang chuyên đề trên cổng (ví dụ /chuyen-doi-so) hoặc địa chỉ https://…" />
        <DateField type="datetime-local" name="startsAt" label={LABELS.startsAt!} value={form.startsAt} errors={errors} hint="Để trống: hiển thị ngay." />
        <DateField type="datetime-local" name="endsAt" label={LABELS.endsAt!} value={form.endsAt} errors={errors} hint="Để trống: không có hạn kết thúc." />
        <TextField name="sortOrder" label={LABELS.sortOrder!} value={form.sortOrder} errors={errors} inputMode="numeric" />
        <div class="actions">
          <button type="submit" class="primary">{banner ? 'Lưu' : 'Thêm biểu ngữ'}</button>
          <a class="button" href={base}>Hủy</a>
        </div>
      </form>
      {banner && (
        <form method="post" action={`${base}/${banner.id}/xoa`} data-confirm="Xóa biểu ngữ này?">
          <CsrfField token={frame.csrf} /><button type="submit" class="danger">Xóa biểu ngữ</button>
        </form>
      )}
    </AdminLayout>
  );
}
