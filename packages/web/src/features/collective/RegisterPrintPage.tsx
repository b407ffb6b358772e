import { useParams, useSearchParams } from 'react-router-dom';
import { useApi } from '../../api/useApi.ts';
import { hasMessage, useT } from '../../i18n/index.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { PrintFooter, PrintFrame, Signature } from '../matters/PrintFrame.tsx';
import { collectivePage, orgApi, type RegisterSheet } from './api.ts';

/**
 * 成员名册 on A4 for filing with the town and the county's agriculture department (Art. 12): the
 * members on the day by register number, each with the day and ground of confirmation; full ID
 * numbers only for a reader who may see them; the council's seal, a QR to the page and the
 * fingerprint of the last act on the record it was printed from.
 */
export default function RegisterPrintPage() {
  const t = useT();
  const { villageId = '', orgId = '' } = useParams();
  const [params] = useSearchParams();
  const on = params.get('on');
  const { data, error } = useApi<RegisterSheet>(
    `${orgApi(villageId, orgId)}/register-sheet${on ? `?on=${on}` : ''}`,
  );
  if (error && !data)
    return (
      <div className="narrow-page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!data) return <PageLoading />;
  const page = collectivePage(villageId);
  const ground = (g: string) => {
    const key = `collective.ground.${g}`;
    return hasMessage(key) ? t(key) : g;
  };
  return (
    <PrintFrame backTo={page} testId="collective-register-print-page">
      <div className="print-village">{data.villageName}</div>
      <h1 className="print-title">{t('collective.print.title')}</h1>
      <div className="print-body">
        <p data-testid="collective-register-intro">
          {t('collective.print.intro', {
            org: data.orgName,
            code: data.registeredCode ?? '—',
            on: t.date(data.on),
            members: data.members,
            adults: data.membersWithFullCapacity,
            town: data.townName,
          })}
        </p>
        <table className="print-table" data-testid="collective-register-rows">
          <thead>
            <tr>
              <th>{t('collective.member.no')}</th>
              <th>{t('collective.member.name')}</th>
              <th>{t('collective.member.gender')}</th>
              <th>{t('collective.member.birthDate')}</th>
              <th>{t('collective.member.id')}</th>
              <th>{t('collective.member.household')}</th>
              <th>{t('collective.print.confirmedOn')}</th>
              <th>{t('collective.print.ground')}</th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((r) => (
              <tr key={r.registerNo}>
                <td>{r.registerNo}</td>
                <td>{r.name}</td>
                <td>{t(`collective.member.gender.${r.gender}`)}</td>
                <td>{r.birthDate ? t.date(r.birthDate) : '—'}</td>
                <td>{r.residentIdNumber ?? '—'}</td>
                <td>{r.household}</td>
                <td>{t.date(r.confirmedOn)}</td>
                <td>{ground(r.ground)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Signature
        issuer={t('collective.print.issuer', { org: data.orgName })}
        date={t.date(data.on)}
      />
      <PrintFooter url={`${window.location.origin}${page}`} fingerprint={data.fingerprint} />
    </PrintFrame>
  );
}
