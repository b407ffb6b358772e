import { useSearchParams } from 'react-router-dom';
import { useApi } from '../../api/useApi.ts';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { useT } from '../../i18n/index.tsx';
import { PrintFrame } from '../matters/PrintFrame.tsx';
import { FIGURES, scopeQuery, type Dashboard } from './api.ts';
import { partyShortText } from './partyShort.ts';
import './oversight.css';

/** The dashboard's table on an A4 sheet (landscape fits its columns): the villages and the total. */
export default function DashboardPrintPage() {
  const t = useT();
  const [params] = useSearchParams();
  const query = scopeQuery(params.get('level'), params.get('id'));
  const { data, error } = useApi<Dashboard>(`/api/oversight/dashboard${query}`);
  if (error && !data) return <ErrorAlert error={error} />;
  if (!data) return <PageLoading />;
  // the screen names the short kinds on hover; paper has no hover, so they are listed below the table
  const partyShort = data.villages.filter((v) => v.figures.partyMeetingsShort);
  return (
    <PrintFrame backTo={`/town/dashboard${query}`} testId="dashboard-print-page" hint="">
      <h1 className="print-title">{t('oversight.print.title', { name: data.scope.name })}</h1>
      <p className="print-body">{t('oversight.print.asOf', { date: t.date(data.on) })}</p>
      <table className="oversight-print-table" data-testid="dashboard-print-table">
        <thead>
          <tr>
            <th>{t('oversight.village')}</th>
            {FIGURES.map((f) => (
              <th key={f.key}>{t(`oversight.figure.${f.key}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.villages.map((v) => (
            <tr key={v.id}>
              <td>{v.name}</td>
              {FIGURES.map((f) => (
                <td key={f.key}>{v.figures[f.key] ?? '—'}</td>
              ))}
            </tr>
          ))}
          <tr className="oversight-total">
            <td>{t('oversight.total')}</td>
            {FIGURES.map((f) => (
              <td key={f.key}>{data.total[f.key] ?? '—'}</td>
            ))}
          </tr>
        </tbody>
      </table>
      {partyShort.length > 0 && (
        <div className="print-body" data-testid="dashboard-print-party-short">
          <p>{t('oversight.print.partyShort')}</p>
          {partyShort.map((v) => (
            <p key={v.id}>
              {v.name}：{partyShortText(t, v)}
            </p>
          ))}
        </div>
      )}
    </PrintFrame>
  );
}
