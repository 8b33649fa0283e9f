/**
 * The form for writing a news item or a static page (new and edit), with the workflow buttons the
 * actor may use and the item's history. Works without JavaScript (the body is then edited as HTML);
 * admin.js turns the body textarea into a rich-text editor.
 */
import type { ContentAbilities } from '../../../core/content/contentAccess.ts';
import type { ContentForm, ContentFormErrors } from '../../../core/content/contentForm.ts';
import { TITLE_MAX } from '../../../core/content/contentForm.ts';
import { GENRES, GENRE_LABELS, type ContentKind } from '../../../core/types.ts';
import { eventLabel } from '../../../core/workflow/contentWorkflow.ts';
import { AdminLayout, CsrfField, type AdminFrame } from './AdminLayout.tsx';
import {
  CONTENT_KIND_UI, ErrorSummary, Field, contentAdminBase, describedBy, formatAdminDateTime, stateLabel,
} from './ContentShared.tsx';
import { WorkflowPanel, type WorkflowPanelModel } from './ContentWorkflowPanel.tsx';

export interface MediaChoice {
  id: number;
  label: string;
  thumbSrc: string;
}

export interface ContentHistory {
  statuses: { id: number; at: string; actor: string; from: string | null; to: string; event: string; reason: string }[];
  revisions: { id: number; revision: number; title: string; at: string; author: string; correction: boolean }[];
}

export interface ContentFormModel {
  kind: ContentKind;
  siteId: number;
  /** Absent for a new item. */
  id?: number | undefined;
  form: ContentForm;
  errors: ContentFormErrors;
  /** A note about the photo file (kept or not) after a failed save. */
  fileNotice?: string | undefined;
  /** The revision the form was opened at (hidden field, for the concurrent-edit check). */
  revision?: number | undefined;
  state: string;
  abilities: ContentAbilities;
  sections: { id: number; label: string }[];
  units: { id: number; name: string }[];
  /** The actor may leave the unit empty (editors); contributors always file under a unit. */
  unitOptional: boolean;
  media: MediaChoice[];
  maxUploadText: string;
  publicHref?: string | undefined;
  history?: ContentHistory | undefined;
  /** The workflow panel (existing items). */
  workflow?: WorkflowPanelModel | undefined;
  /** The actor may look but not change (oversight, another's lock, an item that has moved on). */
  readOnly: boolean;
}

/** Field labels, for the error summary. */
export const CONTENT_FIELD_LABELS: Record<string, string> = {
  title: 'Tiêu đề', slug: 'Đường dẫn', section_id: 'Chuyên mục', unit_id: 'Đơn vị', summary: 'Tóm tắt',
  body_html: 'Nội dung', genre: 'Thể loại', author_name: 'Tác giả', source_name: 'Tên nguồn', source_url: 'Liên kết nguồn',
  published_at: 'Thời điểm xuất bản', cover_media_id: 'Ảnh đại diện', cover_file: 'Tải ảnh mới', cover_caption: 'Chú thích ảnh',
  cover_alt: 'Mô tả ảnh',
};

