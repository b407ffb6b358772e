import { useParams } from 'react-router-dom';
import { useApi } from '../../../api/useApi.ts';
import { useT } from '../../../i18n/index.tsx';
import { ErrorAlert } from '../../../components/errors.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { PrintFooter, PrintFrame, Signature } from '../../matters/PrintFrame.tsx';
import { duesApi, duesPage, yuan, type DuesStatement } from './api.ts';
import './dues.css';

/**
 * 党费收缴情况年度统计表 on A4, for filing with the town Party committee: each member's months
 * owed, the standard's total, paid, arrears and the months unpaid in a row, the totals, and the
 * branch's seal and signature. No incomes: the standard only.
 */
export default function StatementPrintPage() {
  const t = useT();
  const { villageId = '', year = '' } = useParams();
  const { data, error } = useApi<DuesStatement>(`${duesApi(villageId)}/statement?year=${year}`);
  if (error && !data)
    return (
      <div className="narrow-page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!data) return <PageLoading />;
  const page = duesPage(villageId);
  const tot = data.totals;
  return (
    <PrintFrame backTo={page} testId="party-dues-statement-print">
      <div className="print-village">{`${data.townName}${data.villageName}`}</div>
      <h1 className="print-title">{t('partyDues.print.title', { year: data.year })}</h1>
      <div className="print-body">
        <p>{t('partyDues.print.intro', { on: t.date(data.asOf), n: tot.members })}</p>
        <table className="dues-print-table" data-testid="party-dues-statement-rows">
          <thead>
            <tr>
              <th>{t('partyDues.print.no')}</th>
              <th>{t('partyDues.member')}</th>
              <th>{t('partyDues.print.months')}</th>
              <th>{t('partyDues.print.due')}</th>
              <th>{t('partyDues.print.paid')}</th>
              <th>{t('partyDues.arrears')}</th>
              <th>{t('partyDues.run')}</th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((r, i) => (
              <tr key={r.personId}>
                <td>{i + 1}</td>
                <td>
                  {r.name}
                  {r.leftOn && `（${t('partyDues.print.left', { on: t.date(r.leftOn) })}）`}
                </td>
                <td>
                  {r.monthsOwed}
                  {r.noBasisMonths > 0 &&
                    `（${t('partyDues.print.noBasis', { n: r.noBasisMonths })}）`}
                </td>
                <td>{yuan(r.dueFen)}</td>
                <td>{yuan(r.paidFen)}</td>
                <td>
                  {r.arrearsMonths === 0
                    ? '—'
                    : t('partyDues.arrears.some', {
                        n: r.arrearsMonths,
                        amount: yuan(r.arrearsFen),
                      })}
                </td>
                <td>
                  {r.unpaidRun}
                  {r.lapsed && ` ${t('partyDues.print.lapsed')}`}
                </td>
              </tr>
            ))}
            <tr className="dues-print-total">
              <td />
              <td>{t('partyDues.print.total', { n: tot.members })}</td>
              <td>{tot.monthsOwed}</td>
              <td>{yuan(tot.dueFen)}</td>
              <td>{yuan(tot.paidFen)}</td>
              <td>
                {tot.arrearsMonths === 0
                  ? '—'
                  : t('partyDues.arrears.some', {
                      n: tot.arrearsMonths,
                      amount: yuan(tot.arrearsFen),
                    })}
              </td>
              <td>{tot.lapsed > 0 ? t('partyDues.print.lapsedCount', { n: tot.lapsed }) : ''}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <Signature
        issuer={t('partyDues.print.issuer', { village: data.villageName })}
        date={t.date(data.asOf)}
      />
      <PrintFooter
        url={`${window.location.origin}${page}`}
        scan={t('partyDues.print.scan')}
        fingerprint={null}
      />
    </PrintFrame>
  );
}
