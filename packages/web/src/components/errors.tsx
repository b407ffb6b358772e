import { Alert, type FormInstance } from 'antd';
import { ApiError, type FieldError } from '../api/client.ts';
import { useT } from '../i18n/index.tsx';
import { errorText, unmatchedList, type ErrorAlertProps } from './errorText.tsx';

// antd-free, so the light pages can use it; re-exported for the console's pages
export { errorText };

export function ErrorAlert({ error, unmatched, testId }: ErrorAlertProps) {
  const t = useT();
  if (!error) return null;
  return (
    <Alert
      type="error"
      showIcon
      title={errorText(t, error)}
      description={unmatchedList(unmatched)}
      data-testid={testId ?? 'error-alert'}
      className="block-gap"
    />
  );
}

/**
 * Puts the server's field errors (`error.fields[]`) on the form's fields.
 * Field names like `head.birthDate` become name paths; each problem goes to
 * the first of `prefixes` under which the form has that field (the
 * new-household form tries the top level, then `head`). Returns the errors
 * no mounted field could show, for the form's alert.
 */
export function applyFieldErrors(
  form: FormInstance,
  error: unknown,
  prefixes: string[][] = [[]],
): FieldError[] {
  if (!(error instanceof ApiError) || error.fields.length === 0) return [];
  const mounted = new Set(Object.keys(flatten(form.getFieldsValue() as Record<string, unknown>)));
  const unmatched: FieldError[] = [];
  const fields: { name: (string | number)[]; errors: string[] }[] = [];
  for (const problem of error.fields) {
    // `posts.1.id`: a list's index is a number in antd's name paths (Form.List)
    const parts = problem.field
      .split('.')
      .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    const path = prefixes
      .map((prefix): (string | number)[] => [...prefix, ...parts])
      .find((p) => mounted.has(p.join('.')));
    if (path) fields.push({ name: path, errors: [problem.reason ?? problem.message] });
    else unmatched.push(problem);
  }
  form.setFields(fields);
  if (fields[0]) form.scrollToField(fields[0].name, { block: 'center' });
  return unmatched;
}

function flatten(value: Record<string, unknown>, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    out[path] = inner;
    // lists too (Form.List rows: `members.0.personId`)
    if (inner && typeof inner === 'object') {
      Object.assign(out, flatten(inner as Record<string, unknown>, path));
    }
  }
  return out;
}
