import type { ReactNode } from 'react';
import { ApiError, type FieldError } from '../api/client.ts';
import type { Translator } from '../i18n/index.tsx';

// antd-free: shared by the console's ErrorAlert (errors.tsx) and the light pages' (light/ErrorAlert.tsx)

export interface ErrorAlertProps {
  error: unknown;
  /** Field errors that no field on the form could show. */
  unmatched?: FieldError[];
  testId?: string;
}

/** The server's localised message, or ours when the server could not be reached. */
export function errorText(t: Translator, error: unknown): string {
  if (error instanceof ApiError)
    return error.id === 'network' ? t('app.networkError') : error.message;
  return error instanceof Error ? error.message : String(error);
}

/** Field errors that no field on the form could show, as a list under the alert's message. */
export function unmatchedList(unmatched: FieldError[] | undefined): ReactNode {
  if (!unmatched || unmatched.length === 0) return undefined;
  return (
    <ul className="error-fields">
      {unmatched.map((f) => (
        <li key={f.field}>
          {f.field}：{f.message}
        </li>
      ))}
    </ul>
  );
}
