import { calendarDateOf, fromYmd, type CalendarDate } from '@cunzhi/core/calendarDate';
import {
  disclosureCalendar,
  overdueCount,
  type CalendarItem,
  type CalendarPosting,
} from '@cunzhi/core/disclosure/calendar';
import { answerOverdueFinding } from '@cunzhi/core/disclosure/questions';
import type { Finding } from '@cunzhi/core/rules/findings';
import {
  resolveProfile,
  type CharterOverride,
  type RuleParams,
  type RuleProfile,
} from '@cunzhi/core/rules/profile';
import type { AppContext } from '../../platform/http/context.ts';
import { loadVillageProfile } from '../../platform/rules/villageProfile.ts';
import {
  recordsBegan,
  countUnanswered,
  findDisclosureNotice,
  findPostingPhoto,
  listNoticesBetween,
  listPostings,
  listQuestions,
  type DisclosureNoticeRow,
  type PostingRow,
  type QuestionRow,
} from './repository.ts';

/** What the queries read from: the running server's database and its time zone (routes pass their context). */
type Db = Pick<AppContext, 'db' | 'config'>;

/** A board posting and its photo's bytes; null when the village has no such posting. */
export async function postingPhoto(
  { db }: Db,
  villageId: string,
  postingId: string,
): Promise<{ photo: Uint8Array; photo_type: string; photo_sha256: string } | null> {
  return findPostingPhoto(db, villageId, postingId);
}

/** The village's rule profile on any day: loaded once, resolved per day (the law of that day). */
export async function paramsOfVillage(
  ctx: Db,
  villageId: string,
  today: CalendarDate,
): Promise<(on: CalendarDate) => RuleParams> {
  const { base, overrides } = await loadVillageProfile(ctx.db, villageId, today);
  return paramsOfProfile(base, overrides);
}

/** A village's rule numbers on any day from its base profile and charter overrides, resolved once per day. */
export function paramsOfProfile(
  base: RuleProfile,
  overrides: readonly CharterOverride[],
): (on: CalendarDate) => RuleParams {
  const memo = new Map<CalendarDate, RuleParams>();
  return (on) => {
    let params = memo.get(on);
    if (!params) {
      params = resolveProfile(base, overrides, on).profile.params;
      memo.set(on, params);
    }
    return params;
  };
}

/** What the calendar reads of a board posting. */
export type PostingFacts = Pick<PostingRow, 'id' | 'notice_id' | 'posted_on' | 'taken_down_on'>;

const postingFacts = (p: PostingFacts): CalendarPosting => ({
  id: p.id,
  noticeId: p.notice_id,
  postedOn: p.posted_on,
  takenDownOn: p.taken_down_on,
});

export interface CalendarPage {
  year: number;
  items: CalendarItem[];
  postings: Map<string, PostingRow>;
  paramsOn: (on: CalendarDate) => RuleParams;
  questions: { unanswered: number; overdue: number };
}

/**
 * Core's disclosure calendar over a village's facts as read from the database: its notices and
 * postings of the year, counted from the day its records here began. The village's own page and
 * the town's dashboard (which loads the facts of all its villages at once) both read it here.
 */
export function calendarItems(
  ctx: Pick<Db, 'config'>,
  facts: {
    year: number;
    today: CalendarDate;
    began: { chainStartedAt: Date | null; firstNoticeOn: CalendarDate | null };
    paramsOn: (on: CalendarDate) => RuleParams;
    notices: readonly DisclosureNoticeRow[];
    postings: readonly PostingFacts[];
  },
): CalendarItem[] {
  const { began } = facts;
  const started =
    began.chainStartedAt && calendarDateOf(began.chainStartedAt, ctx.config.TIME_ZONE);
  const since =
    started && began.firstNoticeOn && began.firstNoticeOn < started ? began.firstNoticeOn : started;
  return disclosureCalendar({
    year: facts.year,
    today: facts.today,
    since,
    paramsOn: facts.paramsOn,
    notices: facts.notices.map((n) => ({
      id: n.id,
      kind: n.kind,
      title: n.title,
      publishedOn: n.published_on,
      periodEndsOn: n.period_ends_on,
    })),
    postings: facts.postings.map(postingFacts),
  });
}

/** The year's disclosure calendar of a village: its notices and postings read by core's calendar. */
export async function calendarPage(
  ctx: Db,
  villageId: string,
  year: number,
  today: CalendarDate,
): Promise<CalendarPage> {
  const { db } = ctx;
  const paramsOn = await paramsOfVillage(ctx, villageId, today);
  const began = await recordsBegan(db, villageId);
  const notices = await listNoticesBetween(
    db,
    villageId,
    fromYmd(year, 1, 1),
    fromYmd(year, 12, 31),
  );
  const postings = await listPostings(
    db,
    villageId,
    notices.map((n) => n.id),
  );
  const items = calendarItems(ctx, { year, today, began, paramsOn, notices, postings });
  return {
    year,
    items,
    postings: new Map(postings.map((p) => [p.id, p])),
    paramsOn,
    questions: await countUnanswered(db, villageId, today),
  };
}

export async function noticeQuestions(
  { db }: Db,
  villageId: string,
  noticeId: string,
): Promise<{ notice: DisclosureNoticeRow | null; questions: QuestionRow[] }> {
  const notice = await findDisclosureNotice(db, villageId, noticeId);
  return {
    notice,
    questions: notice ? await listQuestions(db, villageId, { noticeId }) : [],
  };
}

export async function villageQuestions(
  { db }: Db,
  villageId: string,
  unansweredOnly: boolean,
): Promise<QuestionRow[]> {
  return listQuestions(db, villageId, { unansweredOnly });
}

/**
 * A village's disclosure status as the town sees it today: the periods of this year passed
 * with nothing published, questions unanswered and those past their day, with the findings.
 */
export async function disclosureStatus(
  ctx: Db,
  villageId: string,
  today: CalendarDate,
): Promise<{
  overdueDisclosures: number;
  unansweredQuestions: number;
  overdueAnswers: number;
  findings: Finding[];
}> {
  const page = await calendarPage(ctx, villageId, Number(today.slice(0, 4)), today);
  const open = await listQuestions(ctx.db, villageId, { unansweredOnly: true });
  const findings = page.items
    .filter((i) => i.state === 'overdue')
    .flatMap((i) => i.findings)
    .concat(
      open.flatMap((q) => {
        const f = answerOverdueFinding(
          { askedOn: q.asked_on, answerDueOn: q.answer_due_on, answeredOn: q.answered_on },
          today,
        );
        return f ? [f] : [];
      }),
    );
  return {
    overdueDisclosures: overdueCount(page.items),
    unansweredQuestions: page.questions.unanswered,
    overdueAnswers: page.questions.overdue,
    findings,
  };
}
