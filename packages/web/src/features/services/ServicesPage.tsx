import { lazy, Suspense, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Button, Flex, Space, Tabs, Typography } from 'antd';
import { PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { useMe } from '../../app/session.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { DataList, type Column } from '../../components/DataList.tsx';
import { LedgerButton } from '../../components/LedgerButton.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { servicesApi, servicesPage, type QueueResponse, type RequestSummary } from './api.ts';
import { EscalationTag, StateTag } from './parts.tsx';

const CounterOrderDrawer = lazy(() => import('./CounterOrderDrawer.tsx'));
const CatalogueTab = lazy(() => import('./CatalogueTab.tsx'));

/** The station: its queue due first (overdue and escalation flagged), what is closed, its catalogue. */
export default function ServicesPage() {
  const t = useT();
  const { villageId } = useVillage();
  const me = useMe();
  const [tab, setTab] = useState('open');
  const [ordering, setOrdering] = useState(false);
  const queue = useApi<QueueResponse>(
    tab === 'catalogue' ? null : `${servicesApi(villageId)}/requests?show=${tab}`,
  );
  const abilities = queue.data?.abilities;
  return (
    <div className="page" data-testid="services-page">
      <Flex justify="space-between" align="center" wrap gap={8} className="page-head">
        <div>
          <Typography.Title level={1} className="no-margin page-title">
            {t('services.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('services.hint')}</Typography.Text>
        </div>
        <Space wrap>
          {abilities?.handleServiceRequests && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setOrdering(true)}
              data-testid="services-counter"
            >
              {t('services.counter')}
            </Button>
          )}
          <Link to={`${servicesPage(villageId)}/board/print`}>
            <Button icon={<PrinterOutlined />} data-testid="services-board">
              {t('services.wallBoard')}
            </Button>
          </Link>
          <LedgerButton
            href={(from, to) => `${servicesApi(villageId)}/ledger.xlsx?from=${from}&to=${to}`}
            labels={{
              button: t('services.ledger'),
              from: t('services.ledger.from'),
              to: t('services.ledger.to'),
              download: t('services.ledger.download'),
            }}
            testId="services-ledger"
          />
          {me.staffUnits.includes('government') && (
            // a town's (county's) official: every village's requests in one sheet
            <LedgerButton
              href={(from, to) => `/api/town/services.xlsx?from=${from}&to=${to}`}
              labels={{
                button: t('services.ledger.town'),
                from: t('services.ledger.from'),
                to: t('services.ledger.to'),
                download: t('services.ledger.download'),
              }}
              testId="services-town-ledger"
            />
          )}
        </Space>
      </Flex>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'open', label: t('services.tab.queue') },
          { key: 'closed', label: t('services.tab.closed') },
          { key: 'catalogue', label: t('services.tab.catalogue') },
        ]}
      />
      {tab === 'catalogue' ? (
        <Suspense fallback={<PageLoading />}>
          <CatalogueTab villageId={villageId} />
        </Suspense>
      ) : (
        <Queue villageId={villageId} state={queue} />
      )}
      {ordering && (
        <Suspense fallback={null}>
          <CounterOrderDrawer
            villageId={villageId}
            onClose={() => {
              setOrdering(false);
              queue.reload();
            }}
          />
        </Suspense>
      )}
    </div>
  );
}

function Queue({
  villageId,
  state,
}: {
  villageId: string;
  state: ReturnType<typeof useApi<QueueResponse>>;
}) {
  const t = useT();
  const navigate = useNavigate();
  const base = servicesPage(villageId);
  if (state.error && !state.data) return <ErrorAlert error={state.error} />;
  if (!state.data) return <PageLoading />;
  const columns: Column<RequestSummary>[] = [
    {
      key: 'number',
      title: t('services.receiptNumber'),
      render: (r) => <span className="tabular">{r.receiptNumber}</span>,
      width: 130,
      hideOnPhone: true,
    },
    {
      key: 'item',
      title: t('services.item'),
      primary: true,
      render: (r) => (
        <Link
          to={`${base}/${r.id}`}
          onClick={(e) => e.stopPropagation()}
          data-testid="service-link"
        >
          <span className="cell-wrap">{r.itemName}</span>
        </Link>
      ),
    },
    {
      key: 'window',
      title: t('services.window'),
      render: (r) => t('services.windowText', { number: r.windowNumber, name: r.windowName }),
      hideOnPhone: true,
    },
    { key: 'requester', title: t('services.requester'), render: (r) => r.requesterName },
    {
      key: 'state',
      title: t('services.state'),
      render: (r) => (
        <Space size={4} wrap>
          <StateTag state={r.state} />
          <EscalationTag e={r.escalation} />
        </Space>
      ),
    },
    { key: 'due', title: t('services.dueOn'), render: (r) => (r.dueOn ? t.date(r.dueOn) : '') },
    {
      key: 'firstContact',
      title: t('services.firstContact'),
      render: (r) => r.firstContactName ?? '',
    },
  ];
  return (
    <DataList
      rows={state.data.items}
      rowKey={(r) => r.id}
      columns={columns}
      onOpen={(r) => void navigate(`${base}/${r.id}`)}
      rowTestId="service-row"
      testId="services-queue"
      empty={t('services.empty')}
    />
  );
}
