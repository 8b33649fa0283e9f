/** Admin pages for disclosures of one category (budget, plans, procedures, …): list and form. */
import { type CategorySpec, PERIOD_KIND_LABELS, type PeriodKind, periodLabel, periodsPerYear } from '../../../core/records/disclosures.ts';
import { formatDateTime } from '../../../core/text/dates.ts';
import type { DisclosureRow, DocumentRow, SiteRow } from '../../../db/schema.ts';
import { type AdminFrame, AdminLayout, CsrfField } from './AdminLayout.tsx';
import { ErrorSummary, type FieldErrors, SelectField, TextArea, TextField } from './FormFields.tsx';
import { DateField, EmptyHint, RichTextField, SaveButtons, StatusTag } from './RecordFields.tsx';

export const DISCLOSURE_FORM_FIELDS = ['subtype', 'title', 'summary', 'bodyHtml', 'url', 'periodKind', 'periodYear', 'periodNumber', 'decidedOn', 'documentId'] as const;
export type DisclosureForm = Record<string, string>;

export function disclosureFormKeys(spec: CategorySpec): string[] {
  return [...DISCLOSURE_FORM_FIELDS, ...spec.extraFields.map((f) => `d_${f.key}`)];
}

export function emptyDisclosureForm(spec: CategorySpec, year: number): DisclosureForm {
  const form: DisclosureForm = {
    subtype: '', title: '', summary: '', bodyHtml: '', url: '', periodKind: spec.periods[0]!, periodYear: spec.periods[0] === 'none' ? '' : String(year),
    periodNumber: '', decidedOn: '', documentId: '',
  };
  for (const f of spec.extraFields) form[`d_${f.key}`] = '';
  return form;
}

export function disclosureForm(spec: CategorySpec, d: DisclosureRow): DisclosureForm {
  let details: Record<string, string> = {};
  try {
    details = JSON.parse(d.details) as Record<string, string>;
  } catch { /* shown empty */ }
  const form: DisclosureForm = {
    subtype: d.subtype, title: d.title, summary: d.summary, bodyHtml: d.body_html, url: d.url, periodKind: d.period_kind,
    periodYear: d.period_year === null ? '' : String(d.period_year), periodNumber: d.period_number === null ? '' : String(d.period_number),
    decidedOn: d.decided_on ?? '', documentId: d.document_id === null ? '' : String(d.document_id),
  };
  for (const f of spec.extraFields) form[`d_${f.key}`] = details[f.key] ?? '';
  return form;
}

function labels(spec: CategorySpec): Record<string, string> {
  const out: Record<string, string> = {
    subtype: 'Loại', title: 'Tên, tiêu đề', summary: 'Tóm tắt', bodyHtml: 'Nội dung', url: 'Đường dẫn', periodKind: 'Kỳ', periodYear: 'Năm',
    periodNumber: 'Kỳ số', decidedOn: 'Ngày quyết định, phê duyệt', documentId: 'Văn bản kèm theo',
  };
  for (const f of spec.extraFields) out[`d_${f.key}`] = f.label;
  return out;
}

