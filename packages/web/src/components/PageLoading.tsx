import { useT } from '../i18n/index.tsx';
import { Spinner } from '../light/Spinner.tsx';

export function PageLoading() {
  const t = useT();
  return (
    <div className="page-loading" data-testid="page-loading" role="status">
      <Spinner />
      <div className="page-loading-text">{t('app.loading')}</div>
    </div>
  );
}
