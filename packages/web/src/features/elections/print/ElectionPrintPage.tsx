import type { ComponentType } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { Result } from 'antd';
import { useApi } from '../../../api/useApi.ts';
import type { VillageFrame } from '../../../api/types.ts';
import { useT, type Translator } from '../../../i18n/index.tsx';
import { ErrorAlert } from '../../../components/errors.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import type { ResolutionDetailResponse } from '../../matters/api.ts';
import { PrintFooter, PrintFrame } from '../../matters/PrintFrame.tsx';
import { Ballot } from './Ballot.tsx';
import { CandidatesNotice } from './CandidatesNotice.tsx';
import { Certificate } from './Certificate.tsx';
import { CommitteeNotice } from './CommitteeNotice.tsx';
import { Handover } from './Handover.tsx';
import { PollingNotice } from './PollingNotice.tsx';
import { ProxiesNotice } from './ProxiesNotice.tsx';
import { ResultNotice } from './ResultNotice.tsx';
import { RollNotice } from './RollNotice.tsx';
import { RulesNotice } from './RulesNotice.tsx';
import { roundOf } from './rounds.ts';
import { TallySheet } from './TallySheet.tsx';
import { VoterList } from './VoterList.tsx';
import {
  PAPERS,
  wording,
  type ElectionDetail,
  type Paper,
  type ResultView,
  type RollView,
  type RoundsView,
  type Say,
  type SheetData,
} from './sheet.tsx';
import './electionPrint.css';
import './paper.css';

type Sheet = ComponentType<{ t: Translator; say: Say; data: SheetData; copies: number }>;

/**
 * Each paper: how it is drawn, what it reads besides the election, and whether it ends
 * with the footer (the QR code and the fingerprint). Ballots, tally sheets and certificates
 * are pages of their own, each page alike: no footer.
 */
type Fingerprint = ResultView['fingerprint'];

/** The audit event a paper prints in its footer: the one that published what it shows. */
const FINGERPRINTS: Partial<Record<Paper, (data: SheetData) => Fingerprint>> = {
  polling: (data) => roundOf(data)?.noticeFingerprint ?? null,
  proxies: (data) => data.rounds?.proxiesFingerprint ?? null,
  result: (data) => data.result?.fingerprint ?? null,
  handover: (data) => data.result?.fingerprint ?? null,
};

const SHEETS: Record<
  Paper,
  { Sheet: Sheet; needs: ReadonlyArray<'roll' | 'rounds' | 'result'>; footer: boolean }
> = {
  committee: { Sheet: CommitteeNotice, needs: [], footer: true },
  rules: { Sheet: RulesNotice, needs: [], footer: true },
  roll: { Sheet: RollNotice, needs: ['roll'], footer: true },
  candidates: { Sheet: CandidatesNotice, needs: [], footer: true },
  polling: { Sheet: PollingNotice, needs: ['rounds'], footer: true },
  proxies: { Sheet: ProxiesNotice, needs: ['rounds'], footer: true },
  result: { Sheet: ResultNotice, needs: ['rounds', 'result'], footer: true },
  ballot: { Sheet: Ballot, needs: ['rounds'], footer: false },
  tally: { Sheet: TallySheet, needs: ['rounds'], footer: false },
  voters: { Sheet: VoterList, needs: ['roll', 'rounds'], footer: true },
  certificate: { Sheet: Certificate, needs: ['result'], footer: false },
  handover: { Sheet: Handover, needs: ['result'], footer: true },
};

const isPaper = (s: string): s is Paper => (PAPERS as readonly string[]).includes(s);

/**
 * An election's papers as printed (A4), from the election's own GET routes and the
 * village's: /v/:villageId/elections/:electionId/print/:notice, the notices for the board
 * (committee, rules, roll, candidates, polling, proxies, result) and the polling day's and
 * the result's papers (ballot, tally, voters, certificate, handover). `?round=N` picks a
 * round (else the latest); `?copies=N` how many ballots (else one per registered voter).
 * The roll is read as the reader may, and no sheet shows an ID number or a phone.
 */
export default function ElectionPrintPage() {
  const t = useT();
  const [search] = useSearchParams();
  const { villageId = '', electionId = '', notice = '' } = useParams();
  const paper = isPaper(notice) ? SHEETS[notice] : null;
  const needs = (what: 'roll' | 'rounds' | 'result') => paper?.needs.includes(what) ?? false;
  const base = `/api/villages/${villageId}/elections/${electionId}`;
  const village = useApi<VillageFrame>(`/api/villages/${villageId}/frame`);
  const detail = useApi<ElectionDetail>(base);
  const roll = useApi<RollView>(needs('roll') ? `${base}/roll` : null);
  const rounds = useApi<RoundsView>(needs('rounds') ? `${base}/rounds` : null);
  const result = useApi<ResultView>(needs('result') ? `${base}/result` : null);
  // the rules' sheet names the adopting resolution by its number (…居民代表会议决议〔2026〕第3号)
  const adoptedBy = detail.data?.rules.resolution?.id;
  const resolution = useApi<ResolutionDetailResponse>(
    notice === 'rules' && adoptedBy ? `/api/villages/${villageId}/resolutions/${adoptedBy}` : null,
  );
  if (!paper) return <Result status="404" title={t('elections.print.unknown')} />;
  const error = village.error ?? detail.error ?? roll.error ?? rounds.error ?? result.error;
  if (error)
    return (
      <div className="narrow-page">
        <ErrorAlert error={error} />
      </div>
    );
  // a reader who may not open the resolution gets its title instead of its number
  const resolutionPending =
    notice === 'rules' && adoptedBy && !resolution.data && !resolution.error;
  const pending =
    (needs('roll') && !roll.data) ||
    (needs('rounds') && !rounds.data) ||
    (needs('result') && !result.data);
  if (!village.data || !detail.data || pending || resolutionPending) return <PageLoading />;
  const page = `/v/${villageId}/elections/${electionId}`;
  const round = Number(search.get('round'));
  const copies = Number(search.get('copies'));
  const { Sheet } = paper;
  const data: SheetData = {
    detail: detail.data,
    village: village.data,
    roll: roll.data ?? null,
    resolutionNumber: resolution.data?.resolution.numberText ?? null,
    rounds: rounds.data ?? null,
    result: result.data ?? null,
    round: Number.isInteger(round) && round > 0 ? round : null,
  };
  return (
    <PrintFrame backTo={page} testId={`election-print-${notice}`}>
      <Sheet
        t={t}
        say={wording(t, village.data.village)}
        data={data}
        copies={Number.isInteger(copies) && copies > 0 ? copies : detail.data.roll.registered}
      />
      {paper.footer && (
        <>
          <div className="print-spacer" />
          <PrintFooter
            url={`${window.location.origin}${page}`}
            fingerprint={FINGERPRINTS[notice as Paper]?.(data) ?? null}
          />
        </>
      )}
    </PrintFrame>
  );
}
