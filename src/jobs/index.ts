/**
 * Every job kind the installation knows, registered on one runner. Each feature adds its handler
 * here (one file per job under src/jobs/, verb-phrase names such as publishScheduledContent.ts).
 */
import type { JobRunner } from './runner.ts';

export function registerJobHandlers(runner: JobRunner): JobRunner {
  return runner;
}
