import { useState } from 'react';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { useVillage } from '../../app/villageContext.ts';
import { useT } from '../../i18n/index.tsx';
import { Button } from '../../light/Button.tsx';
import { Card } from '../../light/Card.tsx';
import { ErrorAlert } from '../../light/ErrorAlert.tsx';
import { Spinner } from '../../light/Spinner.tsx';
import { assistanceApi, type ConsentView, type OwnAssistance } from './api.ts';
import { AskConsentCard } from './AskConsentCard.tsx';

/**
 * 代办记录 on the villager's phone (light kit): everything done for them with their consent, the
 * consents they gave (revocable), and those their household gave them — asked for here by code
 * (AskConsentCard). Only their own.
 */
export default function MyAssistancePage() {
  const t = useT();
  const { villageId } = useVillage();
  const { data, error, reload } = useApi<OwnAssistance>(`${assistanceApi(villageId)}/mine`);
  const [busy, setBusy] = useState<string | null>(null);
  const [failed, setFailed] = useState<unknown>(null);
  if (error && !data) return <ErrorAlert error={error} />;
  if (!data) return <Spinner />;

  const revoke = async (c: ConsentView) => {
    if (!window.confirm(t('assistance.mine.revokeConfirm'))) return;
    setBusy(c.id);
    try {
      await api(`${assistanceApi(villageId)}/consents/${c.id}/revoke`, { method: 'POST' });
      reload();
    } catch (e) {
      setFailed(e);
    } finally {
      setBusy(null);
    }
  };
  const consent = (c: ConsentView, mine: boolean) => (
    <Card key={c.id} className="block-gap" data-testid="my-consent">
      <div>
        {mine
          ? c.agentName
            ? t('assistance.agent.relative', { name: c.agentName })
            : t('assistance.agent.cadres')
          : c.person.name}
        {' · '}
        {c.actNames.map((n) => t.pick(n)).join('、')}
      </div>
      <div className="l-secondary">
        {c.revokedOn
          ? t('assistance.revoked', { date: t.date(c.revokedOn) })
          : `${t('assistance.until', { date: t.date(c.endsOn) })} · ${
              c.inForce ? t('assistance.inForce') : t('assistance.notInForce')
            }`}
      </div>
      {mine && !c.revokedOn && (
        <Button
          kind="link"
          loading={busy === c.id}
          onClick={() => void revoke(c)}
          data-testid="consent-revoke"
        >
          {t('assistance.revoke')}
        </Button>
      )}
    </Card>
  );
  return (
    <div className="page villager-home" data-testid="my-assistance-page">
      <h1 className="villager-h1">{t('assistance.mine.title')}</h1>
      <p className="l-secondary">{t('assistance.mine.intro')}</p>
      {failed !== null && <ErrorAlert error={failed} />}
      <h2>{t('assistance.mine.forMe')}</h2>
      {data.actsForMe.length === 0 && <p className="l-secondary">{t('assistance.none')}</p>}
      {data.actsForMe.map((a) => (
        <Card key={a.id} className="block-gap" data-testid="act-for-me">
          <div>
            {t.pick(a.actName)}：{a.subject}
          </div>
          <div className="l-secondary">
            {t('assistance.by', { name: a.agentName })} · {t.dateTime(a.doneAt)}
          </div>
        </Card>
      ))}
      <h2>{t('assistance.mine.myConsents')}</h2>
      {data.myConsents.length === 0 && <p className="l-secondary">{t('assistance.none')}</p>}
      {data.myConsents.map((c) => consent(c, true))}
      {data.givenToMe.length > 0 && (
        <>
          <h2>{t('assistance.mine.givenToMe')}</h2>
          {data.givenToMe.map((c) => consent(c, false))}
        </>
      )}
      <AskConsentCard villageId={villageId} onDone={reload} />
    </div>
  );
}
