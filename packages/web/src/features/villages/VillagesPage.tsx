import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Input, Typography } from 'antd';
import { useApi } from '../../api/useApi.ts';
import type { VillageListItem } from './api.ts';
import { useT } from '../../i18n/index.tsx';
import { Shell } from '../../app/Shell.tsx';
import { DataList, type Column } from '../../components/DataList.tsx';
import { ErrorAlert } from '../../components/errors.tsx';

/** Town and county officials choose a village here. */
export default function VillagesPage() {
  const t = useT();
  const navigate = useNavigate();
  const { data, error, loading } = useApi<{ items: VillageListItem[] }>('/api/villages');
  const [q, setQ] = useState('');

  const rows = useMemo(() => {
    const all = data?.items ?? [];
    const needle = q.trim();
    if (!needle) return all;
    return all.filter(
      (v) =>
        v.name.includes(needle) || v.townName.includes(needle) || v.countyName.includes(needle),
    );
  }, [data, q]);

  const columns: Column<VillageListItem>[] = [
    {
      key: 'name',
      title: t('villages.name'),
      primary: true,
      render: (v) => (
        <Link to={`/v/${v.id}`} onClick={(e) => e.stopPropagation()}>
          {v.name}
        </Link>
      ),
    },
    { key: 'town', title: t('villages.town'), render: (v) => v.townName },
    { key: 'county', title: t('villages.county'), render: (v) => v.countyName },
    {
      key: 'households',
      title: t('villages.households'),
      align: 'right',
      render: (v) => t.num(v.households),
    },
    {
      key: 'population',
      title: t('villages.population'),
      align: 'right',
      render: (v) => t.num(v.population),
    },
  ];

  return (
    <Shell>
      <div className="page">
        <Typography.Title level={3}>{t('villages.title')}</Typography.Title>
        <ErrorAlert error={error} />
        <Input.Search
          className="block-gap search-box"
          allowClear
          placeholder={t('villages.search')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          data-testid="villages-search"
        />
        <DataList
          rows={rows}
          rowKey={(v) => v.id}
          columns={columns}
          loading={loading}
          onOpen={(v) => navigate(`/v/${v.id}`)}
          rowTestId="village-row"
          testId="villages-list"
          empty={t('villages.empty')}
        />
      </div>
    </Shell>
  );
}
