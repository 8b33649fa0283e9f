/**
 * Admin pages of the editorial workflow: "việc cần làm" per role, the board's queue by waiting time,
 * scheduled jobs, items proposed by the wards, the quality-gate settings, the inbox and the e-mail outbox.
 */
import type { QualityGateConfig } from '../../../core/content/qualityGate.ts';
import { notificationKindLabel } from '../../../core/notifications/notificationKinds.ts';
import { formatWaiting } from '../../../core/text/durations.ts';
import { GENRES, GENRE_LABELS } from '../../../core/types.ts';
import { CONTENT_STATES, CONTENT_STATE_LABELS } from '../../../core/workflow/contentWorkflow.ts';
import { AdminLayout, CsrfField, type AdminFrame } from './AdminLayout.tsx';
import { StatusTag, formatAdminDateTime } from './ContentShared.tsx';
import { JOB_KIND_LABELS, JOB_STATUS_LABELS } from './ContentWorkflowPanel.tsx';

export interface QueueItem {
  id: number;
  title: string;
  href: string;
  state: string;
  unitName: string;
  writer: string;
  since: string;
  waitingMs: number;
  lockedBy: string | null;
  needsReview: boolean;
}

function QueueTable({ items, caption, empty }: { items: QueueItem[]; caption: string; empty: string }) {
  if (items.length === 0) return <p class="muted">{empty}</p>;
  return (
    <table class="list queue">
      <caption>{caption}</caption>
      <thead>
        <tr><th scope="col">Tiêu đề</th><th scope="col">Đơn vị</th><th scope="col">Người viết</th><th scope="col">Trạng thái</th><th scope="col">Đã chờ</th></tr>
      </thead>
      <tbody>
        {items.map((i) => (
          <tr key={i.id}>
            <td><a href={i.href}>{i.title}</a>{i.lockedBy && <span class="muted"> (đang được {i.lockedBy} sửa)</span>}</td>
            <td>{i.unitName}</td>
            <td>{i.writer}</td>
            <td><StatusTag state={i.state} />{i.needsReview && <span class="tag status-review">Chưa qua duyệt</span>}</td>
            <td><span class="waiting">{formatWaiting(i.waitingMs)}</span> <span class="muted">(từ <time dateTime={i.since}>{formatAdminDateTime(i.since)}</time>)</span></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export interface DashboardBlock {
  key: string;
  title: string;
  items: QueueItem[];
  empty: string;
  more?: { href: string; label: string } | undefined;
}

export interface WorkflowDashboardModel {
  siteName: string;
  blocks: DashboardBlock[];
  /** Oversight and the board: items per state. */
  counts: { state: string; n: number }[] | null;
  proposals: number | null;
  proposalsHref: string;
}

export function WorkflowDashboardView({ frame, model }: { frame: AdminFrame; model: WorkflowDashboardModel }) {
  return (
    <AdminLayout frame={frame} title={`Việc cần làm – ${model.siteName}`}>
      {model.blocks.length === 0 && model.counts === null && <p>Bạn không có việc nào trong quy trình biên tập của cổng này.</p>}
      {model.blocks.map((b) => (
        <section key={b.key} class="dashboard-block" aria-labelledby={`khoi-${b.key}`}>
          <h2 id={`khoi-${b.key}`}>{b.title} <span class="badge">{b.items.length}</span></h2>
          <QueueTable items={b.items} caption={b.title} empty={b.empty} />
          {b.more && <p><a href={b.more.href}>{b.more.label}</a></p>}
        </section>
      ))}
      {model.proposals !== null && (
        <section class="dashboard-block" aria-labelledby="khoi-de-xuat">
          <h2 id="khoi-de-xuat">Tin phường, xã đề xuất <span class="badge">{model.proposals}</span></h2>
          <p><a href={model.proposalsHref}>{model.proposals > 0 ? `Có ${model.proposals} tin chờ xem xét.` : 'Không có đề xuất nào đang chờ.'}</a></p>
        </section>
      )}
      {model.counts && (
        <section class="dashboard-block" aria-labelledby="khoi-so-lieu">
          <h2 id="khoi-so-lieu">Tin, bài theo trạng thái</h2>
          <table class="list">
            <thead><tr><th scope="col">Trạng thái</th><th scope="col">Số tin, bài</th></tr></thead>
            <tbody>{model.counts.map((c) => <tr key={c.state}><td><StatusTag state={c.state} /></td><td>{c.n.toLocaleString('vi-VN')}</td></tr>)}</tbody>
          </table>
        </section>
      )}
    </AdminLayout>
  );
}

export function BoardQueueView({ frame, model }: { frame: AdminFrame; model: { waiting: QueueItem[]; editing: QueueItem[]; review: QueueItem[] } }) {
  return (
    <AdminLayout frame={frame} title="Hàng chờ Ban Biên tập">
      <p>Tin, bài chờ lâu nhất ở trên cùng.</p>
      <h2>Chờ Ban Biên tập nhận</h2>
      <QueueTable items={model.waiting} caption="Chờ Ban Biên tập nhận, lâu nhất trước" empty="Không có tin, bài nào đang chờ." />
      <h2>Đang biên tập</h2>
      <QueueTable items={model.editing} caption="Đang biên tập" empty="Không có tin, bài nào đang biên tập." />
      <h2>Xuất bản khẩn, cần rà soát</h2>
      <QueueTable items={model.review} caption="Xuất bản khẩn, chưa qua duyệt" empty="Không có tin, bài nào cần rà soát." />
    </AdminLayout>
  );
}

export interface JobListItem {
  id: number;
  kind: string;
  title: string;
  href: string | null;
  runAt: string;
  status: string;
  scheduler: string;
  result: string | null;
  error: string | null;
}

export function ScheduledJobsView({ frame, model }: { frame: AdminFrame; model: { jobs: JobListItem[] } }) {
  return (
    <AdminLayout frame={frame} title="Việc hẹn giờ">
      <p>Xuất bản và gỡ xuống theo giờ hẹn. Mỗi việc chạy một lần, bằng quyền của người đã hẹn, và kiểm tra lại trạng thái tin, bài trước khi làm.</p>
      {model.jobs.length === 0 ? <p class="muted">Chưa có việc hẹn giờ nào.</p> : (
        <table class="list jobs">
          <thead><tr><th scope="col">Việc</th><th scope="col">Tin, bài</th><th scope="col">Thời điểm</th><th scope="col">Người hẹn</th><th scope="col">Tình trạng</th></tr></thead>
          <tbody>
            {model.jobs.map((j) => (
              <tr key={j.id}>
                <td>{JOB_KIND_LABELS[j.kind] ?? j.kind}</td>
                <td>{j.href ? <a href={j.href}>{j.title}</a> : j.title}</td>
                <td><time dateTime={j.runAt}>{formatAdminDateTime(j.runAt)}</time></td>
                <td>{j.scheduler}</td>
                <td>{JOB_STATUS_LABELS[j.status] ?? j.status}{j.result && <span class="muted"> – {j.result}</span>}{j.error && <span class="error"> – {j.error}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </AdminLayout>
  );
}

export interface ProposalItem {
  id: number;
  status: string;
  title: string;
  wardName: string;
  sourceHref: string;
  proposer: string;
  proposedAt: string;
  note: string;
  reason: string;
  copyHref: string | null;
  offeredRevision: number | null;
  sourceStillPublished: boolean;
}

export interface ProposalsModel {
  siteId: number;
  items: ProposalItem[];
  sections: { id: number; label: string }[];
  errors: Record<string, string>;
  /** The proposal a failed form belongs to. */
  errorFor: number | null;
  /** What was typed into that proposal's forms. */
  typed?: { sectionId?: string | undefined; publishNow?: boolean | undefined; reason?: string | undefined } | undefined;
}

export function ProposalsView({ frame, model }: { frame: AdminFrame; model: ProposalsModel }) {
  const base = `/quan-tri/cong/${model.siteId}/tin-phuong-xa`;
  const open = model.items.filter((i) => i.status === 'proposed');
  const rest = model.items.filter((i) => i.status !== 'proposed');
  return (
    <AdminLayout frame={frame} title="Tin phường, xã đề xuất">
      <p>Ban Biên tập các phường, xã đề xuất đăng tin của mình lên cổng. Nhận tin sẽ tạo bản của cổng, ghi rõ nguồn là phường, xã và trỏ liên kết gốc (canonical) về bài gốc.</p>
      {model.errors.form && model.errorFor === null && <p class="error-summary" role="alert">{model.errors.form}</p>}
      <h2>Đang chờ xem xét</h2>
      {open.length === 0 && <p class="muted">Không có đề xuất nào đang chờ.</p>}
      {open.map((i) => {
        const err = model.errorFor === i.id ? model.errors : {};
        const typed = model.errorFor === i.id ? model.typed ?? {} : {};
        return (
          <article key={i.id} class="dashboard-block proposal">
            <h3><a href={i.sourceHref}>{i.title}</a></h3>
            <p>{i.wardName} · đề xuất bởi {i.proposer} lúc <time dateTime={i.proposedAt}>{formatAdminDateTime(i.proposedAt)}</time>{i.note && <> · Ghi chú: {i.note}</>}</p>
            {!i.sourceStillPublished && <p class="error">Tin gốc không còn được xuất bản trên cổng phường, xã.</p>}
            {err.form && <p class="error-summary" role="alert">{err.form}</p>}
            <form method="post" action={`${base}/${i.id}/nhan`}>
              <CsrfField token={frame.csrf} />
              <div class={`field${err.section_id ? ' has-error' : ''}`}>
                <label for={`chuyen-muc-${i.id}`}>Đăng vào chuyên mục</label>
                {err.section_id && <p class="error" id={`chuyen-muc-${i.id}-loi`}>{err.section_id}</p>}
                <select id={`chuyen-muc-${i.id}`} name="section_id" aria-describedby={err.section_id ? `chuyen-muc-${i.id}-loi` : undefined}>
                  <option value="">— Chọn chuyên mục —</option>
                  {model.sections.map((s) => <option key={s.id} value={s.id} selected={typed.sectionId === String(s.id)}>{s.label}</option>)}
                </select>
              </div>
              <div class="field checkbox">
                <input id={`xuat-ban-ngay-${i.id}`} name="publish_now" type="checkbox" value="1" checked={typed.publishNow === true} />
                <label for={`xuat-ban-ngay-${i.id}`}>Xuất bản ngay (không cần biên tập thêm)</label>
              </div>
              <button type="submit" class="primary">Nhận tin</button>
            </form>
            <details class="reason-form" open={Boolean(err.reason)}>
              <summary>Không nhận</summary>
              <form method="post" action={`${base}/${i.id}/tu-choi`}>
                <CsrfField token={frame.csrf} />
                <div class={`field${err.reason ? ' has-error' : ''}`}>
                  <label for={`ly-do-${i.id}`}>Lý do không nhận (bắt buộc)</label>
                  {err.reason && <p class="error" id={`ly-do-${i.id}-loi`}>{err.reason}</p>}
                  <textarea id={`ly-do-${i.id}`} name="reason" rows={2} required value={typed.reason ?? ''} aria-describedby={err.reason ? `ly-do-${i.id}-loi` : undefined} />
                </div>
                <button type="submit" class="danger">Không nhận</button>
              </form>
            </details>
          </article>
        );
      })}
      <h2>Đã xử lý</h2>
      {rest.length === 0 ? <p class="muted">Chưa có.</p> : (
        <table class="list">
          <thead><tr><th scope="col">Tin</th><th scope="col">Phường, xã</th><th scope="col">Kết quả</th><th scope="col">Đính chính</th></tr></thead>
          <tbody>
            {rest.map((i) => (
              <tr key={i.id}>
                <td>{i.copyHref ? <a href={i.copyHref}>{i.title}</a> : i.title}</td>
                <td>{i.wardName}</td>
                <td>{i.status === 'accepted' ? 'Đã nhận' : `Không nhận – ${i.reason}`}</td>
                <td>
                  {i.offeredRevision !== null ? (
                    <>
                      <span>Phường, xã đã đính chính (phiên bản {i.offeredRevision}). </span>
                      <form method="post" action={`${base}/${i.id}/dinh-chinh`}>
                        <CsrfField token={frame.csrf} />
                        <input type="hidden" name="apply" value="1" />
                        <button type="submit" class="primary">Áp dụng đính chính</button>
                      </form>
                      <form method="post" action={`${base}/${i.id}/dinh-chinh`}>
                        <CsrfField token={frame.csrf} />
                        <input type="hidden" name="apply" value="0" />
                        <button type="submit">Bỏ qua</button>
                      </form>
                    </>
                  ) : <span class="muted">—</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </AdminLayout>
  );
}

export function QualityGateView({ frame, model }: { frame: AdminFrame; model: { siteId: number; config: QualityGateConfig; form?: Record<string, string | undefined>; errors: Record<string, string> } }) {
  const c = model.config;
  const f = model.form;
  const val = (name: string, v: number) => f?.[name] ?? String(v);
  const checked = (name: string, v: boolean) => (f ? f[name] === '1' : v);
  const e = model.errors;
  const num = (name: string, label: string, v: number, hint?: string) => (
    <div class={`field${e[name] ? ' has-error' : ''}`} key={name}>
      <label for={name}>{label}</label>
      {hint && <p class="hint" id={`${name}-goi-y`}>{hint}</p>}
      {e[name] && <p class="error" id={`${name}-loi`}>{e[name]}</p>}
      <input id={name} name={name} type="text" inputMode="numeric" value={val(name, v)} aria-invalid={e[name] ? 'true' : undefined}
        aria-describedby={[hint ? `${name}-goi-y` : '', e[name] ? `${name}-loi` : ''].filter(Boolean).join(' ') || undefined} />
    </div>
  );
  const box = (name: string, label: string, v: boolean) => (
    <div class="field checkbox" key={name}>
      <input id={name} name={name} type="checkbox" value="1" checked={checked(name, v)} />
      <label for={name}>{label}</label>
    </div>
  );
  return (
    <AdminLayout frame={frame} title="Kiểm tra chất lượng tin, bài">
      <p>Các yêu cầu tin, bài phải đạt trước khi được gửi lãnh đạo đơn vị hoặc Ban Biên tập. Người viết và Ban Biên tập đều thấy cùng các kiểm tra này.</p>
      {Object.keys(e).length > 0 && <p class="error-summary" role="alert">Chưa lưu được. Vui lòng kiểm tra các mục được đánh dấu.</p>}
      <form method="post" action={`/quan-tri/cong/${model.siteId}/kiem-tra-chat-luong`} novalidate>
        <CsrfField token={frame.csrf} />
        {box('enabled', 'Bắt buộc đạt kiểm tra trước khi gửi duyệt', c.enabled)}
        <fieldset>
          <legend>Số chữ tối thiểu của nội dung theo thể loại</legend>
          {GENRES.map((g) => num(`min_words_${g}`, GENRE_LABELS[g], c.minWords[g]))}
        </fieldset>
        <fieldset>
          <legend>Ảnh</legend>
          {box('require_photo', 'Tin, bài phải có ảnh đại diện', c.requirePhoto)}
          {num('min_photo_width', 'Chiều rộng ảnh tối thiểu (px)', c.minPhotoWidth)}
          {num('min_sharpness', 'Độ nét tối thiểu', c.minSharpness, 'Phương sai của ảnh lọc Laplace trên ảnh xám thu về rộng 1000 px; ảnh rõ nét thường trên 100, ảnh mờ nhòe dưới 30. Nhập 0 để không kiểm tra.')}
          {box('require_caption', 'Ảnh phải có chú thích', c.requireCaption)}
          {box('require_alt', 'Ảnh phải có mô tả cho người khiếm thị', c.requireAlt)}
        </fieldset>
        <fieldset>
          <legend>Tác giả và nguồn</legend>
          {box('require_author', 'Phải ghi tác giả (bút danh)', c.requireAuthor)}
          {box('require_source', 'Tin, bài dẫn nguồn khác phải ghi tên nguồn và liên kết bài gốc', c.requireSourceWhenQuoting)}
          <div class={`field${e.quote_markers ? ' has-error' : ''}`}>
            <label for="quote_markers">Cụm từ cho biết tin, bài dẫn nguồn khác (mỗi dòng một cụm, không phân biệt dấu)</label>
            {e.quote_markers && <p class="error" id="quote_markers-loi">{e.quote_markers}</p>}
            <textarea id="quote_markers" name="quote_markers" rows={5} value={f?.quote_markers ?? c.quoteMarkers.join('\n')} />
          </div>
        </fieldset>
        <div class="actions"><button type="submit" class="primary">Lưu</button></div>
      </form>
    </AdminLayout>
  );
}

export interface OutboxItem {
  id: number;
  to: string;
  subject: string;
  body: string;
  status: string;
  error: string | null;
  createdAt: string;
  sentAt: string | null;
}

const EMAIL_STATUS: Record<string, string> = { queued: 'Đang chờ gửi', sent: 'Đã gửi', held: 'Giữ trong hộp thư đi', failed: 'Gửi lỗi' };

export function OutboxView({ frame, model }: { frame: AdminFrame; model: { items: OutboxItem[]; smtpConfigured: boolean } }) {
  return (
    <AdminLayout frame={frame} title="Hộp thư đi">
      <p>{model.smtpConfigured
        ? 'Thư thông báo được gửi qua máy chủ thư đã cấu hình (SMTP).'
        : 'Chưa cấu hình máy chủ thư (biến SMTP_URL): thư thông báo được giữ lại ở đây để xem.'}</p>
      {model.items.length === 0 ? <p class="muted">Chưa có thư nào.</p> : (
        <table class="list outbox">
          <thead><tr><th scope="col">Người nhận</th><th scope="col">Tiêu đề</th><th scope="col">Tình trạng</th><th scope="col">Thời điểm</th></tr></thead>
          <tbody>
            {model.items.map((m) => (
              <tr key={m.id}>
                <td>{m.to}</td>
                <td><details><summary>{m.subject}</summary><pre class="diff-body">{m.body}</pre></details></td>
                <td>{EMAIL_STATUS[m.status] ?? m.status}{m.error && <span class="muted"> – {m.error}</span>}</td>
                <td><time dateTime={m.createdAt}>{formatAdminDateTime(m.createdAt)}</time></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </AdminLayout>
  );
}

export interface InboxItem {
  id: number;
  kind: string;
  message: string;
  link: string;
  siteName: string;
  createdAt: string;
  read: boolean;
}

export function InboxView({ frame, model }: { frame: AdminFrame; model: { items: InboxItem[]; unread: number } }) {
  return (
    <AdminLayout frame={frame} title="Thông báo">
      <p role="status">{model.unread > 0 ? `Bạn có ${model.unread} thông báo chưa đọc.` : 'Bạn đã đọc hết thông báo.'}</p>
      {model.unread > 0 && (
        <form method="post" action="/quan-tri/thong-bao/da-doc">
          <CsrfField token={frame.csrf} />
          <button type="submit">Đánh dấu tất cả là đã đọc</button>
        </form>
      )}
      {model.items.length === 0 ? <p class="muted">Chưa có thông báo nào.</p> : (
        <ul class="inbox">
          {model.items.map((n) => (
            <li key={n.id} class={n.read ? 'read' : 'unread'}>
              <span class="tag">{notificationKindLabel(n.kind)}</span>{!n.read && <strong> Mới </strong>}
              {' '}<a href={`/quan-tri/thong-bao/${n.id}`}>{n.message}</a>
              <span class="muted"> · {n.siteName} · <time dateTime={n.createdAt}>{formatAdminDateTime(n.createdAt)}</time></span>
            </li>
          ))}
        </ul>
      )}
    </AdminLayout>
  );
}

/** State labels in table order, for the counts. */
export const STATE_ORDER = CONTENT_STATES.map((s) => ({ state: s, label: CONTENT_STATE_LABELS[s] }));
