import { lazy, Suspense, useMemo, useState } from 'react';
import { Button, Collapse, Flex, Select, Space, Tag, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { DataList, type Column } from '../../components/DataList.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import type { ArchiveItem, ArchivePage as Page, ArchiveType } from './api.ts';
import { FindingsList } from './FindingsList.tsx';

const FileItemDrawer = lazy(() => import('./FileItemDrawer.tsx'));

/** 村务档案: a year's archive by kind, what is missing, filing by hand, the year's zip. */
export default function ArchivePage() {
  const t = useT();
  const { villageId } = useVillage();
  const [year, setYear] = useState<number | null>(null);
  const [type, setType] = useState<ArchiveType | 'all'>('all');
  const [filing, setFiling] = useState(false);
  const path = `/api/villages/${villageId}/archive${year ? `?year=${year}` : ''}`;
  const { data, error, reload } = useApi<Page>(path);
  const names = useMemo(
    () => new Map((data?.types ?? []).map((k) => [k.type, t.pick(k.name)])),
    [data, t],
  );

  if (error && !data)
    return (
      <div className="page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!data) return <PageLoading />;
  const rows = data.items.filter((i) => type === 'all' || i.type === type);
  const fileUrl = (i: ArchiveItem) => `/api/villages/${villageId}/archive/items/${i.link.id}/file`;

  const columns: Column<ArchiveItem>[] = [
    { key: 'date', title: t('archive.date'), render: (i) => t.date(i.date), width: 130 },
    { key: 'type', title: t('archive.type'), render: (i) => names.get(i.type) ?? i.type },
    {
      key: 'title',
      title: t('archive.titleCol'),
      primary: true,
      render: (i) => (
        <span className="cell-wrap">
          {i.title}
          {i.note && <Typography.Text type="secondary"> · {i.note}</Typography.Text>}
          {i.file && (
            <a href={fileUrl(i)} onClick={(e) => e.stopPropagation()} data-testid="archive-file">
              {' '}
              {t('archive.download')}
            </a>
          )}
        </span>
      ),
    },
    {
      key: 'source',
      title: t('archive.source'),
      render: (i) => (
        <Tag color={i.source === 'manual' ? 'blue' : undefined}>
          {t(`archive.source.${i.source}`)}
        </Tag>
      ),
      hideOnPhone: true,
    },
    {
      key: 'retention',
      title: t('archive.retention'),
      render: (i) =>
        i.keptThrough === null
          ? t('archive.permanent')
          : t('archive.keptThrough', { year: i.keptThrough }),
    },
    {
      key: 'proof',
      title: t('archive.proof'),
      hideOnPhone: true,
      render: (i) =>
        i.fingerprint ? (
          <span className="tabular">
            {t('archive.proofText', {
              seq: i.fingerprint.seq,
              hash: i.fingerprint.hash.slice(0, 16),
            })}
          </span>
        ) : (
          t('archive.noProof')
        ),
    },
  ];

  return (
    <div className="page" data-testid="archive-page">
      <Flex justify="space-between" align="center" wrap gap={8} className="page-head">
        <div>
          <Typography.Title level={1} className="no-margin page-title">
            {t('archive.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('archive.hint')}</Typography.Text>
          <div>
            <Typography.Text type="secondary">{data.citations[0]?.text}</Typography.Text>
          </div>
        </div>
        <Space wrap>
          {data.abilities.fileArchive && (
            <Button
              icon={<PlusOutlined />}
              onClick={() => setFiling(true)}
              data-testid="archive-new"
            >
              {t('archive.file')}
            </Button>
          )}
          <Button
            type="primary"
            icon={<DownloadOutlined />}
            href={`/api/villages/${villageId}/archive/export?year=${data.year}`}
            title={t('archive.export.hint')}
            data-testid="archive-export"
          >
            {t('archive.export')}
          </Button>
        </Space>
      </Flex>
      <FindingsList
        title={t('archive.findings', { count: data.findings.length })}
        findings={data.findings}
        testId="archive-findings"
      />
      <Space wrap className="block-gap">
        <Select
          value={data.year}
          onChange={setYear}
          data-testid="archive-year"
          options={data.years.map((y) => ({ value: y, label: t('archive.yearText', { year: y }) }))}
        />
        <Select
          value={type}
          onChange={setType}
          style={{ minWidth: 200 }}
          data-testid="archive-type"
          options={[
            { value: 'all', label: t('archive.type.all') },
            ...data.types.map((k) => ({ value: k.type, label: t.pick(k.name) })),
          ]}
        />
      </Space>
      {!data.supervisionReportsIndexed && (
        <Typography.Paragraph type="secondary">{t('archive.reportsPending')}</Typography.Paragraph>
      )}
      <DataList
        rows={rows}
        rowKey={(i) => i.key}
        columns={columns}
        rowTestId="archive-row"
        testId="archive-list"
        empty={t('archive.empty')}
      />
      <Collapse
        className="block-gap"
        items={[
          {
            key: 'types',
            label: t('archive.types'),
            children: (
              <ul className="plain-list">
                {data.types.map((k) => (
                  <li key={k.type}>
                    {t.pick(k.name)} · {t.pick(k.retention)} ·{' '}
                    {k.listed ? t('archive.listed.yes') : t('archive.listed.no')} ·{' '}
                    {t(`archive.source.${k.source}`)}
                  </li>
                ))}
              </ul>
            ),
          },
        ]}
      />
      {filing && (
        <Suspense fallback={null}>
          <FileItemDrawer
            villageId={villageId}
            types={data.types.filter((k) => k.source === 'manual')}
            onClose={() => setFiling(false)}
            onFiled={() => {
              setFiling(false);
              reload();
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
