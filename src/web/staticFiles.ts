/**
 * /assets (CSS, JS, icons shipped with the code) and /media (uploaded images under DATA_DIR).
 * Served by @fastify/static's sendFile so ranges, ETags and traversal protection are handled,
 * but through our own routes so they declare their permission like every other route.
 */
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

export const ASSETS_DIR = fileURLToPath(new URL('./assets/', import.meta.url));

export async function staticRoutes(app: FastifyInstance, opts: { mediaDir: string }): Promise<void> {
  await app.register(fastifyStatic, { root: ASSETS_DIR, serve: false });
  app.get<{ Params: { '*': string } }>('/assets/*', { config: { permission: 'public' } }, (req, reply) =>
    reply.header('cache-control', 'public, max-age=3600').sendFile(req.params['*'], ASSETS_DIR));
  app.get<{ Params: { '*': string } }>('/media/*', { config: { permission: 'public' } }, (req, reply) =>
    reply.header('cache-control', 'public, max-age=31536000, immutable').sendFile(req.params['*'], opts.mediaDir));
}
