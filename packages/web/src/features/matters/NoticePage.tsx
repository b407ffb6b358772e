import { Link, useParams } from 'react-router-dom';
import { Alert, Breadcrumb, Button, Flex, Space, Tag, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useApi } from '../../api/useApi.ts';
import type { NoticeDetailResponse } from './api.ts';
import { useT } from '../../i18n/index.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { noticeInForce, noticeVoidText, periodText, todayText } from './parts.tsx';

/** One notice as villagers read it online (the QR code on the printed notice leads here). */
export default function NoticePage() {
  const t = useT();
  const { villageId = '', noticeId = '' } = useParams();
  const base = `/v/${villageId}`;
  const { data, error } = useApi<NoticeDetailResponse>(
    `/api/villages/${villageId}/notices/${noticeId}`,
  );
  if (error && !data)
    return (
      <div className="page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!data) return <PageLoading />;
  const { notice, village, issuer, fingerprint } = data;
  const inForce = noticeInForce(notice, todayText());
  const voided = noticeVoidText(t, notice);
  const paragraphs = notice.body.split(/\n+/).filter((p) => p.trim());

  return (
    <div className="page" data-testid="notice-page">
      <Breadcrumb
        className="block-gap"
        items={[
          { title: <Link to={base}>{village.name}</Link> },
          { title: <Link to={`${base}/notices`}>{t('notices.title')}</Link> },
          { title: notice.title },
        ]}
      />
      <Flex justify="space-between" align="center" wrap gap={8} className="page-head">
        <Space wrap>
          <Tag>{t.pick(notice.kindName)}</Tag>
          {voided ? (
            <Tag color="red" data-testid="notice-void">
              {t('notices.void.stamp')}
            </Tag>
          ) : inForce ? (
            <Tag color="green" data-testid="notice-in-force">
              {t('notices.inForce')}
            </Tag>
          ) : (
            <Tag>{t('notices.ended')}</Tag>
          )}
        </Space>
        <Link to={`${base}/notices/${notice.id}/print`} target="_blank" data-testid="notice-print">
          <Button icon={<PrinterOutlined />}>{t('notices.print')}</Button>
        </Link>
      </Flex>
      {voided && (
        <Alert
          type="error"
          showIcon
          className="block-gap"
          message={voided}
          data-testid="notice-void-reason"
        />
      )}
      <article className="notice-paper" data-testid="notice-paper">
        <div className="notice-paper-village">{village.name}</div>
        <h1 className="notice-paper-title" data-testid="notice-title-text">
          {notice.title}
        </h1>
        <div className="notice-paper-body">
          {paragraphs.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
        {notice.periodEndsOn && (
          <div className="notice-paper-period" data-testid="notice-period">
            {t('notices.period', {
              period: periodText(t, notice.publishedOn, notice.periodEndsOn),
            })}
          </div>
        )}
        <div className="notice-paper-closing">{t('notices.closing')}</div>
        <div className="notice-paper-sign">
          <div>{t.pick(issuer)}</div>
          <div>{t.date(notice.publishedOn)}</div>
        </div>
      </article>
      <Flex vertical gap={4} className="block-gap-top">
        {notice.matter && (
          <Typography.Text>
            {t('notices.matter')}
            {t('matters.colon')}
            <Link to={`${base}/matters/${notice.matter.id}`} data-testid="notice-matter-link">
              {t('matters.numberText', { number: notice.matter.number })} {notice.matter.title}
            </Link>
          </Typography.Text>
        )}
        {notice.resolution && (
          <Typography.Text>
            {t('matters.resolution.title.one')}
            {t('matters.colon')}
            <Link to={`${base}/resolutions/${notice.resolution.id}/print`}>
              {notice.resolution.numberText}
            </Link>
          </Typography.Text>
        )}
        <Typography.Text type="secondary">
          {t('notices.publishedBy')}
          {t('matters.colon')}
          {notice.publishedBy}
        </Typography.Text>
        {notice.contact && (
          <Typography.Text data-testid="notice-contact">
            {t('notices.contact')}
            {notice.contact.name}
            {notice.contact.phone && (
              <>
                {`  ${t('notices.phone')}`}
                <a href={`tel:${notice.contact.phone}`} data-testid="notice-contact-phone">
                  {notice.contact.phone}
                </a>
              </>
            )}
          </Typography.Text>
        )}
        {fingerprint && (
          <Typography.Text type="secondary" className="fingerprint-line">
            {t('notices.print.fingerprint', { seq: fingerprint.seq })}
            <code className="hash">{fingerprint.hash}</code>
          </Typography.Text>
        )}
      </Flex>
    </div>
  );
}
