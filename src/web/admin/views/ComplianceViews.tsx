/** Admin pages of the compliance audit: a site's score and gaps, the city's league table, the city's adjustments. */
import { CUSTOM_CHECK_KINDS, CUSTOM_CHECK_LABELS } from '../../../core/compliance/overrides.ts';
import { formatScore, gapsOf } from '../../../core/compliance/evaluate.ts';
import type { AuditResult, ComplianceRule, RulePack } from '../../../core/compliance/types.ts';
import { formatDateTime, formatShortDate } from '../../../core/text/dates.ts';
import { SITE_LEVEL_LABELS, type SiteLevel } from '../../../core/types.ts';
import type { RunSummary } from '../../../db/repositories/complianceRepository.ts';
import type { SiteRow } from '../../../db/schema.ts';
import type { LeagueSort, SortDir } from '../complianceLeague.ts';
import type { LeagueRow } from '../complianceWorkbook.ts';
import { type AdminFrame, AdminLayout, CsrfField } from './AdminLayout.tsx';
import { ErrorSummary, type FieldErrors, SelectField, TextArea, TextField } from './FormFields.tsx';
import { CheckboxGroup } from './RecordFields.tsx';

const pct = (r: RunSummary) => (r.max_centi > 0 ? Math.round((r.score_centi / r.max_centi) * 100) : 100);

export function Trend({ value }: { value: number | null }) {
  if (value === null) return <span class="trend-flat">—</span>;
  if (value > 0) return <span class="trend-up">▲ +{value}<span class="visually-hidden"> điểm phần trăm so với tuần trước</span></span>;
  if (value < 0) return <span class="trend-down">▼ {value}<span class="visually-hidden"> điểm phần trăm so với tuần trước</span></span>;
  return <span class="trend-flat">= 0</span>;
}

/** A small line of recent percentages; decorative (the numbers are in the table). */
export function Sparkline({ values }: { values: readonly number[] }) {
  if (values.length < 2) return null;
  const w = 80;
  const h = 20;
  const points = values.map((v, i) => `${Math.round((i / (values.length - 1)) * w)},${Math.round(h - (v / 100) * h)}`).join(' ');
  return <svg class="sparkline" width={w} height={h} viewBox={`0 0 ${w} ${h}`} aria-hidden="true" focusable="false"><polyline points={points} /></svg>;
}

export interface CompliancePageModel {
  result: AuditResult;
  /** When the shown result was recorded; null = computed now, not stored yet. */
  auditedAt: string | null;
  history: readonly RunSummary[];
  packs: readonly RulePack[];
  /** The site's own choice ('' = follows the city or the default). */
  ownPack: string;
  packSource: 'site' | 'parent' | 'default';
  canRun: boolean;
  canConfigure: boolean;
  canLeague: boolean;
}

