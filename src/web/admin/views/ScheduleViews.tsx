/** Admin pages for the leaders' weekly schedule. */
import type { Week } from '../../../core/records/schedule.ts';
import { formatDateTime } from '../../../core/text/dates.ts';
import type { OfficialRow, ScheduleEntryRow, SiteRow } from '../../../db/schema.ts';
import { type ScheduleDay, weekTitle } from '../../presenters/schedule.ts';
import type { FormValues } from '../formSupport.ts';
import { type AdminFrame, AdminLayout, CsrfField } from './AdminLayout.tsx';
import { ErrorSummary, type FieldErrors, SelectField, TextArea, TextField } from './FormFields.tsx';
import { DateField, EmptyHint } from './RecordFields.tsx';

export const SCHEDULE_FIELDS = ['officialId', 'date', 'startTime', 'endTime', 'location', 'content', 'chair', 'participants', 'changeNote'] as const;
export type ScheduleForm = FormValues<(typeof SCHEDULE_FIELDS)[number]>;

const LABELS: Record<string, string> = {
  officialId: 'Lãnh đạo', date: 'Ngày', startTime: 'Giờ bắt đầu', endTime: 'Giờ kết thúc', location: 'Địa điểm', content: 'Nội dung công việc',
  chair: 'Chủ trì', participants: 'Thành phần', changeNote: 'Nội dung điều chỉnh', reason: 'Lý do hoãn, hủy',
};

export function emptyScheduleForm(date: string): ScheduleForm {
  return { officialId: '', date, startTime: '07:30', endTime: '', location: '', content: '', chair: '', participants: '', changeNote: '' };
}

export function WeekNav({ base, week, prev, next }: { base: string; week: Week; prev: Week; next: Week }) {
  return (
    <nav class="week-nav" aria-label="Chọn tuần">
      <a href={`${base}?tuan=${prev.key}`}>« Tuần trước</a>
      <strong>{weekTitle(week)}</strong>
      <a href={`${base}?tuan=${next.key}`}>Tuần sau »</a>
    </nav>
  );
}

export function ScheduleWeekPage({ frame, site, week, prev, next, days, hint, hasLeaders }: {
  frame: AdminFrame; site: SiteRow; week: Week; prev: Week; next: Week; days: readonly ScheduleDay[]; hint: { description: string; legalBasis: string };
  hasLeaders: boolean;
}) {
  const base = `/quan-tri/cong/${site.id}/lich-cong-tac`;
  const empty = days.every((d) => d.items.length === 0);
  return (
    <AdminLayout frame={frame} title="Lịch công tác lãnh đạo">
      <p>Lịch làm việc tuần của lãnh đạo {site.name}; đăng trước thứ Hai hằng tuần và cập nhật ngay khi thay đổi. Mục đã đăng được
        sửa hoặc hoãn sẽ hiển thị rõ là đã điều chỉnh.</p>
      {!hasLeaders && <p class="lock-notice">Chưa có lãnh đạo trong danh bạ. <a href={`/quan-tri/cong/${site.id}/can-bo/moi`}>Thêm lãnh đạo</a> trước khi nhập lịch.</p>}
      <WeekNav base={base} week={week} prev={prev} next={next} />
      <p class="actions"><a class="button primary" href={`${base}/moi?ngay=${week.monday}`}>Thêm lịch trong tuần này</a></p>
      {empty && <EmptyHint title="Tuần này chưa có lịch công tác." description={hint.description} legalBasis={hint.legalBasis} />}
      {!empty && (
        <table class="list">
          <thead><tr><th scope="col">Ngày, giờ</th><th scope="col">Nội dung</th><th scope="col">Lãnh đạo</th><th scope="col">Địa điểm</th><th scope="col">Trạng thái</th></tr></thead>
          <tbody>
            {days.flatMap((d) => d.items.map((e) => (
              <tr key={e.id} class={e.cancelled ? 'cancelled' : undefined}>
                <th scope="row">{d.label}<br />{e.timeText}</th>
                <td><a href={`${base}/${e.id}`}>{e.content}</a>{e.chair && <><br /><span class="muted">Chủ trì: {e.chair}</span></>}</td>
                <td>{e.leader}</td>
                <td>{e.location}</td>
                <td>{e.cancelled ? <span class="tag">Hoãn, hủy</span> : e.changed ? <span class="tag status-review">Đã điều chỉnh</span> : <span class="tag status-published">Đã đăng</span>}
                  {e.changeNote && <><br /><span class="changed-note">{e.changeNote}</span></>}</td>
              </tr>
            )))}
          </tbody>
        </table>
      )}
    </AdminLayout>
  );
}