export function DisclosureListPage({ frame, site, spec, rows }: { frame: AdminFrame; site: SiteRow; spec: CategorySpec; rows: readonly DisclosureRow[] }) {
  const base = `/quan-tri/cong/${site.id}/cong-khai/${spec.adminSlug}`;
  return (
    <AdminLayout frame={frame} title={spec.label}>
      <p>{spec.description}</p>
      <p class="muted">Căn cứ: {spec.legalBasis}</p>
      <p class="actions"><a class="button primary" href={`${base}/moi`}>Thêm {spec.itemLabel}</a></p>
      {rows.length === 0 ? <EmptyHint description={spec.description} legalBasis={spec.legalBasis} action={{ href: `${base}/moi`, label: `Thêm ${spec.itemLabel} đầu tiên` }} /> : (
        <table class="list">
          <thead><tr><th scope="col">Tên</th><th scope="col">Loại, kỳ</th><th scope="col">Đăng lên cổng</th><th scope="col">Trạng thái</th></tr></thead>
          <tbody>
            {rows.map((d) => (
              <tr key={d.id}>
                <th scope="row"><a href={`${base}/${d.id}`}>{d.title}</a></th>
                <td>{[spec.subtypes.find((s) => s.value === d.subtype)?.label, periodLabel(d.period_kind, d.period_year, d.period_number)].filter(Boolean).join(' · ')}</td>
                <td>{d.published_at ? formatDateTime(d.published_at) : '—'}</td>
                <td><StatusTag status={d.status} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </AdminLayout>
  );
}

export function DisclosureFormPage({ frame, site, spec, item, form, errors, documents }: {
  frame: AdminFrame; site: SiteRow; spec: CategorySpec; item?: DisclosureRow | undefined; form: DisclosureForm; errors: FieldErrors; documents: readonly DocumentRow[];
}) {
  const base = `/quan-tri/cong/${site.id}/cong-khai/${spec.adminSlug}`;
  const L = labels(spec);
  const periodKind = form.periodKind as PeriodKind;
  const n = Math.max(periodsPerYear(periodKind), ...spec.periods.map(periodsPerYear));
  return (
    <AdminLayout frame={frame} title={item ? `${spec.label}: ${item.title}` : `Thêm ${spec.itemLabel}`}>
      {item && <p>Trạng thái: <StatusTag status={item.status} />{item.published_at && <> · đăng lúc {formatDateTime(item.published_at)}</>}</p>}
      <ErrorSummary errors={errors} labels={L} />
      <form method="post" action={item ? `${base}/${item.id}` : base} novalidate>
        <CsrfField token={frame.csrf} />
        <TextField name="title" label={L.title!} value={form.title ?? ''} errors={errors} required maxLength={500} />
        {spec.subtypes.length > 0 && <SelectField name="subtype" label={L.subtype!} value={form.subtype ?? ''} errors={errors} required blank="— Chọn loại —" options={spec.subtypes} />}
        {spec.url !== 'optional' || spec.urlHosts
          ? <TextField name="url" label={L.url!} value={form.url ?? ''} errors={errors} type="url" required={spec.url === 'required'} maxLength={1000}
            hint={spec.urlHosts ? `Đường dẫn của mục này trên ${spec.urlHosts.join(', ')}.` : 'Địa chỉ trang, ví dụ https://zalo.me/… hoặc https://www.facebook.com/…'} />
          : <TextField name="url" label={L.url!} value={form.url ?? ''} errors={errors} type="url" maxLength={1000} hint="Không bắt buộc: nơi đăng thông tin gốc, nếu có." />}
        {spec.extraFields.map((f) => f.options
          ? <SelectField key={f.key} name={`d_${f.key}`} label={f.label} value={form[`d_${f.key}`] ?? ''} errors={errors} required={f.required ?? false} blank="— Chọn —" options={f.options} hint={f.hint} />
          : <TextField key={f.key} name={`d_${f.key}`} label={f.label} value={form[`d_${f.key}`] ?? ''} errors={errors} required={f.required ?? false} maxLength={f.maxLength ?? 500} hint={f.hint} />)}
        {spec.periods.length > 1 || spec.periods[0] !== 'none' ? (
          <>
            <SelectField name="periodKind" label={L.periodKind!} value={form.periodKind ?? ''} errors={errors} required
              options={spec.periods.map((p) => ({ value: p, label: PERIOD_KIND_LABELS[p] }))} />
            <TextField name="periodYear" label={L.periodYear!} value={form.periodYear ?? ''} errors={errors} inputMode="numeric" maxLength={4} />
            {n > 0 && <SelectField name="periodNumber" label={L.periodNumber!} value={form.periodNumber ?? ''} errors={errors} blank="— Không —"
              hint="Tháng (1–12), quý (1–4) hoặc nửa năm (1: 6 tháng đầu năm, 2: 6 tháng cuối năm) tùy kỳ đã chọn."
              options={Array.from({ length: n }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }))} />}
          </>
        ) : <input type="hidden" name="periodKind" value="none" />}
        <DateField name="decidedOn" label={L.decidedOn!} value={form.decidedOn ?? ''} errors={errors} hint="Thời hạn công khai tính từ ngày này." />
        <TextArea name="summary" label={L.summary!} value={form.summary ?? ''} errors={errors} rows={3} />
        <RichTextField name="bodyHtml" label={L.bodyHtml!} value={form.bodyHtml ?? ''} errors={errors} rows={8} />
        <SelectField name="documentId" label={L.documentId!} value={form.documentId ?? ''} errors={errors} blank="— Không —"
          hint="Văn bản (có tệp tải về) trong mục Văn bản của cổng."
          options={documents.map((d) => ({ value: String(d.id), label: `${d.number_symbol} – ${d.abstract.slice(0, 80)}` }))} />
        <SaveButtons published={item?.status === 'published'} cancelHref={base} />
      </form>
      {item && (
        <form method="post" action={`${base}/${item.id}/trang-thai`}>
          <CsrfField token={frame.csrf} />
          {item.status === 'published'
            ? <button type="submit" name="action" value="unpublish" data-confirm="Gỡ mục này khỏi cổng?">Gỡ khỏi cổng</button>
            : <button type="submit" name="action" value="publish" class="primary">Đăng lên cổng</button>}
        </form>
      )}
    </AdminLayout>
  );
}
