import { lazy, Suspense, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Button, Flex, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useApi } from '../../api/useApi.ts';
import type { ComplaintListResponse, ComplaintSummary } from './api.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { DataList, type Column } from '../../components/DataList.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { AnswerStateTag, ComplaintStatusTag } from './parts.tsx';

const RecordComplaintDrawer = lazy(() => import('./RecordComplaintDrawer.tsx'));

/** 投诉站: the complaints the reader may see (never one referred to the town), newest first. */
export default function ComplaintsPage() {
  const t = useT();
  const navigate = useNavigate();
  const { villageId } = useVillage();
  const base = `/v/${villageId}/complaints`;
  const { data, error, reload } = useApi<ComplaintListResponse>(
    `/api/villages/${villageId}/complaints`,
  );
  const [recording, setRecording] = useState(false);

  const columns: Column<ComplaintSummary>[] = [
    {
      key: 'number',
      title: t('complaints.number'),
      render: (r) => (
        <span className="tabular">{t('complaints.numberText', { number: r.number })}</span>
      ),
      width: 90,
      hideOnPhone: true,
    },
    {
      key: 'subject',
      title: t('complaints.subject'),
      primary: true,
      render: (r) => (
        <Link
          to={`${base}/${r.id}`}
          data-testid="complaint-link"
          onClick={(e) => e.stopPropagation()}
        >
          <span className="cell-wrap">{r.subject}</span>
        </Link>
      ),
    },
    {
      key: 'channel',
      title: t('complaints.channel'),
      render: (r) => (
        <>
          {t(`complaints.channel.${r.channel}`)}
          {r.anonymous && (
            <>
              {' '}
              <Tag>{t('complaints.anonymous')}</Tag>
            </>
          )}
        </>
      ),
    },
    { key: 'receivedOn', title: t('complaints.receivedOn'), render: (r) => t.date(r.receivedOn) },
    {
      key: 'handler',
      title: t('complaints.handler'),
      render: (r) => (r.handlerName ? t.pick(r.handlerName) : ''),
    },
    {
      key: 'status',
      title: t('complaints.status'),
      render: (r) => (
        <>
          <ComplaintStatusTag status={r.status} />
          <AnswerStateTag state={r.answerState} />
        </>
      ),
    },
    {
      key: 'dueOn',
      title: t('complaints.dueOn'),
      render: (r) => (r.dueOn ? t.date(r.dueOn) : ''),
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
    <div className="page" data-testid="complaints-page">
      <Flex justify="space-between" align="center" wrap gap={8} className="page-head">
        <div>
          <Typography.Title level={1} className="no-margin page-title">
            {t('complaints.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('complaints.hint')}</Typography.Text>
        </div>
        {data.abilities.receiveComplaints && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setRecording(true)}
            data-testid="complaint-record"
          >
            {t('complaints.record')}
          </Button>
        )}
      </Flex>
      <DataList
        rows={data.items}
        rowKey={(r) => r.id}
        columns={columns}
        onOpen={(r) => void navigate(`${base}/${r.id}`)}
        rowTestId="complaint-row"
        testId="complaints-list"
        empty={t('complaints.empty')}
      />
      {recording && (
        <Suspense fallback={null}>
          <RecordComplaintDrawer
            villageId={villageId}
            onClose={() => {
              setRecording(false);
              reload();
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
