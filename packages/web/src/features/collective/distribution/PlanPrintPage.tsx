import { useParams } from 'react-router-dom';
import { yuanText } from '@cunzhi/core/finance/voucher';
import { useApi } from '../../../api/useApi.ts';
import { useT } from '../../../i18n/index.tsx';
import { ErrorAlert } from '../../../components/errors.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { PrintFooter, PrintFrame, Signature } from '../../matters/PrintFrame.tsx';
import { distributionPage, distributionsApi, type PlanSheet } from './api.ts';

/**
 * 收益分配方案公告 on A4 for the notice board: the year's income, reserve, the committee's payment
 * and the pool in figures and capitals, how the remainder is divided, the adopting resolution,
 * then the dividend list by register number with its total; the council's seal, a QR code and the
 * drafting act's audit fingerprint.
 */
export default function PlanPrintPage() {
  const t = useT();
  const { villageId = '', planId = '' } = useParams();
  const { data, error } = useApi<PlanSheet>(`${distributionsApi(villageId)}/${planId}/sheet`);
  if (error && !data)
    return (
      <div className="narrow-page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!data) return <PageLoading />;
  const { plan, capitals } = data;
  const total = data.dividends.reduce((sum, d) => sum + d.amountFen, 0);
  return (
    <PrintFrame backTo={distributionPage(villageId)} testId="distribution-print-page">
      <div className="print-village">{data.villageName}</div>
      <h1 className="print-title">
        {t('distribution.print.title', { org: data.orgName, year: plan.year })}
      </h1>
      <div className="print-body">
        <p>
          {t('distribution.print.intro', {
            year: plan.year,
            income: capitals.income,
            incomeFigures: yuanText(plan.incomeFen),
            reserve: `${capitals.reserve}（${yuanText(plan.reserveFen)}）`,
            rate: `${plan.reserveRateBp / 100}%`,
            committee: `${capitals.committee}（${yuanText(plan.committeeFen)}）`,
            pool: `${capitals.pool}（${yuanText(plan.poolFen)}）`,
          })}
        </p>
        <p>
          {plan.resolution && plan.adoptedOn
            ? t('distribution.print.adopted', {
                resolution: plan.resolution,
                on: t.date(plan.adoptedOn),
              })
            : t('distribution.print.unadopted', {
                on: t.date(plan.publishedOn ?? plan.holdingsOn),
              })}
        </p>
        <table className="print-table" data-testid="distribution-print-rows">
          <thead>
            <tr>
              <th>{t('distribution.div.registerNo')}</th>
              <th>{t('distribution.div.payee')}</th>
              <th>{t('distribution.div.household')}</th>
              <th>{t('distribution.div.shares')}</th>
              <th>{t('distribution.div.amount')}</th>
            </tr>
          </thead>
          <tbody>
            {data.dividends.map((d) => (
              <tr key={d.id}>
                <td>{d.registerNo}</td>
                <td>{d.payeeName}</td>
                <td>{d.householdNumber}</td>
                <td>{d.shares}</td>
                <td>{yuanText(d.amountFen)}</td>
              </tr>
            ))}
            <tr>
              <td colSpan={3}>{t('distribution.print.total')}</td>
              <td>{plan.totalShares}</td>
              <td data-testid="distribution-print-total">{yuanText(total)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <Signature
        issuer={t('distribution.print.issuer', { org: data.orgName })}
        date={t.date(plan.adoptedOn ?? plan.publishedOn ?? plan.holdingsOn)}
      />
      <PrintFooter
        url={`${window.location.origin}${distributionPage(villageId)}`}
        fingerprint={data.fingerprint}
      />
    </PrintFrame>
  );
}
