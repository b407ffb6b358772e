import type { ErrorId } from '@cunzhi/core/errors';

/** One problem with one field, as the server reports it (`error.fields[]`). */
export interface FieldError {
  field: string;
  /** An id from the error catalog (`@cunzhi/core/errors`). */
  id: string;
  /** Names the field: for lists and alerts. */
  message: string;
  /** The reason alone: shown under the field itself. */
  reason?: string;
}

/**
 * A refusal from the server, with its localised message. `status` 0 and id
 * `network` mean the server could not be reached.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly id: ErrorId | 'network' | 'unknown',
    message: string,
    readonly fields: FieldError[] = [],
    /** For `rule_refused` (422): the rule that refused the request, with its article and source. */
    readonly rule: RuleRef | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The rule named by a `rule_refused` answer. */
export interface RuleRef {
  ruleId: string;
  article?: string;
  source?: string;
}

let onSignedOut: (() => void) | null = null;

/** Called when the server answers `not_signed_in` (session expired or signed out elsewhere). */
export function setSignedOutHandler(handler: (() => void) | null): void {
  onSignedOut = handler;
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
}

function isErrorBody(
  value: unknown,
): value is { error: { id: string; message: string; fields?: FieldError[] } } {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = value.error;
  return typeof error === 'object' && error !== null && 'message' in error;
}

function ruleRef(error: object): RuleRef | null {
  const { ruleId, article, source } = error as Record<string, unknown>;
  if (typeof ruleId !== 'string') return null;
  return {
    ruleId,
    article: typeof article === 'string' ? article : undefined,
    source: typeof source === 'string' ? source : undefined,
  };
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', body, signal } = options;
  const init: RequestInit = {
    method,
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
  };
  if (signal) init.signal = signal;
  if (body instanceof FormData) {
    init.body = body;
  } else if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers = { ...init.headers, 'Content-Type': 'application/json' };
  }
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network', 'network');
  }
  const text = await response.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!response.ok) {
    if (isErrorBody(data)) {
      const { id, message, fields } = data.error;
      if (response.status === 401 && id === 'not_signed_in') onSignedOut?.();
      throw new ApiError(
        response.status,
        id as ErrorId,
        message,
        fields ?? [],
        ruleRef(data.error),
      );
    }
    if (response.status === 401) onSignedOut?.();
    throw new ApiError(response.status, 'unknown', `HTTP ${response.status}`);
  }
  return data as T;
}

/** Builds `path?a=1&b=2`, leaving out empty values. */
export function withQuery(
  path: string,
  query: Record<string, string | number | null | undefined>,
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}
