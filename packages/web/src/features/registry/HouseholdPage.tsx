import { lazy, Suspense, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Breadcrumb, Button, Card, Descriptions, Flex, Space, Typography } from 'antd';
import { EditOutlined, UserAddOutlined } from '@ant-design/icons';
import { useApi } from '../../api/useApi.ts';
import type { HouseholdDetail } from './api.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { DataList } from '../../components/DataList.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { personColumns } from './personColumns.tsx';
import { useGroupsAndGrids } from './useGroupsAndGrids.ts';

const PersonDrawer = lazy(() => import('./PersonDrawer.tsx'));
const EditHouseholdDrawer = lazy(() => import('./EditHouseholdDrawer.tsx'));

/** One household: where it is, and who lives in it. */
export default function HouseholdPage() {
  const t = useT();
  const navigate = useNavigate();
  const { householdId = '' } = useParams();
  const { villageId, data: village } = useVillage();
  const { groups, grids } = useGroupsAndGrids(villageId);
  const { data, error, reload } = useApi<HouseholdDetail>(
    `/api/villages/${villageId}/households/${householdId}`,
  );
  const [drawer, setDrawer] = useState<'person' | 'household' | null>(null);
  const base = `/v/${villageId}`;

  if (error && !data)
    return (
      <div className="page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!data) return <PageLoading />;
  const { household, members, abilities } = data;
  const group = groups.find((g) => g.id === household.villagerGroupId);
  const grid = grids.find((g) => g.id === household.gridId);

  return (
    <div className="page" data-testid="household-page">
      <Breadcrumb
        className="block-gap"
        items={[
          { title: <Link to={base}>{village.village.name}</Link> },
          { title: <Link to={`${base}/households`}>{t('households.title')}</Link> },
          { title: t('household.title', { number: household.number }) },
        ]}
      />
      <Flex justify="space-between" align="center" wrap gap={8} className="page-head">
        <Typography.Title level={1} className="no-margin page-title" data-testid="household-title">
          {t('household.title', { number: household.number })}
        </Typography.Title>
        {abilities.writeRegistry && (
          <Space wrap>
            <Button
              icon={<EditOutlined />}
              onClick={() => setDrawer('household')}
              data-testid="household-edit"
            >
              {t('household.edit')}
            </Button>
            <Button
              type="primary"
              icon={<UserAddOutlined />}
              onClick={() => setDrawer('person')}
              data-testid="person-add"
            >
              {t('household.addPerson')}
            </Button>
          </Space>
        )}
      </Flex>
      <ErrorAlert error={error} />
      <Card className="block-gap" size="small">
        <Descriptions column={{ xs: 1, sm: 2, lg: 3 }} size="small">
          <Descriptions.Item label={t('household.number')}>{household.number}</Descriptions.Item>
          <Descriptions.Item label={t('household.villagerGroupId')}>
            {group?.name ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('household.gridId')}>{grid?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('household.address')}>{household.address}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Typography.Title level={4}>{t('household.members')}</Typography.Title>
      <DataList
        rows={members}
        rowKey={(p) => p.id}
        columns={personColumns(t, base)}
        onOpen={(p) => navigate(`${base}/persons/${p.id}`)}
        rowTestId="member-row"
        testId="household-members"
      />
      <Suspense fallback={null}>
        {drawer === 'person' && (
          <PersonDrawer
            mode="add"
            householdId={household.id}
            onClose={() => setDrawer(null)}
            onSaved={() => {
              setDrawer(null);
              reload();
            }}
          />
        )}
        {drawer === 'household' && (
          <EditHouseholdDrawer
            household={household}
            onClose={() => setDrawer(null)}
            onSaved={() => {
              setDrawer(null);
              reload();
            }}
          />
        )}
      </Suspense>
    </div>
  );
}
