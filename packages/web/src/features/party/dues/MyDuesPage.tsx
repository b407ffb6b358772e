import { useApi } from '../../../api/useApi.ts';
import { useT } from '../../../i18n/index.tsx';
import { useVillage } from '../../../app/villageContext.ts';
import { Card } from '../../../light/Card.tsx';
import { ErrorAlert } from '../../../light/ErrorAlert.tsx';
import { Spinner } from '../../../light/Spinner.tsx';
import { duesApi, yuan, type OwnDues } from './api.ts';
import './dues.css';

/**
 * 我的党费 on a Party member's phone (light kit): this month's standard, the year's months paid
 * and due, and what is in arrears. Only their own; anyone else sees that there is nothing here.
 */
export default function MyDuesPage() {
  const t = useT();
  const { villageId } = useVillage();
  const { data, error } = useApi<OwnDues>(`${duesApi(villageId)}/me`);
  if (error && !data) return <ErrorAlert error={error} />;
  if (!data) return <Spinner />;
  return (
    <div className="page villager-home" data-testid="my-dues-page">
      <h1 className="villager-h1">{t('partyDues.mine.title')}</h1>
      {!data.member ? (
        <p className="l-secondary">{t('partyDues.mine.none')}</p>
      ) : (
        <>
          <Card className="block-gap">
            <div data-testid="my-dues-standard">
              {data.monthlyDuesFen === null
                ? t('partyDues.basis.none')
                : t('partyDues.mine.standard', { amount: yuan(data.monthlyDuesFen) })}
            </div>
            <div className="l-secondary" data-testid="my-dues-arrears">
              {data.arrearsMonths === 0
                ? t('partyDues.arrears.none')
                : t('partyDues.arrears.some', {
                    n: data.arrearsMonths,
                    amount: yuan(data.arrearsFen),
                  })}
            </div>
          </Card>
          <h2>{t('partyDues.mine.year', { year: data.year })}</h2>
          <ul className="dues-lines" data-testid="my-dues-lines">
            {data.lines.map((l) => (
              <li key={l.month} className="dues-line">
                <span>
                  {t('partyDues.month', {
                    year: Number(l.month.slice(0, 4)),
                    month: Number(l.month.slice(5, 7)),
                  })}
                </span>
                <span>
                  {l.paidFen !== null
                    ? t('partyDues.mine.paid', { amount: yuan(l.paidFen) })
                    : l.inArrears
                      ? t('partyDues.mine.owed')
                      : t('partyDues.mine.notYet')}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
