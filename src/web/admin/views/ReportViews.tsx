/** The monthly report: the history of generated reports (every version) and the form to generate or regenerate one. */
import type { ReportSummary } from '../../../commands/contributions/generateMonthlyReport.ts';
import { type Period, periodLabel, periodMonthLabel } from '../../../core/contributions/periods.ts';
import { formatDateTime } from '../../../core/text/dates.ts';
import { documentNumberLine } from '../../../core/text/officialDocument.ts';
import type { ContributionReportRow, SiteRow } from '../../../db/schema.ts';
import { type AdminFrame, AdminLayout, CsrfField } from './AdminLayout.tsx';
import { ErrorSummary, type FieldErrors, SelectField } from './FormFields.tsx';

const TRIGGER: Record<string, string> = { scheduled: 'Tự động', manual: 'Lập lại', demo: 'Dữ liệu mẫu' };

function summaryOf(r: ContributionReportRow): ReportSummary | null {
  try {
    return JSON.parse(r.summary) as ReportSummary;
  } catch {
    return null;
  }
}

export function ReportsPage({ frame, site, reports, closed, names, form, errors, reportDay }: {
  frame: AdminFrame; site: SiteRow; reports: ContributionReportRow[]; closed: Period[]; names: Map<number, string>;
  form: { ky: string }; errors: FieldErrors; reportDay: number;
}) {
  const base = `/quan-tri/cong/${site.id}/bao-cao-thang`;
  return (
    <AdminLayout frame={frame} title="Báo cáo tháng về cung cấp tin, bài">
      <p>
        Báo cáo được lập tự động khi hết ngày {reportDay} hằng tháng (giờ Việt Nam), gồm văn bản báo cáo theo thể thức Nghị định 30/2020/NĐ-CP (DOCX)
        và bảng tính chi tiết (XLSX). Lập lại một tháng đã qua tạo phiên bản mới, giữ số và ngày của báo cáo; các phiên bản cũ vẫn được lưu.
      </p>
      <ErrorSummary errors={errors} labels={{ ky: 'Tháng báo cáo' }} />
      <form method="post" action={base} class="filters" novalidate>
        <CsrfField token={frame.csrf} />
        <SelectField name="ky" label="Tháng báo cáo" value={form.ky} errors={errors} blank="— Chọn tháng —"
          options={closed.map((p) => ({ value: p.key, label: `${periodMonthLabel(p)} (${periodLabel(p)})` }))} />
        <button type="submit" class="primary">Lập báo cáo</button>
      </form>
      <h2>Các báo cáo đã lập</h2>
      {reports.length === 0 ? <p>Chưa có báo cáo nào.</p> : (
        <table class="list">
          <thead>
            <tr><th scope="col">Tháng</th><th scope="col">Số, ngày</th><th scope="col">Phiên bản</th><th scope="col">Số liệu chính</th><th scope="col">Lập lúc</th><th scope="col">Tải về</th></tr>
          </thead>
          <tbody>
            {reports.map((r) => {
              const s = summaryOf(r);
              return (
                <tr key={r.id}>
                  <th scope="row">Tháng {Number(r.period_key.slice(5))}/{r.period_key.slice(0, 4)}<br /><span class="muted">{r.period_start.split('-').reverse().join('/')} – {r.period_end.split('-').reverse().join('/')}</span></th>
                  <td>{documentNumberLine(r.number, r.symbol)}<br /><span class="muted">ngày {r.document_date.split('-').reverse().join('/')}</span></td>
                  <td>{r.version} <span class="tag">{TRIGGER[r.trigger] ?? r.trigger}</span></td>
                  <td>{s ? <>Đăng {s.published} (có ảnh {s.withPhoto}), trả lại {s.refused}; đạt chỉ tiêu {s.unitsMet}/{s.unitsWithQuota}{s.missed.length ? <><br /><span class="muted">Chưa đạt: {s.missed.join(', ')}</span></> : null}</> : ''}</td>
                  <td>{formatDateTime(r.created_at)}{r.generated_by !== null ? <><br /><span class="muted">{names.get(r.generated_by) ?? ''}</span></> : null}</td>
                  <td><a href={`${base}/${r.id}/docx`}>Văn bản (DOCX)</a><br /><a href={`${base}/${r.id}/xlsx`}>Bảng tính (XLSX)</a></td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </AdminLayout>
  );
}
