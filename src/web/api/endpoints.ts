/**
 * The one list of open-data API endpoints. routes.ts registers exactly these (one handler per
 * operationId, enforced by the type of its handler map) and openapi.ts documents exactly these, so
 * an endpoint cannot exist without its documentation. Schemas are JSON Schema 2020-12 (OpenAPI 3.1).
 */
import { SECTION_KINDS, SITE_LEVELS } from '../../core/types.ts';

/** Where app.ts mounts the API. */
export const API_PREFIX = '/api/v1';

export const API_DEFAULT_LIMIT = 20;
export const API_MAX_LIMIT = 100;

export type JsonSchema = Record<string, unknown>;

export type OperationId =
  | 'listSites' | 'getSite' | 'listSections' | 'listItems' | 'getItem' | 'listPages' | 'getPage' | 'getOpenApi'
  | 'getCompliance';

export interface ApiParameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  description: string;
  schema: JsonSchema;
}

export interface ApiEndpoint {
  operationId: OperationId;
  /** Fastify route syntax relative to API_PREFIX, e.g. `/sites/:site/items/:id`. */
  path: string;
  tag: 'Cổng' | 'Tin, bài' | 'Trang thông tin' | 'Tài liệu' | 'Tuân thủ';
  summary: string;
  description: string;
  parameters: readonly ApiParameter[];
  /** Name of the component schema of the 200 body. */
  response: string;
  errors: readonly (400 | 404)[];
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const nullable = (schema: JsonSchema): JsonSchema => ({ oneOf: [schema, { type: 'null' }] });
const dateTime = { type: 'string', format: 'date-time' } as const;
const uri = { type: 'string', format: 'uri' } as const;

export const API_SCHEMAS: Record<string, JsonSchema> = {
  Site: {
    type: 'object',
    description: 'Một cổng thông tin điện tử (thành phố hoặc phường, xã).',
    required: ['id', 'slug', 'name', 'fullName', 'level', 'parentId', 'publicUrl'],
    properties: {
      id: { type: 'integer' },
      slug: { type: 'string', description: 'Định danh ngắn, dùng được thay cho id trong đường dẫn.' },
      name: { type: 'string', examples: ['Phường Tân Ninh'] },
      fullName: { type: 'string', examples: ['Ủy ban nhân dân phường Tân Ninh'] },
      level: { type: 'string', enum: [...SITE_LEVELS], description: 'city: thành phố; ward: phường; commune: xã.' },
      parentId: { type: ['integer', 'null'], description: 'Cổng cấp trên; null với cổng thành phố.' },
      publicUrl: { ...uri, description: 'Địa chỉ trang chủ của cổng.' },
    },
  },
  Section: {
    type: 'object',
    description: 'Chuyên mục của một cổng.',
    required: ['id', 'slug', 'name', 'kind', 'parentId', 'url'],
    properties: {
      id: { type: 'integer' },
      slug: { type: 'string' },
      name: { type: 'string' },
      kind: { type: 'string', enum: [...SECTION_KINDS], description: 'news: tin, bài; page: trang thông tin; link: liên kết ngoài.' },
      parentId: { type: ['integer', 'null'] },
      url: uri,
    },
  },
  SectionRef: {
    type: 'object',
    required: ['id', 'slug', 'name'],
    properties: { id: { type: 'integer' }, slug: { type: 'string' }, name: { type: 'string' } },
  },
  Source: {
    type: 'object',
    description: 'Nguồn tin khi tin, bài được khai thác lại.',
    required: ['name', 'url'],
    properties: { name: { type: 'string' }, url: nullable(uri) },
  },
  Image: {
    type: 'object',
    description: 'Ảnh đại diện (bản JPEG cỡ vừa).',
    required: ['url', 'alt', 'caption', 'width', 'height'],
    properties: {
      url: uri,
      alt: { type: 'string' },
      caption: { type: ['string', 'null'] },
      width: { type: 'integer' },
      height: { type: 'integer' },
    },
  },
  Item: {
    type: 'object',
    description: 'Một tin, bài đã xuất bản.',
    required: ['id', 'slug', 'title', 'summary', 'publishedAt', 'updatedAt', 'section', 'author', 'source', 'image', 'url'],
    properties: {
      id: { type: 'integer' },
      slug: { type: 'string' },
      title: { type: 'string' },
      summary: { type: 'string' },
      publishedAt: dateTime,
      updatedAt: dateTime,
      section: nullable(ref('SectionRef')),
      author: { type: ['string', 'null'] },
      source: nullable(ref('Source')),
      image: nullable(ref('Image')),
      url: { ...uri, description: 'Địa chỉ bài viết trên cổng.' },
    },
  },
  ItemDetail: {
    allOf: [ref('Item'), {
      type: 'object',
      required: ['bodyHtml'],
      properties: { bodyHtml: { type: 'string', description: 'Nội dung HTML đã lọc an toàn; địa chỉ tương đối đã đổi thành tuyệt đối.' } },
    }],
  },
  Page: {
    type: 'object',
    description: 'Một trang thông tin tĩnh đã xuất bản (giới thiệu, chức năng nhiệm vụ…).',
    required: ['id', 'slug', 'title', 'summary', 'publishedAt', 'updatedAt', 'section', 'url'],
    properties: {
      id: { type: 'integer' },
      slug: { type: 'string' },
      title: { type: 'string' },
      summary: { type: 'string' },
      publishedAt: { type: ['string', 'null'], format: 'date-time' },
      updatedAt: dateTime,
      section: nullable(ref('SectionRef')),
      url: uri,
    },
  },
  PageDetail: {
    allOf: [ref('Page'), {
      type: 'object',
      required: ['bodyHtml'],
      properties: { bodyHtml: { type: 'string', description: 'Nội dung HTML đã lọc an toàn; địa chỉ tương đối đã đổi thành tuyệt đối.' } },
    }],
  },
  SiteList: { type: 'object', required: ['data'], properties: { data: { type: 'array', items: ref('Site') } } },
  SiteResponse: { type: 'object', required: ['data'], properties: { data: ref('Site') } },
  SectionList: { type: 'object', required: ['data'], properties: { data: { type: 'array', items: ref('Section') } } },
  ItemList: {
    type: 'object',
    required: ['data', 'next'],
    properties: {
      data: { type: 'array', items: ref('Item') },
      next: { type: ['string', 'null'], description: 'Giá trị cursor để lấy trang tiếp theo; null khi đã hết.' },
    },
  },
  ItemResponse: { type: 'object', required: ['data'], properties: { data: ref('ItemDetail') } },
  PageList: { type: 'object', required: ['data'], properties: { data: { type: 'array', items: ref('Page') } } },
  PageResponse: { type: 'object', required: ['data'], properties: { data: ref('PageDetail') } },
  OpenApiDocument: { type: 'object', description: 'Tài liệu OpenAPI 3.1 này.', required: ['openapi', 'info', 'paths'] },
  ComplianceGap: {
    type: 'object',
    description: 'Một yêu cầu pháp luật cổng chưa đáp ứng.',
    required: ['ruleId', 'title', 'legalBasis', 'requirements', 'weight', 'missing'],
    properties: {
      ruleId: { type: 'string', description: 'Mã quy tắc (thường là mã yêu cầu trong danh mục pháp lý), ví dụ ND43-DEADLINE-03.' },
      title: { type: 'string', description: 'Yêu cầu, bằng tiếng Việt.' },
      legalBasis: { type: 'string', examples: ['NĐ 43/2011 Điều 17.1(c)'] },
      requirements: { type: 'array', items: { type: 'string' }, description: 'Các mã yêu cầu của danh mục pháp lý mà quy tắc kiểm tra.' },
      weight: { type: 'number', description: 'Số điểm của quy tắc.' },
      missing: { type: 'array', items: { type: 'string' }, description: 'Những gì còn thiếu, mỗi dòng một phát hiện.' },
    },
  },
  ComplianceReport: {
    type: 'object',
    description: 'Kết quả chấm điểm tuân thủ mới nhất của một cổng theo bộ quy tắc đang áp dụng.',
    required: ['site', 'pack', 'auditedAt', 'stored', 'score', 'maxScore', 'percent', 'gaps'],
    properties: {
      site: {
        type: 'object', required: ['id', 'slug', 'name'],
        properties: { id: { type: 'integer' }, slug: { type: 'string' }, name: { type: 'string' } },
      },
      pack: {
        type: 'object', required: ['id', 'name', 'version'],
        properties: { id: { type: 'string', examples: ['nd42-2022', 'nd224-2026'] }, name: { type: 'string' }, version: { type: 'string' } },
      },
      auditedAt: { ...dateTime, description: 'Thời điểm chấm điểm.' },
      stored: { type: 'boolean', description: 'true: lần chấm đã lưu trong lịch sử; false: chưa chấm lần nào, kết quả được tính tại thời điểm yêu cầu.' },
      score: { type: 'number', description: 'Điểm đạt được, ví dụ 8.5.' },
      maxScore: { type: 'number', description: 'Điểm tối đa của bộ quy tắc với cấp của cổng, ví dụ 13.' },
      percent: { type: 'integer', minimum: 0 },
      gaps: { type: 'array', items: ref('ComplianceGap') },
    },
  },
  ComplianceResponse: { type: 'object', required: ['data'], properties: { data: ref('ComplianceReport') } },
  Error: {
    type: 'object',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        required: ['code', 'message'],
        properties: {
          code: { type: 'string', examples: ['NOT_FOUND', 'VALIDATION_FAILED'] },
          message: { type: 'string', description: 'Thông báo bằng tiếng Việt.' },
        },
      },
    },
  },
};