export function ScheduleFormPage({ frame, site, entry, form, errors, leaders, cancelErrors, reason }: {
  frame: AdminFrame; site: SiteRow; entry?: ScheduleEntryRow | undefined; form: ScheduleForm; errors: FieldErrors; leaders: readonly OfficialRow[];
  cancelErrors?: FieldErrors; reason?: string;
}) {
  const base = `/quan-tri/cong/${site.id}/lich-cong-tac`;
  return (
    <AdminLayout frame={frame} title={entry ? 'Điều chỉnh lịch công tác' : 'Thêm lịch công tác'}>
      {entry && entry.change_count > 0 && <p>Đã điều chỉnh {entry.change_count} lần{entry.changed_at && <>, gần nhất lúc {formatDateTime(entry.changed_at)}</>}: {entry.change_note}</p>}
      <ErrorSummary errors={errors} labels={LABELS} />
      <form method="post" action={entry ? `${base}/${entry.id}` : base} novalidate>
        <CsrfField token={frame.csrf} />
        <SelectField name="officialId" label={LABELS.officialId!} value={form.officialId} errors={errors} required blank="— Chọn lãnh đạo —"
          options={leaders.map((o) => ({ value: String(o.id), label: `${o.full_name} – ${o.position}` }))} />
        <DateField name="date" label={LABELS.date!} value={form.date} errors={errors} required />
        <DateField name="startTime" type="time" label={LABELS.startTime!} value={form.startTime} errors={errors} required />
        <DateField name="endTime" type="time" label={LABELS.endTime!} value={form.endTime} errors={errors} />
        <TextArea name="content" label={LABELS.content!} value={form.content} errors={errors} required rows={3} />
        <TextField name="location" label={LABELS.location!} value={form.location} errors={errors} maxLength={500} />
        <TextField name="chair" label={LABELS.chair!} value={form.chair} errors={errors} maxLength={255} />
        <TextArea name="participants" label={LABELS.participants!} value={form.participants} errors={errors} rows={2} />
        {entry && <TextField name="changeNote" label={LABELS.changeNote!} value={form.changeNote} errors={errors} required maxLength={500}
          hint="Ví dụ: Chuyển sang 14:00 do trùng lịch họp của Thành ủy. Nội dung này hiển thị cho người xem." />}
        <div class="actions">
          <button type="submit" class="primary">{entry ? 'Lưu điều chỉnh' : 'Đăng lịch'}</button>
          <a class="button" href={base}>Hủy</a>
        </div>
      </form>
      {entry && entry.is_cancelled === 0 && (
        <form method="post" action={`${base}/${entry.id}/hoan`} novalidate>
          <CsrfField token={frame.csrf} />
          <h2>Hoãn, hủy lịch</h2>
          <ErrorSummary errors={cancelErrors ?? {}} labels={LABELS} />
          <TextField name="reason" label={LABELS.reason!} value={reason ?? ''} errors={cancelErrors ?? {}} required maxLength={500} />
          <button type="submit" class="danger">Hoãn, hủy lịch này</button>
        </form>
      )}
    </AdminLayout>
  );
}
