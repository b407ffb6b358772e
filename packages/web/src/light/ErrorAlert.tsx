import type { FieldError } from '../api/client.ts';
import { useT } from '../i18n/index.tsx';
import { errorText, unmatchedList } from '../components/errorText.tsx';
import { Alert } from './feedback.tsx';

interface ErrorAlertProps {
  error: unknown;
  /** Field errors that no field on the form could show. */
  unmatched?: FieldError[];
  testId?: string;
}

/** A refusal above a light form; the console's antd twin is `components/errors.tsx`. */
export function ErrorAlert({ error, unmatched, testId }: ErrorAlertProps) {
  const t = useT();
  if (!error) return null;
  return (
    <Alert
      type="error"
      title={errorText(t, error)}
      description={unmatchedList(unmatched)}
      data-testid={testId ?? 'error-alert'}
      className="block-gap"
    />
  );
}
