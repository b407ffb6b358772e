import { useParams } from 'react-router-dom';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { PrintFooter, PrintFrame, Signature } from '../matters/PrintFrame.tsx';
import { moralApi, moralPagePath, type MoralListPageData } from './api.ts';
import './moralList.css';

/**
 * 评议告知书: the paper a cadre hands to a person proposed for the board (many have no phone):
 * what was proposed and on what facts, the last day to answer and how (on the phone or in
 * writing), which body will vote, and what a listing means under the rules — nothing more. The
 * QR code opens the person's own page; the fingerprint is the listing's latest act.
 */
export default function NoticePrintPage() {
  const t = useT();
  const { villageId = '', listingId = '' } = useParams();
  const { data, error } = useApi<MoralListPageData>(moralApi(villageId));
  const village = useApi<{ village: { name: string } }>(`/api/villages/${villageId}/frame`);
  if (error && !data)
    return (
      <div className="narrow-page">
        <ErrorAlert error={error} />
      </div>
    );
  const l = data?.listings.find((x) => x.id === listingId);
  if (!data || !l || !village.data) return <PageLoading />;
  const name = village.data.village.name;
  const body = data.rules ? t(`moralList.body.${data.rules.decidingBody}`) : '';
  return (
    <PrintFrame backTo={moralPagePath(villageId)} testId="moral-notice-page">
      <header className="print-village">{name}</header>
      <h1 className="print-title">{t('moralList.notice.title')}</h1>
      <div className="print-number">{l.number}</div>
      <p>{t('moralList.notice.to', { name: l.personName })}</p>
      <p className="moral-notice-text">
        {t('moralList.notice.body', {
          kind: t(`moralList.kind.${l.kind}`),
          facts: l.facts,
          due: t.date(l.answerDueOn),
          body,
          consequences: l.consequences,
        })}
      </p>
      <Signature issuer={`${name}${t('moralList.board.issuer')}`} date={t.date(l.notifiedOn)} />
      <div className="print-spacer" />
      <PrintFooter
        url={`${window.location.origin}/v/${villageId}/my-moral-list`}
        scan={t('moralList.notice.scan')}
        fingerprint={l.fingerprint}
      />
    </PrintFrame>
  );
}
