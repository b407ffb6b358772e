import { Link } from 'react-router-dom';
import { Button, Result } from 'antd';
import { useT } from '../i18n/index.tsx';
import { Shell } from './Shell.tsx';

export default function NotFoundPage() {
  const t = useT();
  return (
    <Shell>
      <Result
        status="404"
        title={t('app.notFound')}
        subTitle={t('app.notFound.hint')}
        extra={
          <Link to="/">
            <Button type="primary">{t('app.home')}</Button>
          </Link>
        }
      />
    </Shell>
  );
}
