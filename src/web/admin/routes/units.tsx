import type { FastifyInstance } from 'fastify';

/** Units that feed a portal. */
export async function unitRoutes(_app: FastifyInstance): Promise<void> {}
