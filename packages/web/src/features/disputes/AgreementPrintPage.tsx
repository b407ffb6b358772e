import { useParams } from 'react-router-dom';
import { useApi } from '../../api/useApi.ts';
import type { DisputeResponse } from './api.ts';
import { useT } from '../../i18n/index.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { PrintFooter, PrintFrame, Signature } from '../matters/PrintFrame.tsx';
import { disputesApi } from './parts.tsx';
import './disputes.css';

/**
 * The 人民调解协议书 on A4 (《人民调解法》第二十八、二十九条): its number 〔year〕第N号, the parties,
 * the facts and points in dispute, the terms and how they are performed, a line for each
 * party's signature with a box for the fingerprint, the mediator's, and the committee's seal;
 * the last day to apply together for judicial confirmation (第三十三条) once it is in effect.
 */
export default function AgreementPrintPage() {
  const t = useT();
  const { villageId = '', disputeId = '' } = useParams();
  const { data, error } = useApi<DisputeResponse>(`${disputesApi(villageId)}/${disputeId}`);
  if (error && !data)
    return (
      <div className="narrow-page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!data) return <PageLoading />;
  const d = data.dispute;
  const a = d.agreement;
  const committee = `${d.village.name}人民调解委员会`;
  const paragraphs = (text: string) =>
    text
      .split(/\n+/)
      .filter((p) => p.trim())
      .map((p, i) => <p key={i}>{p}</p>);
  return (
    <PrintFrame
      backTo={`/v/${villageId}/disputes/${d.id}`}
      testId="agreement-print"
      hint={t('disputes.print.hint')}
    >
      <header className="print-village" data-testid="print-village">
        {committee}
      </header>
      <h1 className="print-title" data-testid="print-title">
        {t('disputes.print.title')}
      </h1>
      {a?.numberText && (
        <div className="print-number" data-testid="print-number">
          {a.numberText}
        </div>
      )}
      <section className="print-body" data-testid="print-parties">
        {d.partyList.map((p) => (
          <p key={p.id} className="agreement-party">
            {t('disputes.print.party')}：{p.name}
            {p.address ? `\u3000${t('disputes.print.address')}：${p.address}` : ''}
          </p>
        ))}
      </section>
      <h2 className="print-section">{t('disputes.print.facts')}</h2>
      <div className="print-body" data-testid="print-facts">
        {paragraphs(d.facts)}
      </div>
      <h2 className="print-section">{t('disputes.print.terms')}</h2>
      <div className="print-body" data-testid="print-terms">
        {a && paragraphs(a.terms)}
      </div>
      <h2 className="print-section">{t('disputes.print.performance')}</h2>
      <div className="print-body">{a && paragraphs(a.performance)}</div>
      <div className="print-body">
        <p>{t('disputes.print.copies', { copies: d.partyList.length + 1 })}</p>
        <p data-testid="print-confirm">
          {a?.confirmLastDay
            ? t('disputes.print.confirm', { date: t.date(a.confirmLastDay) })
            : t('disputes.print.confirmPending')}
        </p>
      </div>
      <table className="print-table agreement-signs" data-testid="print-signs">
        <tbody>
          {d.partyList.map((p) => (
            <tr key={p.id}>
              <th>{t('disputes.print.partySign')}</th>
              <td>{p.name}</td>
              <td>
                <span className="agreement-fingerprint">{t('disputes.print.fingerprint')}</span>
              </td>
              <td>
                {t('disputes.print.signedOn')}：{p.signedOn ? t.date(p.signedOn) : ''}
              </td>
            </tr>
          ))}
          <tr>
            <th>{t('disputes.print.mediatorSign')}</th>
            <td>{a?.mediator?.name ?? ''}</td>
            <td />
            <td>
              {t('disputes.print.signedOn')}：
              {a?.mediatorSignedOn ? t.date(a.mediatorSignedOn) : ''}
            </td>
          </tr>
        </tbody>
      </table>
      <Signature
        issuer={committee}
        date={a?.sealedOn ? t.date(a.sealedOn) : t('disputes.print.sealPlace')}
      />
      <PrintFooter
        url={`${window.location.origin}/v/${villageId}/disputes/${d.id}`}
        fingerprint={d.fingerprint}
        scan={t('disputes.print.scan')}
      />
    </PrintFrame>
  );
}