export function CompliancePage({ frame, site, model }: { frame: AdminFrame; site: SiteRow; model: CompliancePageModel }) {
  const base = `/quan-tri/cong/${site.id}/tuan-thu`;
  const { result } = model;
  const gaps = gapsOf(result);
  const passed = result.outcomes.filter((o) => o.passed);
  return (
    <AdminLayout frame={frame} title="Tuân thủ pháp luật">
      <div class="score-box">
        <div>
          <p class="score">{formatScore(result.score, result.maxScore)} điểm</p>
          <p>{result.percent}% · {gaps.length} thiếu sót</p>
        </div>
        <div>
          <meter class="meter" min={0} max={100} low={60} high={85} optimum={100} value={result.percent} aria-label="Tỉ lệ đạt">{result.percent}%</meter>
          <p>Bộ quy tắc: <strong>{result.packName}</strong> <span class="muted">(phiên bản {result.packVersion}{model.packSource === 'parent' ? ', theo cổng cấp trên' : model.packSource === 'default' ? ', mặc định' : ''})</span></p>
          <p>{model.auditedAt ? <>Chấm lúc {formatDateTime(model.auditedAt)}.</> : <>Chưa có lần chấm nào được lưu; kết quả dưới đây được tính tạm lúc {formatDateTime(result.asOf)}.</>}
            {' '}Hệ thống tự chấm điểm mỗi đêm.</p>
        </div>
      </div>
      <div class="actions">
        {model.canRun && (
          <form method="post" action={`${base}/cham-diem`}><CsrfField token={frame.csrf} /><button type="submit" class="primary">Chấm điểm ngay</button></form>
        )}
        <a class="button" href={`${base}/bao-cao.xlsx`}>Tải báo cáo (Excel)</a>
        {model.canLeague && <a class="button" href={`${base}/bang-xep-hang`}>Bảng xếp hạng các phường, xã</a>}
        {model.canConfigure && site.parent_id === null && <a class="button" href={`${base}/dieu-chinh`}>Điều chỉnh bộ quy tắc</a>}
      </div>

      <h2>Thiếu sót cần khắc phục ({gaps.length})</h2>
      {gaps.length === 0 ? <p>Cổng đáp ứng mọi yêu cầu của bộ quy tắc.</p> : (
        <ol class="gap-list">
          {gaps.map((g) => (
            <li key={g.ruleId}>
              <h3>{g.title} <span class="tag">{g.ruleId}</span> <span class="tag">{g.weight.toLocaleString('vi-VN')} điểm</span>{g.custom && <span class="tag">Quy định của địa phương</span>}</h3>
              <p class="legal-basis">Căn cứ: {g.legalBasis}</p>
              <ul>{g.missing.map((m, i) => <li key={i}>{m}</li>)}</ul>
              {g.fixPath && <p><a href={g.fixPath}>Khắc phục: mở trang quản trị liên quan</a></p>}
            </li>
          ))}
        </ol>
      )}

      <details>
        <summary>Các yêu cầu đã đạt ({passed.length})</summary>
        <ul>{passed.map((o) => <li key={o.ruleId}>{o.title} <span class="muted">({o.legalBasis})</span></li>)}</ul>
      </details>

      <h2>Lịch sử điểm</h2>
      {model.history.length === 0 ? <p>Chưa có lần chấm nào.</p> : (
        <table class="list">
          <thead><tr><th scope="col">Thời điểm</th><th scope="col">Điểm</th><th scope="col">Tỉ lệ</th><th scope="col">Thiếu sót</th></tr></thead>
          <tbody>
            {model.history.map((h) => (
              <tr key={h.id}><th scope="row">{formatDateTime(h.as_of)}</th><td>{formatScore(h.score_centi / 100, h.max_centi / 100)}</td><td>{pct(h)}%</td><td>{h.gap_count}</td></tr>
            ))}
          </tbody>
        </table>
      )}

      {model.canConfigure && (
        <form method="post" action={`${base}/bo-quy-tac`}>
          <CsrfField token={frame.csrf} />
          <h2>Bộ quy tắc áp dụng</h2>
          <SelectField name="packId" label="Chấm điểm theo" value={model.ownPack} errors={{}}
            blank={site.parent_id === null ? '— Mặc định —' : '— Theo cổng cấp trên —'}
            options={model.packs.map((p) => ({ value: p.id, label: p.name }))}
            hint="NĐ 224/2026 được ghi nhận thay thế NĐ 42/2022 từ 01/7/2026; cần đối chiếu văn bản chính thức trước khi chuyển." />
          <button type="submit">Lưu lựa chọn</button>
        </form>
      )}
    </AdminLayout>
  );
}

const SORT_LABELS: Record<LeagueSort, string> = { diem: 'Tỉ lệ đạt', ten: 'Cổng', 'thieu-sot': 'Thiếu sót', 'xu-huong': 'Xu hướng' };

