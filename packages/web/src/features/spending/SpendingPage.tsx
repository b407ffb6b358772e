import { lazy, Suspense, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Button, Flex, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useApi } from '../../api/useApi.ts';
import type { SpendingListResponse, SpendingSummary } from './api.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { DataList, type Column } from '../../components/DataList.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { SpendingStatusTag } from './parts.tsx';

const NewSpendingDrawer = lazy(() => import('./NewSpendingDrawer.tsx'));

/** 支出: every spending request with its authority, where it stands in the chain, holds and payment. */
export default function SpendingPage() {
  const t = useT();
  const navigate = useNavigate();
  const { villageId } = useVillage();
  const base = `/v/${villageId}/spending`;
  const { data, error } = useApi<SpendingListResponse>(`/api/villages/${villageId}/spending`);
  const [creating, setCreating] = useState(false);

  const columns: Column<SpendingSummary>[] = [
    {
      key: 'number',
      title: t('spending.number'),
      render: (r) => (
        <span className="tabular">{t('spending.numberText', { number: r.number })}</span>
      ),
      width: 80,
      hideOnPhone: true,
    },
    {
      key: 'purpose',
      title: t('spending.purpose'),
      primary: true,
      render: (r) => (
        <Link
          to={`${base}/${r.id}`}
          data-testid="spending-link"
          onClick={(e) => e.stopPropagation()}
        >
          <span className="cell-wrap">{r.purpose}</span>
        </Link>
      ),
    },
    { key: 'payee', title: t('spending.payee'), render: (r) => r.payee },
    {
      key: 'amount',
      title: t('spending.amount'),
      align: 'right',
      render: (r) => <span className="tabular">{r.amount.text}</span>,
    },
    {
      key: 'authority',
      title: t('spending.authority'),
      render: (r) => (
        <span className="cell-wrap cell-narrow">
          {r.resolution ? r.resolution.numberText : t.pick(r.authorityName)}
        </span>
      ),
    },
    {
      key: 'status',
      title: t('spending.status'),
      render: (r) => <SpendingStatusTag status={r.status} onHold={r.onHold} />,
    },
    {
      key: 'next',
      title: t('spending.next'),
      render: (r) =>
        r.status === 'pending'
          ? r.nextStepName
            ? t.pick(r.nextStepName)
            : t('spending.next.none')
          : r.paidOn
            ? t.date(r.paidOn)
            : '',
    },
  ];

  if (error && !data)
    return (
      <div className="page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!data) return <PageLoading />;

  return (
    <div className="page" data-testid="spending-page">
      <Flex justify="space-between" align="center" wrap gap={8} className="page-head">
        <div>
          <Typography.Title level={1} className="no-margin page-title">
            {t('spending.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('spending.hint')}</Typography.Text>
        </div>
        {data.abilities.manageSpending && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="spending-new"
          >
            {t('spending.new')}
          </Button>
        )}
      </Flex>
      <DataList
        rows={data.requests}
        rowKey={(r) => r.id}
        columns={columns}
        onOpen={(r) => void navigate(`${base}/${r.id}`)}
        rowTestId="spending-row"
        testId="spending-list"
        empty={t('spending.empty')}
      />
      {creating && (
        <Suspense fallback={null}>
          <NewSpendingDrawer
            villageId={villageId}
            onClose={() => setCreating(false)}
            onCreated={(id) => void navigate(`${base}/${id}`)}
          />
        </Suspense>
      )}
    </div>
  );
}
