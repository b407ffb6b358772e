import { useNavigate } from 'react-router-dom';
import { Typography } from 'antd';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { DataList, type Column } from '../../components/DataList.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { FailedMessages } from './FailedMessages.tsx';
import { OfficePhone } from './OfficePhone.tsx';
import { outboxApi, outboxPath, type DeliveryList, type NoticeDelivery } from './api.ts';

/** 通知送达: every notice that went to the households, newest first, with how its SMS fared. */
export default function OutboxPage() {
  const t = useT();
  const navigate = useNavigate();
  const { villageId } = useVillage();
  const { data, error, reload } = useApi<DeliveryList>(outboxApi(villageId));
  if (error && !data)
    return (
      <div className="page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!data) return <PageLoading />;
  const columns: Column<NoticeDelivery>[] = [
    { key: 'title', title: t('notifications.notice'), primary: true, render: (n) => n.title },
    {
      key: 'on',
      title: t('notifications.publishedOn'),
      render: (n) => t.date(n.publishedOn),
      width: 140,
    },
    { key: 'households', title: t('notifications.households'), render: (n) => n.households },
    {
      key: 'sms',
      title: t('notifications.sms'),
      render: (n) => t('notifications.sms.counts', n.sms),
    },
  ];
  return (
    <div className="page" data-testid="outbox-page">
      <Typography.Title level={3}>{t('notifications.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('notifications.hint')}</Typography.Paragraph>
      <OfficePhone
        villageId={villageId}
        phone={data.officePhone}
        canEdit={data.retry}
        onSaved={reload}
      />
      <DataList
        rows={data.items}
        rowKey={(n) => n.noticeId}
        columns={columns}
        onOpen={(n) => void navigate(`${outboxPath(villageId)}/${n.noticeId}`)}
        rowTestId="outbox-row"
        empty={t('notifications.empty')}
      />
      <FailedMessages villageId={villageId} />
    </div>
  );
}
