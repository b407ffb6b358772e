/**
 * Text the database cannot store and nobody typed: a NUL byte (PostgreSQL
 * refuses `0x00` in text and jsonb) or a UTF-16 surrogate without its partner
 * (not a character; jsonb refuses it, text would silently turn it into U+FFFD).
 * The contract refuses it in every request; imports refuse it per cell.
 */
export const UNSTORABLE =
  /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const isStorableText = (text: string): boolean => !UNSTORABLE.test(text);
