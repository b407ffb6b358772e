import { QUESTION_KINDS, type QuestionKind } from '@cunzhi/core/disclosure/kinds';
import { normalizeName, normalizePhone } from '@cunzhi/core/disclosure/phoneCodes';
import {
  DomainError,
  ERROR_CATALOG,
  errorMessage,
  type ErrorId,
  type Locale,
} from '@cunzhi/core/errors';
import { forCommunity } from '@cunzhi/core/meetings/meetingKinds';
import { findingWithCitation, RuleRefusal } from '@cunzhi/core/rules/findings';
import { isStorableText } from '@cunzhi/core/storableText';
import type { AskErrors, AskField, AskValues } from './ask.ts';
import type { PortalView } from './present.ts';

/** Pure: the portal's question forms as typed → checked values, and refusals → messages by field. */

const MAX_TEXT = 2000;
const MAX_NAME = 50;

type Body = Record<string, unknown>;

function str(body: Body, key: string): string {
  const value = body[key];
  return typeof value === 'string' ? value : '';
}

/** A text field's problem, as the API names it (required, too long, unstorable), or null. */
function textProblem(value: string, max: number): { id: ErrorId; max?: number } | null {
  if (value === '') return { id: 'field_required' };
  if (value.length > max) return { id: 'field_too_long', max };
  if (!isStorableText(value)) return { id: 'text_unstorable' };
  return null;
}

/** The kind and the text, both forms carry them; with the messages of what is wrong. */
function readQuestion(body: unknown, locale: Locale) {
  const fields = (body ?? {}) as Body;
  const errors: AskErrors = {};
  const kindText = str(fields, 'kind');
  const kind = (QUESTION_KINDS as readonly string[]).includes(kindText)
    ? (kindText as QuestionKind)
    : undefined;
  if (!kind) errors.kind = errorMessage('enum_invalid', locale);
  const text = str(fields, 'text').trim();
  const problem = textProblem(text, MAX_TEXT);
  if (problem) errors.text = errorMessage(problem.id, locale, { max: MAX_TEXT });
  return { fields, kind, text, errors };
}

export type Checked<T> =
  { ok: true; values: T } | { ok: false; values: AskValues; errors: AskErrors };

/** Step one: kind, text, name and mobile number. */
export function readAskForm(
  body: unknown,
  locale: Locale,
): Checked<{ kind: QuestionKind; text: string; name: string; phone: string }> {
  const { fields, kind, text, errors } = readQuestion(body, locale);
  const name = normalizeName(str(fields, 'name'));
  const nameProblem = textProblem(name, MAX_NAME);
  if (nameProblem) errors.name = errorMessage(nameProblem.id, locale, { max: MAX_NAME });
  const phone = normalizePhone(str(fields, 'phone'));
  if (!phone) errors.phone = errorMessage('phone_invalid', locale);
  // the name goes back into the form; the number never does
  const values = { kind, text, name };
  if (!kind || !phone || Object.keys(errors).length > 0) return { ok: false, values, errors };
  return { ok: true, values: { kind, text, name, phone } };
}

/** Step two: the code row, the code, and the question. */
export function readCodeForm(
  body: unknown,
  locale: Locale,
): Checked<{ codeId: string; code: string; kind: QuestionKind; text: string }> {
  const { fields, kind, text, errors } = readQuestion(body, locale);
  const codeId = str(fields, 'codeId');
  if (!kind || Object.keys(errors).length > 0) return { ok: false, values: { kind, text }, errors };
  return {
    ok: true,
    values: { codeId, code: str(fields, 'code'), kind, text },
  };
}

/** A refusal of the question commands as the forms show it. */
export interface AskProblem {
  status: number;
  errors: AskErrors;
  /** The code was wrong or mistyped: the same code may be tried again. */
  retryCode: boolean;
}

const FORM_FIELDS: readonly string[] = ['kind', 'text', 'code'];

/** Maps a refusal to messages by field; anything else is not the reader's doing and is thrown on. */
export function askProblem(error: unknown, view: PortalView): AskProblem {
  const { locale } = view;
  if (error instanceof RuleRefusal) {
    const wording = view.village.kind === 'community' ? forCommunity : undefined;
    const form = findingWithCitation(error.finding, locale, wording);
    return { status: 422, errors: { form }, retryCode: false };
  }
  if (!(error instanceof DomainError)) throw error;
  const [field] = error.fields;
  if (!field)
    return {
      status: ERROR_CATALOG[error.id].status,
      errors: { form: errorMessage(error.id, locale, error.params) },
      retryCode: false,
    };
  const at = (FORM_FIELDS.includes(field.field) ? field.field : 'form') as AskField;
  return {
    status: ERROR_CATALOG[field.error].status,
    errors: { [at]: errorMessage(field.error, locale, field.params) },
    retryCode: field.error === 'phone_code_wrong' || field.error === 'phone_code_format',
  };
}

/** The message of an error id at the head of the form. */
export function formMessage(id: ErrorId, locale: Locale, params = {}): AskErrors {
  return { form: errorMessage(id, locale, params) };
}
