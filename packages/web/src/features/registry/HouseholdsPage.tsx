import { lazy, Suspense, useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { Breadcrumb, Button, Flex, Input, Select, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { withQuery } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import type { HouseholdListItem, Page } from './api.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { DataList, type Column } from '../../components/DataList.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { useGroupsAndGrids } from './useGroupsAndGrids.ts';

const NewHouseholdDrawer = lazy(() => import('./NewHouseholdDrawer.tsx'));

/** 户籍登记: every household, searchable by number, member name, phone or ID number. */
export default function HouseholdsPage() {
  const t = useT();
  const navigate = useNavigate();
  const { villageId, data: village } = useVillage();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const groupId = params.get('groupId') ?? '';
  const gridId = params.get('gridId') ?? '';
  const page = Number(params.get('page') ?? '1') || 1;
  const pageSize = Number(params.get('pageSize') ?? '20') || 20;
  const [text, setText] = useState(q);
  const [adding, setAdding] = useState(false);
  const { groups, grids } = useGroupsAndGrids(villageId);

  useEffect(() => setText(q), [q]);

  const { data, error, loading, reload } = useApi<Page<HouseholdListItem>>(
    withQuery(`/api/villages/${villageId}/households`, { q, groupId, gridId, page, pageSize }),
  );

  const update = (changes: Record<string, string | number | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null || value === '') next.delete(key);
      else next.set(key, String(value));
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next, { replace: true });
  };

  const base = `/v/${villageId}`;
  const columns: Column<HouseholdListItem>[] = [
    {
      key: 'number',
      title: t('households.number'),
      primary: true,
      render: (h) => (
        <Link
          to={`${base}/households/${h.id}`}
          onClick={(e) => e.stopPropagation()}
          data-testid="household-link"
        >
          {h.number}
        </Link>
      ),
    },
    {
      key: 'head',
      title: t('households.head'),
      render: (h) => <span data-testid="household-head">{h.headName ?? '—'}</span>,
    },
    {
      key: 'members',
      title: t('households.memberCount'),
      align: 'right',
      render: (h) => t('households.members', { count: h.memberCount }),
    },
    { key: 'group', title: t('households.group'), render: (h) => h.groupName },
    { key: 'grid', title: t('households.grid'), render: (h) => h.gridName ?? '—' },
    { key: 'address', title: t('households.address'), render: (h) => h.address },
  ];

  return (
    <div className="page">
      <Breadcrumb
        className="block-gap"
        items={[
          { title: <Link to={base}>{village.village.name}</Link> },
          { title: t('households.title') },
        ]}
      />
      <Flex justify="space-between" align="center" wrap gap={8} className="page-head">
        <Typography.Title level={1} className="no-margin page-title">
          {t('households.title')}
        </Typography.Title>
        {village.abilities.writeRegistry && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setAdding(true)}
            data-testid="household-add"
          >
            {t('households.add')}
          </Button>
        )}
      </Flex>
      <Flex wrap gap={8} className="filters">
        <Input.Search
          className="search-box"
          allowClear
          enterButton={t('app.search')}
          placeholder={t(
            // ID numbers match only for readers who may see them (a search must not confirm a guess)
            village.abilities.viewResidentIdNumbers ? 'households.search' : 'households.searchNoId',
          )}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onSearch={(value) => update({ q: value.trim() })}
          data-testid="households-search"
        />
        <Select
          className="filter-select"
          value={groupId}
          onChange={(value: string) => update({ groupId: value })}
          data-testid="households-group"
          options={[
            { value: '', label: t('households.group.all') },
            ...groups.map((g) => ({ value: g.id, label: g.name })),
          ]}
        />
        <Select
          className="filter-select"
          value={gridId}
          onChange={(value: string) => update({ gridId: value })}
          data-testid="households-grid"
          options={[
            { value: '', label: t('households.grid.all') },
            ...grids.map((g) => ({
              value: g.id,
              label: g.chiefName
                ? t('households.grid.option', { name: g.name, chief: g.chiefName })
                : g.name,
            })),
          ]}
        />
      </Flex>
      <ErrorAlert error={error} />
      <DataList
        rows={data?.items ?? []}
        rowKey={(h) => h.id}
        columns={columns}
        loading={loading}
        onOpen={(h) => navigate(`${base}/households/${h.id}`)}
        rowTestId="household-row"
        testId="households-list"
        empty={t('households.empty')}
        paging={{
          page,
          pageSize,
          total: data?.total ?? 0,
          onChange: (p, size) => update({ page: p, pageSize: size }),
        }}
      />
      {adding && (
        <Suspense fallback={null}>
          <NewHouseholdDrawer
            onClose={() => setAdding(false)}
            onCreated={(id) => {
              setAdding(false);
              reload();
              void navigate(`${base}/households/${id}`);
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
