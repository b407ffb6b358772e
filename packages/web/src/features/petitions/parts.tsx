import { Link, useNavigate } from 'react-router-dom';
import { Tag } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { DataList, type Column } from '../../components/DataList.tsx';
import { LedgerButton } from '../../components/LedgerButton.tsx';
import type { PetitionStatus, PetitionSummary } from './api.ts';
import { petitionsPage } from './api.ts';

const STATUS_COLOR: Record<PetitionStatus, string> = {
  registered: 'default',
  forwarded: 'warning',
  assigned: 'warning',
  handling: 'processing',
  answered: 'success',
  reviewing: 'processing',
  reviewed: 'success',
  reReviewing: 'processing',
  closed: 'default',
  notAccepted: 'default',
};

export function PetitionStatusTag({ status, testId }: { status: PetitionStatus; testId?: string }) {
  const t = useT();
  return (
    <Tag color={STATUS_COLOR[status]} data-testid={testId}>
      {t(`petitions.status.${status}`)}
    </Tag>
  );
}

/** The last day of the clock running now, in red with 逾期 when the office is late on it. */
export function DueCell({ dueOn, overdue }: { dueOn: string | null; overdue: boolean }) {
  const t = useT();
  if (!dueOn) return null;
  return (
    <span data-testid={overdue ? 'petition-overdue' : undefined}>
      {t.date(dueOn)}
      {overdue && (
        <>
          {' '}
          <Tag color="error">{t('petitions.overdue')}</Tag>
        </>
      )}
    </span>
  );
}

/**
 * Petitions as a table (a village's, or the town office's across villages with `withVillage`).
 * The petitioner's column is empty for a reader who does not handle the petition.
 */
export function PetitionTable({
  rows,
  withVillage,
}: {
  rows: PetitionSummary[];
  withVillage?: boolean;
}) {
  const t = useT();
  const navigate = useNavigate();
  const link = (r: PetitionSummary) => `${petitionsPage(r.villageId)}/${r.id}`;
  const columns: Column<PetitionSummary>[] = [
    {
      key: 'number',
      title: t('petitions.number'),
      render: (r) => (
        <span className="tabular">{t('petitions.numberText', { number: r.number })}</span>
      ),
      width: 90,
      hideOnPhone: true,
    },
    ...(withVillage
      ? [
          {
            key: 'village',
            title: t('petitions.village'),
            render: (r: PetitionSummary) => r.villageName,
          },
        ]
      : []),
    {
      key: 'subject',
      title: t('petitions.subject'),
      primary: true,
      render: (r) => (
        <Link to={link(r)} data-testid="petition-link" onClick={(e) => e.stopPropagation()}>
          <span className="cell-wrap">{r.subject}</span>
        </Link>
      ),
    },
    {
      key: 'petitioner',
      title: t('petitions.people'),
      render: (r) => (
        <span data-testid="petition-petitioner">
          {r.petitionerName ?? ''}
          {r.participants > 1 ? `（${r.participants}人）` : ''}
        </span>
      ),
    },
    { key: 'form', title: t('petitions.form'), render: (r) => t(`petitions.form.${r.form}`) },
    { key: 'receivedOn', title: t('petitions.receivedOn'), render: (r) => t.date(r.receivedOn) },
    { key: 'department', title: t('petitions.department'), render: (r) => r.department ?? '' },
    {
      key: 'status',
      title: t('petitions.status'),
      render: (r) => <PetitionStatusTag status={r.status} />,
    },
    {
      key: 'dueOn',
      title: t('petitions.dueOn'),
      render: (r) => <DueCell dueOn={r.dueOn} overdue={r.overdue} />,
    },
  ];
  return (
    <DataList
      rows={rows}
      rowKey={(r) => r.id}
      columns={columns}
      onOpen={(r) => void navigate(link(r))}
      rowTestId="petition-row"
      testId="petitions-list"
      empty={t('petitions.empty')}
    />
  );
}

/** The 台账 of a period as Excel: the village's (`/petitions.xlsx`) or the town's combined one. */
export function PetitionLedgerButton({ path, testId }: { path: string; testId: string }) {
  const t = useT();
  return (
    <LedgerButton
      href={(from, to) => `${path}?from=${from}&to=${to}`}
      labels={{
        button: t('petitions.export'),
        from: t('petitions.ledger.from'),
        to: t('petitions.ledger.to'),
        download: t('petitions.ledger.download'),
      }}
      testId={testId}
    />
  );
}
