/**
 * Admin request plumbing: the session cookie → actor (roles re-read every request), and CSRF.
 * CSRF uses the synchronizer-token pattern: the token lives in the session row and every
 * state-changing request must echo it (form field `_csrf`, header `x-csrf-token`, or for
 * multipart uploads the `_csrf` query parameter, since the body is a stream).
 * The login form, which has no session yet, uses a double-submit cookie instead.
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { loadActor } from '../../commands/auth/loadActor.ts';
import { resumeSession } from '../../commands/auth/sessions.ts';
import { DomainError } from '../../core/errors.ts';
import type { AppContext } from '../appContext.ts';

export const SESSION_COOKIE = 'cttdt_sid';
export const PRELOGIN_COOKIE = 'cttdt_csrf';

export function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function csrfFromRequest(req: FastifyRequest): string | undefined {
  const body = req.body as Record<string, unknown> | undefined;
  const fromBody = body && typeof body === 'object' && typeof body._csrf === 'string' ? body._csrf : undefined;
  const header = req.headers['x-csrf-token'];
  const fromQuery = (req.query as Record<string, unknown> | undefined)?._csrf;
  return fromBody ?? (typeof header === 'string' ? header : undefined) ?? (typeof fromQuery === 'string' ? fromQuery : undefined);
}

export class CsrfError extends DomainError {
  constructor() {
    super('CSRF_INVALID', 403, 'Phiên làm việc đã hết hạn hoặc biểu mẫu không hợp lệ. Vui lòng tải lại trang và thử lại.');
  }
}

export function loadSession(ctx: AppContext) {
  return async (req: FastifyRequest, reply: FastifyReply): Promise<void> => {
    reply.header('cache-control', 'no-store');
    const token = req.cookies[SESSION_COOKIE];
    if (!token) return;
    const row = await resumeSession(ctx.db, ctx.clock, token);
    if (!row) return;
    req.session = { id: row.id, csrfToken: row.csrf_token };
    req.actor = await loadActor(ctx.db, { id: row.user_id, username: row.username, full_name: row.full_name, is_platform_admin: row.is_platform_admin });
  };
}

/** preHandler: every non-GET admin request carries the session's CSRF token (the login form is checked in its route). */
export async function verifyCsrf(req: FastifyRequest): Promise<void> {
  if (req.method === 'GET' || req.method === 'HEAD') return;
  if (!req.session) return; // unauthenticated requests are refused by the permission check or handled by the login route
  if (!sameToken(csrfFromRequest(req), req.session.csrfToken)) throw new CsrfError();
}