export function LeagueTablePage({ frame, site, rows, sort, dir }: { frame: AdminFrame; site: SiteRow; rows: readonly LeagueRow[]; sort: LeagueSort; dir: SortDir }) {
  const base = `/quan-tri/cong/${site.id}/tuan-thu/bang-xep-hang`;
  const th = (key: LeagueSort) => {
    const active = sort === key;
    const nextDir: SortDir = active && dir === 'giam' ? 'tang' : 'giam';
    return (
      <th scope="col" aria-sort={active ? (dir === 'tang' ? 'ascending' : 'descending') : undefined}>
        <a href={`${base}?sap-xep=${key}&chieu=${nextDir}`}>{SORT_LABELS[key]}{active ? (dir === 'tang' ? ' ↑' : ' ↓') : ''}</a>
      </th>
    );
  };
  return (
    <AdminLayout frame={frame} title="Bảng xếp hạng tuân thủ">
      <p>Điểm tuân thủ mới nhất của {site.name} và các phường, xã; xu hướng so với lần chấm cách đó khoảng một tuần.</p>
      <p class="actions"><a class="button" href={`${base}.xlsx?sap-xep=${sort}&chieu=${dir}`}>Tải bảng xếp hạng (Excel)</a></p>
      <table class="list">
        <thead><tr><th scope="col">Hạng</th>{th('ten')}<th scope="col">Cấp</th><th scope="col">Điểm</th>{th('diem')}{th('thieu-sot')}{th('xu-huong')}<th scope="col">Diễn biến</th><th scope="col">Chấm lúc</th></tr></thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.site.id}>
              <td>{i + 1}</td>
              <th scope="row"><a href={`/quan-tri/cong/${r.site.id}/tuan-thu`}>{r.site.name}</a></th>
              <td>{SITE_LEVEL_LABELS[r.site.level as SiteLevel] ?? r.site.level}</td>
              <td>{r.latest ? formatScore(r.latest.score_centi / 100, r.latest.max_centi / 100) : 'Chưa chấm'}</td>
              <td>{r.percent === null ? '—' : `${r.percent}%`}</td>
              <td>{r.latest?.gap_count ?? '—'}</td>
              <td><Trend value={r.trend} /></td>
              <td><Sparkline values={r.history} /></td>
              <td>{r.latest ? formatShortDate(r.latest.as_of) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </AdminLayout>
  );
}

export const CUSTOM_RULE_FIELDS = ['id', 'title', 'legalBasis', 'kind', 'sectionSlug', 'sectionKind', 'sectionName', 'amount', 'period', 'periods', 'weight'] as const;

