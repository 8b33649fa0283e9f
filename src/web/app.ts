/**
 * buildApp(): the whole HTTP application, without listen() (tests use inject()).
 * Public portals are registered twice: on the host (a site's own host name, or the root site)
 * and under /site/<slug> so every portal works on one localhost port.
 */
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import { LoginThrottle } from '../commands/auth/login.ts';
import type { Config } from '../config/env.ts';
import { type Clock, systemClock } from '../core/types.ts';
import { type Database, ping } from '../db/database.ts';
import { registerJobHandlers } from '../jobs/index.ts';
import { createMailer } from '../mail/mailer.ts';
import { JobRunner } from '../jobs/runner.ts';
import { adminRoutes } from './admin/index.ts';
import { apiRoutes } from './api/routes.ts';
import { type AppContext, mediaDirOf } from './appContext.ts';
import { ChangeFollower } from './cache/changeFollower.ts';
import { registerHttpCache, serveFromCache } from './cache/httpCache.ts';
import { PageCache } from './cache/pageCache.ts';
import { registerErrorPages } from './plugins/errorPages.tsx';
import { enforceRoutePermissions } from './plugins/permissions.ts';
import { registerSecurityHeaders } from './plugins/securityHeaders.ts';
import { publicRoutes } from './public/index.ts';
import { SiteDirectory } from './siteDirectory.ts';
import { staticRoutes } from './staticFiles.ts';
import { ViewCounter } from './viewCounter.ts';
import './types.ts';

export interface AppDeps {
  database: Database;
  config: Config;
  clock?: Clock;
  logger?: boolean;
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { database, config } = deps;
  const clock = deps.clock ?? systemClock;
  const directory = new SiteDirectory(database.db, config.publicUrl);
  const views = new ViewCounter(database.db, clock);
  const cache = new PageCache(config.pageCache);
  const app = Fastify({
    // Cached pages are answered before Fastify routes anything: the cost of a hit is a Map lookup.
    serverFactory: (handler) => createServer((req, res) => {
      if (!serveFromCache(cache, views, req, res)) handler(req, res);
    }),
    logger: deps.logger === false ? false : { level: config.logLevel },
    trustProxy: true,
    bodyLimit: 2 * 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 300 },
  });
  const mediaDir = mediaDirOf(config);
  mkdirSync(mediaDir, { recursive: true });
  await directory.reload();
  const changes = new ChangeFollower(database, cache, directory, (m) => app.log.warn(m));
  await changes.init();
  const ctx: AppContext = {
    db: database.db, dialect: database.dialect, config, clock, directory, views,
    throttle: new LoginThrottle(clock), mediaDir,
    jobs: registerJobHandlers(new JobRunner({ db: database.db, clock, log: (m) => app.log.warn(m) }), {
      mailer: createMailer(config), publicUrl: config.publicUrl, dataDir: config.dataDir,
    }),
    cache, changes,
  };
  app.decorate('ctx', ctx);
  app.decorateRequest('resolved', null);
  app.decorateRequest('actor', null);
  app.decorateRequest('session', null);
  // Expired pages leave memory without waiting for a lookup that may never come (a crawl's one-off pages).
  const sweeper = setInterval(() => cache.sweep(), Math.min(30_000, Math.max(1000, config.pageCache.maxAgeMs / 10)));
  sweeper.unref();
  app.addHook('onClose', async () => {
    clearInterval(sweeper);
    await changes.stop();
    await ctx.jobs.stop();
    await views.stop();
  });

  enforceRoutePermissions(app);
  registerSecurityHeaders(app, { hsts: config.secureCookies });
  registerErrorPages(app);
  registerHttpCache(app, { cache, views, changes });
  await app.register(fastifyCookie);
  await app.register(fastifyFormbody);
  await app.register(fastifyMultipart, { limits: { fileSize: config.maxUploadBytes, files: 1, fields: 50 } });
  await app.register(fastifyRateLimit, { global: false });

  app.get('/healthz', { config: { permission: 'public' } }, async (_req, reply) => {
    const ok = await ping(database.db);
    return reply.code(ok ? 200 : 503).header('cache-control', 'no-store')
      .send({ status: ok ? 'ok' : 'unavailable', database: database.dialect, time: clock.now().toISOString() });
  });
  app.get('/robots.txt', { config: { permission: 'public' } }, async (req, reply) =>
    reply.type('text/plain').send(`User-agent: *\nDisallow: /quan-tri\nSitemap: ${req.protocol}://${req.host}/sitemap.xml\n`));

  await app.register(staticRoutes, { mediaDir });
  await app.register(apiRoutes, { prefix: '/api/v1' });
  await app.register(adminRoutes, { prefix: '/quan-tri' });
  await app.register(publicRoutes);
  await app.register(publicRoutes, { prefix: '/site/:siteSlug' });
  views.start();
  await changes.start();
  return app;
}
