import { useParams } from 'react-router-dom';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { PrintFooter, PrintFrame } from '../matters/PrintFrame.tsx';
import { petitionsApi, petitionsPage, type LetterResponse } from './api.ts';

type Letter = LetterResponse['letter'];

/** The letter's own paragraph: what was decided, and why where the law asks for reasons. */
function Body({ l }: { l: Letter }) {
  const t = useT();
  const d = (v: string | null) => (v ? t.date(v) : '');
  const vars = {
    received: d(l.receivedOn),
    accepted: d(l.acceptedOn),
    subject: l.subject,
    days: l.extendedDays,
    due: d(l.handleDueOn),
  };
  if (l.kind === 'acceptance') return <p>{t('petitions.letter.acceptance.body', vars)}</p>;
  if (l.kind === 'refusal' || l.kind === 'extension')
    return (
      <>
        <p>{t(`petitions.letter.${l.kind}.body`, vars)}</p>
        <p className="pre-wrap" data-testid="letter-reason">
          {l.reason}
        </p>
      </>
    );
  return (
    <>
      <p>{t('petitions.letter.opinion.body', vars)}</p>
      {l.opinionName && (
        <p data-testid="letter-opinion">
          {t('petitions.letter.opinionLine', { opinion: t.pick(l.opinionName) })}
        </p>
      )}
      <p className="pre-wrap">{l.answer}</p>
      <p data-testid="letter-next-review">
        {l.nextReview && l.nextReviewDueOn
          ? t(`petitions.letter.nextReview.${l.nextReview}`, { due: d(l.nextReviewDueOn) })
          : t('petitions.letter.final')}
      </p>
    </>
  );
}

/**
 * A letter to the petitioner on A4 (受理告知书, 不予受理告知书, 延期告知书, 信访处理意见书, 复查 and 复核
 * opinions), numbered 〔2026〕第N号, issued by the department (or the town) with room for the
 * seal; the footer carries the audit event of the step that issued it. Handlers only (it names
 * the petitioner).
 */
export default function LetterPrintPage() {
  const t = useT();
  const { villageId = '', petitionId = '', kind = '' } = useParams();
  const { data, error } = useApi<LetterResponse>(
    `${petitionsApi(villageId)}/${petitionId}/letters/${kind}`,
  );
  if (error && !data)
    return (
      <div className="narrow-page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!data) return <PageLoading />;
  const l = data.letter;
  const page = `${petitionsPage(villageId)}/${petitionId}`;
  return (
    <PrintFrame backTo={page} testId="petition-letter-print">
      <div className="print-village">{l.issuer}</div>
      <h1 className="print-title">{t(`petitions.letter.${l.kind}`)}</h1>
      <div className="print-number" data-testid="letter-number">
        {l.number}
      </div>
      <div className="print-body">
        <p>{t('petitions.letter.to', { names: l.petitioners.join('、') })}</p>
        <Body l={l} />
        <p className="small-print">
          {t('petitions.letter.law')} ·{' '}
          {t('petitions.letter.petitionNumber', {
            village: l.villageName,
            number: l.petitionNumber,
          })}
        </p>
      </div>
      <div className="print-signature">
        <div className="print-issuer">{l.issuer}</div>
        <div className="print-seal">{t('petitions.letter.seal')}</div>
        <div className="print-date">{t.date(l.issuedOn)}</div>
      </div>
      <div className="print-spacer" />
      <PrintFooter url={`${window.location.origin}${page}`} fingerprint={l.fingerprint} />
    </PrintFrame>
  );
}
