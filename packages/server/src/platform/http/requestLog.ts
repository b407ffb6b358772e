import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import type { Config } from '../config.ts';
import { requestLocale } from './locale.ts';

/**
 * Structured logs (pino's JSON lines, one per event) with one id per request, so that the id on a
 * villager's screenshot of an error finds the operator's log line (docs/operations.md "Logs").
 */

export const REQUEST_ID_HEADER = 'x-request-id';

/** An id a proxy in front may have given: kept only when short and plain, so it cannot forge log lines. */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

export function requestId(request: IncomingMessage): string {
  const given = request.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && SAFE_REQUEST_ID.test(given) ? given : randomUUID();
}

/** A mobile number, an 18- or 15-digit resident ID number: replaced wherever they appear in text. */
const PHONE = /(?<![0-9A-Za-z])1[3-9]\d{9}(?![0-9A-Za-z])/g;
const ID_NUMBER = /(?<![0-9A-Za-z])(\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])/g;

export function maskPersonalData(text: string): string {
  return text.replace(ID_NUMBER, '[id-number]').replace(PHONE, '[phone]');
}

/**
 * The address as logged: the path with any phone or ID number masked, and the query's values left
 * out (a search may be for a name, a phone or an ID number); its keys say what was asked.
 */
export function loggedUrl(url: string): string {
  const [path = '', query] = url.split('?', 2);
  if (query === undefined) return maskPersonalData(path);
  const keys = query
    .split('&')
    .filter(Boolean)
    .map((pair) => `${pair.split('=', 1)[0] ?? ''}=…`);
  return `${maskPersonalData(path)}?${keys.join('&')}`;
}

/** An error as logged: PostgreSQL's detail and any message can carry the value refused (a phone). */
function loggedError(error: Error & { code?: unknown; detail?: unknown }) {
  return {
    type: error.name,
    message: maskPersonalData(String(error.message)),
    stack: maskPersonalData(error.stack ?? ''),
    ...(error.code !== undefined ? { code: error.code } : {}),
    ...(typeof error.detail === 'string' ? { detail: maskPersonalData(error.detail) } : {}),
  };
}

/**
 * Whatever a log call is handed by mistake: cookies and credentials in headers, and passwords,
 * phones and ID numbers in any object logged (the sign-in's body, a person).
 */
const REDACTED_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.temporaryPassword',
  '*.phone',
  '*.idNumber',
  '*.cookie',
];

/** Fastify's logger settings: the level, the serialisers above, and an optional destination (tests). */
export function loggerOptions(
  config: Pick<Config, 'LOG_LEVEL'>,
  stream?: { write(line: string): void },
): FastifyServerOptions['logger'] {
  if (config.LOG_LEVEL === 'silent' && !stream) return false;
  return {
    level: config.LOG_LEVEL === 'silent' ? 'info' : config.LOG_LEVEL,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: {
      req: (req: { method: string; url: string; ip?: string }) => ({
        method: req.method,
        url: loggedUrl(req.url),
        remoteAddress: req.ip,
      }),
      err: loggedError,
    },
    ...(stream ? { stream } : {}),
  };
}

/**
 * Every answer carries its request's id in `X-Request-Id`, and every error answer in
 * `error.requestId`; a server error also says it in its message, which the page shows.
 */
export function installRequestIds(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
  });
  app.addHook('preSerialization', async (request, reply, payload: unknown) => {
    if (reply.statusCode < 400 || !isErrorBody(payload)) return payload;
    const error = { ...payload.error, requestId: request.id };
    if (reply.statusCode >= 500)
      error.message +=
        requestLocale(request) === 'en' ? ` (request ${request.id})` : `（请求编号 ${request.id}）`;
    return { ...payload, error };
  });
}

function isErrorBody(
  payload: unknown,
): payload is { error: { message: string; [key: string]: unknown } } {
  if (typeof payload !== 'object' || payload === null || !('error' in payload)) return false;
  const { error } = payload;
  return typeof error === 'object' && error !== null && 'message' in error;
}
