/** Admin pages of the contribution quotas: live progress, the dashboard panel, and the settings with quota rules. */
import { type Period, periodLabel, periodMonthLabel } from '../../../core/contributions/periods.ts';
import { UNIT_KINDS, UNIT_KIND_LABELS, type UnitKind } from '../../../core/types.ts';
import type { QuotaRuleRow, SiteRow, UnitRow } from '../../../db/schema.ts';
import type { UnitLine } from '../../../reports/monthlyReport.ts';
import type { Progress, WardSummary } from '../../../reports/quotaProgress.ts';
import { type AdminFrame, AdminLayout, CsrfField } from './AdminLayout.tsx';
import { CheckboxField, ErrorSummary, type FieldErrors, SelectField, TextArea, TextField } from './FormFields.tsx';

export function dmy(date: string): string {
  return date.split('-').reverse().join('/');
}

export function resultText(u: UnitLine, open: boolean): string {
  if (u.met === null) return 'Không giao chỉ tiêu';
  if (u.met) return 'Đạt';
  const missing = u.quota.target - u.counts.counted;
  return open ? `Còn thiếu ${missing}` : `Chưa đạt (thiếu ${missing})`;
}

/** Links to the other contribution pages this person may open. */
export interface ContributionLinks {
  settings: boolean;
  reports: boolean;
  royaltiesAssess: boolean;
  royaltiesPay: boolean;
  competition: boolean;
}

export function ContributionNav({ site, links }: { site: SiteRow; links: ContributionLinks }) {
  const base = `/quan-tri/cong/${site.id}`;
  const items = [
    links.reports && <li key="r"><a href={`${base}/bao-cao-thang`}>Báo cáo tháng</a></li>,
    links.royaltiesAssess && <li key="a"><a href={`${base}/nhuan-but`}>Chấm nhuận bút</a></li>,
    links.royaltiesPay && <li key="p"><a href={`${base}/nhuan-but/chi-tra`}>Danh sách chi trả nhuận bút</a></li>,
    links.competition && <li key="c"><a href={`${base}/thi-dua`}>Điểm thi đua</a></li>,
    links.settings && <li key="s"><a href={`${base}/chi-tieu/cai-dat`}>Cài đặt chỉ tiêu và báo cáo</a></li>,
  ].filter(Boolean);
  return items.length ? <ul class="quick-links">{items}</ul> : null;
}

