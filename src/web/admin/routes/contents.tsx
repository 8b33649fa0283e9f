import type { FastifyInstance } from 'fastify';

/** News items and static pages: list, write, edit, publish. */
export async function contentRoutes(_app: FastifyInstance): Promise<void> {}
