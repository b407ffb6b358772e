import { Link } from 'react-router-dom';
import { useT } from '../i18n/index.tsx';
import { Shell } from './Shell.tsx';
import { Result } from '../light/feedback.tsx';

export default function NotFoundPage() {
  const t = useT();
  return (
    <Shell>
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
    </Shell>
  );
}
