import type {
  FastifyContextConfig,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  RouteGenericInterface,
} from 'fastify';
import type { BodyOut, ParamsOut, QueryOut, ReplyOf, RouteDef } from '@cunzhi/contract/route';
import { ErrorResponse } from '@cunzhi/contract/common';
import type { Access } from './access.ts';

/** The request a handler of `D` receives: params, query and body already parsed by the contract. */
export type RequestOf<D extends RouteDef> = FastifyRequest<
  RouteGenericInterface & {
    Params: ParamsOut<D>;
    Querystring: QueryOut<D>;
    Body: BodyOut<D>;
  }
>;

export type Handler<D extends RouteDef> = (
  request: RequestOf<D>,
  reply: FastifyReply,
) => Promise<ReplyOf<D> | FastifyReply>;

/**
 * Registers one endpoint of the contract: its schemas validate the request
 * (bad input → 400 validation_failed naming each field) and describe the
 * answer in /api/openapi.json; the handler's return type is the contract's.
 */
export function endpoint<D extends RouteDef>(
  app: FastifyInstance,
  def: D,
  access: Access,
  handler: Handler<D>,
  config: Omit<FastifyContextConfig, 'access'> = {},
): void {
  app.route({
    method: def.method,
    url: def.url,
    schema: {
      summary: def.summary,
      tags: [def.tag],
      ...(def.params ? { params: def.params } : {}),
      ...(def.query ? { querystring: def.query } : {}),
      ...(def.body ? { body: def.body } : {}),
      response: {
        ...Object.fromEntries((def.alsoAnswers ?? []).map((status) => [status, def.response])),
        [def.status ?? 200]: def.response,
        '4XX': ErrorResponse,
      },
      ...(def.produces ? { produces: [def.produces] } : {}),
    },
    config: { ...config, access },
    handler: (request: FastifyRequest, reply: FastifyReply) => {
      if (def.status) void reply.code(def.status);
      return (handler as (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>)(
        request,
        reply,
      );
    },
  });
}
