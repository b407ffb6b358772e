import './evidence.css';
import { useParams } from 'react-router-dom';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { PrintFrame, QrImage } from '../matters/PrintFrame.tsx';
import { supervisionPage, supervisionPath, type InspectionDetail } from './api.ts';

/**
 * The inspection record on paper (监督检查记录, A4, for the committee's file): what was
 * inspected, by whom, who took part, each finding with the vouchers it concerns and its
 * evidence listed by file name and SHA-256 — the fingerprint on the audit chain, so a copy of
 * a photo or document can be checked against what was taken — and the conclusion.
 */
export default function InspectionPrintPage() {
  const t = useT();
  const { villageId = '', inspectionId = '' } = useParams();
  const { data, error } = useApi<InspectionDetail>(
    `${supervisionPath(villageId)}/inspections/${inspectionId}`,
  );
  if (error && !data)
    return (
      <div className="narrow-page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!data) return <PageLoading />;
  const page = `${supervisionPage(villageId)}/inspections/${inspectionId}`;
  const url = `${window.location.origin}${page}`;
  return (
    <PrintFrame backTo={page} testId="inspection-print-page">
      <h1 className="print-title">{t('supervision.inspection.print.title')}</h1>
      <div className="print-number">
        {t('supervision.inspection.number', { number: data.number })} {data.title}
      </div>
      <div className="print-body">
        <p>
          {t('supervision.inspection.subject')}：{t.pick(data.subjectName)}
          {data.subjectRef ? ` · ${data.subjectRef}` : ''}
        </p>
        {data.plan?.item && (
          <p>
            {t('supervision.plan.item')}：
            {t('supervision.plan.item.text', {
              year: data.plan.year,
              month: data.plan.item.month,
              title: data.plan.item.title,
            })}
          </p>
        )}
        <p>
          {t('supervision.inspection.startedOn')}：{t.date(data.startedOn)} ·
          {t('supervision.inspection.assigned')}：{data.assigned.join('、')}
        </p>
        <p>
          {t('supervision.inspection.attendance')}：
          {data.present.map((p) => p.name).join('、') ||
            t('supervision.inspection.attendance.none')}
        </p>
        <h2>{t('supervision.inspection.print.findings')}</h2>
        {data.findingsList.length === 0 && <p>{t('supervision.finding.empty')}</p>}
        <ol>
          {data.findingsList.map((f) => (
            <li key={f.id} data-testid="print-finding">
              <p className="pre-wrap">{f.text}</p>
              {f.vouchers.map((v) => (
                <div key={v.id}>
                  {t('supervision.finding.voucher', { number: v.number, summary: v.summary })}
                </div>
              ))}
              {f.evidence && (
                <div>{t('supervision.finding.evidenceText', { evidence: f.evidence })}</div>
              )}
              <div>
                {t('supervision.evidence.printList')}：
                {f.files.length === 0 && t('supervision.evidence.printNone')}
              </div>
              {f.files.length > 0 && (
                <ul className="print-evidence" data-testid="print-evidence">
                  {f.files.map((file) => (
                    <li key={file.id}>
                      {file.name}（{Math.max(1, Math.round(file.sizeBytes / 1024))} KB）SHA-256{' '}
                      <span className="hash">{file.sha256}</span>
                    </li>
                  ))}
                </ul>
              )}
              <div className="small-print">
                {t('supervision.finding.recorded', {
                  name: f.recordedBy,
                  on: t.date(f.recordedOn),
                })}
              </div>
            </li>
          ))}
        </ol>
        {data.outcomeName && (
          <p>
            {t.pick(data.outcomeName)}
            {data.concludedOn ? `（${t.date(data.concludedOn)}）` : ''}
          </p>
        )}
        <p className="small-print">{t('supervision.evidence.fingerprintHint')}</p>
      </div>
      <footer className="print-footer">
        <QrImage url={url} />
        <div className="print-footer-text">
          <div className="print-url">{url}</div>
        </div>
      </footer>
    </PrintFrame>
  );
}
