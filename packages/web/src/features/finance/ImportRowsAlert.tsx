import { Alert } from 'antd';
import { ApiError } from '../../api/client.ts';
import { useT } from '../../i18n/index.tsx';
import { errorText } from '../../components/errors.tsx';

/** An import's refusal: the summary, then every problem by sheet row (`rows.12.debitFen`). */
export function ImportRowsAlert({ error }: { error: unknown }) {
  const t = useT();
  if (!error) return null;
  const fields = error instanceof ApiError ? error.fields : [];
  return (
    <Alert
      type="error"
      showIcon
      className="block-gap"
      data-testid="finance-import-errors"
      title={errorText(t, error)}
      description={
        fields.length > 0 ? (
          <ul className="no-margin">
            {fields.map((f) => {
              const row = /^rows\.(\d+)/.exec(f.field)?.[1];
              return (
                <li key={`${f.field}-${f.id}`}>
                  {row ? `${t('finance.import.row', { row })} ` : ''}
                  {f.message}
                </li>
              );
            })}
          </ul>
        ) : null
      }
    />
  );
}
