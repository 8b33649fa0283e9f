/**
 * Tells people about something, inside the caller's transaction: one inbox row per person and, for
 * everyone with an e-mail address, a row in the e-mail outbox plus a job that sends it (the job
 * holds it in the outbox when no SMTP server is configured). Not a use case of its own: the
 * workflow and syndication commands call it in the same transaction as their change.
 */
import type { Kysely } from 'kysely';
import type { NotificationKind } from '../../core/notifications/notificationKinds.ts';
import { insertEmail, insertNotification } from '../../db/repositories/notificationRepository.ts';
import type { DB } from '../../db/schema.ts';
import { enqueueJob } from '../../jobs/jobQueue.ts';

export const SEND_EMAIL_JOB = 'email.send';

export interface Recipient {
  id: number;
  email: string;
  full_name: string;
}

export interface NotifyInput {
  siteId: number;
  contentId: number | null;
  kind: NotificationKind;
  /** The inbox line, e.g. "Tin, bài «…» chờ bạn duyệt." */
  message: string;
  /** Admin path the notification opens (absolute URL added when e-mailed). */
  link: string;
  recipients: readonly Recipient[];
  /** The person acting is never told about their own action. */
  exceptUserId?: number | undefined;
  at: string;
  /** E-mail subject; the body is the message plus the link. */
  subject: string;
  /** Extra lines of the e-mail (a reason, a time). */
  details?: string | undefined;
}

/** Returns how many people were told. */
export async function notify(db: Kysely<DB>, input: NotifyInput): Promise<number> {
  const seen = new Set<number>();
  for (const r of input.recipients) {
    if (r.id === input.exceptUserId || seen.has(r.id)) continue;
    seen.add(r.id);
    await insertNotification(db, {
      user_id: r.id, site_id: input.siteId, content_id: input.contentId, kind: input.kind, message: input.message,
      link: input.link, created_at: input.at, read_at: null,
    });
    if (!r.email.trim()) continue;
    const body = [`Kính gửi ${r.full_name},`, '', input.message, ...(input.details ? ['', input.details] : []), '',
      'Thư này được gửi tự động từ hệ thống quản trị Cổng thông tin điện tử; vui lòng không trả lời thư.'].join('\n');
    const emailId = await insertEmail(db, {
      site_id: input.siteId, user_id: r.id, to_address: r.email.trim(), subject: `[Cổng TTĐT] ${input.subject}`, body_text: body,
      link: input.link, status: 'queued', error: null, created_at: input.at, sent_at: null,
    });
    await enqueueJob(db, { kind: SEND_EMAIL_JOB, runAt: input.at, siteId: input.siteId, subjectId: emailId, uniqueKey: `email:${emailId}`, maxAttempts: 5 }, input.at);
  }
  return seen.size;
}
