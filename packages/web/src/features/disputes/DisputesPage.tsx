import { lazy, Suspense, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Alert, Button, Flex, Space, Tabs, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useApi } from '../../api/useApi.ts';
import type { DisputeListResponse, DisputeSummary } from './api.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { DataList, type Column } from '../../components/DataList.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { LedgerButton } from '../../components/LedgerButton.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { DisputeStateTag, disputesApi } from './parts.tsx';

const RegisterDisputeDrawer = lazy(() => import('./RegisterDisputeDrawer.tsx'));

/** The mediation register: the committee's composition, then every dispute newest first. */
export default function DisputesPage() {
  const t = useT();
  const navigate = useNavigate();
  const { villageId } = useVillage();
  const base = `/v/${villageId}/disputes`;
  const [view, setView] = useState<'open' | 'ended'>('open');
  const { data, error, reload } = useApi<DisputeListResponse>(
    `${disputesApi(villageId)}?view=${view}`,
  );
  const [registering, setRegistering] = useState(false);

  const columns: Column<DisputeSummary>[] = [
    {
      key: 'number',
      title: t('disputes.number'),
      render: (r) => <span className="tabular">{r.numberText}</span>,
      width: 120,
      hideOnPhone: true,
    },
    {
      key: 'subject',
      title: t('disputes.subject'),
      primary: true,
      render: (r) => (
        <Link
          to={`${base}/${r.id}`}
          data-testid="dispute-link"
          onClick={(e) => e.stopPropagation()}
        >
          <span className="cell-wrap">{r.subject}</span>
        </Link>
      ),
    },
    { key: 'parties', title: t('disputes.parties'), render: (r) => r.parties.join('、') },
    {
      key: 'category',
      title: t('disputes.category'),
      render: (r) => t(`disputes.category.${r.category}`),
      hideOnPhone: true,
    },
    { key: 'receivedOn', title: t('disputes.receivedOn'), render: (r) => t.date(r.receivedOn) },
    {
      key: 'state',
      title: t('disputes.state'),
      render: (r) => (
        <>
          <DisputeStateTag state={r.state} /> {t(`disputes.stage.${r.stage}`)}
        </>
      ),
    },
    {
      key: 'confirmLastDay',
      title: t('disputes.confirmLastDay'),
      render: (r) => (r.confirmLastDay ? t.date(r.confirmLastDay) : ''),
    },
  ];

  if (error && !data)
    return (
      <div className="page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!data) return <PageLoading />;
  const { committee } = data;

  return (
    <div className="page" data-testid="disputes-page">
      <Flex justify="space-between" align="center" wrap gap={8} className="page-head">
        <div>
          <Typography.Title level={1} className="no-margin page-title">
            {t('disputes.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('disputes.hint')}</Typography.Text>
        </div>
        <Space wrap>
          <Ledger
            file={`${disputesApi(villageId)}/ledger.xlsx`}
            label={t('disputes.ledger')}
            testId="disputes-ledger"
          />
          {data.abilities.handleTownDisputes && (
            <Ledger
              file="/api/town/disputes.xlsx"
              label={t('disputes.ledger.town')}
              testId="disputes-town-ledger"
            />
          )}
          {data.abilities.mediateDisputes && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setRegistering(true)}
              data-testid="dispute-register"
            >
              {t('disputes.register')}
            </Button>
          )}
        </Space>
      </Flex>
      <Alert
        className="block-gap"
        type={committee.findings.length ? 'warning' : 'success'}
        showIcon
        data-testid="disputes-committee"
        title={
          committee.findings.length
            ? t('disputes.committee.problems')
            : t('disputes.committee.ok', { members: committee.members })
        }
        description={
          committee.findings.length ? (
            <ul className="no-margin">
              {committee.findings.map((f) => (
                <li key={f}>{f}</li>
              ))}
            </ul>
          ) : undefined
        }
      />
      <Tabs
        activeKey={view}
        onChange={(key) => setView(key === 'ended' ? 'ended' : 'open')}
        data-testid="disputes-view"
        items={[
          { key: 'open', label: t('disputes.view.open', { n: data.counts.open }) },
          { key: 'ended', label: t('disputes.view.ended', { n: data.counts.ended }) },
        ]}
      />
      <DataList
        rows={data.items}
        rowKey={(r) => r.id}
        columns={columns}
        onOpen={(r) => void navigate(`${base}/${r.id}`)}
        rowTestId="dispute-row"
        testId="disputes-list"
        empty={t('disputes.empty')}
      />
      {registering && (
        <Suspense fallback={null}>
          <RegisterDisputeDrawer
            villageId={villageId}
            onClose={(id) => {
              setRegistering(false);
              if (id) void navigate(`${base}/${id}`);
              else reload();
            }}
          />
        </Suspense>
      )}
    </div>
  );
}

/** A 台账 export of the register (the village's, or the town's combined) for a period. */
function Ledger({ file, label, testId }: { file: string; label: string; testId: string }) {
  const t = useT();
  return (
    <LedgerButton
      href={(from, to) => `${file}?from=${from}&to=${to}`}
      labels={{
        button: label,
        from: t('disputes.ledger.from'),
        to: t('disputes.ledger.to'),
        download: label,
      }}
      testId={testId}
    />
  );
}
