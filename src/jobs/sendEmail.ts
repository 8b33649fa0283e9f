/**
 * Sends one e-mail of the outbox. With no SMTP server configured the e-mail is held in the outbox
 * (status "held"), where the admin shows it; a failure is retried by the runner and, after the last
 * attempt, marked "failed" with the error.
 */
import { findEmail, setEmailStatus } from '../db/repositories/notificationRepository.ts';
import type { MailSender } from '../mail/mailer.ts';
import type { JobHandler } from './runner.ts';

export function sendEmailHandler(deps: { mailer: MailSender | null; publicUrl: string }): JobHandler {
  return async (job, ctx) => {
    if (job.subject_id === null) return 'Bỏ qua: thiếu thư.';
    const email = await findEmail(ctx.db, job.subject_id);
    if (!email || email.status === 'sent') return 'Bỏ qua: thư không còn chờ gửi.';
    if (!deps.mailer) {
      await setEmailStatus(ctx.db, email.id, { status: 'held', error: 'Chưa cấu hình máy chủ thư (SMTP_URL); thư được giữ trong hộp thư đi.' });
      return 'Giữ trong hộp thư đi (chưa cấu hình SMTP).';
    }
    const link = email.link ? `\n\nXem tại: ${deps.publicUrl}${email.link}` : '';
    try {
      await deps.mailer.send({ to: email.to_address, subject: email.subject, text: `${email.body_text}${link}` });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      if (job.attempts >= job.max_attempts) await setEmailStatus(ctx.db, email.id, { status: 'failed', error: message.slice(0, 2000) });
      throw err;
    }
    await setEmailStatus(ctx.db, email.id, { status: 'sent', sent_at: ctx.clock.now().toISOString() });
    return `Đã gửi tới ${email.to_address}.`;
  };
}