export function AdjustmentsPage({ frame, site, pack, weights, offDays, workDays, errors, rule, ruleErrors, customRules }: {
  frame: AdminFrame; site: SiteRow; pack: RulePack; weights: Record<string, string>; offDays: string; workDays: string; errors: FieldErrors;
  rule: Record<string, string> & { levels?: string }; ruleErrors: FieldErrors; customRules: readonly ComplianceRule[];
}) {
  const base = `/quan-tri/cong/${site.id}/tuan-thu`;
  const levels = (rule.levels ?? 'ward,commune').split(',').filter(Boolean);
  return (
    <AdminLayout frame={frame} title="Điều chỉnh bộ quy tắc">
      <p>Điều chỉnh của {site.name} cho bộ quy tắc <strong>{pack.name}</strong>; áp dụng cho cổng thành phố và mọi phường, xã trực thuộc.
        Điểm 0 là không chấm quy tắc đó. Thay đổi có hiệu lực từ lần chấm điểm tiếp theo.</p>
      <ErrorSummary errors={errors} />
      <form method="post" action={`${base}/dieu-chinh`} novalidate>
        <CsrfField token={frame.csrf} />
        <table class="list weights">
          <thead><tr><th scope="col">Quy tắc</th><th scope="col">Áp dụng</th><th scope="col">Điểm</th></tr></thead>
          <tbody>
            {pack.rules.map((r) => {
              const name = `w_${r.id}`;
              return (
                <tr key={r.id} class={errors[name] ? 'has-error' : undefined}>
                  <th scope="row"><label for={name}>{r.title}</label><br /><span class="muted">{r.id} · {r.legalBasis}</span>
                    {errors[name] && <p class="error" id={`${name}-error`}>{errors[name]}</p>}</th>
                  <td>{r.levels.map((l) => SITE_LEVEL_LABELS[l]).join(', ')}</td>
                  <td><input id={name} name={name} type="text" inputMode="decimal" value={weights[r.id] ?? String(r.weight)} aria-invalid={errors[name] ? 'true' : undefined} /></td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <h2>Lịch ngày làm việc</h2>
        <p>Hệ thống có sẵn lịch nghỉ lễ, Tết 2025–2027. Ghi thêm ngày nghỉ hoặc ngày làm bù của địa phương, mỗi dòng một ngày: <code>2026-11-24 Tên ngày</code>.</p>
        <TextArea name="offDays" label="Ngày nghỉ thêm" value={offDays} errors={errors} rows={3} />
        <TextArea name="workDays" label="Ngày làm việc bù (thứ Bảy, Chủ nhật)" value={workDays} errors={errors} rows={3} />
        <div class="actions"><button type="submit" class="primary">Lưu điều chỉnh</button></div>
      </form>

      <h2>Quy tắc riêng của địa phương</h2>
      {customRules.length === 0 ? <p>Chưa có quy tắc riêng.</p> : (
        <ul>
          {customRules.map((r) => (
            <li key={r.id}>
              <strong>{r.id}</strong>: {r.title} <span class="muted">({r.legalBasis})</span>
              <form method="post" action={`${base}/quy-tac-rieng/${encodeURIComponent(r.id)}/xoa`} data-confirm={`Xóa quy tắc ${r.id}?`}>
                <CsrfField token={frame.csrf} /><button type="submit" class="danger">Xóa</button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <form method="post" action={`${base}/quy-tac-rieng`} novalidate>
        <CsrfField token={frame.csrf} />
        <h3>Thêm quy tắc</h3>
        <ErrorSummary errors={ruleErrors} />
        <TextField name="id" label="Mã quy tắc" value={rule.id ?? ''} errors={ruleErrors} required maxLength={40} hint="Ví dụ: TP-CHI-TIEU-TIN." />
        <TextField name="title" label="Yêu cầu" value={rule.title ?? ''} errors={ruleErrors} required maxLength={300} />
        <TextField name="legalBasis" label="Căn cứ" value={rule.legalBasis ?? ''} errors={ruleErrors} required maxLength={300} hint="Ví dụ: Công văn 2485/UBND-VX ngày 04/4/2019, mục 2." />
        <CheckboxGroup name="levels" legend="Áp dụng cho" checked={levels} errors={ruleErrors}
          options={[{ value: 'city', label: 'Thành phố' }, { value: 'ward', label: 'Phường' }, { value: 'commune', label: 'Xã' }]} />
        <SelectField name="kind" label="Cách kiểm tra" value={rule.kind ?? ''} errors={ruleErrors} required blank="— Chọn —"
          options={CUSTOM_CHECK_KINDS.map((k) => ({ value: k, label: CUSTOM_CHECK_LABELS[k] }))} />
        <TextField name="sectionSlug" label="Đường dẫn chuyên mục" value={rule.sectionSlug ?? ''} errors={ruleErrors} required maxLength={150} hint="Ví dụ: tin-tuc-su-kien." />
        <TextField name="sectionName" label="Tên chuyên mục" value={rule.sectionName ?? ''} errors={ruleErrors} maxLength={255} />
        <input type="hidden" name="sectionKind" value={rule.sectionKind ?? ''} />
        <TextField name="amount" label="N (số mục hoặc số ngày)" value={rule.amount ?? ''} errors={ruleErrors} required inputMode="numeric" />
        <SelectField name="period" label="Kỳ (với kiểm tra theo kỳ)" value={rule.period ?? ''} errors={ruleErrors} blank="— Không —"
          options={[{ value: 'month', label: 'Tháng' }, { value: 'quarter', label: 'Quý' }, { value: 'year', label: 'Năm' }]} />
        <TextField name="periods" label="Số kỳ gần nhất được kiểm tra" value={rule.periods ?? '1'} errors={ruleErrors} inputMode="numeric" />
        <TextField name="weight" label="Điểm" value={rule.weight ?? '1'} errors={ruleErrors} required />
        <button type="submit">Thêm quy tắc</button>
      </form>
    </AdminLayout>
  );
}
