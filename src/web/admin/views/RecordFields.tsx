/**
 * Form pieces the structured-content screens share, on top of FormFields.tsx: date and time inputs, a
 * rich-text area (admin.js turns it into the editor), the empty-state hint (what belongs in a section and
 * on what legal basis), the status tag and the draft/publish buttons.
 */
import type { ComponentChildren } from 'preact';
import type { FieldErrors } from './FormFields.tsx';

function describedBy(name: string, hint: string | undefined, error: string | undefined): string | undefined {
  const ids = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Shell({ name, label, errors, hint, required, children }: {
  name: string; label: string; errors: FieldErrors; hint?: string | undefined; required?: boolean | undefined; children: ComponentChildren;
}) {
  const error = errors[name];
  return (
    <div class={error ? 'field has-error' : 'field'}>
      <label for={name}>{label}{required && <span aria-hidden="true"> *</span>}</label>
      {hint && <p class="hint" id={`${name}-hint`}>{hint}</p>}
      {error && <p class="error" id={`${name}-error`}>{error}</p>}
      {children}
    </div>
  );
}

/** <input type="date|time|datetime-local">; the value is kept exactly as typed after a failed submission. */
export function DateField(props: {
  name: string; label: string; value: string; errors: FieldErrors; hint?: string; required?: boolean;
  type?: 'date' | 'time' | 'datetime-local';
}) {
  const error = props.errors[props.name];
  return (
    <Shell {...props}>
      <input id={props.name} name={props.name} type={(props.type ?? 'date') as 'date'} value={props.value} required={props.required}
        aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy(props.name, props.hint, error)} />
    </Shell>
  );
}

/** A textarea the admin script turns into the rich-text editor; the server sanitizes what it receives. */
export function RichTextField(props: { name: string; label: string; value: string; errors: FieldErrors; hint?: string; rows?: number }) {
  const error = props.errors[props.name];
  return (
    <Shell {...props}>
      <textarea id={props.name} name={props.name} rows={props.rows ?? 10} value={props.value} data-editor
        aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy(props.name, props.hint, error)} />
    </Shell>
  );
}

/** Checkbox group (e.g. site levels). Values ticked are in `checked`. */
export function CheckboxGroup(props: { name: string; legend: string; options: readonly { value: string; label: string }[]; checked: readonly string[]; errors: FieldErrors }) {
  const error = props.errors[props.name];
  return (
    <fieldset class={error ? 'field has-error' : 'field'} id={props.name}>
      <legend>{props.legend}</legend>
      {error && <p class="error" id={`${props.name}-error`}>{error}</p>}
      {props.options.map((o) => (
        <label key={o.value} class="inline-check">
          <input type="checkbox" name={props.name} value={o.value} checked={props.checked.includes(o.value)} /> {o.label}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * Shown where a legally required section or record type is still empty: what belongs there, the legal
 * basis, and the way to add the first item.
 */
export function EmptyHint({ title, description, legalBasis, action }: {
  title?: string; description: string; legalBasis: string; action?: { href: string; label: string } | undefined;
}) {
  return (
    <div class="empty-hint" role="note">
      <p><strong>{title ?? 'Chưa có nội dung.'}</strong> {description}</p>
      {legalBasis && <p class="legal-basis">Căn cứ: {legalBasis}</p>}
      {action && <p><a class="button primary" href={action.href}>{action.label}</a></p>}
    </div>
  );
}

export const STATUS_LABELS: Record<string, string> = { draft: 'Bản nháp', published: 'Đã đăng' };

export function StatusTag({ status }: { status: string }) {
  return <span class={`tag status-${status}`}>{STATUS_LABELS[status] ?? status}</span>;
}

/** "Lưu nháp" / "Lưu và đăng" for a draft or new item; "Lưu" once it is published. */
export function SaveButtons({ published, cancelHref }: { published: boolean; cancelHref: string }) {
  return (
    <div class="actions">
      {published
        ? <button type="submit" name="action" value="save" class="primary">Lưu thay đổi</button>
        : <>
          <button type="submit" name="action" value="publish" class="primary">Lưu và đăng lên cổng</button>
          <button type="submit" name="action" value="draft">Lưu nháp</button>
        </>}
      <a class="button" href={cancelHref}>Hủy</a>
    </div>
  );
}
