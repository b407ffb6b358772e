import { lazy, Suspense, useState } from 'react';
import {
  Button,
  Descriptions,
  Flex,
  Popconfirm,
  Space,
  Tag,
  Typography,
  App as AntApp,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { DataList, type Column } from '../../components/DataList.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { FindingsList } from '../archive/FindingsList.tsx';
import type { AuditsPage as Page, AuditView } from './api.ts';
import { DemandsSection } from './DemandsSection.tsx';

const ArrangeAuditDrawer = lazy(() => import('./ArrangeAuditDrawer.tsx'));
const ReportAuditDrawer = lazy(() => import('./ReportAuditDrawer.tsx'));

const STATUS_COLOR = { arranged: 'processing', reported: 'warning', published: 'success' } as const;

/** What an audit found, under its row. */
function AuditDetail({ a }: { a: AuditView }) {
  const t = useT();
  return (
    <Descriptions size="small" column={1} className="block-gap">
      {a.persons.length > 0 && (
        <Descriptions.Item label={t('audits.persons')}>
          {a.persons.map((p) => p.name).join('、')}
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('audits.items')}>
        {a.items.map((i) => t.pick(i.name)).join('；')}
      </Descriptions.Item>
      {a.conclusion && (
        <Descriptions.Item label={t('audits.conclusion')}>
          <span className="pre-wrap">{a.conclusion}</span>
        </Descriptions.Item>
      )}
      {a.amounts.length > 0 && (
        <Descriptions.Item label={t('audits.amounts')}>
          {a.amounts.map((x) => `${x.label}：${x.amount.text}`).join('；')}
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}

/** 经济责任审计: the committee's term and departure audits, demanded audits, their findings. */
export default function AuditsPage() {
  const t = useT();
  const { message } = AntApp.useApp();
  const { villageId } = useVillage();
  const base = `/api/villages/${villageId}`;
  const { data, error, reload } = useApi<Page>(`${base}/responsibility-audits`);
  const [arranging, setArranging] = useState(false);
  const [reporting, setReporting] = useState<AuditView | null>(null);

  if (error && !data)
    return (
      <div className="page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!data) return <PageLoading />;
  const may = data.abilities.recordAudits;

  const publish = async (a: AuditView) => {
    try {
      await api(`${base}/responsibility-audits/${a.id}/publish`, { method: 'POST', body: {} });
      reload();
    } catch (cause) {
      void message.error(cause instanceof Error ? cause.message : String(cause));
    }
  };

  const columns: Column<AuditView>[] = [
    {
      key: 'number',
      title: t('audits.number'),
      render: (a) => t('audits.numberText', { number: a.number }),
      width: 80,
      hideOnPhone: true,
    },
    { key: 'kind', title: t('audits.kind'), render: (a) => t.pick(a.kindName) },
    {
      key: 'subject',
      title: t('audits.subject'),
      primary: true,
      render: (a) => (
        <div className="cell-wrap">
          {a.subject}
          <AuditDetail a={a} />
        </div>
      ),
    },
    {
      key: 'period',
      title: t('audits.period'),
      render: (a) => t('audits.periodText', { from: t.date(a.periodFrom), to: t.date(a.periodTo) }),
      hideOnPhone: true,
    },
    {
      key: 'auditor',
      title: t('audits.auditor'),
      render: (a) => a.auditor.name,
      hideOnPhone: true,
    },
    {
      key: 'status',
      title: t('audits.status'),
      render: (a) => (
        <Tag color={STATUS_COLOR[a.status]}>
          {t(`audits.status.${a.status}`)}
          {a.publishedOn ? ` ${t.date(a.publishedOn)}` : ''}
        </Tag>
      ),
    },
    {
      key: 'actions',
      title: '',
      render: (a) =>
        a.noticeId ? (
          <Link to={`/v/${villageId}/notices/${a.noticeId}`} data-testid="audits-notice">
            {t('audits.notice')}
          </Link>
        ) : may && a.status !== 'published' ? (
          <Space wrap>
            <Button size="small" onClick={() => setReporting(a)} data-testid="audits-report">
              {t('audits.report')}
            </Button>
            {a.status === 'reported' && (
              <Popconfirm title={t('audits.publish')} onConfirm={() => void publish(a)}>
                <Button size="small" type="primary" data-testid="audits-publish">
                  {t('audits.publish')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        ) : null,
    },
  ];

  return (
    <div className="page" data-testid="audits-page">
      <Flex justify="space-between" align="center" wrap gap={8} className="page-head">
        <div>
          <Typography.Title level={1} className="no-margin page-title">
            {t('audits.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('audits.hint')}</Typography.Text>
          <div>
            <Typography.Text type="secondary">{data.citations[0]?.text}</Typography.Text>
          </div>
        </div>
        {may && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setArranging(true)}
            data-testid="audits-arrange"
          >
            {t('audits.arrange')}
          </Button>
        )}
      </Flex>
      <FindingsList
        title={t('audits.findings', { count: data.findings.length })}
        findings={data.findings}
        testId="audits-findings"
      />
      <Typography.Title level={2} className="section-title">
        {t('audits.list')}
      </Typography.Title>
      <DataList
        rows={data.audits}
        rowKey={(a) => a.id}
        columns={columns}
        rowTestId="audits-row"
        testId="audits-list"
        empty={t('audits.empty')}
      />
      <DemandsSection villageId={villageId} page={data} onChanged={reload} />
      <Suspense fallback={null}>
        {arranging && (
          <ArrangeAuditDrawer
            villageId={villageId}
            page={data}
            onClose={() => setArranging(false)}
            onDone={() => {
              setArranging(false);
              reload();
            }}
          />
        )}
        {reporting && (
          <ReportAuditDrawer
            villageId={villageId}
            audit={reporting}
            onClose={() => setReporting(null)}
            onDone={() => {
              setReporting(null);
              reload();
            }}
          />
        )}
      </Suspense>
    </div>
  );
}