function ProgressTable({ units, open }: { units: UnitLine[]; open: boolean }) {
  return (
    <table class="list">
      <caption class="muted">Số tin, bài theo lịch sử duyệt, đăng của từng đơn vị</caption>
      <thead>
        <tr>
          <th scope="col">Đơn vị</th><th scope="col">Chỉ tiêu</th><th scope="col">Tính chỉ tiêu</th><th scope="col">Tiến độ</th>
          <th scope="col">Gửi</th><th scope="col">Lãnh đạo duyệt</th><th scope="col">Được đăng</th><th scope="col">Có ảnh</th>
          <th scope="col">Bị trả lại</th><th scope="col">Kết quả</th>
        </tr>
      </thead>
      <tbody>
        {units.map((u) => (
          <tr key={u.unitId}>
            <th scope="row">{u.name}<br /><span class="muted">{u.kindLabel}</span></th>
            <td>{u.quota.target > 0 ? `${u.quota.target}${u.quota.requirePhoto ? ' (có ảnh)' : ''}` : '–'}</td>
            <td>{u.counts.counted}</td>
            <td>{u.quota.target > 0
              ? <progress value={Math.min(u.counts.counted, u.quota.target)} max={u.quota.target} aria-label={`${u.name}: ${u.counts.counted}/${u.quota.target}`}>{`${u.counts.counted}/${u.quota.target}`}</progress>
              : ''}</td>
            <td>{u.counts.submitted}</td><td>{u.counts.leaderApproved}</td><td>{u.counts.published}</td><td>{u.counts.withPhoto}</td><td>{u.counts.refused}</td>
            <td class={u.met === false ? 'status-returned' : u.met ? 'status-published' : ''}>{resultText(u, open)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function periodSentence(p: Progress): string {
  return p.open
    ? `Kỳ ${periodMonthLabel(p.period)} (${periodLabel(p.period)}) đang diễn ra; còn ${p.daysLeft} ngày, kỳ kết thúc hết ngày ${dmy(p.period.endDate)}.`
    : `Kỳ ${periodMonthLabel(p.period)} (${periodLabel(p.period)}) đã kết thúc.`;
}

export function ProgressPage({ frame, site, progress, periods, scoped, wards, links }: {
  frame: AdminFrame; site: SiteRow; progress: Progress; periods: Period[]; scoped: boolean; wards: WardSummary[] | null; links: ContributionLinks;
}) {
  const s = progress.settings;
  return (
    <AdminLayout frame={frame} title="Chỉ tiêu tin, bài">
      <p>{periodSentence(progress)} Báo cáo tháng được lập vào ngày {s.reportDay} hằng tháng.</p>
      <form class="filters" method="get" action={`/quan-tri/cong/${site.id}/chi-tieu`}>
        <SelectField name="ky" label="Kỳ" value={progress.period.key} errors={{}} options={periods.map((p) => ({ value: p.key, label: `${periodMonthLabel(p)} (${periodLabel(p)})` }))} />
        <button type="submit">Xem</button>
      </form>
      <p class="muted">
        Tính chỉ tiêu: tin, bài của đơn vị được đăng lần đầu trong kỳ và còn đăng{s.countRefused ? ', kể cả tin, bài bị Ban Biên tập trả lại' : ''};
        đơn vị có chỉ tiêu "có ảnh" chỉ tính tin, bài có ít nhất một ảnh.
      </p>
      {scoped && <p>Bạn đang xem các đơn vị mà bạn là cộng tác viên hoặc lãnh đạo.</p>}
      {progress.figures.units.length === 0
        ? <p>{scoped ? 'Tài khoản của bạn chưa được gắn với đơn vị nào trên cổng này.' : 'Cổng chưa có đơn vị nào.'}</p>
        : <ProgressTable units={progress.figures.units} open={progress.open} />}
      {!scoped && (
        <p>
          Toàn cổng: {progress.figures.totals.submitted} tin, bài được gửi, {progress.figures.totals.published} được đăng
          ({progress.figures.totals.withPhoto} có ảnh), {progress.figures.totals.refused} bị trả lại; tin, bài của Ban Biên tập được đăng: {progress.figures.unassigned.published}.
        </p>
      )}
      {wards && wards.length > 0 && (
        <section aria-labelledby="phuong-xa">
          <h2 id="phuong-xa">Các phường, xã</h2>
          <table class="list">
            <thead><tr><th scope="col">Phường, xã</th><th scope="col">Kỳ</th><th scope="col">Đơn vị đạt chỉ tiêu</th><th scope="col">Được đăng</th><th scope="col">Tính chỉ tiêu</th></tr></thead>
            <tbody>
              {wards.map((w) => (
                <tr key={w.site.id}>
                  <th scope="row"><a href={`/quan-tri/cong/${w.site.id}/chi-tieu`}>{w.site.name}</a></th>
                  <td>{periodLabel(w.period)}</td><td>{w.unitsMet}/{w.unitsWithQuota}</td><td>{w.published}</td><td>{w.counted}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <ContributionNav site={site} links={links} />
    </AdminLayout>
  );
}

/** The block on a site's dashboard: this person's units (or every unit) in the open period. */
export function ProgressPanel({ site, progress }: { site: SiteRow; progress: Progress }) {
  const behind = progress.figures.units.filter((u) => u.met === false);
  return (
    <section class="dashboard-block" aria-labelledby="tien-do-chi-tieu">
      <h2 id="tien-do-chi-tieu">Tiến độ chỉ tiêu tin, bài</h2>
      <p>{periodSentence(progress)}</p>
      {progress.figures.units.length === 0 ? <p>Chưa có đơn vị nào để theo dõi.</p> : (
        <ul>
          {progress.figures.units.filter((u) => u.met !== null).map((u) => (
            <li key={u.unitId}>
              {u.name}: {u.counts.counted}/{u.quota.target}{' '}
              <progress value={Math.min(u.counts.counted, u.quota.target)} max={u.quota.target} aria-label={`${u.name}: ${u.counts.counted}/${u.quota.target}`} />{' '}
              {resultText(u, progress.open)}
            </li>
          ))}
        </ul>
      )}
      {behind.length > 0 && <p><strong>{behind.length} đơn vị chưa đạt chỉ tiêu.</strong></p>}
      <p><a href={`/quan-tri/cong/${site.id}/chi-tieu`}>Xem chi tiết tiến độ</a></p>
    </section>
  );
}

const SETTINGS_LABELS: Record<string, string> = {
  report_day: 'Ngày báo cáo hằng tháng', reminder_days: 'Nhắc trước', reminder_hour: 'Giờ gửi nhắc', issuing_body: 'Cơ quan ban hành', symbol: 'Ký hiệu',
  place: 'Địa danh', signer_lines: 'Quyền hạn, chức vụ người ký', scope: 'Áp dụng cho', from_period: 'Từ tháng', to_period: 'Đến tháng', target: 'Chỉ tiêu',
  ...Object.fromEntries(UNIT_KINDS.map((k) => [`target_${k}`, `Chỉ tiêu: ${UNIT_KIND_LABELS[k]}`])),
};

export function SettingsPage({ frame, site, form, errors, rules, units, ruleForm, ruleErrors }: {
  frame: AdminFrame; site: SiteRow; form: Record<string, string>; errors: FieldErrors; rules: QuotaRuleRow[]; units: UnitRow[];
  ruleForm: Record<string, string>; ruleErrors: FieldErrors;
}) {
  const base = `/quan-tri/cong/${site.id}/chi-tieu`;
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  return (
    <AdminLayout frame={frame} title="Cài đặt chỉ tiêu và báo cáo tháng">
      <ErrorSummary errors={errors} labels={SETTINGS_LABELS} />
      <form method="post" action={`${base}/cai-dat`} novalidate>
        <CsrfField token={frame.csrf} />
        <fieldset>
          <legend>Kỳ báo cáo và nhắc hạn</legend>
          <TextField name="report_day" label={SETTINGS_LABELS.report_day!} value={form.report_day ?? ''} errors={errors} inputMode="numeric"
            hint="Từ 1 đến 28. Kỳ báo cáo chạy từ ngày sau ngày báo cáo tháng trước đến hết ngày báo cáo (giờ Việt Nam)." />
          <TextField name="reminder_days" label="Nhắc các đơn vị chưa đạt chỉ tiêu trước ngày báo cáo (số ngày)" value={form.reminder_days ?? ''} errors={errors} inputMode="numeric" hint="0: không nhắc." />
          <SelectField name="reminder_kind" label="Cách đếm ngày nhắc" value={form.reminder_kind ?? 'working'} errors={errors}
            options={[{ value: 'working', label: 'Ngày làm việc (bỏ qua thứ Bảy, Chủ nhật, ngày lễ, Tết)' }, { value: 'calendar', label: 'Ngày theo lịch' }]} />
          <TextField name="reminder_hour" label={SETTINGS_LABELS.reminder_hour!} value={form.reminder_hour ?? ''} errors={errors} inputMode="numeric" hint="Từ 0 đến 23, giờ Việt Nam." />
          <CheckboxField name="count_refused" label="Tính cả tin, bài bị Ban Biên tập trả lại vào chỉ tiêu (đã gửi nhưng chưa được sử dụng)" checked={form.count_refused === '1'} />
        </fieldset>
        <fieldset>
          <legend>Chỉ tiêu mặc định mỗi kỳ theo loại đơn vị</legend>
          {UNIT_KINDS.map((k) => (
            <div key={k}>
              <TextField name={`target_${k}`} label={SETTINGS_LABELS[`target_${k}`]!} value={form[`target_${k}`] ?? ''} errors={errors} inputMode="numeric" />
              <CheckboxField name={`photo_${k}`} label="Chỉ tính tin, bài có ảnh" checked={form[`photo_${k}`] === '1'} />
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend>Văn bản báo cáo (thể thức theo Nghị định 30/2020/NĐ-CP)</legend>
          <TextArea name="parent_body" label="Cơ quan chủ quản" value={form.parent_body ?? ''} errors={errors} rows={2} hint="Viết hoa; mỗi dòng một dòng của tiêu đề; để trống nếu không có." />
          <TextArea name="issuing_body" label={SETTINGS_LABELS.issuing_body!} value={form.issuing_body ?? ''} errors={errors} rows={2} />
          <TextField name="symbol" label={SETTINGS_LABELS.symbol!} value={form.symbol ?? ''} errors={errors} hint="Ví dụ BC-VHTT, in thành “Số: 05/BC-VHTT”." />
          <SelectField name="numbering" label="Đánh số" value={form.numbering ?? 'auto'} errors={errors}
            options={[{ value: 'auto', label: 'Tự động theo thứ tự báo cáo trong năm' }, { value: 'blank', label: 'Để trống cho văn thư ghi số' }]} />
          <TextField name="place" label={SETTINGS_LABELS.place!} value={form.place ?? ''} errors={errors} hint="Ví dụ Tây Ninh, in thành “Tây Ninh, ngày 25 tháng 11 năm 2026”." />
          <TextField name="addressee" label="Kính gửi" value={form.addressee ?? ''} errors={errors} hint="Cơ quan cấp trên nhận báo cáo; để trống nếu không có." />
          <TextArea name="recipients" label="Nơi nhận (mỗi dòng một nơi)" value={form.recipients ?? ''} errors={errors} rows={4} hint="“Như trên” được thêm tự động khi có Kính gửi." />
          <TextField name="archive" label="Lưu" value={form.archive ?? ''} errors={errors} hint="Ví dụ VT, VHTT." />
          <TextArea name="signer_lines" label={SETTINGS_LABELS.signer_lines!} value={form.signer_lines ?? ''} errors={errors} rows={2} hint="Ví dụ “KT. TRƯỞNG PHÒNG” và “PHÓ TRƯỞNG PHÒNG” trên hai dòng." />
          <TextField name="signer_name" label="Họ tên người ký" value={form.signer_name ?? ''} errors={errors} />
        </fieldset>
        <div class="actions"><button type="submit" class="primary">Lưu cài đặt</button><a class="button" href={base}>Quay lại tiến độ</a></div>
      </form>

      <section aria-labelledby="dinh-muc">
        <h2 id="dinh-muc">Chỉ tiêu riêng theo đơn vị, loại đơn vị và kỳ</h2>
        <p class="muted">Chỉ tiêu riêng của một đơn vị được ưu tiên hơn chỉ tiêu của loại đơn vị, rồi đến chỉ tiêu mặc định ở trên.</p>
        {rules.length === 0 ? <p>Chưa có chỉ tiêu riêng.</p> : (
          <table class="list">
            <thead><tr><th scope="col">Áp dụng cho</th><th scope="col">Từ kỳ</th><th scope="col">Đến kỳ</th><th scope="col">Chỉ tiêu</th><th scope="col">Ghi chú</th><th scope="col">Thao tác</th></tr></thead>
            <tbody>
              {rules.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.unit_id !== null ? unitName.get(r.unit_id) ?? `Đơn vị #${r.unit_id}` : `Mọi đơn vị loại “${UNIT_KIND_LABELS[r.unit_kind as UnitKind] ?? r.unit_kind}”`}</th>
                  <td>{r.from_period}</td><td>{r.to_period ?? 'Lâu dài'}</td><td>{r.target}{r.require_photo ? ' (có ảnh)' : ''}</td><td>{r.note}</td>
                  <td>
                    <form method="post" action={`${base}/dinh-muc/${r.id}/xoa`}>
                      <CsrfField token={frame.csrf} />
                      <button type="submit" class="danger">Xóa</button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <h3>Thêm chỉ tiêu riêng</h3>
        <ErrorSummary errors={ruleErrors} labels={SETTINGS_LABELS} />
        <form method="post" action={`${base}/dinh-muc`} novalidate>
          <CsrfField token={frame.csrf} />
          <SelectField name="scope" label={SETTINGS_LABELS.scope!} value={ruleForm.scope ?? ''} errors={ruleErrors} blank="— Chọn đơn vị hoặc loại đơn vị —"
            options={[...units.map((u) => ({ value: `unit:${u.id}`, label: u.name })), ...UNIT_KINDS.map((k) => ({ value: `kind:${k}`, label: `Mọi đơn vị loại “${UNIT_KIND_LABELS[k]}”` }))]} />
          <TextField name="from_period" label={SETTINGS_LABELS.from_period!} value={ruleForm.from_period ?? ''} errors={ruleErrors} hint="Tháng của ngày báo cáo, dạng 2026-11 (kỳ 26/10 – 25/11/2026)." />
          <TextField name="to_period" label={SETTINGS_LABELS.to_period!} value={ruleForm.to_period ?? ''} errors={ruleErrors} hint="Để trống nếu áp dụng lâu dài." />
          <TextField name="target" label={SETTINGS_LABELS.target!} value={ruleForm.target ?? ''} errors={ruleErrors} inputMode="numeric" />
          <CheckboxField name="require_photo" label="Chỉ tính tin, bài có ảnh" checked={ruleForm.require_photo === '1'} />
          <TextField name="note" label="Ghi chú" value={ruleForm.note ?? ''} errors={ruleErrors} maxLength={300} />
          <div class="actions"><button type="submit" class="primary">Thêm chỉ tiêu riêng</button></div>
        </form>
      </section>
    </AdminLayout>
  );
}
