import type { FastifyInstance } from 'fastify';

/** Portals of the installation (platform administrator) and each portal's own settings. */
export async function siteRoutes(_app: FastifyInstance): Promise<void> {}
