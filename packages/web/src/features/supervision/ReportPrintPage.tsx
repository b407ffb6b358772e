import { useParams } from 'react-router-dom';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { PrintFooter, PrintFrame, Signature } from '../matters/PrintFrame.tsx';
import { supervisionPage, supervisionPath, type ReportDetail } from './api.ts';

/**
 * A published report as printed for the notice board (A4): the village as header, the title,
 * its number, the text, the vote that published it, the committee and the date with room for
 * the seal, a QR code to the online report and the audit fingerprint of its publication.
 */
export default function ReportPrintPage() {
  const t = useT();
  const { villageId = '', reportId = '' } = useParams();
  const { data, error } = useApi<ReportDetail>(`${supervisionPath(villageId)}/reports/${reportId}`);
  if (error && !data)
    return (
      <div className="narrow-page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!data) return <PageLoading />;
  const page = `${supervisionPage(villageId)}/reports/${reportId}`;
  const paragraphs = data.body.split(/\n+/).filter((p) => p.trim());
  return (
    <PrintFrame backTo={page} testId="report-print-page">
      <header className="print-village" data-testid="print-village">
        {data.village.name}
        <span className="print-village-sub">{data.village.committeeName}</span>
      </header>
      <h1 className="print-title" data-testid="print-title">
        {data.title}
      </h1>
      <div className="print-number" data-testid="print-number">
        {t('supervision.report.number', { number: data.number })}
      </div>
      <div className="print-body" data-testid="print-body">
        {paragraphs.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </div>
      {data.carriedBy && (
        <div className="print-closing" data-testid="print-carried">
          {t('supervision.report.print.carried', {
            committee: data.village.committeeName,
            members: data.carriedBy.members,
            yes: data.carriedBy.yes,
          })}
        </div>
      )}
      {data.status !== 'published' && (
        <div className="print-void" data-testid="print-unpublished">
          {t('supervision.report.print.unpublished')}
        </div>
      )}
      <Signature issuer={data.village.committeeName} date={t.date(data.publishedOn)} />
      <div className="print-spacer" />
      <PrintFooter url={`${window.location.origin}${page}`} fingerprint={data.fingerprint} />
    </PrintFrame>
  );
}
