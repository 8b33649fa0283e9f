/** Pieces the admin's content screens share: per-kind wording and paths, form fields, status tags, dates. */
import type { ComponentChildren } from 'preact';
import { toLocalInputValue, formatShortDate } from '../../../core/text/dates.ts';
import type { ContentKind } from '../../../core/types.ts';
import { CONTENT_STATE_LABELS, type ContentState } from '../../../core/workflow/contentWorkflow.ts';

/** Wording and URL segment of each content kind in the admin. */
export const CONTENT_KIND_UI = {
  news: {
    segment: 'tin-bai', listTitle: 'Tin, bài', newTitle: 'Viết tin, bài mới', editTitle: 'Sửa tin, bài',
    createLabel: 'Viết tin, bài mới', empty: 'Chưa có tin, bài nào phù hợp.', noun: 'tin, bài',
  },
  page: {
    segment: 'trang', listTitle: 'Trang tĩnh', newTitle: 'Tạo trang tĩnh mới', editTitle: 'Sửa trang tĩnh',
    createLabel: 'Tạo trang mới', empty: 'Chưa có trang tĩnh nào phù hợp.', noun: 'trang',
  },
} as const satisfies Record<ContentKind, Record<string, string>>;

/** /quan-tri/cong/<site>/<tin-bai|trang> */
export function contentAdminBase(siteId: number, kind: ContentKind): string {
  return `/quan-tri/cong/${siteId}/${CONTENT_KIND_UI[kind].segment}`;
}

/** "05/01/2026 08:30" in portal time. */
export function formatAdminDateTime(iso: string): string {
  return `${formatShortDate(iso)} ${toLocalInputValue(iso).slice(11, 16)}`;
}

export function stateLabel(state: string): string {
  return CONTENT_STATE_LABELS[state as ContentState] ?? state;
}

export function StatusTag({ state }: { state: string }) {
  return <span class={`tag status-${state}`}>{stateLabel(state)}</span>;
}

/** A labelled form field with its hint and, when invalid, its message (linked for screen readers). */
export function Field({ id, label, hint, error, required, className, children }: {
  id: string; label: string; hint?: string | undefined; error?: string | undefined; required?: boolean; className?: string; children: ComponentChildren;
}) {
  return (
    <div class={`field${error ? ' has-error' : ''}${className ? ` ${className}` : ''}`}>
      <label for={id}>{label}{required && <span class="required" aria-hidden="true"> *</span>}</label>
      {hint && <p class="hint" id={`${id}-goi-y`}>{hint}</p>}
      {error && <p class="error" id={`${id}-loi`}>{error}</p>}
      {children}
    </div>
  );
}

/** aria-describedby for a field's input: its hint and its error. */
export function describedBy(id: string, hint: boolean, error: string | undefined): string | undefined {
  const ids = [hint ? `${id}-goi-y` : '', error ? `${id}-loi` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** The box at the top of a form that failed: each message links to its field. */
export function ErrorSummary({ errors, labels, intro }: { errors: Record<string, string | undefined>; labels: Record<string, string>; intro?: string }) {
  const entries = Object.entries(errors).filter((e): e is [string, string] => Boolean(e[1]));
  if (entries.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1}>
      <p><strong>{intro ?? 'Chưa lưu được. Vui lòng kiểm tra các mục sau:'}</strong></p>
      <ul>
        {entries.map(([field, message]) => (
          <li key={field}>{labels[field] ? <a href={`#${field}`}>{labels[field]}: {message}</a> : message}</li>
        ))}
      </ul>
    </div>
  );
}

/** Numbered pages for admin lists (offset paging). */
export function AdminPager({ page, pageCount, href }: { page: number; pageCount: number; href: (n: number) => string }) {
  if (pageCount <= 1) return null;
  return (
    <nav class="pager" aria-label="Phân trang">
      {page > 1 && <a href={href(page - 1)} rel="prev">« Trang trước</a>}
      <span> Trang {page}/{pageCount} </span>
      {page < pageCount && <a href={href(page + 1)} rel="next">Trang sau »</a>}
    </nav>
  );
}
