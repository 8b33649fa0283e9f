import type { FastifyInstance } from 'fastify';

/** RSS per site and section, the sitemap page and sitemap.xml. */
export async function feedRoutes(_app: FastifyInstance): Promise<void> {}
