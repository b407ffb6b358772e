import { useParams } from 'react-router-dom';
import { BODY_KIND_INFO } from '@cunzhi/core/bodies/bodyKinds';
import { forCommunity } from '@cunzhi/core/meetings/meetingKinds';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { PrintFooter, PrintFrame, Signature } from '../matters/PrintFrame.tsx';
import { pointsApi, pointsPage, type NoticeSheet } from './api.ts';
import './points.css';

/**
 * 积分公示 on A4 (〔2026〕第N号): the scheme and the resolution it rests on, each award's
 * household, item, points, facts, proposer and checker, the period, where to object and from
 * when the points count; the committee's seal, a QR code to the page and the publication's audit
 * fingerprint.
 */
export default function NoticePrintPage() {
  const t = useT();
  const { villageId = '', noticeId = '' } = useParams();
  const { data, error } = useApi<NoticeSheet>(`${pointsApi(villageId)}/notices/${noticeId}`);
  if (error && !data)
    return (
      <div className="narrow-page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!data) return <PageLoading />;
  const page = pointsPage(villageId);
  // a community's committee is its residents' committee (居民委员会)
  const say = (text: string) => (data.villageKind === 'community' ? forCommunity(text) : text);
  return (
    <PrintFrame backTo={page} testId="points-notice-print-page">
      <div className="print-village">{data.villageName}</div>
      <h1 className="print-title">{t('points.print.title')}</h1>
      <div className="print-number" data-testid="points-notice-number">
        {data.number}
      </div>
      <div className="print-body">
        <p>
          {t('points.print.intro', {
            scheme: data.schemeTitle,
            version: data.schemeVersion,
            resolution: data.resolution ? `，${data.resolution}` : '',
            from: t.date(data.startsOn),
            to: t.date(data.endsOn),
            body: say(t.pick(BODY_KIND_INFO[data.contestBody])),
            counts: t.date(data.countsFrom),
          })}
        </p>
        <table className="points-print-table" data-testid="points-notice-rows">
          <thead>
            <tr>
              <th>{t('points.print.household')}</th>
              <th>{t('points.print.person')}</th>
              <th>{t('points.print.item')}</th>
              <th>{t('points.print.points')}</th>
              <th>{t('points.print.facts')}</th>
              <th>{t('points.print.people')}</th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((r, i) => (
              <tr key={i}>
                <td>{r.household}</td>
                <td>{r.personName ?? '—'}</td>
                <td>{r.itemName}</td>
                <td>{r.points > 0 ? `+${r.points}` : r.points}</td>
                <td>{r.facts}</td>
                <td>
                  {r.proposerName} / {r.checkerName}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Signature
        issuer={say(t('points.print.issuer', { village: data.villageName }))}
        date={t.date(data.startsOn)}
      />
      <PrintFooter url={`${window.location.origin}${page}`} fingerprint={data.fingerprint} />
    </PrintFrame>
  );
}
