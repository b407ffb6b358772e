import { Button, Typography, App as AntApp } from 'antd';
import { RedoOutlined } from '@ant-design/icons';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { DataList, type Column } from '../../components/DataList.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { failedApi, type FailedList, type FailedMessage } from './api.ts';

/**
 * The failed SMS that are not a notice's (a service request's, a complaint's, a petition's, a
 * reminder of a meeting or the voter roll), each with its own 重发: what it was about and when,
 * never to whom nor its words (a notice's are retried on its own page).
 */
export function FailedMessages({ villageId }: { villageId: string }) {
  const t = useT();
  const { message } = AntApp.useApp();
  const { data, error, reload } = useApi<FailedList>(failedApi(villageId));
  if (error && !data) return <ErrorAlert error={error} />;
  if (!data) return null;
  const retry = async (m: FailedMessage) => {
    try {
      const r = await api<{ requeued: number }>(
        `/api/villages/${villageId}/notifications/messages/${m.id}/retry`,
        { method: 'POST', body: {} },
      );
      void message.success(t('notifications.retried', { count: r.requeued }));
      reload();
    } catch (cause) {
      void message.error(cause instanceof Error ? cause.message : String(cause));
    }
  };
  const columns: Column<FailedMessage>[] = [
    {
      key: 'kind',
      title: t('notifications.failed.kind'),
      primary: true,
      render: (m) => (m.kind ? t(`notifications.kind.${m.kind}`) : '—'),
    },
    {
      key: 'on',
      title: t('notifications.failed.on'),
      render: (m) => t.date(m.createdOn),
      width: 140,
    },
    {
      key: 'attempts',
      title: t('notifications.sms'),
      render: (m) => t('notifications.attempts', { count: m.attempts }),
    },
  ];
  if (data.retry)
    columns.push({
      key: 'retry',
      title: '',
      render: (m) => (
        <Button
          size="small"
          icon={<RedoOutlined />}
          onClick={() => void retry(m)}
          data-testid="failed-retry"
        >
          {t('notifications.failed.retry')}
        </Button>
      ),
    });
  return (
    <section className="block-gap" data-testid="failed-messages">
      <Typography.Title level={4}>{t('notifications.failed.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('notifications.failed.hint')}</Typography.Paragraph>
      <DataList
        rows={data.items}
        rowKey={(m) => m.id}
        columns={columns}
        rowTestId="failed-row"
        empty={t('notifications.failed.empty')}
      />
    </section>
  );
}
