/**
 * The workflow part of an item's page: its state, the edit lock, the quality checks, the moves this
 * actor may make (returns and force-publishing ask for a reason, scheduling for a time), scheduled
 * jobs, and the ward → parent proposal. Works without JavaScript (<details> opens the reason forms).
 */
import type { ContentAbilities } from '../../../core/content/contentAccess.ts';
import type { QualityIssue } from '../../../core/content/qualityGate.ts';
import { type ContentEvent, TRANSITIONS, requiresReason } from '../../../core/workflow/contentWorkflow.ts';
import { CsrfField } from './AdminLayout.tsx';
import { StatusTag, formatAdminDateTime } from './ContentShared.tsx';

export interface LockView {
  /** 'mine': the actor holds it; 'other': someone else does. */
  holder: 'mine' | 'other';
  name: string;
  since: string;
  until: string;
}

export interface JobView {
  id: number;
  kind: 'content.publish' | 'content.unpublish' | string;
  runAt: string;
  status: string;
  scheduler: string;
  result: string | null;
}

export interface SyndicationView {
  status: 'proposed' | 'accepted' | 'refused' | string;
  targetName: string;
  reason: string;
  decidedAt: string | null;
  proposedAt: string;
  offeredRevision: number | null;
}

export interface WorkflowPanelModel {
  base: string;
  id: number;
  kind: 'news' | 'page';
  state: string;
  needsReview: boolean;
  abilities: ContentAbilities;
  publicHref?: string | undefined;
  lock: LockView | null;
  /** Quality checks (news in the workflow); null when not shown. */
  quality: { issues: QualityIssue[]; enabled: boolean } | null;
  jobs: JobView[];
  syndication: SyndicationView | null;
  /** Where this item came from when it is a parent copy of a ward item. */
  origin: { wardName: string; href: string } | null;
  /** Values typed into the reason and time fields (kept after a failed move). */
  typed: { event?: string | undefined; reason?: string | undefined; publishAt?: string | undefined; unpublishAt?: string | undefined };
  errors: Record<string, string | undefined>;
}

export const JOB_KIND_LABELS: Record<string, string> = { 'content.publish': 'Xuất bản', 'content.unpublish': 'Gỡ xuống' };
export const JOB_STATUS_LABELS: Record<string, string> = {
  pending: 'Đang chờ', running: 'Đang chạy', done: 'Đã chạy', failed: 'Lỗi', cancelled: 'Đã hủy',
};
export const SYNDICATION_STATUS_LABELS: Record<string, string> = { proposed: 'Đang chờ cổng cấp trên xem xét', accepted: 'Cổng cấp trên đã nhận', refused: 'Cổng cấp trên không nhận' };

const CONFIRM: Partial<Record<ContentEvent, string>> = {
  unpublish: 'Gỡ nội dung này khỏi cổng thông tin?',
  archive: 'Chuyển nội dung này vào lưu trữ?',
};

const FIELD_LABELS: Record<string, string> = {
  body_html: 'Nội dung', cover_media_id: 'Ảnh đại diện', cover_caption: 'Chú thích ảnh', cover_alt: 'Mô tả ảnh',
  author_name: 'Tác giả', source_name: 'Tên nguồn', source_url: 'Liên kết nguồn',
};

function buttonClass(ev: ContentEvent): string | undefined {
  if (ev === 'publish' || ev === 'approve' || ev === 'submit' || ev === 'sendToBoard' || ev === 'startEditing') return 'primary';
  if (ev === 'unpublish' || ev === 'archive' || ev === 'forcePublish') return 'danger';
  return undefined;
}

export function QualityChecks({ quality }: { quality: NonNullable<WorkflowPanelModel['quality']> }) {
  return (
    <section class="quality-checks" aria-labelledby="kiem-tra-chat-luong">
      <h2 id="kiem-tra-chat-luong">Kiểm tra chất lượng</h2>
      {!quality.enabled && <p class="muted">Cổng đang tắt kiểm tra bắt buộc; các mục dưới đây chỉ để tham khảo.</p>}
      {quality.issues.length === 0
        ? <p class="quality-ok">Tin, bài đạt tất cả yêu cầu chất lượng.</p>
        : (
          <>
            <p>Cần sửa trước khi gửi đi ({quality.issues.length} mục):</p>
            <ul class="quality-issues">
              {quality.issues.map((i) => (
                <li key={`${i.field}-${i.code}`} data-field={i.field}>
                  <a href={`#${i.field}`}>{FIELD_LABELS[i.field] ?? i.field}</a>: {i.message}
                </li>
              ))}
            </ul>
          </>
        )}
    </section>
  );
}

