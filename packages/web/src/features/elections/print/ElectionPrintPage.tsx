import { useParams } from 'react-router-dom';
import { Result } from 'antd';
import { useApi } from '../../../api/useApi.ts';
import type { VillageResponse } from '../../../api/types.ts';
import { useT } from '../../../i18n/index.tsx';
import { ErrorAlert } from '../../../components/errors.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import type { ResolutionDetailResponse } from '../../matters/api.ts';
import { PrintFooter, PrintFrame } from '../../matters/PrintFrame.tsx';
import { CandidatesNotice } from './CandidatesNotice.tsx';
import { CommitteeNotice } from './CommitteeNotice.tsx';
import { RollNotice } from './RollNotice.tsx';
import { RulesNotice } from './RulesNotice.tsx';
import { NOTICES, wording, type ElectionDetail, type NoticeKind, type RollView } from './sheet.tsx';
import './electionPrint.css';

const SHEETS = {
  committee: CommitteeNotice,
  rules: RulesNotice,
  roll: RollNotice,
  candidates: CandidatesNotice,
} satisfies Record<NoticeKind, unknown>;

const isNotice = (s: string): s is NoticeKind => (NOTICES as readonly string[]).includes(s);

/**
 * An election's 公告 as printed for the notice board (A4), from the election's own GET
 * routes and the village's: /v/:villageId/elections/:electionId/print/:notice with notice one
 * of committee, rules, roll, candidates. The roll's sheet reads the roll as the reader may
 * (the public list has no ID numbers or phones and the sheet shows none in any case).
 */
export default function ElectionPrintPage() {
  const t = useT();
  const { villageId = '', electionId = '', notice = '' } = useParams();
  const base = `/api/villages/${villageId}/elections/${electionId}`;
  const village = useApi<VillageResponse>(`/api/villages/${villageId}`);
  const detail = useApi<ElectionDetail>(base);
  const roll = useApi<RollView>(notice === 'roll' ? `${base}/roll` : null);
  // the rules' sheet names the adopting resolution by its number (…居民代表会议决议〔2026〕第3号)
  const adoptedBy = detail.data?.rules.resolution?.id;
  const resolution = useApi<ResolutionDetailResponse>(
    notice === 'rules' && adoptedBy ? `/api/villages/${villageId}/resolutions/${adoptedBy}` : null,
  );
  if (!isNotice(notice)) return <Result status="404" title={t('elections.print.unknown')} />;
  const error = village.error ?? detail.error ?? roll.error;
  if (error)
    return (
      <div className="narrow-page">
        <ErrorAlert error={error} />
      </div>
    );
  // a reader who may not open the resolution gets its title instead of its number
  const resolutionPending =
    notice === 'rules' && adoptedBy && !resolution.data && !resolution.error;
  if (!village.data || !detail.data || (notice === 'roll' && !roll.data) || resolutionPending)
    return <PageLoading />;
  const page = `/v/${villageId}/elections/${electionId}`;
  const Sheet = SHEETS[notice];
  return (
    <PrintFrame backTo={page} testId={`election-print-${notice}`}>
      <Sheet
        t={t}
        say={wording(t, village.data.village)}
        data={{
          detail: detail.data,
          village: village.data,
          roll: roll.data ?? null,
          resolutionNumber: resolution.data?.resolution.numberText ?? null,
        }}
      />
      <div className="print-spacer" />
      <PrintFooter url={`${window.location.origin}${page}`} fingerprint={null} />
    </PrintFrame>
  );
}
