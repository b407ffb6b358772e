import { Link } from 'react-router-dom';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { Card } from '../../light/Card.tsx';
import { ErrorAlert } from '../../light/ErrorAlert.tsx';
import { Spinner } from '../../light/Spinner.tsx';
import type { OwnMessages } from './api.ts';
import './notifications.css';

type Message = OwnMessages['items'][number];

/**
 * The record's page: the villager's own (a path in the app), or a notice on the public portal;
 * none for a record with no page of theirs (a petition: its answers come as letters).
 */
function MessageLink({ m }: { m: Message }) {
  const t = useT();
  if (!m.link) return null;
  if (m.link.startsWith('/v/')) return <Link to={m.link}>{t('notifications.mine.openOwn')}</Link>;
  return (
    <a href={m.link} target="_blank" rel="noreferrer">
      {t('notifications.mine.open')}
    </a>
  );
}

/**
 * 我的消息, on the villager's phone (light kit): what the village told their household, and what
 * it told them of their own requests and complaints, newest first; a deadline stands out.
 */
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
              <li
                key={m.id}
                data-testid="my-message"
                data-kind={m.kind}
                className={m.reason === 'deadline' ? 'my-message-deadline' : undefined}
              >
                <strong>{t(`notifications.kind.${m.kind}`)}</strong>
                <div>{m.line}</div>
                <div className="l-secondary">
                  {t.date(m.on)}
                  {m.link && ' · '}
                  <MessageLink m={m} />
                </div>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
