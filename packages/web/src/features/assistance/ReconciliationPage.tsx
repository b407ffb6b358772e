import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { Button } from 'antd';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { ErrorAlert } from '../../light/ErrorAlert.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { PrintFooter, PrintFrame } from '../matters/PrintFrame.tsx';
import { reconciliationApi, reconciliationPage, type Reconciliation } from './api.ts';
import './assistance.css';

type Group = 'both' | 'paperOnly' | 'onlineOnly' | 'neither' | 'notDue';
const GROUPS: Group[] = ['both', 'paperOnly', 'onlineOnly', 'neither', 'notDue'];

/**
 * 签到核对报告 on A4: who signed the paper sheet, who checked in online (their own scan or by
 * 代办), who did both (counted once) and who is absent; the supervision committee's members
 * sign it here (each once), and the paper carries the report's fingerprint and the QR back.
 */
export default function ReconciliationPage() {
  const t = useT();
  const { villageId = '', meetingId = '' } = useParams();
  const path = reconciliationApi(villageId, meetingId);
  const { data, error, reload } = useApi<Reconciliation>(path);
  const [failed, setFailed] = useState<unknown>(null);
  if (error && !data)
    return (
      <div className="narrow-page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!data) return <PageLoading />;
  const sign = () => {
    setFailed(null);
    api(`${path}/signatures`, { method: 'POST' }).then(reload, setFailed);
  };
  return (
    <PrintFrame backTo={`/v/${villageId}/meetings/${meetingId}`} testId="reconciliation-page">
      <h1 className="print-title" data-testid="print-title">
        {t('reconciliation.title')}
      </h1>
      <div className="print-number">
        {data.meeting.title}（{t.date(data.meeting.meetingOn)}）
      </div>
      <p>{t('reconciliation.intro')}</p>
      <p data-testid="reconciliation-counts">
        <strong>
          {t('reconciliation.counts', { due: data.dueCount, present: data.countedOnce })}
        </strong>
      </p>
      {GROUPS.map((g) => (
        <section key={g} data-testid={`reconciliation-${g}`}>
          <h2>
            {t(`reconciliation.${g}`)}（{data[g].length}）
          </h2>
          <p>
            {data[g].length === 0
              ? t('assistance.none')
              : data[g]
                  .map((p) =>
                    p.assistedBy
                      ? `${p.name}${t('reconciliation.assisted', { name: p.assistedBy })}`
                      : p.name,
                  )
                  .join('、')}
          </p>
        </section>
      ))}
      <h2>{t('reconciliation.signatures')}</h2>
      <ul data-testid="reconciliation-signatures">
        {data.signatures.map((s) => (
          <li key={s.personId}>
            {t('reconciliation.signed', { name: s.name, at: t.dateTime(s.signedAt) })}
            {!s.current && t('reconciliation.signedStale')}
          </li>
        ))}
      </ul>
      {failed !== null && <ErrorAlert error={failed} />}
      {data.abilities.signReconciliation && (
        <Button className="reconciliation-sign" onClick={sign} data-testid="reconciliation-sign">
          {t('reconciliation.sign')}
        </Button>
      )}
      <div className="print-spacer" />
      <PrintFooter
        url={`${window.location.origin}${reconciliationPage(villageId, meetingId)}`}
        fingerprint={data.auditFingerprint}
        extra={
          <div>
            {t('reconciliation.fingerprint')} <code className="print-hash">{data.fingerprint}</code>
          </div>
        }
      />
    </PrintFrame>
  );
}
