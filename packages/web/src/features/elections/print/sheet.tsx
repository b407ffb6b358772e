import type { ReactNode } from 'react';
import type { ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/elections';
import { ymd, type CalendarDate } from '@cunzhi/core/calendarDate';
import { forCommunity } from '@cunzhi/core/meetings/meetingKinds';
import { citationOn, citationWords, type RuleId } from '@cunzhi/core/rules/citations';
import type { VillageFrame } from '../../../api/types.ts';
import type { MessageKey, Params, Translator } from '../../../i18n/index.tsx';
import { Signature } from '../../matters/PrintFrame.tsx';

export type ElectionDetail = ResponseOf<typeof contract.getElection>;
export type RollView = ResponseOf<typeof contract.getRoll>;
export type RoundsView = ResponseOf<typeof contract.getRounds>;
export type RoundView = RoundsView['rounds'][number];
export type ResultView = ResponseOf<typeof contract.getResult>;

/** The notices of the first half, in the order the election publishes them (their number). */
export const NOTICES = ['committee', 'rules', 'roll', 'candidates'] as const;
export type NoticeKind = (typeof NOTICES)[number];
/** The second half's notices, numbered after the first half's. */
export const LATER_NOTICES = ['polling', 'proxies', 'result'] as const;
export type LaterNoticeKind = (typeof LATER_NOTICES)[number];
/** Every paper of the election: its notices, then the polling day's and the result's own papers. */
export const PAPERS = [
  ...NOTICES,
  ...LATER_NOTICES,
  'ballot',
  'tally',
  'voters',
  'certificate',
  'handover',
] as const;
export type Paper = (typeof PAPERS)[number];

/** Where a notice's A4 sheet lives (the console's election page links here). */
export const electionNoticePrintPage = (villageId: string, electionId: string, notice: Paper) =>
  `/v/${villageId}/elections/${electionId}/print/${notice}`;

/** The day a notice was published (null: not yet). */
export function noticeDay(d: ElectionDetail, kind: NoticeKind): string | null {
  const days: Record<NoticeKind, string | null> = {
    committee: d.committee.publishedOn,
    rules: d.rules.announcedOn,
    roll: d.roll.publishedOn,
    candidates: d.candidatesPublishedOn,
  };
  return days[kind];
}

/** What every sheet is drawn from. */
export interface SheetData {
  detail: ElectionDetail;
  village: VillageFrame;
  /** The published roll (the roll's sheet only). */
  roll: RollView | null;
  /** The number of the resolution adopting the rules (the rules' sheet only, where readable). */
  resolutionNumber: string | null;
  /** The rounds of polling with the proxies (the second half's papers only). */
  rounds: RoundsView | null;
  /** The certified result (the result's, the certificates' and the handover's papers only). */
  result: ResultView | null;
  /** The round asked for (?round=N), else the latest. */
  round: number | null;
}

/**
 * The words of a sheet: a village's wording, or a community's (居民 for 村民) in the
 * template only — the names, dates and the laws' titles put in afterwards stay as they are.
 */
export function wording(t: Translator, village: VillageFrame['village']) {
  const community = village.kind === 'community';
  return (key: MessageKey, params: Params = {}): string => {
    const names = Object.keys(params);
    const marked = t(key, Object.fromEntries(names.map((n, i) => [n, `\uE000${i}\uE001`])));
    const local = community ? forCommunity(marked) : marked;
    return local.replace(/\uE000(\d+)\uE001/g, (_, i: string) => String(params[names[Number(i)]!]));
  };
}
export type Say = ReturnType<typeof wording>;

/** The rules' name from the election's: 2026年…居民委员会选举 → 2026年…居民委员会选举办法. */
export const rulesName = (electionTitle: string) => `${electionTitle.replace(/选举$/, '')}选举办法`;

/**
 * Articles in words, by the law in force on the day; in Chinese a law's numbered articles
 * follow its name once: 《中华人民共和国村民委员会组织法》第十六条、第十七条第一款.
 */
export function lawOn(t: Translator, on: CalendarDate | string, ...ids: RuleId[]): string {
  const words: string[] = [];
  let last = '';
  for (const id of ids) {
    const c = citationOn(id, on as CalendarDate);
    const source = t.lang === 'en' ? c.source.en : c.source.zh;
    const again = t.lang === 'zh-CN' && source === last && c.article.startsWith('第');
    const word = again ? c.article : citationWords(source, c.article, t.lang);
    // two rules of one paragraph are cited once (第十八条第二款, not twice)
    if (words.includes(word) || (again && words.at(-1)?.endsWith(word))) continue;
    words.push(word);
    last = source;
  }
  return words.join(t('elections.print.list'));
}

/**
 * The head and foot of a 村民选举委员会 公告: the village, the issuer's 公告 and its number
 * (〔year〕第N号, N the notice's place in the election), the subject, the body, then the
 * issuer and the day with room for the seal. Unpublished, it says so across the top.
 */
export function NoticeSheet({
  t,
  say,
  data,
  kind,
  title,
  on,
  children,
}: {
  t: Translator;
  say: Say;
  data: SheetData;
  kind: NoticeKind | LaterNoticeKind;
  title: string;
  /** The day it was published (null: not yet). */
  on: string | null;
  children: ReactNode;
}) {
  const { village } = data.village;
  const issuer = say('elections.print.issuer', { village: village.name });
  return (
    <>
      <header className="print-village" data-testid="print-village">
        {village.name}
        <span className="print-village-sub">
          {village.countyName} {village.townName}
        </span>
      </header>
      {!on && (
        <div className="print-void" data-testid="print-unpublished">
          {t('elections.print.unpublished')}
        </div>
      )}
      <div className="print-doc-kind" data-testid="print-kind">
        {say('elections.print.kind', { issuer })}
      </div>
      {on && (
        <div className="print-number" data-testid="print-number">
          {t('elections.print.number', {
            year: ymd(on as CalendarDate).year,
            n: [...NOTICES, ...LATER_NOTICES].indexOf(kind) + 1,
          })}
        </div>
      )}
      <h1 className="print-title" data-testid="print-title">
        {title}
      </h1>
      <div className="print-body ep-body" data-testid="print-body">
        {children}
      </div>
      <Signature issuer={issuer} date={on ? t.date(on) : ''} />
    </>
  );
}
