import { useParams, useSearchParams } from 'react-router-dom';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { PrintFooter, PrintFrame, Signature } from '../matters/PrintFrame.tsx';
import { listsApi, listsPagePath, quarterQuery, type ListsPage } from './api.ts';
import './serviceLists.css';

/** One list as a ruled table under its heading. */
function PrintTable(props: {
  title: string;
  testId: string;
  head: string[];
  rows: Array<{ key: string; cells: Array<string | number> }>;
}) {
  return (
    <>
      <div className="lists-print-section">{props.title}</div>
      <table className="lists-print-table" data-testid={props.testId}>
        <thead>
          <tr>
            {props.head.map((h) => (
              <th key={h}>{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr key={r.key}>
              {r.cells.map((c, i) => (
                <td key={i}>{c}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

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
      <PrintTable
        title={t('serviceLists.needs')}
        testId="lists-print-needs"
        head={[t('serviceLists.number'), t('serviceLists.source'), t('serviceLists.summary')]}
        rows={data.needs.map((n) => ({
          key: n.id,
          cells: [
            n.number,
            n.recordCount > 0
              ? `${t.pick(n.sourceName)}（${t('serviceLists.recordCount', { count: n.recordCount })}）`
              : t.pick(n.sourceName),
            n.summary,
          ],
        }))}
      />
      <PrintTable
        title={t('serviceLists.resources')}
        testId="lists-print-resources"
        head={[
          t('serviceLists.number'),
          t('serviceLists.kind'),
          t('serviceLists.name'),
          t('serviceLists.amount'),
        ]}
        rows={data.resources.map((r) => ({
          key: r.id,
          cells: [
            r.number,
            t.pick(r.kindName),
            r.detail ? `${r.name}：${r.detail}` : r.name,
            r.amount?.text ?? '—',
          ],
        }))}
      />
      <PrintTable
        title={t('serviceLists.projects')}
        testId="lists-print-projects"
        head={[
          t('serviceLists.number'),
          t('serviceLists.project'),
          t('serviceLists.designer'),
          t('serviceLists.needsServed'),
          t('serviceLists.budget'),
          t('serviceLists.state'),
        ]}
        rows={data.projects.map((p) => ({
          key: p.id,
          cells: [
            p.number,
            p.result ? `${p.title}：${p.result}` : p.title,
            p.designerName,
            p.needs.map((n) => n.number).join('、'),
            p.budget.text,
            t.pick(p.stateName),
          ],
        }))}
      />
      <Signature
        issuer={t('serviceLists.print.issuer', { village: data.villageName })}
        date={t.date(q.publishedOn)}
      />
      <div className="print-spacer" />
      <PrintFooter
        url={`${window.location.origin}/v/${villageId}/our-lists${quarterQuery(q)}`}
        scan={t('serviceLists.print.scan')}
        fingerprint={data.fingerprint}
      />
    </PrintFrame>
  );
}
