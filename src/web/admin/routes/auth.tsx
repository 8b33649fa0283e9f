/** Log in and log out. Login is rate-limited per IP (route) and per account (command). */
import type { FastifyInstance } from 'fastify';
import { LoginFailedError, login } from '../../../commands/auth/login.ts';
import { endSession, randomToken } from '../../../commands/auth/sessions.ts';
import { DomainError } from '../../../core/errors.ts';
import { renderDocument } from '../../render.ts';
import { CsrfError, PRELOGIN_COOKIE, SESSION_COOKIE, csrfFromRequest, sameToken } from '../session.ts';

function safeNext(next: unknown): string {
  return typeof next === 'string' && next.startsWith('/quan-tri') && !next.startsWith('//') ? next : '/quan-tri';
}

function LoginPage({ csrf, next, username, error }: { csrf: string; next: string; username: string; error?: string | undefined }) {
  return (
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>Đăng nhập – Quản trị Cổng TTĐT</title>
        <link rel="stylesheet" href="/assets/admin.css" />
      </head>
      <body class="admin login-page">
        <main id="noi-dung" class="login-box">
          <h1>Đăng nhập quản trị</h1>
          {error && <p class="error-summary" role="alert">{error}</p>}
          <form method="post" action="/quan-tri/dang-nhap">
            <input type="hidden" name="_csrf" value={csrf} />
            <input type="hidden" name="tiep" value={next} />
            <p class="field">
              <label for="username">Tên đăng nhập</label>
              <input id="username" name="username" autocomplete="username" required value={username} />
            </p>
            <p class="field">
              <label for="password">Mật khẩu</label>
              <input id="password" name="password" type="password" autocomplete="current-password" required />
            </p>
            <button type="submit" class="primary">Đăng nhập</button>
          </form>
          <p><a href="/">« Về cổng thông tin</a></p>
        </main>
      </body>
    </html>
  );
}

export async function authRoutes(app: FastifyInstance): Promise<void> {
  const ctx = app.ctx;
  const cookieOpts = { path: '/quan-tri', httpOnly: true, sameSite: 'lax' as const, secure: ctx.config.secureCookies };

  app.get<{ Querystring: { tiep?: string } }>('/dang-nhap', { config: { permission: 'public' } }, async (req, reply) => {
    if (req.actor) return reply.redirect(safeNext(req.query.tiep));
    const csrf = req.cookies[PRELOGIN_COOKIE] ?? randomToken();
    reply.setCookie(PRELOGIN_COOKIE, csrf, cookieOpts);
    return reply.type('text/html; charset=utf-8').send(renderDocument(<LoginPage csrf={csrf} next={safeNext(req.query.tiep)} username="" />));
  });

  app.post<{ Body: { username?: string; password?: string; tiep?: string } }>('/dang-nhap', {
    config: { permission: 'public', rateLimit: { max: 20, timeWindow: '1 minute' } },
  }, async (req, reply) => {
    if (!sameToken(csrfFromRequest(req), req.cookies[PRELOGIN_COOKIE])) throw new CsrfError();
    const username = String(req.body?.username ?? '').slice(0, 100);
    const next = safeNext(req.body?.tiep);
    try {
      const session = await login({ db: ctx.db, clock: ctx.clock, throttle: ctx.throttle }, {
        username, password: String(req.body?.password ?? ''), ip: req.ip,
      });
      reply.clearCookie(PRELOGIN_COOKIE, { path: '/quan-tri' });
      reply.setCookie(SESSION_COOKIE, session.token, cookieOpts);
      return reply.redirect(next, 303);
    } catch (err) {
      if (!(err instanceof LoginFailedError) && !(err instanceof DomainError && err.code === 'RATE_LIMITED')) throw err;
      const csrf = req.cookies[PRELOGIN_COOKIE]!;
      return reply.code((err as DomainError).status).type('text/html; charset=utf-8')
        .send(renderDocument(<LoginPage csrf={csrf} next={next} username={username} error={(err as DomainError).message} />));
    }
  });

  app.post('/dang-xuat', { config: { permission: 'authenticated' } }, async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE];
    if (token) await endSession(ctx.db, token);
    reply.clearCookie(SESSION_COOKIE, { path: '/quan-tri' });
    return reply.redirect('/quan-tri/dang-nhap', 303);
  });
}
