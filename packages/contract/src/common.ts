import { z } from 'zod';
import { isStorableText, UNSTORABLE } from '@cunzhi/core/storableText';

/** Shapes shared by every capability's contract. */

export const Uuid = z.uuid();
/** A calendar date as the API carries it: `YYYY-MM-DD` (the checks are core's, in the commands). */
export const DateText = z.string().min(1).max(10);
/** An instant: ISO 8601 with time zone. */
export const Instant = z.string();
/** A name the server sends in both languages; the reader picks one. */
export const Names = z.object({ zh: z.string(), en: z.string() });
export type Names = z.output<typeof Names>;

export const VillageParams = z.object({ villageId: Uuid });
export const Ok = z.object({ ok: z.literal(true) });

/** A background import of a village (the roster, a year of vouchers), as the page polls it. */
export const ImportParams = VillageParams.extend({ importId: Uuid });
/** How far an import is: each kind adds what it made and why it failed. */
export const ImportProgress = z.object({
  status: z.enum(['running', 'failed', 'succeeded']),
  fileName: z.string(),
  totalRows: z.number(),
  processedRows: z.number(),
});

/** A file download (xlsx): documented as binary, not validated as JSON. */
export const FileResponse = z.unknown().meta({ type: 'string', format: 'binary' });

/** Every refusal: a catalog id, a localised message, and the fields at fault. */
export const ErrorResponse = z
  .object({
    error: z.object({
      id: z.string(),
      message: z.string(),
      fields: z.array(
        z.object({
          field: z.string(),
          id: z.string(),
          message: z.string(),
          reason: z.string().optional(),
        }),
      ),
      ruleId: z.string().optional(),
      article: z.string().optional(),
      source: z.string().optional(),
      /** The request's id (also in the X-Request-Id header), which finds its line in the server's log. */
      requestId: z.string().optional(),
    }),
  })
  .meta({ id: 'Error' });

/** The audit record a printed document carries: which event made it, and its hash. */
export const Fingerprint = z.object({ seq: z.number(), hash: z.string() }).nullable();

const UNSTORABLE_ALL = new RegExp(UNSTORABLE.source, 'g');

export { isStorableText };

/** A string of any route: storable text (see `isStorableText`). */
export const Text = z.string().refine(isStorableText, { error: 'text_unstorable' });

/** Deeper than any request of the contract nests; deeper input is refused, not walked. */
const MAX_DEPTH = 32;

/**
 * The part of the contract's string type that applies to every string of every
 * request, whatever its schema says: where (`head.name`, `personIds.2`) a string
 * or an object key cannot be stored. The server runs it on the body, query and
 * params of every route before the route's own schema, so no route can forget it.
 */
export function unstorableText(
  input: unknown,
  path: readonly string[] = [],
): Array<{ field: string; error: 'text_unstorable' | 'field_invalid' }> {
  const field = path.join('.') || 'body';
  if (typeof input === 'string')
    return isStorableText(input) ? [] : [{ field, error: 'text_unstorable' }];
  if (input === null || typeof input !== 'object') return [];
  if (path.length >= MAX_DEPTH) return [{ field, error: 'field_invalid' }];
  const found: ReturnType<typeof unstorableText> = [];
  for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
    if (isStorableText(key)) found.push(...unstorableText(value, [...path, key]));
    else
      found.push({
        field: [...path, key.replace(UNSTORABLE_ALL, '\uFFFD')].join('.'),
        error: 'text_unstorable',
      });
  }
  return found;
}
