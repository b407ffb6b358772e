import { useParams } from 'react-router-dom';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { PrintFrame } from '../matters/PrintFrame.tsx';
import { outboxApi, outboxPath, type DeliveryDetail, type HouseholdDelivery } from './api.ts';
import './notifications.css';

/** The households of a notice by grid, in the order the runner walks them (the page's order). */
function byGrid(rows: readonly HouseholdDelivery[]): Array<[string | null, HouseholdDelivery[]]> {
  const groups = new Map<string | null, HouseholdDelivery[]>();
  for (const r of rows) groups.set(r.grid, [...(groups.get(r.grid) ?? []), r]);
  return [...groups];
}

/**
 * The printed batch: one A4 sheet per grid for the grid worker who carries the notice door to
 * door, the notice's line at the top, each household's number, addressee and address, and room
 * for the one who received it to sign and date. It goes back to the committee for the file.
 */
export default function PrintSheetsPage() {
  const t = useT();
  const { villageId = '', noticeId = '' } = useParams();
  const { data, error } = useApi<DeliveryDetail>(`${outboxApi(villageId)}/${noticeId}`);
  if (error && !data)
    return (
      <div className="narrow-page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!data) return <PageLoading />;
  return (
    <PrintFrame
      backTo={`${outboxPath(villageId)}/${noticeId}`}
      testId="outbox-print-page"
      hint={t('notifications.print.hint')}
    >
      {byGrid(data.households).map(([grid, rows]) => (
        <section key={grid ?? ''} className="outbox-sheet" data-testid="outbox-sheet">
          <h1 className="print-title">
            {t('notifications.print.title', { title: data.notice.title })}
          </h1>
          <p>
            {t('notifications.print.grid', { grid: grid ?? t('notifications.print.noGrid') })} ·{' '}
            {t.date(data.notice.publishedOn)}
          </p>
          {data.texts && <p>{data.texts.line}</p>}
          <table className="outbox-sheet-table">
            <thead>
              <tr>
                <th>{t('notifications.household')}</th>
                <th>{t('notifications.addressee')}</th>
                <th>{t('notifications.print.address')}</th>
                <th>{t('notifications.print.sign')}</th>
                <th>{t('notifications.print.date')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.householdId}>
                  <td>{r.householdNumber}</td>
                  <td>{r.addressee}</td>
                  <td>{r.address}</td>
                  <td />
                  <td />
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </PrintFrame>
  );
}
