/** Admin pages for legal and administrative documents: list, form, files. */
import { ATTACHMENT_LABELS, type AttachmentKind } from '../../../core/files/attachmentKind.ts';
import { formatBytes } from '../../../core/media/imagePolicy.ts';
import { DOCUMENT_FIELDS, DOCUMENT_TYPES, VALIDITY_LABELS, VALIDITY_STATES, documentTypeLabel } from '../../../core/records/documents.ts';
import { formatDateTime, formatShortDate } from '../../../core/text/dates.ts';
import type { DocumentFileRow, DocumentRow, SectionRow, SiteRow } from '../../../db/schema.ts';
import type { FormValues } from '../formSupport.ts';
import { type AdminFrame, AdminLayout, CsrfField } from './AdminLayout.tsx';
import { CheckboxField, ErrorSummary, type FieldErrors, SelectField, TextArea, TextField } from './FormFields.tsx';
import { DateField, EmptyHint, SaveButtons, StatusTag } from './RecordFields.tsx';

export const DOCUMENT_FORM_FIELDS = [
  'sectionId', 'numberSymbol', 'docType', 'issuingBody', 'signer', 'issuedOn', 'effectiveOn', 'abstract', 'field', 'validity',
  'isNormative', 'isOwn', 'showOnParent', 'replacesId', 'amendsId',
] as const;
export type DocumentForm = FormValues<(typeof DOCUMENT_FORM_FIELDS)[number]>;

const LABELS: Record<string, string> = {
  sectionId: 'Chuyên mục', numberSymbol: 'Số ký hiệu', docType: 'Hình thức văn bản', issuingBody: 'Cơ quan ban hành', signer: 'Người ký',
  issuedOn: 'Ngày ban hành', effectiveOn: 'Ngày có hiệu lực', abstract: 'Trích yếu', field: 'Lĩnh vực', validity: 'Tình trạng hiệu lực',
  replacesId: 'Thay thế văn bản', amendsId: 'Sửa đổi, bổ sung văn bản', showOnParent: 'Hiển thị trên cổng cấp trên', file: 'Tệp đính kèm',
};

export function emptyDocumentForm(site: SiteRow): DocumentForm {
  return {
    sectionId: '', numberSymbol: '', docType: '', issuingBody: site.full_name, signer: '', issuedOn: '', effectiveOn: '', abstract: '',
    field: '', validity: 'in_force', isNormative: '', isOwn: '1', showOnParent: '', replacesId: '', amendsId: '',
  };
}

export function documentForm(d: DocumentRow): DocumentForm {
  const id = (v: number | null) => (v === null ? '' : String(v));
  return {
    sectionId: id(d.section_id), numberSymbol: d.number_symbol, docType: d.doc_type, issuingBody: d.issuing_body, signer: d.signer,
    issuedOn: d.issued_on ?? '', effectiveOn: d.effective_on ?? '', abstract: d.abstract, field: d.field, validity: d.validity,
    isNormative: d.is_normative ? '1' : '', isOwn: d.is_own ? '1' : '', showOnParent: d.show_on_parent ? '1' : '',
    replacesId: id(d.replaces_id), amendsId: id(d.amends_id),
  };
}

