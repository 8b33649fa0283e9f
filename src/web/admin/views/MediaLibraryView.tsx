/** The site's photo library: an upload form (one photo with its description and caption) and the photos so far. */
import type { MediaRow } from '../../../db/schema.ts';
import type { ImageVariant } from '../../../media/imageProcessor.ts';
import { AdminLayout, type AdminFrame } from './AdminLayout.tsx';
import { AdminPager, ErrorSummary, Field, describedBy, formatAdminDateTime } from './ContentShared.tsx';

export interface MediaItem {
  id: number;
  thumbSrc: string;
  thumbWidth: number;
  thumbHeight: number;
  alt: string;
  caption: string;
  originalName: string;
  sizeText: string;
  uploadedAt: string;
}

/** The smallest stored variant, for thumbnails and pickers. */
export function mediaThumb(row: MediaRow): { src: string; width: number; height: number } {
  const variants = JSON.parse(row.variants) as ImageVariant[];
  const v = variants[0];
  return v ? { src: `/media/${row.storage_key}/${v.jpeg}`, width: v.width, height: v.height } : { src: '', width: 0, height: 0 };
}

export function presentMediaItem(row: MediaRow): MediaItem {
  const t = mediaThumb(row);
  return {
    id: row.id, thumbSrc: t.src, thumbWidth: t.width, thumbHeight: t.height, alt: row.alt, caption: row.caption,
    originalName: row.original_name, sizeText: `${row.width}×${row.height} px`, uploadedAt: row.created_at,
  };
}

export interface MediaLibraryModel {
  siteId: number;
  items: MediaItem[];
  total: number;
  page: number;
  pageCount: number;
  form: { alt: string; caption: string };
  errors: Partial<Record<'file' | 'alt' | 'caption', string>>;
  maxUploadText: string;
}

const LABELS = { file: 'Tệp ảnh', alt: 'Mô tả ảnh', caption: 'Chú thích' };

export function MediaLibraryView({ frame, model }: { frame: AdminFrame; model: MediaLibraryModel }) {
  const base = `/quan-tri/cong/${model.siteId}/anh`;
  const { errors } = model;
  return (
    <AdminLayout frame={frame} title="Thư viện ảnh">
      <ErrorSummary errors={errors} labels={LABELS} intro="Chưa tải được ảnh lên:" />
      <form class="media-upload" method="post" action={`${base}?_csrf=${encodeURIComponent(frame.csrf)}`} enctype="multipart/form-data">
        <fieldset>
          <legend>Tải ảnh lên</legend>
          <Field id="alt" label="Mô tả ảnh (cho người khiếm thị)" error={errors.alt} hint="Ảnh chụp gì, ví dụ: Lãnh đạo phường trao quà cho hộ nghèo.">
            <input id="alt" name="alt" type="text" value={model.form.alt} maxLength={500} aria-describedby={describedBy('alt', true, errors.alt)} />
          </Field>
          <Field id="caption" label="Chú thích" error={errors.caption}>
            <input id="caption" name="caption" type="text" value={model.form.caption} maxLength={1000} aria-describedby={describedBy('caption', false, errors.caption)} />
          </Field>
          <Field id="file" label="Tệp ảnh" required error={errors.file}
            hint={`Ảnh JPEG, PNG, WebP, GIF, TIFF, AVIF hoặc HEIF; rộng ít nhất 200 px; tối đa ${model.maxUploadText}. Thông tin vị trí (GPS) trong ảnh được xóa khi lưu.`}>
            <input id="file" name="file" type="file" accept="image/*" required
              aria-invalid={errors.file ? 'true' : undefined} aria-describedby={describedBy('file', true, errors.file)} />
          </Field>
          <button type="submit" class="primary">Tải lên</button>
        </fieldset>
      </form>

      <h2>Ảnh đã tải lên ({model.total.toLocaleString('vi-VN')})</h2>
      {model.items.length === 0 ? <p class="muted">Thư viện chưa có ảnh nào.</p> : (
        <ul class="media-grid">
          {model.items.map((m) => (
            <li key={m.id}>
              <figure>
                <img class="thumb" src={m.thumbSrc} width={m.thumbWidth} height={m.thumbHeight} alt={m.alt} loading="lazy" />
                <figcaption>
                  {m.caption && <span>{m.caption}<br /></span>}
                  <span class="muted">#{m.id} · {m.sizeText} · {formatAdminDateTime(m.uploadedAt)}</span><br />
                  <span class="muted">{m.originalName}</span>
                </figcaption>
              </figure>
            </li>
          ))}
        </ul>
      )}
      <AdminPager page={model.page} pageCount={model.pageCount} href={(n) => `${base}?trang=${n}`} />
    </AdminLayout>
  );
}
