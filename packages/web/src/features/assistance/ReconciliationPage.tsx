import { useParams } from 'react-router-dom';
import { useT } from '../../i18n/index.tsx';
import { reconciliationApi, reconciliationPage, type Reconciliation } from './api.ts';
import { LoadedReport, ReconciliationReport } from './ReconciliationReport.tsx';

/**
 * 签到核对报告 on A4: who signed the paper sheet, who checked in online (their own scan or by
 * 代办), who did both (counted once) and who is absent; signed by the supervision committee.
 */
export default function ReconciliationPage() {
  const t = useT();
  const { villageId = '', meetingId = '' } = useParams();
  const path = reconciliationApi(villageId, meetingId);
  return (
    <LoadedReport<Reconciliation> path={path}>
      {(data, reload) => (
        <ReconciliationReport
          data={data}
          path={path}
          reload={reload}
          labels="reconciliation"
          title={t('reconciliation.title')}
          heading={`${data.meeting.title}（${t.date(data.meeting.meetingOn)}）`}
          figures={t('reconciliation.counts', { due: data.dueCount, present: data.countedOnce })}
          backTo={`/v/${villageId}/meetings/${meetingId}`}
          pageUrl={`${window.location.origin}${reconciliationPage(villageId, meetingId)}`}
          testId="reconciliation-page"
        />
      )}
    </LoadedReport>
  );
}
