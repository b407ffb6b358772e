import { Link } from 'react-router-dom';
import { useT } from '../i18n/index.tsx';
import { Shell } from './Shell.tsx';
import { Result } from '../light/feedback.tsx';

export default function NotFoundPage() {
  return (
    <Shell>
      <NotFoundResult />
    </Shell>
  );
}

/** 页面不存在, inside a frame already drawn (a path under a village that no page takes). */
export function NotFoundResult() {
  const t = useT();
  return (
    <Result
      status="404"
      title={t('app.notFound')}
      subTitle={t('app.notFound.hint')}
      extra={
        <Link to="/" className="l-btn l-btn-primary">
          {t('app.home')}
        </Link>
      }
    />
  );
}
