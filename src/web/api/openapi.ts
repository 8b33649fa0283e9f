/** The OpenAPI 3.1 document of the open-data API, generated from the endpoint list (endpoints.ts). */
import { API_ENDPOINTS, API_PREFIX, API_SCHEMAS, type ApiEndpoint, type JsonSchema, toOpenApiPath } from './endpoints.ts';

export const OPENAPI_TITLE = 'Cổng TTĐT – API dữ liệu mở';
export const OPENAPI_VERSION = '1.0.0';

const ERROR_RESPONSES: Record<400 | 404, { name: string; description: string }> = {
  400: { name: 'BadRequest', description: 'Tham số không hợp lệ.' },
  404: { name: 'NotFound', description: 'Không tìm thấy cổng, chuyên mục hoặc nội dung đã xuất bản.' },
};

function operation(e: ApiEndpoint): JsonSchema {
  const responses: JsonSchema = {
    200: {
      description: 'Thành công.',
      headers: {
        'Cache-Control': { description: 'public, max-age=60', schema: { type: 'string' } },
        'Access-Control-Allow-Origin': { description: '*', schema: { type: 'string' } },
      },
      content: { 'application/json': { schema: { $ref: `#/components/schemas/${e.response}` } } },
    },
  };
  for (const status of e.errors) responses[status] = { $ref: `#/components/responses/${ERROR_RESPONSES[status].name}` };
  return {
    operationId: e.operationId,
    tags: [e.tag],
    summary: e.summary,
    description: e.description,
    ...(e.parameters.length ? { parameters: e.parameters } : {}),
    responses,
  };
}

export function buildOpenApiDocument(): JsonSchema {
  const paths: Record<string, JsonSchema> = {};
  for (const e of API_ENDPOINTS) paths[toOpenApiPath(e.path)] = { get: operation(e) };
  return {
    openapi: '3.1.0',
    info: {
      title: OPENAPI_TITLE,
      version: OPENAPI_VERSION,
      description: 'API chỉ đọc, công khai, cung cấp dữ liệu đã xuất bản trên cổng thông tin điện tử thành phố và các phường, xã '
        + '(NĐ 42/2022 Điều 3.3: cổng dữ liệu; TT 22/2023: dữ liệu có cấu trúc chia sẻ qua dịch vụ web). '
        + 'Mọi phản hồi cho phép truy cập từ mọi nguồn (CORS) và được lưu đệm 60 giây. Lỗi trả về dạng '
        + '`{ "error": { "code", "message" } }` với thông báo tiếng Việt.',
    },
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    servers: [{ url: API_PREFIX, description: 'Máy chủ hiện tại' }],
    tags: [...new Set(API_ENDPOINTS.map((e) => e.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: API_SCHEMAS,
      responses: Object.fromEntries(Object.values(ERROR_RESPONSES).map((r) => [r.name, {
        description: r.description,
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      }])),
    },
  };
}