const siteParam: ApiParameter = {
  name: 'site', in: 'path', required: true,
  description: 'Mã số (id) hoặc slug của cổng, ví dụ `thanh-pho` hoặc `phuong-tan-ninh`.',
  schema: { type: 'string' },
};

export const API_ENDPOINTS: readonly ApiEndpoint[] = [
  {
    operationId: 'listSites', path: '/sites', tag: 'Cổng',
    summary: 'Danh sách cổng thông tin',
    description: 'Cổng thành phố và các cổng phường, xã trực thuộc.',
    parameters: [], response: 'SiteList', errors: [],
  },
  {
    operationId: 'getSite', path: '/sites/:site', tag: 'Cổng',
    summary: 'Thông tin một cổng',
    description: 'Tra cứu theo id hoặc slug.',
    parameters: [siteParam], response: 'SiteResponse', errors: [404],
  },
  {
    operationId: 'listSections', path: '/sites/:site/sections', tag: 'Cổng',
    summary: 'Chuyên mục của một cổng',
    description: 'Toàn bộ cây chuyên mục (quan hệ cha – con qua parentId), theo thứ tự hiển thị.',
    parameters: [siteParam], response: 'SectionList', errors: [404],
  },
  {
    operationId: 'listItems', path: '/sites/:site/items', tag: 'Tin, bài',
    summary: 'Tin, bài đã xuất bản',
    description: 'Mới nhất trước. Phân trang theo con trỏ: gửi lại giá trị `next` trong tham số `cursor` để lấy trang sau; '
      + 'mỗi tin xuất hiện đúng một lần dù có tin mới đăng trong lúc duyệt.',
    parameters: [
      siteParam,
      { name: 'section', in: 'query', required: false, description: 'Slug chuyên mục tin; gồm cả các chuyên mục con.', schema: { type: 'string' } },
      {
        name: 'limit', in: 'query', required: false, description: `Số tin mỗi trang (1–${API_MAX_LIMIT}).`,
        schema: { type: 'integer', minimum: 1, maximum: API_MAX_LIMIT, default: API_DEFAULT_LIMIT },
      },
      { name: 'cursor', in: 'query', required: false, description: 'Giá trị `next` của trang trước (chuỗi không cần giải mã).', schema: { type: 'string' } },
    ],
    response: 'ItemList', errors: [400, 404],
  },
  {
    operationId: 'getItem', path: '/sites/:site/items/:id', tag: 'Tin, bài',
    summary: 'Một tin, bài đã xuất bản, kèm nội dung',
    description: 'Tin chưa xuất bản, đã gỡ hoặc thuộc cổng khác trả về 404.',
    parameters: [siteParam, { name: 'id', in: 'path', required: true, description: 'Mã số tin, bài.', schema: { type: 'integer', minimum: 1 } }],
    response: 'ItemResponse', errors: [404],
  },
  {
    operationId: 'listPages', path: '/sites/:site/pages', tag: 'Trang thông tin',
    summary: 'Trang thông tin đã xuất bản',
    description: 'Các trang tĩnh (giới thiệu, chức năng nhiệm vụ, cơ cấu tổ chức…) theo thứ tự hiển thị.',
    parameters: [siteParam], response: 'PageList', errors: [404],
  },
  {
    operationId: 'getPage', path: '/sites/:site/pages/:slug', tag: 'Trang thông tin',
    summary: 'Một trang thông tin, kèm nội dung',
    description: 'Tra cứu theo slug của trang.',
    parameters: [siteParam, { name: 'slug', in: 'path', required: true, description: 'Slug của trang.', schema: { type: 'string' } }],
    response: 'PageResponse', errors: [404],
  },
  {
    operationId: 'getCompliance', path: '/sites/:site/compliance', tag: 'Tuân thủ',
    summary: 'Điểm tuân thủ pháp luật của một cổng',
    description: 'Bộ quy tắc áp dụng, điểm, điểm tối đa và từng thiếu sót (mã quy tắc, căn cứ pháp lý, nội dung còn thiếu) theo lần '
      + 'chấm điểm mới nhất (hệ thống chấm hằng đêm); dữ liệu cho thanh tra, kiểm tra và hệ thống giám sát của tỉnh.',
    parameters: [siteParam], response: 'ComplianceResponse', errors: [404],
  },
  {
    operationId: 'getOpenApi', path: '/openapi.json', tag: 'Tài liệu',
    summary: 'Tài liệu OpenAPI của API này',
    description: 'Mô tả máy đọc được (OpenAPI 3.1) của mọi đường dẫn trong API dữ liệu mở.',
    parameters: [], response: 'OpenApiDocument', errors: [],
  },
];

/** `/sites/:site/items/:id` → `/sites/{site}/items/{id}`. */
export function toOpenApiPath(fastifyPath: string): string {
  return fastifyPath.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}
