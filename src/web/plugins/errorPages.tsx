/**
 * Vietnamese 404 and 500 pages. Domain errors keep their status and message; anything else is a 500
 * whose details go to the log, never to the page.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, ValidationError } from '../../core/errors.ts';
import { renderDocument } from '../render.ts';

function ErrorPage({ status, title, message, home }: { status: number; title: string; message: string; home: string }) {
  return (
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${title} (${status})`}</title>
        <link rel="stylesheet" href="/assets/site.css" />
      </head>
      <body>
        <main id="noi-dung" class="wrap main error-page">
          <p class="error-code">Lỗi {status}</p>
          <h1>{title}</h1>
          <p>{message}</p>
          <p><a href={home}>Về trang chủ</a></p>
        </main>
      </body>
    </html>
  );
}

const TITLES: Record<number, string> = {
  400: 'Yêu cầu không hợp lệ',
  401: 'Cần đăng nhập',
  403: 'Không có quyền truy cập',
  404: 'Không tìm thấy trang',
  409: 'Không thể thực hiện',
  413: 'Dữ liệu gửi lên quá lớn',
  422: 'Thông tin chưa hợp lệ',
  429: 'Quá nhiều yêu cầu',
  500: 'Hệ thống đang gặp sự cố',
};

function wantsJson(req: FastifyRequest): boolean {
  return req.url.startsWith('/api/') || req.url === '/healthz' || (req.headers.accept ?? '').startsWith('application/json');
}

function homeOf(req: FastifyRequest): string {
  const m = /^\/site\/([a-z0-9-]+)/.exec(req.url);
  return m ? `/site/${m[1]}/` : req.url.startsWith('/quan-tri') ? '/quan-tri' : '/';
}

export function sendError(req: FastifyRequest, reply: FastifyReply, status: number, message: string, code: string): FastifyReply {
  reply.code(status).header('cache-control', 'no-store');
  if (wantsJson(req)) return reply.send({ error: { code, message } });
  const title = TITLES[status] ?? 'Đã có lỗi xảy ra';
  return reply.type('text/html; charset=utf-8').send(renderDocument(<ErrorPage status={status} title={title} message={message} home={homeOf(req)} />));
}

export function registerErrorPages(app: FastifyInstance): void {
  app.setNotFoundHandler({}, (req, reply) =>
    sendError(req, reply, 404, 'Trang bạn tìm không tồn tại hoặc đã được gỡ xuống. Vui lòng kiểm tra lại địa chỉ.', 'NOT_FOUND'));

  app.setErrorHandler((err: FastifyError | DomainError, req, reply) => {
    if (err instanceof ValidationError) {
      return sendError(req, reply, 422, Object.values(err.fieldErrors).join(' '), err.code);
    }
    if (err instanceof DomainError) return sendError(req, reply, err.status, err.message, err.code);
    const status = (err as FastifyError).statusCode ?? 500;
    if (status === 429) return sendError(req, reply, 429, 'Bạn đã gửi quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.', 'RATE_LIMITED');
    if (status === 413) return sendError(req, reply, 413, 'Tệp hoặc dữ liệu gửi lên vượt quá dung lượng cho phép.', 'MEDIA_REJECTED');
    if (status >= 400 && status < 500) return sendError(req, reply, status, 'Yêu cầu không hợp lệ.', 'BAD_REQUEST');
    req.log.error({ err }, 'unhandled error');
    return sendError(req, reply, 500, 'Xin lỗi, hệ thống đang gặp sự cố. Vui lòng thử lại sau.', 'INTERNAL');
  });
}
