import type { FastifyInstance } from 'fastify';

/** Accounts and their roles per portal. */
export async function userRoutes(_app: FastifyInstance): Promise<void> {}
