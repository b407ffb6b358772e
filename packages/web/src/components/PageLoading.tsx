import { Spin } from 'antd';
import { useT } from '../i18n/index.tsx';

export function PageLoading() {
  const t = useT();
  return (
    <div className="page-loading" data-testid="page-loading">
      <Spin size="large" description={t('app.loading')} />
    </div>
  );
}
