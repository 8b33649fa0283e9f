/** The competition (thi đua) table of a year and the formula form. */
import { formatBpPercent, formatScore } from '../../../core/competition/score.ts';
import { periodLabel } from '../../../core/contributions/periods.ts';
import type { SiteRow } from '../../../db/schema.ts';
import type { CompetitionTable } from '../../../reports/competitionTable.ts';
import { type AdminFrame, AdminLayout, CsrfField } from './AdminLayout.tsx';
import { ErrorSummary, type FieldErrors, TextArea, TextField } from './FormFields.tsx';

export function CompetitionPage({ frame, site, table, years, canConfigure }: { frame: AdminFrame; site: SiteRow; table: CompetitionTable; years: number[]; canConfigure: boolean }) {
  const base = `/quan-tri/cong/${site.id}/thi-dua`;
  const f = table.formula;
  const missing = table.groups.flatMap((g) => g.rows).filter((r) => r.complianceMissing);
  return (
    <AdminLayout frame={frame} title={`Điểm thi đua cung cấp tin, bài năm ${table.year}`}>
      <form class="filters" method="get" action={base}>
        <div class="field"><label for="nam">Năm</label>
          <select id="nam" name="nam">{years.map((y) => <option key={y} value={String(y)} selected={y === table.year}>{y}</option>)}</select>
        </div>
        <button type="submit">Xem</button>
      </form>
      <p>
        Công thức: {f.quotaPoints} điểm cho tỷ lệ hoàn thành chỉ tiêu bình quân các kỳ (tối đa {formatBpPercent(f.capBp)} mỗi kỳ) và {f.compliancePoints} điểm cho điểm chấm tuân thủ
        bình quân của cổng; tổng điểm quy về thang 100. {table.periods.length
          ? `Tính trên ${table.periods.length} kỳ đã kết thúc (${periodLabel(table.periods[0]!).split(' – ')[0]} – ${periodLabel(table.periods.at(-1)!).split(' – ')[1]}).`
          : 'Chưa có kỳ nào của năm kết thúc.'}
        {canConfigure && <> <a href={`${base}/cong-thuc?nam=${table.year}`}>Sửa công thức năm {table.year}</a></>}
      </p>
      {missing.length > 0 && (
        <p class="lock-notice">
          Chưa có điểm chấm tuân thủ của {table.complianceMissing ? 'cổng' : missing.filter((r) => r.group === 'ward_site').map((r) => r.name).join(', ') || 'một số cổng'} trong năm:
          phần tuân thủ bị bỏ qua và tổng điểm chỉ tính trên phần chỉ tiêu cho đến khi có kết quả chấm.
        </p>
      )}
      <p class="actions"><a class="button" href={`${base}/tai?nam=${table.year}`}>Tải bảng điểm (XLSX)</a></p>
      {table.groups.length === 0 ? <p>Chưa có đơn vị nào.</p> : table.groups.map((g) => (
        <table class="list" key={g.key}>
          <caption>{g.label}</caption>
          <thead>
            <tr><th scope="col">Hạng</th><th scope="col">Đơn vị</th><th scope="col">Kỳ đạt/có chỉ tiêu</th><th scope="col">Hoàn thành bình quân</th>
              <th scope="col">Điểm chỉ tiêu</th><th scope="col">Điểm tuân thủ</th><th scope="col">Tổng điểm</th><th scope="col">Xếp loại</th></tr>
          </thead>
          <tbody>
            {g.rows.map((r) => (
              <tr key={r.key}>
                <td>{r.rank ?? '–'}</td>
                <th scope="row">{r.group === 'ward_site' ? <a href={`/quan-tri/cong/${r.key.slice(5)}/chi-tieu`}>{r.name}</a> : r.name}</th>
                <td>{r.monthsCounted ? `${r.monthsMet}/${r.monthsCounted}` : 'Không giao'}</td>
                <td>{r.avgFulfilmentBp === null ? '–' : formatBpPercent(r.avgFulfilmentBp)}</td>
                <td>{r.quotaCenti === null ? '–' : formatScore(r.quotaCenti)}</td>
                <td>{r.complianceCenti === null ? (r.complianceMissing ? 'Chưa có' : '–') : formatScore(r.complianceCenti)}</td>
                <td><strong>{r.totalCenti === null ? '–' : formatScore(r.totalCenti)}</strong></td>
                <td>{r.grade ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </AdminLayout>
  );
}

export function FormulaPage({ frame, site, year, form, errors }: { frame: AdminFrame; site: SiteRow; year: number; form: Record<string, string>; errors: FieldErrors }) {
  const base = `/quan-tri/cong/${site.id}/thi-dua`;
  return (
    <AdminLayout frame={frame} title={`Công thức điểm thi đua năm ${year}`}>
      <p>Công thức áp dụng cho các đơn vị của cổng và các phường, xã trực thuộc (nếu phường, xã không đặt công thức riêng).</p>
      <ErrorSummary errors={errors} labels={{ quota_points: 'Điểm chỉ tiêu', compliance_points: 'Điểm tuân thủ', cap_percent: 'Mức tính tối đa', grades: 'Xếp loại' }} />
      <form method="post" action={`${base}/cong-thuc?nam=${year}`} novalidate>
        <CsrfField token={frame.csrf} />
        <TextField name="quota_points" label="Điểm cho hoàn thành chỉ tiêu" value={form.quota_points ?? ''} errors={errors} inputMode="numeric" />
        <TextField name="compliance_points" label="Điểm cho kết quả chấm tuân thủ của cổng" value={form.compliance_points ?? ''} errors={errors} inputMode="numeric" />
        <TextField name="cap_percent" label="Tỷ lệ hoàn thành tính tối đa mỗi kỳ (%)" value={form.cap_percent ?? ''} errors={errors} hint="100: vượt chỉ tiêu không được cộng thêm; tối đa 200." />
        <TextArea name="grades" label="Xếp loại (mỗi dòng: Tên | từ điểm)" value={form.grades ?? ''} errors={errors} rows={4} />
        <div class="actions"><button type="submit" class="primary">Lưu công thức</button><a class="button" href={`${base}?nam=${year}`}>Quay lại bảng điểm</a></div>
      </form>
    </AdminLayout>
  );
}
