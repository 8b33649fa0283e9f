/** Long-lived services the web layer shares, built once in buildApp(). */
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { LoginThrottle } from '../commands/auth/login.ts';
import type { Config } from '../config/env.ts';
import type { Clock } from '../core/types.ts';
import type { DialectName } from '../db/database.ts';
import type { JobRunner } from '../jobs/runner.ts';
import type { ChangeFollower } from './cache/changeFollower.ts';
import type { PageCache } from './cache/pageCache.ts';
import type { DB } from '../db/schema.ts';
import type { SiteDirectory } from './siteDirectory.ts';
import type { ViewCounter } from './viewCounter.ts';

export interface AppContext {
  db: Kysely<DB>;
  dialect: DialectName;
  config: Config;
  clock: Clock;
  directory: SiteDirectory;
  views: ViewCounter;
  throttle: LoginThrottle;
  mediaDir: string;
  /** Runs scheduled work; started by server.ts, ticked by tests. */
  jobs: JobRunner;
  /** Rendered public pages of this process. */
  cache: PageCache;
  /** Follows the audit log and invalidates `cache` and the site directory; `catchUp()` applies pending changes now. */
  changes: ChangeFollower;
}

export function mediaDirOf(config: Config): string {
  return join(config.dataDir, 'media');
}

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext;
  }
}