export function DocumentListPage({ frame, site, rows, fileCounts, q, hint }: {
  frame: AdminFrame; site: SiteRow; rows: readonly DocumentRow[]; fileCounts: ReadonlyMap<number, number>; q: string;
  hint: { description: string; legalBasis: string };
}) {
  const base = `/quan-tri/cong/${site.id}/van-ban`;
  return (
    <AdminLayout frame={frame} title="Văn bản">
      <p>Văn bản quy phạm pháp luật và văn bản hành chính đăng trên {site.name}. Văn bản do cơ quan ban hành phải được đăng
        chậm nhất 02 ngày làm việc kể từ ngày ban hành (NĐ 43/2011 Điều 17.1(c)); ngày nghỉ lễ, Tết không được tính.</p>
      <p class="actions"><a class="button primary" href={`${base}/moi`}>Thêm văn bản</a></p>
      <form class="filters" method="get" action={base} role="search">
        <div class="field"><label for="q">Tìm theo số ký hiệu, trích yếu</label><input id="q" name="q" type="search" value={q} /></div>
        <button type="submit">Tìm</button>
      </form>
      {rows.length === 0 && !q
        ? <EmptyHint description={hint.description} legalBasis={hint.legalBasis} action={{ href: `${base}/moi`, label: 'Thêm văn bản đầu tiên' }} />
        : rows.length === 0 ? <p>Không có văn bản phù hợp.</p> : (
          <table class="list">
            <thead><tr><th scope="col">Số ký hiệu</th><th scope="col">Trích yếu</th><th scope="col">Ngày ban hành</th><th scope="col">Đăng lên cổng</th><th scope="col">Tệp</th><th scope="col">Trạng thái</th></tr></thead>
            <tbody>
              {rows.map((d) => (
                <tr key={d.id}>
                  <th scope="row"><a href={`${base}/${d.id}`}>{d.number_symbol}</a><br /><span class="muted">{documentTypeLabel(d.doc_type)}</span></th>
                  <td>{d.abstract}</td>
                  <td>{d.issued_on ? formatShortDate(d.issued_on) : '—'}</td>
                  <td>{d.published_at ? formatDateTime(d.published_at) : '—'}</td>
                  <td>{fileCounts.get(d.id) ?? 0}</td>
                  <td><StatusTag status={d.status} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
    </AdminLayout>
  );
}

export function DocumentFormPage({ frame, site, doc, form, errors, sections, others, files, fileError }: {
  frame: AdminFrame; site: SiteRow; doc?: DocumentRow | undefined; form: DocumentForm; errors: FieldErrors;
  sections: readonly SectionRow[]; others: readonly DocumentRow[]; files: readonly DocumentFileRow[]; fileError?: string | undefined;
}) {
  const base = `/quan-tri/cong/${site.id}/van-ban`;
  const docOptions = others.map((o) => ({ value: String(o.id), label: `${o.number_symbol} – ${o.abstract.slice(0, 80)}` }));
  return (
    <AdminLayout frame={frame} title={doc ? `Văn bản ${doc.number_symbol}` : 'Thêm văn bản'}>
      {doc && <p>Trạng thái: <StatusTag status={doc.status} />{doc.published_at && <> · đăng lên cổng lúc {formatDateTime(doc.published_at)}</>}</p>}
      <ErrorSummary errors={errors} labels={LABELS} />
      <form method="post" action={doc ? `${base}/${doc.id}` : base} novalidate>
        <CsrfField token={frame.csrf} />
        <TextField name="numberSymbol" label={LABELS.numberSymbol!} value={form.numberSymbol} errors={errors} required maxLength={100}
          hint="Ví dụ: 15/QĐ-UBND, 120/KH-UBND." />
        <SelectField name="docType" label={LABELS.docType!} value={form.docType} errors={errors} required blank="— Chọn hình thức —"
          options={DOCUMENT_TYPES.map((t) => ({ value: t.code, label: t.label }))} />
        <TextArea name="abstract" label={LABELS.abstract!} value={form.abstract} errors={errors} required rows={3}
          hint="Trích yếu nội dung như trên văn bản, ví dụ: Về việc ban hành Kế hoạch cải cách hành chính năm 2027." />
        <TextField name="issuingBody" label={LABELS.issuingBody!} value={form.issuingBody} errors={errors} required maxLength={255} />
        <TextField name="signer" label={LABELS.signer!} value={form.signer} errors={errors} maxLength={255} hint="Họ tên và chức vụ người ký, ví dụ: Chủ tịch Nguyễn Văn An." />
        <DateField name="issuedOn" label={LABELS.issuedOn!} value={form.issuedOn} errors={errors} required />
        <DateField name="effectiveOn" label={LABELS.effectiveOn!} value={form.effectiveOn} errors={errors} />
        <SelectField name="field" label={LABELS.field!} value={form.field} errors={errors} blank="— Chọn lĩnh vực —"
          options={DOCUMENT_FIELDS.map((f) => ({ value: f.code, label: f.label }))} />
        <SelectField name="validity" label={LABELS.validity!} value={form.validity} errors={errors} required
          options={VALIDITY_STATES.map((v) => ({ value: v, label: VALIDITY_LABELS[v] }))} />
        <SelectField name="sectionId" label={LABELS.sectionId!} value={form.sectionId} errors={errors} blank="— Chuyên mục văn bản chung —"
          options={sections.filter((s) => s.kind === 'documents').map((s) => ({ value: String(s.id), label: s.name }))} />
        <SelectField name="replacesId" label={LABELS.replacesId!} value={form.replacesId} errors={errors} blank="— Không —" options={docOptions}
          hint="Văn bản bị thay thế sẽ được ghi là “Bị thay thế”." />
        <SelectField name="amendsId" label={LABELS.amendsId!} value={form.amendsId} errors={errors} blank="— Không —" options={docOptions} />
        <CheckboxField name="isNormative" label="Là văn bản quy phạm pháp luật" checked={form.isNormative === '1'} />
        <CheckboxField name="isOwn" label="Văn bản do cơ quan ban hành (thời hạn đăng 02 ngày làm việc; văn bản của cơ quan khác: 10 ngày làm việc)" checked={form.isOwn === '1'} />
        {site.parent_id !== null && <CheckboxField name="showOnParent" label="Hiển thị thêm trên cổng thông tin cấp trên" checked={form.showOnParent === '1'} />}
        {errors.showOnParent && <p class="error">{errors.showOnParent}</p>}
        <SaveButtons published={doc?.status === 'published'} cancelHref={base} />
      </form>
      {doc && (
        <>
          <h2>Tệp đính kèm</h2>
          {files.length === 0 ? <p>Chưa có tệp. Văn bản đăng lên cổng phải có tệp tải về (NĐ 42/2022 Điều 4.1(a)).</p> : (
            <table class="list">
              <thead><tr><th scope="col">Tệp</th><th scope="col">Loại</th><th scope="col">Dung lượng</th><th scope="col">Thao tác</th></tr></thead>
              <tbody>
                {files.map((f) => (
                  <tr key={f.id}>
                    <th scope="row">{f.original_name}</th>
                    <td>{ATTACHMENT_LABELS[f.kind as AttachmentKind] ?? f.kind}</td>
                    <td>{formatBytes(f.bytes)}</td>
                    <td>
                      <form method="post" action={`${base}/${doc.id}/tep/${f.id}/xoa`} data-confirm={`Xóa tệp “${f.original_name}”?`}>
                        <CsrfField token={frame.csrf} /><button type="submit" class="danger">Xóa tệp</button>
                      </form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <form method="post" action={`${base}/${doc.id}/tep?_csrf=${encodeURIComponent(frame.csrf)}`} enctype="multipart/form-data" novalidate>
            <div class={fileError ? 'field has-error' : 'field'}>
              <label for="file">Tải tệp lên (PDF, DOCX hoặc ODT)</label>
              <p class="hint" id="file-hint">Hệ thống kiểm tra nội dung tệp; tệp đổi đuôi hoặc không phải văn bản sẽ bị từ chối.</p>
              {fileError && <p class="error" id="file-error">{fileError}</p>}
              <input id="file" name="file" type="file" accept=".pdf,.docx,.odt,application/pdf" aria-describedby={fileError ? 'file-hint file-error' : 'file-hint'} />
            </div>
            <button type="submit">Tải tệp lên</button>
          </form>
          <h2>Đăng, gỡ văn bản</h2>
          <form method="post" action={`${base}/${doc.id}/trang-thai`}>
            <CsrfField token={frame.csrf} />
            {doc.status === 'published'
              ? <button type="submit" name="action" value="unpublish" data-confirm="Gỡ văn bản khỏi cổng?">Gỡ khỏi cổng</button>
              : <button type="submit" name="action" value="publish" class="primary">Đăng lên cổng</button>}
          </form>
        </>
      )}
    </AdminLayout>
  );
}
