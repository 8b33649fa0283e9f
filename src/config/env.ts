/**
 * Configuration from the environment, read once at the edge (server.ts, cli.ts) and passed down.
 * Nothing else reads process.env.
 */
import { resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  /** Where media and the default SQLite database live. */
  dataDir: string;
  databaseUrl: string;
  production: boolean;
  /** Load the demo city into an empty database. Never in production. */
  demoData: boolean;
  /** Public base URL used in feeds, sitemaps and the API when a site has no host of its own. */
  publicUrl: string;
  /** Secure cookies (HTTPS). Default on in production. */
  secureCookies: boolean;
  /** Largest accepted upload, in bytes. */
  maxUploadBytes: number;
  logLevel: string;
  /** SMTP server for e-mail notifications (smtp:// or smtps:// URL); null keeps e-mails in the admin's outbox. */
  smtpUrl: string | null;
  /** Sender address of e-mail notifications. */
  mailFrom: string;
  /** In-process cache of rendered public pages (PAGE_CACHE=off disables it, e.g. to measure). */
  pageCache: { enabled: boolean; maxBytes: number; maxAgeMs: number; minUses: number; proxyRefreshUrl: string | null };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT không hợp lệ: ${env.PORT}`);
  const dataDir = resolve(env.DATA_DIR ?? './data');
  const databaseUrl = env.DATABASE_URL ?? resolve(dataDir, 'cong-ttdt.sqlite');
  const demoFlag = (env.DEMO_DATA ?? '').toLowerCase();
  const demoData = !production && !['0', 'false', 'off', 'no', 'khong'].includes(demoFlag);
  const host = env.HOST ?? '0.0.0.0';
  return {
    port,
    host,
    dataDir,
    databaseUrl,
    production,
    demoData,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, ''),
    secureCookies: env.SECURE_COOKIES ? env.SECURE_COOKIES === 'true' : production,
    maxUploadBytes: Number(env.MAX_UPLOAD_MB ?? 15) * 1024 * 1024,
    logLevel: env.LOG_LEVEL ?? (production ? 'info' : 'warn'),
    smtpUrl: env.SMTP_URL?.trim() || null,
    mailFrom: env.MAIL_FROM?.trim() || 'Cổng TTĐT <no-reply@localhost>',
    pageCache: {
      enabled: !['0', 'false', 'off', 'no'].includes((env.PAGE_CACHE ?? '').toLowerCase()),
      // Per process: 64 MB hold some 2,500 articles or every home and section page of a province, and keep a worker under
      // 300 MB while it renders thousands of distinct pages (docs/benchmarks.md, memory).
      maxBytes: Number(env.PAGE_CACHE_MB ?? 64) * 1024 * 1024,
      maxAgeMs: Number(env.PAGE_CACHE_MAX_AGE_S ?? 300) * 1000,
      // A page is kept from its second request on: one-off visits (crawlers) do not churn the cache.
      minUses: Math.max(1, Number(env.PAGE_CACHE_MIN_USES ?? 2) || 1),
      // The nginx proxy cache in front (docs/deploy/nginx-proxy-cache.conf): pages this process invalidates are
      // re-fetched through it at once, so the proxy shows a change as soon as the app does.
      proxyRefreshUrl: env.PAGE_CACHE_PROXY ? env.PAGE_CACHE_PROXY.replace(/\/+$/, '') : null,
    },
  };
}
