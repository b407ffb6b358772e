import { useParams } from 'react-router-dom';
import { useApi } from '../../../api/useApi.ts';
import { useT } from '../../../i18n/index.tsx';
import { ErrorAlert } from '../../../components/errors.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { PrintFooter, PrintFrame, Signature } from '../../matters/PrintFrame.tsx';
import { sharesApi, sharesPage, type CertificatePrint } from './api.ts';

/**
 * 股权证 on A4: the household's holders and units as issued, the classes held, the number in the
 * organisation's series (and the one it replaces); a voided certificate says so across the top.
 * The QR opens the register; the fingerprint is the issuing act's on the audit record.
 */
export default function CertificatePrintPage() {
  const t = useT();
  const { villageId = '', orgId = '', certificateId = '' } = useParams();
  const { data, error } = useApi<CertificatePrint>(
    `${sharesApi(villageId, orgId)}/certificates/${certificateId}`,
  );
  if (error && !data)
    return (
      <div className="narrow-page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!data) return <PageLoading />;
  const c = data.certificate;
  const page = sharesPage(villageId);
  return (
    <PrintFrame backTo={page} testId="shares-certificate-print-page">
      <div className="print-village">{data.villageName}</div>
      <h1 className="print-title">{t('shares.print.title')}</h1>
      {c.voidedOn && (
        <p className="print-void" data-testid="shares-certificate-void">
          {t('shares.print.voided', { on: t.date(c.voidedOn), reason: c.voidReason ?? '' })}
        </p>
      )}
      <div className="print-body">
        <p>
          {t('shares.print.intro', {
            org: data.orgName,
            code: data.registeredCode ?? '—',
            number: c.number,
            household: c.householdNumber,
            on: t.date(c.issuedOn),
          })}
          {c.replacesNumber !== null && t('shares.print.replaces', { number: c.replacesNumber })}
        </p>
        <table className="print-table" data-testid="shares-certificate-holders">
          <thead>
            <tr>
              <th>{t('shares.col.registerNo')}</th>
              <th>{t('shares.col.name')}</th>
              <th>{t('shares.col.units')}</th>
            </tr>
          </thead>
          <tbody>
            {c.holders.map((h) => (
              <tr key={h.personId}>
                <td>{h.registerNo}</td>
                <td>{h.name}</td>
                <td>{t.num(h.units)}</td>
              </tr>
            ))}
            <tr>
              <td colSpan={2}>{t('shares.print.total')}</td>
              <td>{t.num(c.units)}</td>
            </tr>
          </tbody>
        </table>
        <p>
          {t('shares.print.classes', {
            classes: data.classes
              .map((x) => `${t(`shares.class.${x.shareClass}`)} ${t.num(x.units)}`)
              .join('，'),
          })}
        </p>
        <p>{t('shares.print.rights')}</p>
      </div>
      <Signature
        issuer={t('shares.print.issuer', { org: data.orgName })}
        date={t.date(c.issuedOn)}
      />
      <PrintFooter url={`${window.location.origin}${page}`} fingerprint={data.fingerprint} />
    </PrintFrame>
  );
}
