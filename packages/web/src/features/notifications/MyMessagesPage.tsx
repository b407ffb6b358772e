import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { Card } from '../../light/Card.tsx';
import { ErrorAlert } from '../../light/ErrorAlert.tsx';
import { Spinner } from '../../light/Spinner.tsx';
import type { OwnMessages } from './api.ts';
import './notifications.css';

/** 我的消息, on the villager's phone (light kit): what the village told their household, newest first. */
export default function MyMessagesPage() {
  const t = useT();
  const { villageId } = useVillage();
  const { data, error } = useApi<OwnMessages>(`/api/villages/${villageId}/my-messages`);
  return (
    <div className="page villager-home" data-testid="my-messages-page">
      <h1 className="villager-h1">{t('notifications.mine.title')}</h1>
      <p className="l-secondary">{t('notifications.mine.hint')}</p>
      {error && !data && <ErrorAlert error={error} />}
      <Card className="block-gap-top">
        {!data ? (
          <Spinner />
        ) : data.items.length === 0 ? (
          <p className="l-secondary">{t('notifications.mine.none')}</p>
        ) : (
          <ul className="my-messages-list" data-testid="my-messages-list">
            {data.items.map((m) => (
              <li key={m.id} data-testid="my-message">
                <strong>{m.heading}</strong>
                <div>{m.line}</div>
                <div className="l-secondary">
                  {t.date(m.on)} ·{' '}
                  <a href={m.link} target="_blank" rel="noreferrer">
                    {t('notifications.mine.open')}
                  </a>
                </div>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
