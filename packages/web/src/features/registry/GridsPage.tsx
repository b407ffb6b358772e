import { Link } from 'react-router-dom';
import { Breadcrumb, Card, Tag, Typography } from 'antd';
import { GRID_HOUSEHOLDS, type GridSize } from '@cunzhi/core/registry/grid';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { DataList, type Column } from '../../components/DataList.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import type { GridItem as GridRow } from '../villages/api.ts';

const SIZE_COLOR: Record<GridSize, string> = { ok: 'green', tooSmall: 'orange', tooLarge: 'red' };

/** 网格: each grid with its chief and household count, flagged when outside 30–50 households. */
export default function GridsPage() {
  const t = useT();
  const { villageId, data: village } = useVillage();
  const { data, error, loading } = useApi<{ items: GridRow[] }>(`/api/villages/${villageId}/grids`);
  const columns: Column<GridRow>[] = [
    {
      key: 'name',
      title: t('grids.name'),
      primary: true,
      render: (g) => <Link to={`/v/${villageId}/households?gridId=${g.id}`}>{g.name}</Link>,
    },
    { key: 'chief', title: t('grids.chief'), render: (g) => g.chiefName ?? t('grids.noChief') },
    {
      key: 'households',
      title: t('grids.households'),
      align: 'right',
      render: (g) => t.num(g.households),
    },
    {
      key: 'size',
      title: t('grids.size'),
      render: (g) => (
        <Tag color={SIZE_COLOR[g.size]} data-testid="grid-size" data-size={g.size}>
          {t(`grids.size.${g.size}`, GRID_HOUSEHOLDS)}
        </Tag>
      ),
    },
  ];
  return (
    <div className="page">
      <Breadcrumb
        className="block-gap"
        items={[
          { title: <Link to={`/v/${villageId}`}>{village.village.name}</Link> },
          { title: t('grids.title') },
        ]}
      />
      <Typography.Title level={1} className="page-title">
        {t('grids.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('grids.hint', GRID_HOUSEHOLDS)}
      </Typography.Paragraph>
      <ErrorAlert error={error} />
      <Card size="small">
        <DataList
          rows={data?.items ?? []}
          rowKey={(g) => g.id}
          columns={columns}
          loading={loading && !data}
          rowTestId="grid-row"
          testId="grid-list"
          empty={t('grids.empty')}
        />
      </Card>
    </div>
  );
}
