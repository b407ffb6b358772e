import type { z } from 'zod';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * One endpoint of the HTTP API, written once: the server registers it with
 * these schemas (validation, serialisation, OpenAPI), the web takes its
 * request and response types from it.
 */
export interface RouteDef {
  method: Method;
  /** Fastify path syntax: `/api/villages/:villageId/persons/:personId`. */
  url: string;
  /** One line for the API docs, Chinese first: `登记人员 / Add a person`. */
  summary: string;
  /** The capability, as the OpenAPI tag (one per feature folder). */
  tag: string;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** The success body. For a file, `FileResponse` and `produces`. */
  response: z.ZodType;
  /** The success status (200 unless said); the server sets it before the handler runs. */
  status?: 200 | 201 | 202;
  /** Other success statuses the handler may choose, with the same body (a repeated check-in: 200). */
  alsoAnswers?: readonly (200 | 201 | 202)[];
  /** The media type of a success body that is a file (xlsx), not JSON. */
  produces?: string;
}

/** Declares an endpoint; `const` keeps its literal url and schemas for the types below. */
export const route = <const D extends RouteDef>(definition: D): D => definition;

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;
type In<S> = S extends z.ZodType ? z.input<S> : undefined;

/** What the endpoint answers on success, as the client reads it. */
export type ResponseOf<D extends RouteDef> = z.output<D['response']>;
/** What the server's handler may return (before defaults and transforms). */
export type ReplyOf<D extends RouteDef> = z.input<D['response']>;
/** What a client sends, and what the server's handler receives after parsing. */
export type BodyIn<D extends RouteDef> = In<D['body']>;
export type BodyOut<D extends RouteDef> = Out<D['body']>;
export type QueryIn<D extends RouteDef> = In<D['query']>;
export type QueryOut<D extends RouteDef> = Out<D['query']>;
export type ParamsOut<D extends RouteDef> = Out<D['params']>;
