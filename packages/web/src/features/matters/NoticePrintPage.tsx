import { useParams } from 'react-router-dom';
import { useApi } from '../../api/useApi.ts';
import type { NoticeDetailResponse } from './api.ts';
import { useT } from '../../i18n/index.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { PrintFooter, PrintFrame, Signature } from './PrintFrame.tsx';
import { noticeVoidText, periodText } from './parts.tsx';

/**
 * A notice as printed for the village notice board 公示栏 (A4): the village
 * as header, title, body, the publicity period, how to object, the issuing
 * body and date with room for the seal, a QR code to the online notice and
 * the audit-chain fingerprint.
 */
export default function NoticePrintPage() {
  const t = useT();
  const { villageId = '', noticeId = '' } = useParams();
  const { data, error } = useApi<NoticeDetailResponse>(
    `/api/villages/${villageId}/notices/${noticeId}`,
  );
  if (error && !data)
    return (
      <div className="narrow-page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!data) return <PageLoading />;
  const { notice, village, issuer, fingerprint } = data;
  // the public portal's page of the notice: readable by anyone who scans it, without an account
  const online = `${window.location.origin}/p/${villageId}/n/${noticeId}`;
  const paragraphs = notice.body.split(/\n+/).filter((p) => p.trim());
  const voided = noticeVoidText(t, notice);

  return (
    <PrintFrame backTo={`/v/${villageId}/notices/${noticeId}`} testId="notice-print">
      <header className="print-village" data-testid="print-village">
        {village.name}
        <span className="print-village-sub">
          {village.countyName} {village.townName} · {t('notices.board')}
        </span>
      </header>
      {voided && (
        // printed across the top, so a copy taken down from the board cannot pass for one in force
        <div className="print-void" data-testid="print-void">
          <span className="print-void-stamp">{t('notices.void.stamp')}</span>
          {voided}
        </div>
      )}
      <div className="print-doc-kind">{t.pick(notice.kindName)}</div>
      <h1 className="print-title" data-testid="print-title">
        {notice.title}
      </h1>
      <div className="print-body" data-testid="print-body">
        {paragraphs.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </div>
      {notice.periodEndsOn && (
        <div className="print-period" data-testid="print-period">
          {t('notices.period', { period: periodText(t, notice.publishedOn, notice.periodEndsOn) })}
        </div>
      )}
      <div className="print-closing" data-testid="print-closing">
        {t('notices.closing')}
      </div>
      <div className="print-contact" data-testid="print-contact">
        {t('notices.contact')}
        {notice.contact?.name ?? <span className="print-blank" />}
        {'　'}
        {t('notices.phone')}
        {notice.contact?.phone ?? <span className="print-blank" />}
      </div>
      <Signature issuer={t.pick(issuer)} date={t.date(notice.publishedOn)} />
      <div className="print-spacer" />
      <PrintFooter
        url={online}
        fingerprint={fingerprint}
        extra={
          data.checkpoint && (
            <div data-testid="print-checkpoint">
              {t('notices.print.checkpoint', {
                day: t.date(data.checkpoint.day),
                seq: data.checkpoint.seq,
              })}
              <code className="print-hash">{data.checkpoint.hash.slice(0, 16)}</code>
            </div>
          )
        }
      />
    </PrintFrame>
  );
}
