/**
 * Read-only open-data API (regulations.md ND42-DEF-03, TECH-07), mounted at /api/v1 by app.ts.
 * Public, CORS-open, cached 60 s. Only published contents are ever returned, and every query is
 * scoped to the site named in the path. The endpoints and their documentation come from one list
 * (endpoints.ts); errors are JSON `{ error: { code, message } }` via the app's error handler.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, NotFoundError } from '../../core/errors.ts';
import {
  type ListingCursor, findPublishedById, findPublishedBySlug, listPublishedNews, listPublishedPages,
} from '../../db/repositories/contentRepository.ts';
import { mediaByIds } from '../../db/repositories/mediaRepository.ts';
import { listSections } from '../../db/repositories/sectionRepository.ts';
import type { ContentRow, SiteRow } from '../../db/schema.ts';
import { sendError } from '../plugins/errorPages.tsx';
import { formatCursor, parseCursor, sectionAndDescendants } from '../public/queries.ts';
import { API_DEFAULT_LIMIT, API_ENDPOINTS, API_MAX_LIMIT, API_PREFIX, type OperationId } from './endpoints.ts';
import { buildOpenApiDocument } from './openapi.ts';
import { complianceReport } from './compliance.ts';
import {
  type SiteView, presentItem, presentItemDetail, presentPage, presentPageDetail, presentSection, presentSite,
} from './presenters.ts';

const CACHE_CONTROL = 'public, max-age=60';
const MAX_DB_ID = 2_147_483_647;

/** 400 with a Vietnamese message the API client can show as is. */
export class BadRequestError extends DomainError {
  constructor(message: string) {
    super('VALIDATION_FAILED', 400, message);
  }
}

export function parseLimit(value: unknown): number {
  if (value === undefined) return API_DEFAULT_LIMIT;
  const n = typeof value === 'string' && /^\d{1,4}$/.test(value) ? Number(value) : NaN;
  if (!(n >= 1 && n <= API_MAX_LIMIT)) throw new BadRequestError(`Tham số limit phải là số nguyên từ 1 đến ${API_MAX_LIMIT}.`);
  return n;
}

/** The cursor is opaque to clients: base64url of the keyset position "<published_at>_<id>". */
export function encodeApiCursor(row: Pick<ContentRow, 'published_at' | 'id'>): string {
  return Buffer.from(formatCursor(row), 'utf8').toString('base64url');
}

export function decodeApiCursor(value: unknown): ListingCursor | undefined {
  if (value === undefined) return undefined;
  const decoded = typeof value === 'string' && /^[A-Za-z0-9_-]{1,200}$/.test(value)
    ? parseCursor(Buffer.from(value, 'base64url').toString('utf8'))
    : undefined;
  if (!decoded) throw new BadRequestError('Tham số cursor không hợp lệ; hãy dùng đúng giá trị next của trang trước.');
  return decoded;
}

function idParam(value: string): number | undefined {
  const n = /^\d{1,10}$/.test(value) ? Number(value) : NaN;
  return n >= 1 && n <= MAX_DB_ID ? n : undefined;
}

type Handler = (req: FastifyRequest, reply: FastifyReply) => Promise<unknown>;

export async function apiRoutes(app: FastifyInstance): Promise<void> {
  const ctx = app.ctx;
  const openApi = buildOpenApiDocument();

  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('access-control-allow-origin', '*');
    if (reply.statusCode === 200) reply.header('cache-control', CACHE_CONTROL);
    return payload;
  });
  app.setNotFoundHandler((req, reply) => sendError(req, reply, 404,
    `Không có đường dẫn này trong API. Danh sách đường dẫn: ${API_PREFIX}/openapi.json`, 'NOT_FOUND'));

  async function siteOf(req: FastifyRequest): Promise<SiteRow> {
    await ctx.directory.fresh();
    const key = (req.params as { site: string }).site;
    const id = idParam(key);
    const site = (id !== undefined ? ctx.directory.byId(id) : undefined) ?? ctx.directory.bySlug(key);
    if (!site) throw new NotFoundError('Không tìm thấy cổng thông tin này.');
    return site;
  }

  async function viewOf(site: SiteRow, rows: readonly ContentRow[]): Promise<SiteView> {
    const [sections, media] = await Promise.all([
      listSections(ctx.db, site.id),
      mediaByIds(ctx.db, rows.flatMap((r) => (r.cover_media_id !== null ? [r.cover_media_id] : []))),
    ]);
    return { siteUrl: ctx.directory.siteUrl(site), sections: new Map(sections.map((s) => [s.id, s])), media };
  }

  const handlers: Record<OperationId, Handler> = {
    async listSites() {
      await ctx.directory.fresh();
      return { data: ctx.directory.all().map((s) => presentSite(ctx.directory, s)) };
    },

    async getSite(req) {
      return { data: presentSite(ctx.directory, await siteOf(req)) };
    },

    async listSections(req) {
      const site = await siteOf(req);
      const siteUrl = ctx.directory.siteUrl(site);
      return { data: (await listSections(ctx.db, site.id)).map((s) => presentSection(siteUrl, s)) };
    },

    async listItems(req) {
      const query = req.query as Record<string, unknown>;
      const limit = parseLimit(query.limit);
      const after = decodeApiCursor(query.cursor);
      const site = await siteOf(req);
      let sectionIds: number[] | undefined;
      if (query.section !== undefined) {
        const sections = await listSections(ctx.db, site.id);
        const section = sections.find((s) => s.slug === query.section);
        if (!section || section.kind !== 'news') throw new NotFoundError('Không tìm thấy chuyên mục tin này trên cổng.');
        sectionIds = sectionAndDescendants(sections, section.id);
      }
      const rows = await listPublishedNews(ctx.db, site.id, { limit: limit + 1, after, ...(sectionIds ? { sectionIds } : {}) });
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      const view = await viewOf(site, page);
      return { data: page.map((r) => presentItem(view, r)), next: rows.length > limit && last ? encodeApiCursor(last) : null };
    },

    async getItem(req) {
      const site = await siteOf(req);
      const id = idParam((req.params as { id: string }).id);
      const row = id !== undefined ? await findPublishedById(ctx.db, site.id, 'news', id) : undefined;
      if (!row) throw new NotFoundError('Không tìm thấy tin, bài đã xuất bản này trên cổng.');
      return { data: presentItemDetail(await viewOf(site, [row]), row) };
    },

    async listPages(req) {
      const site = await siteOf(req);
      const rows = await listPublishedPages(ctx.db, site.id);
      const view = await viewOf(site, []);
      return { data: rows.map((r) => presentPage(view, r)) };
    },

    async getPage(req) {
      const site = await siteOf(req);
      const row = await findPublishedBySlug(ctx.db, site.id, 'page', (req.params as { slug: string }).slug);
      if (!row) throw new NotFoundError('Không tìm thấy trang thông tin đã xuất bản này trên cổng.');
      return { data: presentPageDetail(await viewOf(site, []), row) };
    },

    async getOpenApi() {
      return openApi;
    },

    async getCompliance(req) {
      return { data: await complianceReport(ctx, await siteOf(req)) };
    },
  };

  for (const e of API_ENDPOINTS) app.get(e.path, { config: { permission: 'public' } }, handlers[e.operationId]);
}
