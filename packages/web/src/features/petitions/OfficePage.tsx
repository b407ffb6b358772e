import { useState } from 'react';
import { Flex, Segmented, Typography } from 'antd';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { Shell } from '../../app/Shell.tsx';
import { useMe } from '../../app/session.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { townNav } from '../townInbox/nav.tsx';
import type { OfficeListResponse } from './api.ts';
import { PetitionLedgerButton, PetitionTable } from './parts.tsx';

/** 镇信访办: the petitions forwarded from the town's villages that the reader handles, overdue first. */
export default function OfficePage() {
  const t = useT();
  const me = useMe();
  const [status, setStatus] = useState<'open' | 'all'>('open');
  const { data, error } = useApi<OfficeListResponse>(`/api/petitions/office?status=${status}`);
  return (
    <Shell nav={townNav(t, me.staffUnits)} selectedKey="petitions">
      <div className="page" data-testid="petition-office-page">
        <Typography.Title level={1} className="page-title">
          {t('petitions.office.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('petitions.office.hint')}</Typography.Paragraph>
        <Flex justify="space-between" wrap gap={8}>
          <Segmented
            value={status}
            onChange={(v) => setStatus(v as 'open' | 'all')}
            options={[
              { value: 'open', label: t('petitions.tab.open') },
              { value: 'all', label: t('petitions.tab.all') },
            ]}
          />
          <PetitionLedgerButton
            path="/api/petitions/office.xlsx"
            testId="petitions-office-export"
          />
        </Flex>
        {error && !data && <ErrorAlert error={error} />}
        {!data && !error && <PageLoading />}
        {data && <PetitionTable rows={data.items} withVillage />}
      </div>
    </Shell>
  );
}