export function ContentFormView({ frame, model }: { frame: AdminFrame; model: ContentFormModel }) {
  const ui = CONTENT_KIND_UI[model.kind];
  const base = contentAdminBase(model.siteId, model.kind);
  const isNews = model.kind === 'news';
  const { form, errors } = model;
  const action = `${model.id ? `${base}/${model.id}` : base}?_csrf=${encodeURIComponent(frame.csrf)}`;
  const e = (f: keyof ContentFormErrors) => errors[f];
  const selectedCover = model.media.find((m) => String(m.id) === form.cover_media_id);
  const formError = errors.form;
  const fieldErrors = { ...errors, form: undefined, reason: undefined, publish_at: undefined, unpublish_at: undefined };
  const title = model.id ? `${ui.editTitle}: ${form.title || '(chưa có tiêu đề)'}` : ui.newTitle;

  return (
    <AdminLayout frame={frame} title={title}>
      {formError && <p class="error-summary" role="alert">{formError}</p>}
      <ErrorSummary errors={fieldErrors} labels={CONTENT_FIELD_LABELS} />
      {model.fileNotice && <p class="flash" role="status">{model.fileNotice}</p>}
      {model.workflow && <WorkflowPanel model={model.workflow} csrf={frame.csrf} />}

      {model.readOnly && <p class="muted" role="status">Bạn đang xem tin, bài ở chế độ chỉ đọc.</p>}
      <form class="content-form" method="post" action={action} enctype="multipart/form-data" novalidate>
        <CsrfField token={frame.csrf} />
        <fieldset class="form-body" disabled={model.readOnly}>
        {model.revision !== undefined && <input type="hidden" name="revision" value={model.revision} />}

        <Field id="title" label="Tiêu đề" required error={e('title')}>
          <input id="title" name="title" type="text" value={form.title} maxLength={TITLE_MAX} required
            aria-invalid={e('title') ? 'true' : undefined} aria-describedby={describedBy('title', false, e('title'))} />
        </Field>

        <Field id="slug" label="Đường dẫn" error={e('slug')}
          hint={model.id ? 'Đổi đường dẫn sẽ làm hỏng các liên kết đã chia sẻ; để trống để giữ nguyên.' : 'Để trống để tạo tự động từ tiêu đề.'}>
          <input id="slug" name="slug" type="text" value={form.slug} maxLength={150}
            aria-invalid={e('slug') ? 'true' : undefined} aria-describedby={describedBy('slug', true, e('slug'))} />
        </Field>

        <Field id="section_id" label="Chuyên mục" required={isNews} error={e('section_id')}>
          <select id="section_id" name="section_id" aria-invalid={e('section_id') ? 'true' : undefined}
            aria-describedby={describedBy('section_id', false, e('section_id'))}>
            <option value="">{isNews ? '— Chọn chuyên mục —' : '— Không thuộc chuyên mục —'}</option>
            {model.sections.map((s) => <option key={s.id} value={s.id} selected={form.section_id === String(s.id)}>{s.label}</option>)}
          </select>
        </Field>

        {model.units.length > 0 && (
          <Field id="unit_id" label="Đơn vị" error={e('unit_id')}
            hint={model.unitOptional ? undefined : 'Tin, bài được ghi nhận cho đơn vị của bạn.'}>
            <select id="unit_id" name="unit_id" aria-invalid={e('unit_id') ? 'true' : undefined}
              aria-describedby={describedBy('unit_id', !model.unitOptional, e('unit_id'))}>
              {model.unitOptional && <option value="">— Không ghi đơn vị —</option>}
              {model.units.map((u) => <option key={u.id} value={u.id} selected={form.unit_id === String(u.id)}>{u.name}</option>)}
            </select>
          </Field>
        )}

        <Field id="summary" label="Tóm tắt" error={e('summary')} hint="Một, hai câu nêu ý chính; hiện dưới tiêu đề và trong danh sách.">
          <textarea id="summary" name="summary" rows={3} value={form.summary}
            aria-invalid={e('summary') ? 'true' : undefined} aria-describedby={describedBy('summary', true, e('summary'))} />
        </Field>

        <Field id="body_html" label="Nội dung" error={e('body_html')} className="field-wide"
          hint="Khi trình duyệt tắt JavaScript, nội dung được sửa dưới dạng HTML.">
          <textarea id="body_html" name="body_html" rows={18} value={form.body_html} data-editor
            aria-invalid={e('body_html') ? 'true' : undefined} aria-describedby={describedBy('body_html', true, e('body_html'))} />
        </Field>

        {isNews && (
          <fieldset>
            <legend>Tác giả, thể loại, nguồn</legend>
            <Field id="genre" label="Thể loại" error={e('genre')}>
              <select id="genre" name="genre">
                {GENRES.map((g) => <option key={g} value={g} selected={form.genre === g}>{GENRE_LABELS[g]}</option>)}
              </select>
            </Field>
            <Field id="author_name" label="Tác giả (bút danh)" required error={e('author_name')}>
              <input id="author_name" name="author_name" type="text" value={form.author_name} maxLength={255}
                aria-invalid={e('author_name') ? 'true' : undefined} aria-describedby={describedBy('author_name', false, e('author_name'))} />
            </Field>
            <Field id="source_name" label="Tên nguồn" error={e('source_name')} hint="Khi đăng lại từ báo, trang khác: ghi tên nguồn và liên kết đến bài gốc.">
              <input id="source_name" name="source_name" type="text" value={form.source_name} maxLength={255}
                aria-invalid={e('source_name') ? 'true' : undefined} aria-describedby={describedBy('source_name', true, e('source_name'))} />
            </Field>
            <Field id="source_url" label="Liên kết nguồn" error={e('source_url')}>
              <input id="source_url" name="source_url" type="url" value={form.source_url} maxLength={1000} placeholder="https://"
                aria-invalid={e('source_url') ? 'true' : undefined} aria-describedby={describedBy('source_url', false, e('source_url'))} />
            </Field>
            <div class="field checkbox">
              <input id="is_featured" name="is_featured" type="checkbox" value="1" checked={form.is_featured} />
              <label for="is_featured">Tin nổi bật (hiện ở khối tin tiêu điểm trang chủ)</label>
            </div>
          </fieldset>
        )}

        <Field id="published_at" label="Thời điểm xuất bản" error={e('published_at')}
          hint="Giờ Việt Nam. Để trống thì lấy thời điểm bấm xuất bản lần đầu; đã xuất bản thì giữ nguyên thời điểm đầu tiên.">
          <input id="published_at" name="published_at" type="datetime-local" value={form.published_at}
            aria-invalid={e('published_at') ? 'true' : undefined} aria-describedby={describedBy('published_at', true, e('published_at'))} />
        </Field>

        <fieldset class="cover-fieldset">
          <legend>Ảnh đại diện</legend>
          {selectedCover && <img class="thumb" src={selectedCover.thumbSrc} alt="" data-cover-preview />}
          <Field id="cover_media_id" label="Chọn ảnh trong thư viện" error={e('cover_media_id')}>
            <select id="cover_media_id" name="cover_media_id" data-cover-select
              aria-invalid={e('cover_media_id') ? 'true' : undefined} aria-describedby={describedBy('cover_media_id', false, e('cover_media_id'))}>
              <option value="">— Không có ảnh —</option>
              {model.media.map((m) => (
                <option key={m.id} value={m.id} data-thumb={m.thumbSrc} selected={form.cover_media_id === String(m.id)}>{m.label}</option>
              ))}
            </select>
          </Field>
          <Field id="cover_alt" label="Mô tả ảnh (cho người khiếm thị)" error={e('cover_alt')} hint="Ảnh chụp gì, ví dụ: Đoàn viên thu gom rác ven kênh Tây Ninh.">
            <input id="cover_alt" name="cover_alt" type="text" value={form.cover_alt} maxLength={500}
              aria-invalid={e('cover_alt') ? 'true' : undefined} aria-describedby={describedBy('cover_alt', true, e('cover_alt'))} />
          </Field>
          <Field id="cover_caption" label="Chú thích ảnh" error={e('cover_caption')}>
            <input id="cover_caption" name="cover_caption" type="text" value={form.cover_caption} maxLength={1000}
              aria-invalid={e('cover_caption') ? 'true' : undefined} aria-describedby={describedBy('cover_caption', false, e('cover_caption'))} />
          </Field>
          {model.abilities.canUpload && (
            <Field id="cover_file" label="Hoặc tải ảnh mới lên" error={e('cover_file')}
              hint={`Ảnh JPEG, PNG, WebP… rộng ít nhất 200 px, tối đa ${model.maxUploadText}. Ảnh tải lên sẽ thay ảnh đã chọn ở trên.`}>
              <input id="cover_file" name="cover_file" type="file" accept="image/*"
                aria-invalid={e('cover_file') ? 'true' : undefined} aria-describedby={describedBy('cover_file', true, e('cover_file'))} />
            </Field>
          )}
        </fieldset>

        </fieldset>
        {!model.readOnly && <div class="actions">
          <button type="submit" name="action" value="save" class="primary">
            {!model.id ? 'Lưu bản nháp' : model.state === 'published' ? 'Lưu (cập nhật ngay trên cổng)' : 'Lưu'}
          </button>
          {model.abilities.canSaveAndPublish && <button type="submit" name="action" value="publish">Lưu và xuất bản</button>}
          <a class="button" href={base}>Về danh sách</a>
        </div>}
        {model.readOnly && <p><a class="button" href={base}>Về danh sách</a></p>}
      </form>

      {model.history && (
        <section class="content-history" aria-labelledby="lich-su">
          <h2 id="lich-su">Lịch sử</h2>
          <table class="list">
            <caption>Các lần chuyển trạng thái</caption>
            <thead><tr><th scope="col">Thời điểm</th><th scope="col">Người thực hiện</th><th scope="col">Thao tác</th><th scope="col">Trạng thái</th></tr></thead>
            <tbody>
              {model.history.statuses.map((s) => (
                <tr key={s.id}>
                  <td><time dateTime={s.at}>{formatAdminDateTime(s.at)}</time></td>
                  <td>{s.actor}</td>
                  <td>{eventLabel(s.event)}{s.reason && <span class="muted"> – {s.reason}</span>}</td>
                  <td>{s.from ? `${stateLabel(s.from)} → ${stateLabel(s.to)}` : stateLabel(s.to)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table class="list">
            <caption>Các phiên bản đã lưu</caption>
            <thead><tr><th scope="col">Phiên bản</th><th scope="col">Tiêu đề</th><th scope="col">Người lưu</th><th scope="col">Thời điểm</th><th scope="col">So sánh</th></tr></thead>
            <tbody>
              {model.history.revisions.map((r) => (
                <tr key={r.id}>
                  <td>{r.revision}</td><td>{r.title}</td>
                  <td>{r.author}{r.correction && <span class="tag status-correction">Đính chính sau khi xuất bản</span>}</td>
                  <td><time dateTime={r.at}>{formatAdminDateTime(r.at)}</time></td>
                  <td>{r.revision > 1 && <a href={`${base}/${model.id}/so-sanh?tu=${r.revision - 1}&den=${r.revision}`}>So với phiên bản {r.revision - 1}</a>}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {model.history.revisions.length > 1 && (
            <form class="filters" method="get" action={`${base}/${model.id}/so-sanh`}>
              <div class="field">
                <label for="so-sanh-tu">So sánh phiên bản</label>
                <select id="so-sanh-tu" name="tu">
                  {model.history.revisions.map((r) => <option key={r.id} value={r.revision} selected={r.revision === model.history!.revisions[1]?.revision}>{r.revision}</option>)}
                </select>
              </div>
              <div class="field">
                <label for="so-sanh-den">với phiên bản</label>
                <select id="so-sanh-den" name="den">
                  {model.history.revisions.map((r) => <option key={r.id} value={r.revision} selected={r.revision === model.history!.revisions[0]?.revision}>{r.revision}</option>)}
                </select>
              </div>
              <button type="submit">Xem khác biệt</button>
            </form>
          )}
        </section>
      )}
    </AdminLayout>
  );
}
