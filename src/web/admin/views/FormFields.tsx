/**
 * Form building blocks for the admin: each field shows its label, hint and — after a failed
 * submission — its error message beside it, and the error summary on top links to each field.
 * Field ids equal field names, so `#name` in the summary moves focus to the field.
 */
import type { ComponentChildren } from 'preact';

export type FieldErrors = Record<string, string>;

export function ErrorSummary({ errors, labels }: { errors: FieldErrors; labels?: Record<string, string> }) {
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1}>
      <p><strong>Thông tin chưa hợp lệ, vui lòng kiểm tra các mục sau:</strong></p>
      <ul>
        {entries.map(([field, message]) => (
          <li key={field}>{labels?.[field] ? `${labels[field]}: ` : ''}<a href={`#${field}`}>{message}</a></li>
        ))}
      </ul>
    </div>
  );
}

interface FieldShell {
  name: string;
  label: string;
  errors: FieldErrors;
  hint?: string | undefined;
  required?: boolean;
}

function describedBy(name: string, hint: string | undefined, error: string | undefined): string | undefined {
  const ids = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Shell({ name, label, errors, hint, required, children }: FieldShell & { children: ComponentChildren }) {
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

export function TextField(props: FieldShell & {
  value: string;
  type?: 'text' | 'email' | 'url' | 'password' | 'tel' | 'number';
  autocomplete?: string;
  inputMode?: 'numeric' | 'email' | 'tel' | 'url' | 'text';
  maxLength?: number;
}) {
  const error = props.errors[props.name];
  return (
    <Shell {...props}>
      <input
        // The type union is narrowed for preact's per-type attribute checks; every listed type takes these attributes.
        id={props.name} name={props.name} type={(props.type ?? 'text') as 'text'}
        value={props.type === 'password' ? '' : props.value}
        required={props.required} autocomplete={props.autocomplete} inputMode={props.inputMode} maxLength={props.maxLength}
        aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy(props.name, props.hint, error)}
      />
    </Shell>
  );
}

export function TextArea(props: FieldShell & { value: string; rows?: number }) {
  const error = props.errors[props.name];
  return (
    <Shell {...props}>
      <textarea
        id={props.name} name={props.name} rows={props.rows ?? 4} required={props.required}
        aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy(props.name, props.hint, error)}
        value={props.value}
      />
    </Shell>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField(props: FieldShell & { value: string; options: readonly Option[]; blank?: string }) {
  const error = props.errors[props.name];
  return (
    <Shell {...props}>
      <select
        id={props.name} name={props.name} required={props.required}
        aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy(props.name, props.hint, error)}
      >
        {props.blank !== undefined && <option value="">{props.blank}</option>}
        {props.options.map((o) => <option key={o.value} value={o.value} selected={o.value === props.value}>{o.label}</option>)}
      </select>
    </Shell>
  );
}

export function CheckboxField({ name, label, checked, hint }: { name: string; label: string; checked: boolean; hint?: string }) {
  return (
    <div class="field checkbox">
      <input type="checkbox" id={name} name={name} value="1" checked={checked} aria-describedby={hint ? `${name}-hint` : undefined} />
      <label for={name}>{label}</label>
      {hint && <span class="hint" id={`${name}-hint`}>{hint}</span>}
    </div>
  );
}
