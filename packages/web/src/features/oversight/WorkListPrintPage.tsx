import { addDays } from '@cunzhi/core/rules/dayCount';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { useApi } from '../../api/useApi.ts';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { useT } from '../../i18n/index.tsx';
import { PrintFrame } from '../matters/PrintFrame.tsx';
import type { WorkList } from './api.ts';
import './oversight.css';

/** The week's work on an A4 sheet: what is overdue or due within seven days, the earliest first. */
export default function WorkListPrintPage() {
  const t = useT();
  const { data, error } = useApi<WorkList>('/api/oversight/work');
  if (error && !data) return <ErrorAlert error={error} />;
  if (!data) return <PageLoading />;
  const week = data.items.filter(
    (i) => i.urgency === 'overdue' || i.urgency === 'today' || i.urgency === 'soon',
  );
  const to = addDays(data.on as CalendarDate, 7);
  return (
    <PrintFrame backTo="/town/work" testId="work-print-page" hint="">
      <h1 className="print-title" data-testid="print-title">
        {t('oversight.work.print.title', { from: t.date(data.on), to: t.date(to) })}
      </h1>
      <p className="print-body">{t('oversight.work.print.intro', { n: week.length })}</p>
      <table className="oversight-print-table" data-testid="work-print-table">
        <thead>
          <tr>
            <th>{t('oversight.work.due')}</th>
            <th>{t('oversight.work.kind')}</th>
            <th>{t('oversight.village')}</th>
            <th>{t('oversight.work.item')}</th>
          </tr>
        </thead>
        <tbody>
          {week.map((i) => (
            <tr key={`${i.kind}:${i.recordId}`}>
              <td>
                {i.dueOn ? t.date(i.dueOn) : ''} {t(`oversight.work.urgency.${i.urgency}`)}
              </td>
              <td>{t(`oversight.work.kind.${i.kind}`)}</td>
              <td>{i.villageName}</td>
              <td>{i.title}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </PrintFrame>
  );
}
