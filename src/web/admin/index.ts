/**
 * The admin (/quan-tri): an encapsulated plugin whose hooks load the session, check CSRF and
 * enforce each route's declared permission before any handler runs.
 */
import type { FastifyInstance } from 'fastify';
import { checkPermission } from '../plugins/permissions.ts';
import { authRoutes } from './routes/auth.tsx';
import { contentRoutes } from './routes/contents.tsx';
import { dashboardRoutes } from './routes/dashboard.tsx';
import { mediaRoutes } from './routes/media.tsx';
import { sectionRoutes } from './routes/sections.tsx';
import { siteRoutes } from './routes/sites.tsx';
import { unitRoutes } from './routes/units.tsx';
import { userRoutes } from './routes/users.tsx';
import { inboxRoutes } from './routes/inbox.tsx';
import { workflowRoutes } from './routes/workflow.tsx';
import { structuredContentRoutes } from './routes/structuredContent.ts';
import { contributionAdminRoutes } from './routes/contributionAdmin.ts';
import { loadSession, verifyCsrf } from './session.ts';

export async function adminRoutes(app: FastifyInstance): Promise<void> {
  app.addHook('onRequest', loadSession(app.ctx));
  app.addHook('preHandler', verifyCsrf);
  app.addHook('preHandler', checkPermission(app.ctx.directory));
  // After a change, this process's page cache is invalidated before the browser follows the redirect.
  app.addHook('onSend', async (req, _reply, payload) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') await app.ctx.changes.catchUp();
    return payload;
  });
  await app.register(authRoutes);
  await app.register(dashboardRoutes);
  await app.register(contentRoutes);
  await app.register(mediaRoutes);
  await app.register(siteRoutes);
  await app.register(unitRoutes);
  await app.register(sectionRoutes);
  await app.register(userRoutes);
  await app.register(workflowRoutes);
  await app.register(inboxRoutes);
  await app.register(structuredContentRoutes);
  await app.register(contributionAdminRoutes);
}
