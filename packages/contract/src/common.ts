import { z } from 'zod';

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
    }),
  })
  .meta({ id: 'Error' });

/** The audit record a printed document carries: which event made it, and its hash. */
export const Fingerprint = z.object({ seq: z.number(), hash: z.string() }).nullable();
