/**
 * Every job kind the installation knows, registered on one runner. Each feature adds its handler
 * here (one file per job under src/jobs/, verb-phrase names such as publishScheduledContent.ts).
 */
import type { MailSender } from '../mail/mailer.ts';
import { PUBLISH_JOB, UNPUBLISH_JOB } from '../commands/contents/changeContentStatus.ts';
import { SEND_EMAIL_JOB } from '../commands/notifications/notify.ts';
import { registerContributionJobs } from './contributionJobs.ts';
import { publishScheduledContent, unpublishScheduledContent } from './publishScheduledContent.ts';
import { registerComplianceJobs } from './auditCompliance.ts';
import type { JobRunner } from './runner.ts';
import { sendEmailHandler } from './sendEmail.ts';

/** What handlers need from the edge: the SMTP sender (null: keep e-mails in the outbox) and the public base URL. */
export interface JobDeps {
  mailer?: MailSender | null;
  publicUrl?: string;
  /** DATA_DIR: generated reports are written under it (default ./data). */
  dataDir?: string;
}

export function registerJobHandlers(runner: JobRunner, deps: JobDeps = {}): JobRunner {
  runner.register(PUBLISH_JOB, publishScheduledContent);
  runner.register(UNPUBLISH_JOB, unpublishScheduledContent);
  runner.register(SEND_EMAIL_JOB, sendEmailHandler({ mailer: deps.mailer ?? null, publicUrl: deps.publicUrl ?? '' }));
  registerContributionJobs(runner, { dataDir: deps.dataDir ?? 'data' });
  registerComplianceJobs(runner);
  return runner;
}
