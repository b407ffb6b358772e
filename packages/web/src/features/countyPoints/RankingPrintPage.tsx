import { useParams } from 'react-router-dom';
import { fromYuanText, toYuanText, type Fen } from '@cunzhi/core/money';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { PrintFooter, PrintFrame, Signature } from '../matters/PrintFrame.tsx';
import { BASE, PAGE, type SchemeDetail } from './api.ts';
import { yuan } from './nav.ts';
import './countyPoints.css';

/**
 * The county ranking for the notice board (A4): the scheme, the publicity period (or the day
 * the ranking became final), each village's points on every indicator, its rank and its project
 * fund with the total, the county's signature, a QR code to the scheme's page and the audit
 * fingerprint of the publication (or of the final ranking). Counts only: no person is named.
 */
export default function RankingPrintPage() {
  const t = useT();
  const { schemeId = '' } = useParams();
  const { data, error } = useApi<SchemeDetail>(`${BASE}/${schemeId}`);
  if (error && !data)
    return (
      <div className="narrow-page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!data) return <PageLoading />;
  const { scheme } = data;
  const page = `${PAGE}/${schemeId}`;
  const ranked = data.villages.filter((l) => l.rank !== null);
  const final = scheme.status === 'final' || scheme.status === 'awarded';
  const sum = ranked.reduce((s, l) => s + fromYuanText(l.amount ?? '0'), 0n) as Fen;
  const indicators = scheme.indicators.map((w) => w.indicator);
  return (
    <PrintFrame backTo={page} testId="county-points-print-page">
      <h1 className="print-title" data-testid="print-title">
        {t('countyPoints.print.title', { county: scheme.countyName, year: scheme.year })}
      </h1>
      <div className="print-body">
        <p>
          {final
            ? t('countyPoints.print.final', {
                title: scheme.title,
                date: t.date(scheme.finalisedOn ?? ''),
              })
            : scheme.publicityStartsOn && scheme.publicityEndsOn
              ? t('countyPoints.print.intro', {
                  title: scheme.title,
                  from: t.date(scheme.publicityStartsOn),
                  to: t.date(scheme.publicityEndsOn),
                })
              : t('countyPoints.print.draft')}
        </p>
      </div>
      <div className="print-body">
        <p>{t('countyPoints.print.columns')}</p>
      </div>
      <table className="county-points-print-table" data-testid="print-ranking">
        <thead>
          <tr>
            <th>{t('countyPoints.rank')}</th>
            <th>{t('countyPoints.village')}</th>
            {indicators.map((i) => (
              <th key={i}>{t(`countyPoints.indicator.${i}`)}</th>
            ))}
            <th>{t('countyPoints.total')}</th>
            <th>{t('countyPoints.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {ranked.map((l) => (
            <tr key={l.villageId}>
              <td className="num">{l.rank}</td>
              <td>
                {l.townName} {l.villageName}
              </td>
              {indicators.map((i) => (
                <td key={i} className="num">
                  {l.byIndicator?.[i] ?? ''}
                </td>
              ))}
              <td className="num">{l.total}</td>
              <td className="num">{l.amount === null ? '' : yuan(l.amount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="print-closing" data-testid="print-sum">
        {t('countyPoints.print.sum', { amount: yuan(toYuanText(sum)) })}
      </div>
      <Signature
        issuer={t('countyPoints.print.issuer', { county: scheme.countyName })}
        date={t.date(scheme.finalisedOn ?? scheme.publicityStartsOn ?? data.on)}
      />
      <div className="print-spacer" />
      <PrintFooter
        url={`${window.location.origin}${page}`}
        scan={t('countyPoints.print.scan')}
        fingerprint={data.fingerprint}
      />
    </PrintFrame>
  );
}
