/** Admin pages of royalties (nhuận bút): items to assess, the assessment form, the payout list, the rates. */
import { type Period, periodLabel, periodMonthLabel } from '../../../core/contributions/periods.ts';
import { formatVnd } from '../../../core/money/vnd.ts';
import { MAX_AUTHORS, type PhotoFact } from '../../../core/royalties/assessmentForm.ts';
import { type CoefficientRange, RATE_TABLE_LABELS, type RoyaltySettings, formatCoefficient, formatPercent, rangeFor } from '../../../core/royalties/royalty.ts';
import { formatShortDate } from '../../../core/text/dates.ts';
import { GENRES, GENRE_LABELS, type Genre } from '../../../core/types.ts';
import type { RoyaltyLineRow, SiteRow } from '../../../db/schema.ts';
import type { PayoutGroup, PayoutList } from '../../../reports/payoutList.ts';
import { NO_UNIT } from '../../../reports/payoutList.ts';
import type { RoyaltyCandidate } from '../../../reports/queries/getRoyaltyCandidates.ts';
import type { RoyaltyItem } from '../../../commands/royalties/royaltyItem.ts';
import { type AdminFrame, AdminLayout, CsrfField } from './AdminLayout.tsx';
import { ErrorSummary, type FieldErrors, SelectField, TextArea, TextField } from './FormFields.tsx';

const genreLabel = (g: string) => GENRE_LABELS[g as Genre] ?? g;
const rangeText = (r: CoefficientRange) => `${formatCoefficient(r.min)} – ${formatCoefficient(r.max)}`;

function PeriodPicker({ action, periods, value }: { action: string; periods: Period[]; value: string }) {
  return (
    <form class="filters" method="get" action={action}>
      <SelectField name="ky" label="Kỳ (theo ngày đăng lần đầu)" value={value} errors={{}} options={periods.map((p) => ({ value: p.key, label: `${periodMonthLabel(p)} (${periodLabel(p)})` }))} />
      <button type="submit">Xem</button>
    </form>
  );
}

