import { useParams } from 'react-router-dom';
import type { ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/collectiveDistribution';
import { yuanText } from '@cunzhi/core/finance/voucher';
import { useApi } from '../../../api/useApi.ts';
import { useT } from '../../../i18n/index.tsx';
import { ErrorAlert } from '../../../components/errors.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { PrintFooter, PrintFrame, Signature } from '../../matters/PrintFrame.tsx';
import { dividendApi, distributionPage } from './api.ts';

type Receipt = ResponseOf<typeof contract.getReceipt>;

/**
 * 分红领取凭证 on A4: the year, the payee, register number, shares and the amount in capitals,
 * how and to whom it was paid; a cash payment leaves room for the receiver's signature or
 * thumbprint. It carries the payment's audit fingerprint.
 */
export default function ReceiptPrintPage() {
  const t = useT();
  const { villageId = '', dividendId = '' } = useParams();
  const { data, error } = useApi<Receipt>(`${dividendApi(villageId, dividendId)}/receipt`);
  if (error && !data)
    return (
      <div className="narrow-page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!data) return <PageLoading />;
  const d = data.dividend;
  return (
    <PrintFrame backTo={distributionPage(villageId)} testId="distribution-receipt-page">
      <div className="print-village">{data.villageName}</div>
      <h1 className="print-title">{t('distribution.print.receiptTitle', { org: data.orgName })}</h1>
      <table className="print-table">
        <tbody>
          <tr>
            <th>{t('distribution.year')}</th>
            <td>{data.year}</td>
            <th>{t('distribution.resolution')}</th>
            <td>{data.resolution ?? ''}</td>
          </tr>
          <tr>
            <th>{t('distribution.div.payee')}</th>
            <td>{d.payeeName}</td>
            <th>{t('distribution.div.registerNo')}</th>
            <td>{d.registerNo}</td>
          </tr>
          <tr>
            <th>{t('distribution.div.shares')}</th>
            <td>{d.shares}</td>
            <th>{t('distribution.div.amount')}</th>
            <td>
              {data.capitals}（{yuanText(d.amountFen)}）
            </td>
          </tr>
          <tr>
            <th>{t('distribution.div.paid')}</th>
            <td colSpan={3}>
              {d.paid
                ? t('distribution.div.paidBy', {
                    on: t.date(d.paid.on),
                    method: t(`distribution.method.${d.paid.method}`),
                    to: d.paid.paidTo + (d.paid.heir ? t('distribution.div.heir') : ''),
                  })
                : t('distribution.div.unpaid')}
            </td>
          </tr>
          <tr>
            <th>
              {t('distribution.pay.signature')} / {t('distribution.pay.thumbprint')}
            </th>
            <td colSpan={3} style={{ height: '4em' }} />
          </tr>
        </tbody>
      </table>
      <Signature
        issuer={t('distribution.print.issuer', { org: data.orgName })}
        date={t.date(d.paid?.on)}
      />
      <PrintFooter
        url={`${window.location.origin}${distributionPage(villageId)}`}
        fingerprint={data.fingerprint}
      />
    </PrintFrame>
  );
}
