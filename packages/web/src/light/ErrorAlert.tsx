import { useT } from '../i18n/index.tsx';
import { errorText, unmatchedList, type ErrorAlertProps } from '../components/errorText.tsx';
import { Alert } from './feedback.tsx';

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
