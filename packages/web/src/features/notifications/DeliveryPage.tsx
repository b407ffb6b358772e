import { Link, useParams } from 'react-router-dom';
import { Button, Card, Flex, Space, Typography, App as AntApp } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined, RedoOutlined } from '@ant-design/icons';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { DataList, type Column } from '../../components/DataList.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { outboxApi, outboxPath, type DeliveryDetail, type HouseholdDelivery } from './api.ts';
import { SmsTag } from './parts.tsx';

/** One notice's delivery: the texts each channel carried, each household's SMS, retry and the paper sheets. */
export default function DeliveryPage() {
  const t = useT();
  const { message } = AntApp.useApp();
  const { villageId = '', noticeId = '' } = useParams();
  const path = `${outboxApi(villageId)}/${noticeId}`;
  const { data, error, reload } = useApi<DeliveryDetail>(path);
  if (error && !data)
    return (
      <div className="page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!data) return <PageLoading />;
  const retry = async () => {
    try {
      const r = await api<{ requeued: number }>(`${path}/retry`, { method: 'POST', body: {} });
      void message.success(t('notifications.retried', { count: r.requeued }));
      reload();
    } catch (cause) {
      void message.error(cause instanceof Error ? cause.message : String(cause));
    }
  };
  const columns: Column<HouseholdDelivery>[] = [
    {
      key: 'number',
      title: t('notifications.household'),
      render: (h) => h.householdNumber,
      width: 110,
    },
    { key: 'to', title: t('notifications.addressee'), primary: true, render: (h) => h.addressee },
    { key: 'grid', title: t('notifications.grid'), render: (h) => h.grid ?? '—' },
    {
      key: 'sms',
      title: t('notifications.sms'),
      render: (h) => (
        <Space size={4} wrap>
          <SmsTag status={h.sms} />
          {h.attempts > 0 && h.sms !== 'sent' && (
            <Typography.Text type="secondary">
              {t('notifications.attempts', { count: h.attempts })}
            </Typography.Text>
          )}
        </Space>
      ),
    },
  ];
  const { notice, texts } = data;
  return (
    <div className="page" data-testid="delivery-page">
      <Link to={outboxPath(villageId)}>
        <Button icon={<ArrowLeftOutlined />} type="link">
          {t('notifications.back')}
        </Button>
      </Link>
      <Typography.Title level={3}>{notice.title}</Typography.Title>
      <Typography.Paragraph data-testid="delivery-counts">
        {t.date(notice.publishedOn)} · {t('notifications.households')} {notice.households} ·{' '}
        {t('notifications.sms.counts', notice.sms)}
      </Typography.Paragraph>
      <Flex gap={8} wrap className="block-gap">
        <Link to={`${outboxPath(villageId)}/${noticeId}/print`}>
          <Button icon={<PrinterOutlined />} data-testid="delivery-print">
            {t('notifications.print')}
          </Button>
        </Link>
        {data.retry && notice.sms.failed > 0 && (
          <Button icon={<RedoOutlined />} onClick={() => void retry()} data-testid="delivery-retry">
            {t('notifications.retry')}
          </Button>
        )}
      </Flex>
      {texts && (
        <Card title={t('notifications.texts')} className="block-gap" data-testid="delivery-texts">
          <Typography.Title level={5}>{t('notifications.inApp')}</Typography.Title>
          <Typography.Paragraph data-testid="delivery-inapp">
            【{texts.heading}】{texts.line}
          </Typography.Paragraph>
          {texts.sms.text && (
            <>
              <Typography.Title level={5}>{t('notifications.smsText')}</Typography.Title>
              <Typography.Paragraph data-testid="delivery-sms">
                {texts.sms.text}
              </Typography.Paragraph>
              {texts.sms.segments.length > 1 && (
                <ol className="outbox-segments" data-testid="delivery-segments">
                  {texts.sms.segments.map((s) => (
                    <li key={s.number}>
                      <Typography.Text type="secondary">
                        {t('notifications.segment', { ...s, length: [...s.text].length })}
                      </Typography.Text>{' '}
                      {s.text}
                    </li>
                  ))}
                </ol>
              )}
            </>
          )}
          <Typography.Title level={5}>{t('notifications.wechat')}</Typography.Title>
          <pre className="outbox-json" data-testid="delivery-wechat">
            {JSON.stringify(texts.wechat, null, 2)}
          </pre>
        </Card>
      )}
      <Typography.Title level={4}>{t('notifications.householdList')}</Typography.Title>
      <DataList
        rows={data.households}
        rowKey={(h) => h.householdId}
        columns={columns}
        rowTestId="delivery-household"
      />
    </div>
  );
}
