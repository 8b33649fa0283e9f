import type { FastifyInstance } from 'fastify';

/** Read-only open-data API (regulations.md ND42-DEF-03, TECH-07). */
export async function apiRoutes(_app: FastifyInstance): Promise<void> {}
