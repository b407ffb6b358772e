import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { DomainError } from '@cunzhi/core/errors';
import { unstorableText } from '@cunzhi/contract/common';
import { zodProblems } from './errors.ts';

export const OPENAPI_PATH = '/api/openapi.json';
export const API_DOCS_PREFIX = '/api/docs';

/**
 * The contract's schemas at work: requests are parsed by them (defaults
 * applied, shape errors answered as one localised validation_failed), answers
 * are written with JSON.stringify, and checked against their schema first
 * when CHECK_RESPONSES is on (every test), so a presenter that drifts from the
 * contract fails a test instead of surprising the web app.
 */
export function installContract(app: FastifyInstance, checkResponses: boolean): void {
  app.setValidatorCompiler(({ schema, httpPart }) => (data: unknown) => {
    // a POST without a body is an empty form: its defaults apply
    const input = data ?? (httpPart === 'body' ? {} : data);
    // text the database cannot store is refused whatever the route's schema says
    const unstorable = unstorableText(input);
    const result = (schema as z.ZodType).safeParse(input);
    if (result.success && unstorable.length === 0) return { value: result.data };
    const problems = result.success ? [] : zodProblems(result.error);
    const named = new Set(unstorable.map((p) => p.field));
    return {
      error: new DomainError('validation_failed', {}, [
        ...unstorable,
        ...problems.filter((p) => !named.has(p.field)),
      ]),
    };
  });
  app.setSerializerCompiler(({ schema, method, url }) => {
    if (!checkResponses) return (data) => JSON.stringify(data);
    return (data) => {
      const result = (schema as z.ZodType).safeParse(data);
      if (!result.success) {
        const problems = result.error.issues
          .slice(0, 5)
          .map((i) => `${i.path.join('.')}: ${i.message}`);
        throw new Error(`answer of ${method} ${url} breaks its contract: ${problems.join('; ')}`);
      }
      return JSON.stringify(data);
    };
  });
}

/** OpenAPI 3 from the contract at /api/openapi.json, browsable at /api/docs. */
export async function installApiDocs(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: '村治 cunzhi API',
        description:
          '村级治理平台的 HTTP 接口。会话凭 httpOnly Cookie（`cunzhi_session`）；错误统一为 `Error`，消息按 `Accept-Language` 本地化（默认中文）。\n\n' +
          'The HTTP API of cunzhi. Sessions ride on the httpOnly cookie `cunzhi_session`; every refusal is an `Error` whose message follows `Accept-Language` (Chinese by default).',
        version: '0.1.0',
        license: { name: 'AGPL-3.0-or-later' },
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'cunzhi_session' },
        },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
    hideUntagged: true,
  });
  await app.register(swaggerUi, {
    routePrefix: API_DOCS_PREFIX,
    uiConfig: { docExpansion: 'none', deepLinking: true },
    staticCSP: false,
  });
  app.get(
    OPENAPI_PATH,
    { config: { access: { kind: 'public' } }, schema: { hide: true } },
    async () => app.swagger(),
  );
}
