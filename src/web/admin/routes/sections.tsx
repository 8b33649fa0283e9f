import type { FastifyInstance } from 'fastify';

/** Sections (menu) of a portal. */
export async function sectionRoutes(_app: FastifyInstance): Promise<void> {}
