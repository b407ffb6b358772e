import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { Card } from '../../light/Card.tsx';
import { ErrorAlert } from '../../light/ErrorAlert.tsx';
import { Spinner } from '../../light/Spinner.tsx';
import { partyApi, type OwnPartyRecord } from './api.ts';

/**
 * 我的组织生活 on a Party member's phone (light kit): their unit and status, and the meetings
 * they were listed at — present, on leave or absent, with a rating at 民主评议党员. Only their own.
 */
export default function MyPartyPage() {
  const t = useT();
  const { villageId } = useVillage();
  const { data, error } = useApi<OwnPartyRecord>(`${partyApi(villageId)}/mine`);
  if (error && !data) return <ErrorAlert error={error} />;
  if (!data) return <Spinner />;
  const m = data.member;
  return (
    <div className="page villager-home" data-testid="my-party-page">
      <h1 className="villager-h1">{t('party.mine.title')}</h1>
      {!m ? (
        <p className="l-secondary">{t('party.mine.none')}</p>
      ) : (
        <>
          <Card className="block-gap">
            <div data-testid="my-party-status">
              {m.unitName ?? t('party.unassigned')} · {t(`party.status.${m.status}`)}
            </div>
            {m.joinedOn && (
              <div className="l-secondary">
                {t('party.mine.joined', { on: t.date(m.joinedOn) })}
              </div>
            )}
          </Card>
          <h2>{t('party.mine.meetings')}</h2>
          {data.meetings.length === 0 && <p className="l-secondary">{t('party.meetings.none')}</p>}
          <ul className="dues-lines" data-testid="my-party-meetings">
            {data.meetings.map((x) => (
              <li key={x.id} className="dues-line">
                <span>
                  {t.date(x.heldOn)} {t(`party.kind.${x.kind}`)} · {x.topic}
                </span>
                <span>
                  {t(`party.presence.${x.presence}`)}
                  {x.rating ? ` · ${t(`party.rating.${x.rating}`)}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
