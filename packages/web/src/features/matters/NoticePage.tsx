import { Link, useParams } from 'react-router-dom';
import './matters.css';
import { useApi } from '../../api/useApi.ts';
import type { NoticeDetailResponse } from './api.ts';
import { useT } from '../../i18n/index.tsx';
import { ErrorAlert } from '../../light/ErrorAlert.tsx';
import { Alert } from '../../light/feedback.tsx';
import { Tag } from '../../light/Card.tsx';
import { VillageIcon } from '../../light/villageIcons.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { noticeInForce, noticeVoidText, periodText, todayText } from './noticeText.ts';
import { NoticeQuestions } from '../disclosure/NoticeQuestions.tsx';
import { BroadcastPanel } from '../broadcast/BroadcastPanel.tsx';

/**
 * One notice as villagers read it online (the QR code on the printed notice leads here). Drawn
 * with the light kit: a village phone opening it loads no antd.
 */
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
      <nav className="notice-crumbs block-gap" aria-label={t('notices.title')}>
        <Link to={base}>{village.name}</Link>
        <span aria-hidden> / </span>
        <Link to={`${base}/notices`}>{t('notices.title')}</Link>
        <span aria-hidden> / </span>
        <span aria-current="page">{notice.title}</span>
      </nav>
      <div className="page-head notice-head">
        <div className="notice-tags">
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
        </div>
        <Link
          to={`${base}/notices/${notice.id}/print`}
          target="_blank"
          className="l-btn l-btn-default"
          data-testid="notice-print"
        >
          <VillageIcon name="printer" /> {t('notices.print')}
        </Link>
      </div>
      {voided && (
        <Alert type="error" className="block-gap" title={voided} data-testid="notice-void-reason" />
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
      <div className="notice-facts block-gap-top">
        {notice.matter && (
          <span>
            {t('notices.matter')}
            {t('matters.colon')}
            <Link to={`${base}/matters/${notice.matter.id}`} data-testid="notice-matter-link">
              {t('matters.numberText', { number: notice.matter.number })} {notice.matter.title}
            </Link>
          </span>
        )}
        {notice.resolution && (
          <span>
            {t('matters.resolution.title.one')}
            {t('matters.colon')}
            <Link to={`${base}/resolutions/${notice.resolution.id}/print`}>
              {notice.resolution.numberText}
            </Link>
          </span>
        )}
        <span className="l-secondary">
          {t('notices.publishedBy')}
          {t('matters.colon')}
          {notice.publishedBy}
        </span>
        {notice.contact && (
          <span data-testid="notice-contact">
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
          </span>
        )}
        {fingerprint && (
          <span className="l-secondary fingerprint-line">
            {t('notices.print.fingerprint', { seq: fingerprint.seq })}
            <code className="hash">{fingerprint.hash}</code>
          </span>
        )}
      </div>
      {/* 质询/异议 and their public answers (light kit: the villager's phone) */}
      <NoticeQuestions villageId={villageId} noticeId={notice.id} />
      {/* 广播稿 for the loudspeaker, and 听公告 for whoever would rather listen */}
      <BroadcastPanel villageId={villageId} noticeId={notice.id} />
    </div>
  );
}
