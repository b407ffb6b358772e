import { useParams } from 'react-router-dom';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { PrintFrame } from '../matters/PrintFrame.tsx';
import { servicesApi, servicesPage, type RequestResponse } from './api.ts';
import { usePromised } from './parts.tsx';
import './services.css';

/**
 * 受理回执 on A4, numbered 〔2026〕第N号: what was accepted and when, the materials (and those
 * still missing), the promised date, whether the station carries it to the town, and the
 * first-contact staffer who answers for it; room for the station's seal.
 */
export default function ReceiptPrintPage() {
  const t = useT();
  const promised = usePromised();
  const { villageId = '', requestId = '' } = useParams();
  const { data, error } = useApi<RequestResponse>(
    `${servicesApi(villageId)}/requests/${requestId}`,
  );
  if (error && !data)
    return (
      <div className="narrow-page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!data) return <PageLoading />;
  const r = data.request;
  const page = `${servicesPage(villageId)}/${r.id}`;
  return (
    <PrintFrame backTo={page} testId="service-receipt-print">
      <div className="print-village">{data.stationName}</div>
      <h1 className="print-title">{t('services.receipt.title')}</h1>
      <div className="print-number" data-testid="receipt-number">
        {r.receiptNumber}
      </div>
      <div className="print-body">
        <p>
          {r.acceptedOn
            ? t('services.receipt.body', {
                name: r.requesterName,
                item: r.itemName,
                accepted: t.date(r.acceptedOn),
              })
            : r.state === 'refused'
              ? `${t('services.refusalReason')}：${r.refusalReason ?? ''}`
              : t('services.receipt.pending')}
        </p>
        <p>
          <strong>{t('services.materials')}：</strong>
          {r.materials.join('、') || '—'}
        </p>
        {r.missingMaterials.length > 0 && (
          <p data-testid="receipt-missing">
            {t('services.receipt.missing')}
            {r.missingMaterials.join('、')}
          </p>
        )}
        {r.dueOn && (
          <p data-testid="receipt-due">
            {t('services.receipt.promise', {
              promised: promised(r.promisedDays, r.promisedUnit),
              due: t.date(r.dueOn),
            })}
          </p>
        )}
        {r.fullAgency && r.departmentName && (
          <p>{t('services.receipt.agency', { department: r.departmentName })}</p>
        )}
        {r.firstContactName && (
          <p data-testid="receipt-staff">
            {t('services.receipt.staff', { name: r.firstContactName })}
          </p>
        )}
      </div>
      <div className="print-signature">
        <div className="print-issuer">{data.stationName}</div>
        <div className="print-seal">{t('services.receipt.seal')}</div>
        <div className="print-date">{t.date(r.acceptedOn ?? r.orderedOn)}</div>
      </div>
      <div className="print-spacer" />
      <p className="small-print" data-testid="receipt-follow">
        {t('services.receipt.follow')}
      </p>
    </PrintFrame>
  );
}