export function WorkflowPanel({ model, csrf }: { model: WorkflowPanelModel; csrf: string }) {
  const { abilities, base, id } = model;
  const statusAction = `${base}/${id}/trang-thai`;
  const simple = abilities.events.filter((e) => !requiresReason(e, model.kind) && e !== 'schedule');
  const withReason = abilities.events.filter((e) => requiresReason(e, model.kind));
  const canSchedule = abilities.events.includes('schedule');
  const pendingUnpublish = model.jobs.find((j) => j.kind === 'content.unpublish' && j.status === 'pending');
  const e = model.errors;
  return (
    <section class="content-status" aria-labelledby="trang-thai">
      <h2 id="trang-thai">Trạng thái: <StatusTag state={model.state} />{model.needsReview && <span class="tag status-review">Chưa qua duyệt – cần rà soát</span>}</h2>
      {model.publicHref && <p><a href={model.publicHref}>Xem trên cổng thông tin ↗</a></p>}
      {model.origin && <p>Tin nhận từ <strong>{model.origin.wardName}</strong>; <a href={model.origin.href}>xem bài gốc ↗</a></p>}

      {model.lock && model.lock.holder === 'other' && (
        <div class="lock-notice" role="status">
          <p>Tin, bài đang được <strong>{model.lock.name}</strong> sửa (từ {formatAdminDateTime(model.lock.since)}). Bạn chỉ xem được cho đến khi người đó xong việc hoặc bạn tiếp quản.</p>
          <form method="post" action={`${base}/${id}/khoa/tiep-quan`} data-confirm={`Tiếp quản quyền sửa từ ${model.lock.name}? Những gì người đó chưa lưu sẽ không được lưu.`}>
            <CsrfField token={csrf} />
            <button type="submit">Tiếp quản quyền sửa</button>
          </form>
        </div>
      )}
      {model.lock && model.lock.holder === 'mine' && (
        <div class="lock-notice mine">
          <p>Bạn đang giữ quyền sửa tin, bài này (đến {formatAdminDateTime(model.lock.until)}); người khác chỉ xem được.</p>
          <form method="post" action={`${base}/${id}/khoa/mo`}>
            <CsrfField token={csrf} />
            <button type="submit" class="link-button">Xong việc, mở khóa cho người khác</button>
          </form>
        </div>
      )}

      {model.quality && <QualityChecks quality={model.quality} />}

      {simple.length > 0 && (
        <div class="actions">
          {simple.map((ev) => (
            <form key={ev} method="post" action={statusAction} data-confirm={CONFIRM[ev]}>
              <CsrfField token={csrf} />
              <input type="hidden" name="event" value={ev} />
              <button type="submit" class={buttonClass(ev)}>{TRANSITIONS[ev].label}</button>
            </form>
          ))}
        </div>
      )}
      {withReason.map((ev) => {
        const fieldId = `ly-do-${ev}`;
        const err = model.typed.event === ev ? e.reason : undefined;
        return (
          <details key={ev} class="reason-form" open={Boolean(err)}>
            <summary>{TRANSITIONS[ev].label}</summary>
            <form method="post" action={statusAction}>
              <CsrfField token={csrf} />
              <input type="hidden" name="event" value={ev} />
              <div class={`field${err ? ' has-error' : ''}`}>
                <label for={fieldId}>{ev === 'forcePublish' ? 'Lý do xuất bản khẩn (bắt buộc)' : 'Lý do trả lại (bắt buộc)'}</label>
                {err && <p class="error" id={`${fieldId}-loi`}>{err}</p>}
                <textarea id={fieldId} name="reason" rows={3} required value={model.typed.event === ev ? model.typed.reason ?? '' : ''}
                  aria-invalid={err ? 'true' : undefined} aria-describedby={err ? `${fieldId}-loi` : undefined} />
              </div>
              <button type="submit" class={buttonClass(ev)}>{TRANSITIONS[ev].label}</button>
            </form>
          </details>
        );
      })}
      {canSchedule && (
        <details class="reason-form" open={Boolean(e.publish_at)}>
          <summary>Hẹn giờ xuất bản</summary>
          <form method="post" action={statusAction}>
            <CsrfField token={csrf} />
            <input type="hidden" name="event" value="schedule" />
            <div class={`field${e.publish_at ? ' has-error' : ''}`}>
              <label for="publish_at">Xuất bản lúc (giờ Việt Nam)</label>
              {e.publish_at && <p class="error" id="publish_at-loi">{e.publish_at}</p>}
              <input id="publish_at" name="publish_at" type="datetime-local" required value={model.typed.publishAt ?? ''}
                aria-invalid={e.publish_at ? 'true' : undefined} aria-describedby={e.publish_at ? 'publish_at-loi' : undefined} />
            </div>
            <button type="submit">Hẹn giờ xuất bản</button>
          </form>
        </details>
      )}
      {abilities.canScheduleUnpublish && (
        <details class="reason-form" open={Boolean(e.unpublish_at)}>
          <summary>Hẹn giờ gỡ xuống</summary>
          <form method="post" action={`${base}/${id}/hen-go`}>
            <CsrfField token={csrf} />
            <div class={`field${e.unpublish_at ? ' has-error' : ''}`}>
              <label for="unpublish_at">Gỡ xuống lúc (giờ Việt Nam)</label>
              {e.unpublish_at && <p class="error" id="unpublish_at-loi">{e.unpublish_at}</p>}
              <input id="unpublish_at" name="unpublish_at" type="datetime-local" required value={model.typed.unpublishAt ?? ''}
                aria-invalid={e.unpublish_at ? 'true' : undefined} aria-describedby={e.unpublish_at ? 'unpublish_at-loi' : undefined} />
            </div>
            <button type="submit">Hẹn giờ gỡ xuống</button>
          </form>
        </details>
      )}

      {model.jobs.length > 0 && (
        <table class="list jobs">
          <caption>Việc hẹn giờ của tin, bài này</caption>
          <thead><tr><th scope="col">Việc</th><th scope="col">Thời điểm</th><th scope="col">Người hẹn</th><th scope="col">Tình trạng</th></tr></thead>
          <tbody>
            {model.jobs.map((j) => (
              <tr key={j.id}>
                <td>{JOB_KIND_LABELS[j.kind] ?? j.kind}</td>
                <td><time dateTime={j.runAt}>{formatAdminDateTime(j.runAt)}</time></td>
                <td>{j.scheduler}</td>
                <td>{JOB_STATUS_LABELS[j.status] ?? j.status}{j.result && <span class="muted"> – {j.result}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pendingUnpublish && abilities.canScheduleUnpublish && (
        <form method="post" action={`${base}/${id}/hen-go`}>
          <CsrfField token={csrf} />
          <input type="hidden" name="huy" value="1" />
          <button type="submit" class="link-button">Hủy hẹn giờ gỡ xuống</button>
        </form>
      )}

      {model.syndication && (
        <p class={`syndication-status syndication-${model.syndication.status}`}>
          Đề xuất lên {model.syndication.targetName}: <strong>{SYNDICATION_STATUS_LABELS[model.syndication.status] ?? model.syndication.status}</strong>
          {model.syndication.decidedAt && <> ({formatAdminDateTime(model.syndication.decidedAt)})</>}
          {model.syndication.status === 'refused' && model.syndication.reason && <>. Lý do: {model.syndication.reason}</>}
          {model.syndication.offeredRevision !== null && <>. Bản đính chính (phiên bản {model.syndication.offeredRevision}) đã được gửi cổng cấp trên.</>}
        </p>
      )}
      {abilities.canPropose && (!model.syndication || model.syndication.status === 'refused') && (
        <details class="reason-form">
          <summary>Đề xuất đăng lên cổng cấp trên</summary>
          <form method="post" action={`${base}/${id}/de-xuat`}>
            <CsrfField token={csrf} />
            <div class="field">
              <label for="ghi_chu_de_xuat">Ghi chú cho Ban Biên tập cấp trên (không bắt buộc)</label>
              <textarea id="ghi_chu_de_xuat" name="note" rows={2} />
            </div>
            <button type="submit">Gửi đề xuất</button>
          </form>
        </details>
      )}
    </section>
  );
}
