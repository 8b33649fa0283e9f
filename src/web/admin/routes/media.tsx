import type { FastifyInstance } from 'fastify';

/** Photo library and uploads. */
export async function mediaRoutes(_app: FastifyInstance): Promise<void> {}
