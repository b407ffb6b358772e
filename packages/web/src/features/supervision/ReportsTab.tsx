import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { DataList, type Column } from '../../components/DataList.tsx';
import { supervisionPage, type ReportSummary, type SupervisionOverview } from './api.ts';
import { NewButton, ReportStatusTag, useNumbered } from './parts.tsx';
import { ReportDrawer } from './ReportDrawer.tsx';

/** 监督报告: the reports, drafted, voted on, published or rejected, and drafting one. */
export default function ReportsTab({ data }: { data: SupervisionOverview }) {
  const t = useT();
  const navigate = useNavigate();
  const { villageId } = useVillage();
  const numbered = useNumbered();
  const base = `${supervisionPage(villageId)}/reports`;
  const [creating, setCreating] = useState(false);
  const columns: Column<ReportSummary>[] = [
    {
      key: 'number',
      title: t('supervision.number'),
      render: (r) => <span className="tabular">{numbered.report(r.number)}</span>,
      hideOnPhone: true,
    },
    {
      key: 'title',
      title: t('supervision.report.title'),
      primary: true,
      render: (r) => (
        <Link to={`${base}/${r.id}`} data-testid="report-link" onClick={(e) => e.stopPropagation()}>
          <span className="cell-wrap">{r.title}</span>
        </Link>
      ),
    },
    { key: 'kind', title: t('supervision.report.kind'), render: (r) => t.pick(r.kindName) },
    {
      key: 'status',
      title: t('supervision.status'),
      render: (r) => <ReportStatusTag status={r.status} />,
    },
    {
      key: 'publishedOn',
      title: t('supervision.report.publishedOn'),
      render: (r) => (r.publishedOn ? t.date(r.publishedOn) : ''),
    },
  ];
  return (
    <>
      {data.abilities.supervise && (
        <NewButton
          label={t('supervision.report.new')}
          testId="report-new"
          onClick={() => setCreating(true)}
        />
      )}
      <DataList
        rows={data.reports}
        rowKey={(r) => r.id}
        columns={columns}
        onOpen={(r) => void navigate(`${base}/${r.id}`)}
        rowTestId="report-row"
        testId="report-list"
        empty={t('supervision.report.empty')}
      />
      {creating && (
        <ReportDrawer
          villageId={villageId}
          inspections={data.inspections}
          onClose={() => setCreating(false)}
          onSaved={(report) => void navigate(`${base}/${report.id}`)}
        />
      )}
    </>
  );
}