export function RoyaltyListPage({ frame, site, period, periods, items, unitValue, canPay }: {
  frame: AdminFrame; site: SiteRow; period: Period; periods: Period[]; items: RoyaltyCandidate[]; unitValue: number; canPay: boolean;
}) {
  const base = `/quan-tri/cong/${site.id}/nhuan-but`;
  const done = items.filter((i) => i.assessmentId !== null);
  return (
    <AdminLayout frame={frame} title="Chấm nhuận bút">
      <p>
        Nhuận bút = hệ số × giá trị một đơn vị hệ số ({formatVnd(unitValue)}). Ban Biên tập chọn hệ số trong khung của thể loại, tác giả và tỷ lệ hưởng
        cho từng tin, bài đã đăng. Đã chấm {done.length}/{items.length} tin, bài của {periodMonthLabel(period)}, tổng {formatVnd(done.reduce((a, i) => a + (i.amount ?? 0), 0))}.
      </p>
      <PeriodPicker action={base} periods={periods} value={period.key} />
      {canPay && <p><a href={`${base}/chi-tra?ky=${period.key}`}>Danh sách chi trả {periodMonthLabel(period)}</a> · <a href={`${base}/cai-dat`}>Khung hệ số và mức lương cơ sở</a></p>}
      {items.length === 0 ? <p>Không có tin, bài nào được đăng lần đầu trong kỳ này.</p> : (
        <table class="list">
          <thead><tr><th scope="col">Tin, bài</th><th scope="col">Đơn vị</th><th scope="col">Thể loại</th><th scope="col">Ngày đăng</th><th scope="col">Nhuận bút</th><th scope="col">Thao tác</th></tr></thead>
          <tbody>
            {items.map((i) => (
              <tr key={i.contentId}>
                <th scope="row">{i.title}{i.status !== 'published' && <span class="tag">Đã gỡ hoặc lưu trữ</span>}<br /><span class="muted">{i.authorName}</span></th>
                <td>{i.unitName ?? NO_UNIT}</td><td>{genreLabel(i.genre)}</td><td>{formatShortDate(i.firstPublishedAt)}</td>
                <td>{i.amount === null ? <span class="muted">Chưa chấm</span> : formatVnd(i.amount)}</td>
                <td><a href={`${base}/muc/${i.contentId}`}>{i.assessmentId === null ? 'Chấm nhuận bút' : 'Xem, sửa'}</a></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </AdminLayout>
  );
}

export function AssessmentPage({ frame, site, item, form, errors, settings, unitValue, lines }: {
  frame: AdminFrame; site: SiteRow; item: RoyaltyItem; form: Record<string, string>; errors: FieldErrors; settings: RoyaltySettings;
  unitValue: number; lines: RoyaltyLineRow[];
}) {
  const base = `/quan-tri/cong/${site.id}/nhuan-but`;
  const table = form.rate_table === 'radio' ? 'radio' : 'online';
  const range = rangeFor(settings, table, item.content.genre);
  const paid = lines.some((l) => l.status === 'paid');
  return (
    <AdminLayout frame={frame} title={`Nhuận bút: ${item.content.title}`}>
      <p>
        {genreLabel(item.content.genre)} · {item.unitName ?? NO_UNIT} · đăng lần đầu {formatShortDate(item.firstPublishedAt)} · tác giả ghi trên tin, bài: {item.content.author_name || '(chưa ghi)'}.
        {' '}<a href={`/quan-tri/cong/${site.id}/tin-bai/${item.content.id}`}>Mở tin, bài</a>
      </p>
      <p>Giá trị một đơn vị hệ số: {formatVnd(unitValue)} ({formatPercent(settings.unitValueBp)}% mức lương cơ sở {formatVnd(settings.baseSalary)}).</p>
      {lines.length > 0 && (
        <section aria-labelledby="da-cham">
          <h2 id="da-cham">Đã chấm</h2>
          <table class="list">
            <thead><tr><th scope="col">Phần</th><th scope="col">Hệ số</th><th scope="col">Tác giả</th><th scope="col">Tỷ lệ</th><th scope="col">Số tiền</th><th scope="col">Trạng thái</th></tr></thead>
            <tbody>
              {lines.map((l) => (
                <tr key={l.id}><th scope="row">{l.part_label}</th><td>{formatCoefficient(l.coefficient)}</td><td>{l.author_name}</td><td>{formatPercent(l.share_bp)}%</td>
                  <td>{formatVnd(l.amount)}</td><td>{l.status === 'paid' ? 'Đã chi' : 'Chưa chi'}</td></tr>
              ))}
            </tbody>
          </table>
          <p><strong>Cộng: {formatVnd(lines.reduce((a, l) => a + l.amount, 0))}</strong></p>
        </section>
      )}
      {paid ? <p class="lock-notice">Nhuận bút của tin, bài này đã được chi trả một phần nên không thể sửa.</p> : (
        <>
          <ErrorSummary errors={errors} />
          <form method="post" action={`${base}/muc/${item.content.id}`} novalidate>
            <CsrfField token={frame.csrf} />
            <SelectField name="rate_table" label="Bảng hệ số" value={table} errors={errors}
              options={[{ value: 'online', label: RATE_TABLE_LABELS.online }, { value: 'radio', label: RATE_TABLE_LABELS.radio }]} />
            <TextField name="coefficient" label="Hệ số phần chữ" value={form.coefficient ?? ''} errors={errors} inputMode="text"
              hint={`Khung của thể loại “${genreLabel(item.content.genre)}”: ${rangeText(range)} (bảng hiện chọn; bảng phát thanh: ${rangeText(rangeFor(settings, 'radio', item.content.genre))}). Có thể có một chữ số thập phân, ví dụ 2,5.`} />
            <fieldset>
              <legend>Tác giả phần chữ và tỷ lệ hưởng (%)</legend>
              <p class="hint">Để trống tỷ lệ của mọi tác giả để chia đều; nếu nhập thì tổng phải bằng 100.</p>
              {Array.from({ length: MAX_AUTHORS }, (_, i) => (
                <div key={i}>
                  <TextField name={`author_${i + 1}`} label={`Tác giả ${i + 1}`} value={form[`author_${i + 1}`] ?? ''} errors={errors} maxLength={200} />
                  <TextField name={`share_${i + 1}`} label={`Tỷ lệ của tác giả ${i + 1} (%)`} value={form[`share_${i + 1}`] ?? ''} errors={errors} />
                </div>
              ))}
            </fieldset>
            {item.photos.length > 0 && (
              <fieldset>
                <legend>Ảnh (hệ số mỗi ảnh {rangeText(settings.photo)}; để trống nếu không tính)</legend>
                {item.photos.map((p: PhotoFact, i: number) => (
                  <div key={i}>
                    <TextField name={`photo_coef_${i + 1}`} label={`Hệ số: ${p.label}`} value={form[`photo_coef_${i + 1}`] ?? ''} errors={errors} />
                    <TextField name={`photo_author_${i + 1}`} label={`Tác giả: ${p.label}`} value={form[`photo_author_${i + 1}`] ?? ''} errors={errors} maxLength={200} />
                  </div>
                ))}
              </fieldset>
            )}
            {settings.bonuses.length > 0 && (
              <fieldset>
                <legend>Cộng thêm (Điều 7 khoản 4 Nghị định 18/2014/NĐ-CP)</legend>
                {settings.bonuses.map((b) => (
                  <TextField key={b.code} name={`bonus_${b.code}`} label={`${b.label} (%)`} value={form[`bonus_${b.code}`] ?? ''} errors={errors}
                    hint={`Từ ${formatPercent(b.minBp)}% đến ${formatPercent(b.maxBp)}%; để trống nếu không áp dụng.`} />
                ))}
              </fieldset>
            )}
            <TextArea name="note" label="Ghi chú" value={form.note ?? ''} errors={errors} rows={2} />
            <div class="actions"><button type="submit" class="primary">Lưu nhuận bút</button><a class="button" href={base}>Quay lại</a></div>
          </form>
        </>
      )}
    </AdminLayout>
  );
}

function GroupTable({ caption, first, groups, list }: { caption: string; first: string; groups: PayoutGroup[]; list: PayoutList }) {
  return (
    <table class="list">
      <caption>{caption}</caption>
      <thead><tr><th scope="col">{first}</th><th scope="col">Số dòng</th><th scope="col">Tổng</th><th scope="col">Đã chi</th><th scope="col">Chưa chi</th><th scope="col">Quá hạn</th></tr></thead>
      <tbody>
        {groups.map((g) => (
          <tr key={g.name}><th scope="row">{g.name}</th><td>{g.lines}</td><td>{formatVnd(g.total)}</td><td>{formatVnd(g.paid)}</td><td>{formatVnd(g.unpaid)}</td><td>{g.overdue || ''}</td></tr>
        ))}
        <tr><th scope="row">Tổng cộng</th><td>{list.lines.length}</td><td><strong>{formatVnd(list.total)}</strong></td><td>{formatVnd(list.paid)}</td><td>{formatVnd(list.unpaid)}</td><td>{list.overdueLines || ''}</td></tr>
      </tbody>
    </table>
  );
}

export function PayoutPage({ frame, site, list, periods, errors, form }: {
  frame: AdminFrame; site: SiteRow; list: PayoutList; periods: Period[]; errors: FieldErrors; form: { trang_thai: string; ghi_chu: string };
}) {
  const base = `/quan-tri/cong/${site.id}/nhuan-but/chi-tra`;
  return (
    <AdminLayout frame={frame} title={`Danh sách chi trả nhuận bút ${periodMonthLabel(list.period)}`}>
      <PeriodPicker action={base} periods={periods} value={list.period.key} />
      <p>
        Tổng cộng <strong>{formatVnd(list.total)}</strong> (bằng chữ: {list.totalInWords}); đã chi {formatVnd(list.paid)}, chưa chi {formatVnd(list.unpaid)}.
        {list.overdueLines > 0 && <strong> {list.overdueLines} dòng chưa chi đã quá hạn 60 ngày kể từ ngày đăng (Điều 4 khoản 10 Nghị định 18/2014/NĐ-CP).</strong>}
      </p>
      <p class="actions">
        <a class="button" href={`${base}/tai/xlsx?ky=${list.period.key}`}>Tải bảng tính (XLSX)</a>
        <a class="button" href={`${base}/tai/docx?ky=${list.period.key}`}>Tải danh sách ký nhận (DOCX)</a>
      </p>
      <GroupTable caption="Theo tác giả" first="Tác giả" groups={list.byAuthor} list={list} />
      <GroupTable caption="Theo đơn vị" first="Đơn vị" groups={list.byUnit} list={list} />
      <h2>Chi tiết và trạng thái chi trả</h2>
      <ErrorSummary errors={errors} labels={{ dong: 'Dòng chi trả' }} />
      {list.lines.length === 0 ? <p>Chưa có tin, bài nào của kỳ này được chấm nhuận bút.</p> : (
        <form method="post" action={base} novalidate>
          <CsrfField token={frame.csrf} />
          <input type="hidden" name="ky" value={list.period.key} />
          <table class="list">
            <thead><tr><th scope="col">Chọn</th><th scope="col">Tin, bài</th><th scope="col">Phần</th><th scope="col">Tác giả</th><th scope="col">Số tiền</th><th scope="col">Hạn chi</th><th scope="col">Trạng thái</th></tr></thead>
            <tbody>
              {list.lines.map((l) => (
                <tr key={l.id} class={l.overdue ? 'status-returned' : ''}>
                  <td><input type="checkbox" name="dong" value={String(l.id)} id={`dong-${l.id}`} aria-label={`Chọn dòng ${l.authorName}, ${l.title}`} /></td>
                  <th scope="row">{l.title}<br /><span class="muted">{l.unitName ?? NO_UNIT} · đăng {formatShortDate(l.publishedAt)}</span></th>
                  <td>{l.partLabel} (hệ số {formatCoefficient(l.coefficient)}{l.bonusBp ? `, +${formatPercent(l.bonusBp)}%` : ''})</td>
                  <td>{l.authorName}{l.shareBp < 10_000 ? ` (${formatPercent(l.shareBp)}%)` : ''}</td>
                  <td>{formatVnd(l.amount)}</td>
                  <td>{l.deadline.split('-').reverse().join('/')}{l.overdue && <><br /><strong>Quá hạn</strong></>}</td>
                  <td>{l.status === 'paid' ? `Đã chi ${l.paidAt ? formatShortDate(l.paidAt) : ''}` : 'Chưa chi'}{l.paymentNote && <><br /><span class="muted">{l.paymentNote}</span></>}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <span id="dong" />
          <SelectField name="trang_thai" label="Đánh dấu các dòng đã chọn" value={form.trang_thai} errors={errors}
            options={[{ value: 'paid', label: 'Đã chi trả' }, { value: 'unpaid', label: 'Chưa chi trả (hủy đánh dấu)' }]} />
          <TextField name="ghi_chu" label="Ghi chú chi trả (số phiếu chi, ngày chi…)" value={form.ghi_chu} errors={errors} maxLength={300} />
          <div class="actions"><button type="submit" class="primary">Cập nhật trạng thái chi trả</button></div>
        </form>
      )}
    </AdminLayout>
  );
}

export function RoyaltySettingsPage({ frame, site, form, errors, inherited }: { frame: AdminFrame; site: SiteRow; form: Record<string, string>; errors: FieldErrors; inherited: boolean }) {
  const range = (prefix: string, label: string) => (
    <tr key={prefix}>
      <th scope="row">{label}</th>
      {(['min', 'max', 'suggested'] as const).map((k) => (
        <td key={k} class={errors[`${prefix}_${k}`] ? 'field has-error' : ''}>
          <input type="text" id={`${prefix}_${k}`} name={`${prefix}_${k}`} value={form[`${prefix}_${k}`] ?? ''} size={5} aria-label={`${label}: ${k === 'min' ? 'tối thiểu' : k === 'max' ? 'tối đa' : 'gợi ý'}`}
            aria-invalid={errors[`${prefix}_${k}`] ? 'true' : undefined} />
          {errors[`${prefix}_${k}`] && <p class="error">{errors[`${prefix}_${k}`]}</p>}
        </td>
      ))}
    </tr>
  );
  return (
    <AdminLayout frame={frame} title="Khung hệ số nhuận bút">
      <p>Theo Nghị định 18/2014/NĐ-CP (Điều 7, Điều 10): nhuận bút = hệ số × giá trị một đơn vị hệ số; một đơn vị = tỷ lệ phần trăm của mức lương cơ sở.
        Nghị định này có thể được thay thế từ 01/9/2026 (Nghị định 287/2026/NĐ-CP, không có bảng hệ số riêng cho cổng thông tin): mọi mức dưới đây là cấu hình.</p>
      {inherited && <p class="muted">Cổng đang dùng mức của thành phố; lưu ở đây để áp dụng mức riêng.</p>}
      <ErrorSummary errors={errors} />
      <form method="post" action={`/quan-tri/cong/${site.id}/nhuan-but/cai-dat`} novalidate>
        <CsrfField token={frame.csrf} />
        <TextField name="base_salary" label="Mức lương cơ sở (đồng/tháng)" value={form.base_salary ?? ''} errors={errors} inputMode="numeric" hint="Từ 01/7/2024: 2.340.000 đồng (Nghị định 73/2024/NĐ-CP)." />
        <TextField name="unit_value_percent" label="Giá trị một đơn vị hệ số (% mức lương cơ sở)" value={form.unit_value_percent ?? ''} errors={errors} hint="Mặc định 10%." />
        <SelectField name="rounding_unit" label="Làm tròn số tiền mỗi phần" value={form.rounding_unit ?? '1'} errors={errors}
          options={[{ value: '1', label: 'Đến đồng' }, { value: '10', label: 'Đến 10 đồng' }, { value: '100', label: 'Đến 100 đồng' }, { value: '500', label: 'Đến 500 đồng' }, { value: '1000', label: 'Đến 1.000 đồng' }]} />
        <TextField name="pay_within_days" label="Thời hạn chi trả (ngày kể từ ngày đăng)" value={form.pay_within_days ?? ''} errors={errors} inputMode="numeric" />
        {(['online', 'radio'] as const).map((t) => (
          <table class="list" key={t}>
            <caption>{RATE_TABLE_LABELS[t]}</caption>
            <thead><tr><th scope="col">Thể loại</th><th scope="col">Tối thiểu</th><th scope="col">Tối đa</th><th scope="col">Gợi ý</th></tr></thead>
            <tbody>{GENRES.map((g) => range(`${t}_${g}`, GENRE_LABELS[g]))}</tbody>
          </table>
        ))}
        <table class="list">
          <caption>Ảnh (mỗi ảnh)</caption>
          <thead><tr><th scope="col">Ảnh</th><th scope="col">Tối thiểu</th><th scope="col">Tối đa</th><th scope="col">Gợi ý</th></tr></thead>
          <tbody>{range('photo', 'Ảnh')}</tbody>
        </table>
        <TextArea name="bonuses" label="Các khoản cộng thêm" value={form.bonuses ?? ''} errors={errors} rows={4} hint="Mỗi dòng: Tên khoản | từ % | đến %." />
        <div class="actions"><button type="submit" class="primary">Lưu khung hệ số</button></div>
      </form>
    </AdminLayout>
  );
}
