import type { FastifyInstance } from 'fastify';
import { homeRoutes } from './routes/home.tsx';
import { sectionRoutes } from './routes/sections.tsx';
import { feedRoutes } from './routes/feeds.tsx';
import { recordFileRoutes } from './routes/records.tsx';

/** The citizen-facing portal of one site; the site comes from the host or the /site/<slug> prefix. */
export async function publicRoutes(app: FastifyInstance): Promise<void> {
  await app.register(homeRoutes);
  await app.register(feedRoutes);
  await app.register(sectionRoutes);
  await app.register(recordFileRoutes);
}
