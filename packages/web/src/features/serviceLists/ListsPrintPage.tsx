import { useParams, useSearchParams } from 'react-router-dom';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { PrintFooter, PrintFrame, Signature } from '../matters/PrintFrame.tsx';
import { listsApi, listsPagePath, quarterQuery, type ListsPage } from './api.ts';
import './serviceLists.css';

/**
 * The quarter's three lists on A4 for the board (公示栏): needs, resources and projects as ruled
 * tables, the day they were published, the two committees with room for the seal, a QR code to
 * the lists online and the audit fingerprint of their publication (the event holds both lists
 * whole, so the paper can be checked against the chain).
 */
export default function ListsPrintPage() {
  const t = useT();
  const { villageId = '' } = useParams();
  const [params] = useSearchParams();
  const year = Number(params.get('year'));
  const quarterNumber = Number(params.get('quarter'));
  const asked = year && quarterNumber ? { year, quarter: quarterNumber } : null;
  const { data, error } = useApi<ListsPage>(
    `${listsApi(villageId)}/service-lists${quarterQuery(asked)}`,
  );
  if (error && !data)
    return (
      <div className="narrow-page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!data) return <PageLoading />;
  const q = data.quarter;
  const page = `${listsPagePath(villageId)}${quarterQuery(q)}`;
  return (
    <PrintFrame backTo={page} testId="lists-print-page">
      <header className="print-village">{data.villageName}</header>
      <h1 className="print-title" data-testid="print-title">
        {t('serviceLists.print.title', { quarter: t.pick(q.name) })}
      </h1>
      <div className="print-number" data-testid="lists-print-published">
        {q.publishedOn
          ? t('serviceLists.print.published', { on: t.date(q.publishedOn) })
          : t('serviceLists.print.unpublished')}
      </div>
      <div className="lists-print-section">{t('serviceLists.needs')}</div>
      <table className="lists-print-table" data-testid="lists-print-needs">
        <thead>
          <tr>
            <th>{t('serviceLists.number')}</th>
            <th>{t('serviceLists.source')}</th>
            <th>{t('serviceLists.summary')}</th>
          </tr>
        </thead>
        <tbody>
          {data.needs.map((n) => (
            <tr key={n.id}>
              <td>{n.number}</td>
              <td>
                {t.pick(n.sourceName)}
                {n.recordCount > 0 &&
                  `（${t('serviceLists.recordCount', { count: n.recordCount })}）`}
              </td>
              <td>{n.summary}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="lists-print-section">{t('serviceLists.resources')}</div>
      <table className="lists-print-table" data-testid="lists-print-resources">
        <thead>
          <tr>
            <th>{t('serviceLists.number')}</th>
            <th>{t('serviceLists.kind')}</th>
            <th>{t('serviceLists.name')}</th>
            <th>{t('serviceLists.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {data.resources.map((r) => (
            <tr key={r.id}>
              <td>{r.number}</td>
              <td>{t.pick(r.kindName)}</td>
              <td>
                {r.name}
                {r.detail && `：${r.detail}`}
              </td>
              <td>{r.amount?.text ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="lists-print-section">{t('serviceLists.projects')}</div>
      <table className="lists-print-table" data-testid="lists-print-projects">
        <thead>
          <tr>
            <th>{t('serviceLists.number')}</th>
            <th>{t('serviceLists.project')}</th>
            <th>{t('serviceLists.designer')}</th>
            <th>{t('serviceLists.needsServed')}</th>
            <th>{t('serviceLists.budget')}</th>
            <th>{t('serviceLists.state')}</th>
          </tr>
        </thead>
        <tbody>
          {data.projects.map((p) => (
            <tr key={p.id}>
              <td>{p.number}</td>
              <td>
                {p.title}
                {p.result && `：${p.result}`}
              </td>
              <td>{p.designerName}</td>
              <td>{p.needs.map((n) => n.number).join('、')}</td>
              <td>{p.budget.text}</td>
              <td>{t.pick(p.stateName)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Signature
        issuer={`${data.villageName}${t('serviceLists.print.issuer')}`}
        date={t.date(q.publishedOn)}
      />
      <div className="print-spacer" />
      <PrintFooter
        url={`${window.location.origin}${page}`}
        scan={t('serviceLists.print.scan')}
        fingerprint={data.fingerprint}
      />
    </PrintFrame>
  );
}
