import { useParams } from 'react-router-dom';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { PrintFooter, PrintFrame, Signature } from '../matters/PrintFrame.tsx';
import { moralApi, moralPagePath, type MoralBoard } from './api.ts';
import './moralList.css';

/**
 * The board on A4 for the notice board: the red list, then the black list — name, facts, who
 * decided and when, the term — what a listing means under the village's rules, the committee
 * with room for the seal, a QR code to the board online and the audit fingerprint of the
 * latest act on the board. Names and facts only: no ID number is printed.
 */
export default function BoardPrintPage() {
  const t = useT();
  const { villageId = '' } = useParams();
  const { data, error } = useApi<MoralBoard>(`${moralApi(villageId)}/board`);
  if (error && !data)
    return (
      <div className="narrow-page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!data) return <PageLoading />;
  const section = (kind: 'red' | 'black') => {
    const lines = data.lines.filter((l) => l.kind === kind);
    return (
      <>
        <div className={`moral-print-section moral-print-${kind}`}>
          {t(`moralList.board.${kind}`)}
        </div>
        <table className="moral-print-table" data-testid={`moral-print-${kind}`}>
          <thead>
            <tr>
              <th>{t('moralList.number')}</th>
              <th>{t('moralList.person')}</th>
              <th>{t('moralList.facts')}</th>
              <th>{t('moralList.board.decided')}</th>
              <th>{t('moralList.board.term')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.length === 0 ? (
              <tr>
                <td colSpan={5}>{t('moralList.board.empty')}</td>
              </tr>
            ) : (
              lines.map((l) => (
                <tr key={l.number}>
                  <td>{l.number}</td>
                  <td>{l.personName}</td>
                  <td>{l.facts}</td>
                  <td>
                    {t.date(l.decidedOn)} {t(`moralList.body.${l.decidedByBody}`)}
                  </td>
                  <td>
                    {t.date(l.publishedOn)}—{t.date(l.expiresOn)}
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </>
    );
  };
  return (
    <PrintFrame backTo={moralPagePath(villageId)} testId="moral-print-page">
      <header className="print-village">{data.villageName}</header>
      <h1 className="print-title">{t('moralList.board.title')}</h1>
      <div className="print-number">{t('moralList.board.asOf', { on: t.date(data.on) })}</div>
      {section('red')}
      {section('black')}
      {data.rules && (
        <p className="moral-print-meaning">
          {t('moralList.board.meaning', {
            resolution: data.rules.resolutionLabel,
            consequences: data.rules.consequences,
          })}
        </p>
      )}
      <Signature
        issuer={`${data.villageName}${t('moralList.board.issuer')}`}
        date={t.date(data.on)}
      />
      <div className="print-spacer" />
      <PrintFooter
        url={`${window.location.origin}${moralPagePath(villageId)}/print`}
        scan={t('moralList.board.scan')}
        fingerprint={data.fingerprint}
      />
    </PrintFrame>
  );
}
