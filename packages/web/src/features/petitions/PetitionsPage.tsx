import { lazy, Suspense, useState } from 'react';
import { Button, Flex, Segmented, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { petitionsApi, petitionsPage, type PetitionListResponse } from './api.ts';
import { PetitionLedgerButton, PetitionTable } from './parts.tsx';

const RegisterPetitionDrawer = lazy(() => import('./RegisterPetitionDrawer.tsx'));

/** 信访事项登记: the village's petitions, open ones first by their last day; register; the 台账. */
export default function PetitionsPage() {
  const t = useT();
  const navigate = useNavigate();
  const { villageId } = useVillage();
  const [status, setStatus] = useState<'open' | 'all'>('open');
  const { data, error } = useApi<PetitionListResponse>(
    `${petitionsApi(villageId)}?status=${status}`,
  );
  const [registering, setRegistering] = useState(false);
  if (error && !data)
    return (
      <div className="page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!data) return <PageLoading />;
  return (
    <div className="page" data-testid="petitions-page">
      <Flex justify="space-between" align="center" wrap gap={8} className="page-head">
        <div>
          <Typography.Title level={1} className="no-margin page-title">
            {t('petitions.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('petitions.hint')}</Typography.Text>
        </div>
        <Space wrap>
          {data.may.export && (
            <PetitionLedgerButton
              path={`${petitionsApi(villageId)}.xlsx`}
              testId="petitions-export"
            />
          )}
          {data.may.register && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setRegistering(true)}
              data-testid="petition-register"
            >
              {t('petitions.register')}
            </Button>
          )}
        </Space>
      </Flex>
      <Segmented
        value={status}
        onChange={(v) => setStatus(v as 'open' | 'all')}
        options={[
          { value: 'open', label: t('petitions.tab.open') },
          { value: 'all', label: t('petitions.tab.all') },
        ]}
        data-testid="petitions-tabs"
      />
      <PetitionTable rows={data.items} />
      {registering && (
        <Suspense fallback={null}>
          <RegisterPetitionDrawer
            villageId={villageId}
            onClose={() => setRegistering(false)}
            onDone={(id) => void navigate(`${petitionsPage(villageId)}/${id}`)}
          />
        </Suspense>
      )}
    </div>
  );
}
