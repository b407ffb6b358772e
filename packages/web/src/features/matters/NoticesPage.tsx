import { Link, useNavigate } from 'react-router-dom';
import { Flex, Select, Space, Tabs, Tag, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { NOTICE_KINDS } from '@cunzhi/core/disclosure/kinds';
import { useApi } from '../../api/useApi.ts';
import type {
  NoticeView,
  NoticesResponse,
  ResolutionListItem,
  ResolutionsResponse,
} from './api.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { DataList, type Column } from '../../components/DataList.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { noticeInForce, periodText, todayText, ValidityTag } from './parts.tsx';
import { useFilteredNotices, useNoticeFilters } from './noticeFilters.ts';

/** 村务公开: every notice the village has published, and its resolutions. */
export default function NoticesPage() {
  const t = useT();
  const { villageId, data: village } = useVillage();
  const { tab, kind, current, setParam } = useNoticeFilters();

  return (
    <div className="page" data-testid="notices-page">
      <Flex vertical className="page-head">
        <Typography.Title level={1} className="no-margin page-title">
          {t('notices.title')}
        </Typography.Title>
        <Typography.Text type="secondary">
          {t('notices.hint', { village: village.village.name })}
        </Typography.Text>
      </Flex>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParam('tab', key === 'notices' ? undefined : key)}
        items={[
          {
            key: 'notices',
            label: <span data-testid="tab-notices">{t('notices.tab.notices')}</span>,
            children: (
              <NoticeList villageId={villageId} kind={kind} current={current} setParam={setParam} />
            ),
          },
          {
            key: 'resolutions',
            label: <span data-testid="tab-resolutions">{t('notices.tab.resolutions')}</span>,
            children: <ResolutionList villageId={villageId} />,
          },
        ]}
      />
    </div>
  );
}

function NoticeList({
  villageId,
  kind,
  current,
  setParam,
}: {
  villageId: string;
  kind: string;
  current: boolean;
  setParam: (key: string, value: string | undefined) => void;
}) {
  const t = useT();
  const navigate = useNavigate();
  const base = `/v/${villageId}`;
  const { data, error, loading } = useApi<NoticesResponse>(`/api/villages/${villageId}/notices`);
  const today = todayText();
  const rows = useFilteredNotices(data?.items, kind, current);
  const columns: Column<NoticeView>[] = [
    {
      key: 'title',
      title: t('notices.titleField'),
      primary: true,
      render: (n) => (
        <Link
          to={`${base}/notices/${n.id}`}
          onClick={(e) => e.stopPropagation()}
          data-testid="notice-link"
          className="cell-wrap cell-wide"
        >
          {n.title}
        </Link>
      ),
    },
    { key: 'kind', title: t('notices.kind'), render: (n) => <Tag>{t.pick(n.kindName)}</Tag> },
    {
      key: 'period',
      title: t('notices.periodField'),
      render: (n) => (
        <Space size={4} wrap>
          <span>{periodText(t, n.publishedOn, n.periodEndsOn)}</span>
          {noticeInForce(n, today) ? (
            <Tag color="green" data-testid="notice-in-force">
              {t('notices.inForce')}
            </Tag>
          ) : null}
        </Space>
      ),
    },
    {
      key: 'matter',
      title: t('notices.matter'),
      render: (n) =>
        n.matter ? (
          <Link
            to={`${base}/matters/${n.matter.id}`}
            onClick={(e) => e.stopPropagation()}
            className="cell-wrap"
          >
            {t('matters.numberText', { number: n.matter.number })} {n.matter.title}
          </Link>
        ) : (
          '—'
        ),
    },
    {
      key: 'print',
      title: t('notices.print'),
      hideOnPhone: true,
      render: (n) => (
        <Link
          to={`${base}/notices/${n.id}/print`}
          target="_blank"
          onClick={(e) => e.stopPropagation()}
          data-testid="notice-print-link"
        >
          <PrinterOutlined /> {t('notices.print')}
        </Link>
      ),
    },
  ];
  return (
    <>
      <Space wrap className="filters">
        <Select
          allowClear
          className="filter-select"
          placeholder={t('notices.kind')}
          aria-label={t('notices.kind')}
          value={kind || undefined}
          onChange={(v?: string) => setParam('kind', v)}
          options={NOTICE_KINDS.map((k) => ({ value: k, label: t(`notices.kind.${k}`) }))}
          data-testid="notices-kind"
        />
        <Select
          className="filter-select"
          aria-label={t('notices.periodField')}
          value={current ? '1' : ''}
          onChange={(v: string) => setParam('current', v || undefined)}
          options={[
            { value: '', label: t('notices.filter.all') },
            { value: '1', label: t('notices.filter.current') },
          ]}
          data-testid="notices-current"
        />
      </Space>
      {error && !data ? <ErrorAlert error={error} /> : null}
      <DataList
        rows={rows}
        rowKey={(n) => n.id}
        columns={columns}
        loading={loading}
        rowTestId="notice-row"
        testId="notices-list"
        empty={t('notices.none')}
        onOpen={(n) => void navigate(`${base}/notices/${n.id}`)}
      />
    </>
  );
}

function ResolutionList({ villageId }: { villageId: string }) {
  const t = useT();
  const base = `/v/${villageId}`;
  const { data, error, loading } = useApi<ResolutionsResponse>(
    `/api/villages/${villageId}/resolutions`,
  );
  const columns: Column<ResolutionListItem>[] = [
    {
      key: 'number',
      title: t('matters.resolution.number'),
      primary: true,
      render: (r) => (
        <Link to={`${base}/resolutions/${r.id}/print`} data-testid="resolution-link">
          {r.numberText}
        </Link>
      ),
    },
    { key: 'title', title: t('matters.resolution.titleField'), render: (r) => r.title },
    {
      key: 'adopted',
      title: t('matters.resolution.adoptedOn'),
      render: (r) => t.date(r.adoptedOn),
    },
    {
      key: 'matter',
      title: t('notices.matter'),
      render: (r) =>
        r.matter ? (
          <Link to={`${base}/matters/${r.matter.id}`}>
            {t('matters.numberText', { number: r.matter.number })} {r.matter.title}
          </Link>
        ) : (
          '—'
        ),
    },
    {
      key: 'validity',
      title: t('matters.resolution.validity'),
      render: (r) => <ValidityTag validity={r.validity} />,
    },
  ];
  return (
    <>
      {error && !data ? <ErrorAlert error={error} /> : null}
      <DataList
        rows={data?.items ?? []}
        rowKey={(r) => r.id}
        columns={columns}
        loading={loading}
        rowTestId="resolution-row"
        testId="resolutions-list"
        empty={t('matters.resolution.none')}
      />
    </>
  );
}
