/**
 * Sends e-mail through SMTP with nodemailer when SMTP_URL is configured (e.g.
 * smtp://user:pass@mail.thanhpho.gov.vn:587 or smtps://…:465). Without it there is no mailer: e-mails
 * stay in the outbox table, readable in the admin. nodemailer is loaded with the first e-mail sent, not
 * when the server starts (ADR 0013).
 */
import type { Transporter } from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

export interface MailSender {
  send(mail: OutgoingMail): Promise<void>;
}

export function createMailer(config: { smtpUrl: string | null; mailFrom: string }): MailSender | null {
  const { smtpUrl } = config;
  if (!smtpUrl) return null;
  let transport: Promise<Transporter> | undefined;
  return {
    async send(mail) {
      transport ??= import('nodemailer').then(({ default: nodemailer }) => nodemailer.createTransport(smtpUrl)).catch((error: unknown) => {
        transport = undefined; // the next e-mail tries again
        throw error;
      });
      await (await transport).sendMail({ from: config.mailFrom, to: mail.to, subject: mail.subject, text: mail.text });
    },
  };
}
