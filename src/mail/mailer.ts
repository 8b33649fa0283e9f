/**
 * Sends e-mail through SMTP with nodemailer when SMTP_URL is configured (e.g.
 * smtp://user:pass@mail.thanhpho.gov.vn:587 or smtps://…:465). Without it there is no mailer: e-mails
 * stay in the outbox table, readable in the admin.
 */
import nodemailer from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

export interface MailSender {
  send(mail: OutgoingMail): Promise<void>;
}

export function createMailer(config: { smtpUrl: string | null; mailFrom: string }): MailSender | null {
  if (!config.smtpUrl) return null;
  const transport = nodemailer.createTransport(config.smtpUrl);
  return {
    async send(mail) {
      await transport.sendMail({ from: config.mailFrom, to: mail.to, subject: mail.subject, text: mail.text });
    },
  };
}
