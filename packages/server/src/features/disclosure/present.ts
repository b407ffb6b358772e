import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { STREAM_INFO, type CalendarItem } from '@cunzhi/core/disclosure/calendar';
import { NOTICE_KIND_NAMES, QUESTION_KIND_NAMES } from '@cunzhi/core/disclosure/kinds';
import { earliestTakeDown, postedDays, postingFinding } from '@cunzhi/core/disclosure/posting';
import { answerOverdueFinding, answerState } from '@cunzhi/core/disclosure/questions';
import type { Locale } from '@cunzhi/core/errors';
import type { VillageAbilities } from '@cunzhi/core/policies/village';
import { citationText, type RuleId } from '@cunzhi/core/rules/citations';
import type { RuleParams } from '@cunzhi/core/rules/profile';
import { presentFinding } from '../meetings/present.ts';
import type { CalendarPage } from './queries.ts';
import type { DisclosureNoticeRow, PostingRow, QuestionRow } from './repository.ts';

export const ruleCitation = (ruleId: RuleId, locale: Locale, on: CalendarDate) => ({
  ruleId,
  text: citationText(ruleId, locale, on),
});

export function presentPosting(p: PostingRow, params: RuleParams, locale: Locale) {
  const facts = { postedOn: p.posted_on, takenDownOn: p.taken_down_on };
  const f = postingFinding(facts, params);
  return {
    id: p.id,
    noticeId: p.notice_id,
    place: p.place,
    postedOn: p.posted_on,
    takenDownOn: p.taken_down_on,
    days: postedDays(facts),
    earliestTakeDownOn: earliestTakeDown(p.posted_on, params),
    photo: { type: p.photo_type, bytes: p.photo_bytes, sha256: p.photo_sha256 },
    recordedBy: p.recorded_by_name,
    finding: f ? presentFinding(f, locale) : null,
  };
}

export function presentCalendar(
  page: CalendarPage,
  today: CalendarDate,
  locale: Locale,
  abilities: VillageAbilities,
) {
  const items = page.items.map((i: CalendarItem) => ({
    stream: i.stream,
    streamName: { zh: STREAM_INFO[i.stream].zh, en: STREAM_INFO[i.stream].en },
    startsOn: i.startsOn,
    endsOn: i.endsOn,
    months: i.months,
    state: i.state,
    posted: i.posted,
    rule: ruleCitation(i.ruleId, locale, i.startsOn),
    notices: i.notices.map((n) => ({
      id: n.id,
      kind: n.kind,
      kindName: NOTICE_KIND_NAMES[n.kind],
      title: n.title,
      publishedOn: n.publishedOn,
      periodEndsOn: n.periodEndsOn,
      postings: n.postings.map((p) =>
        presentPosting(page.postings.get(p.id)!, page.paramsOn(p.postedOn), locale),
      ),
    })),
    findings: i.findings.map((f) => presentFinding(f, locale)),
  }));
  return {
    on: today,
    year: page.year,
    items,
    summary: {
      overdue: items.filter((i) => i.state === 'overdue').length,
      due: items.filter((i) => i.state === 'due').length,
      unposted: items.filter((i) => i.state === 'published' && !i.posted).length,
      openQuestions: page.questions.unanswered,
      overdueAnswers: page.questions.overdue,
    },
    abilities,
  };
}

/** Who reads a question: its asker sees it as theirs; cadres and supervisors see every asker. */
export interface QuestionViewer {
  personId: string | null;
  seesAskers: boolean;
}

export function presentQuestion(q: QuestionRow, viewer: QuestionViewer, today: CalendarDate) {
  const mine = viewer.personId !== null && viewer.personId === q.asker_person_id;
  return {
    id: q.id,
    noticeId: q.notice_id,
    kind: q.kind,
    kindName: QUESTION_KIND_NAMES[q.kind],
    text: q.text,
    // the public answer withholds the asker's name: villagers may ask without being named
    asker: mine || viewer.seesAskers ? { personId: q.asker_person_id, name: q.asker_name } : null,
    onBehalf: q.on_behalf,
    // who asked for the villager by 代办, to those who see the asker
    assistedBy: mine || viewer.seesAskers ? q.assisted_by : null,
    askedOn: q.asked_on,
    answerDueOn: q.answer_due_on,
    answer: q.answer,
    answeredOn: q.answered_on,
    state: answerState(
      { askedOn: q.asked_on, answerDueOn: q.answer_due_on, answeredOn: q.answered_on },
      today,
    ),
    mine,
  };
}

/** What a reader may see of a notice's questions: answered ones, their own, or all (cadres, supervisors). */
export function visibleQuestions(questions: readonly QuestionRow[], viewer: QuestionViewer) {
  return questions.filter(
    (q) => viewer.seesAskers || q.answered_on !== null || q.asker_person_id === viewer.personId,
  );
}

export function presentNoticeQuestions(
  notice: DisclosureNoticeRow,
  questions: readonly QuestionRow[],
  window: { from: CalendarDate; to: CalendarDate | null },
  viewer: QuestionViewer & { mayAnswer: boolean },
  today: CalendarDate,
  locale: Locale,
  abilities: VillageAbilities,
) {
  return {
    notice: { id: notice.id, kind: notice.kind, title: notice.title },
    window: {
      from: window.from,
      to: window.to,
      open: today >= window.from && (window.to === null || today <= window.to),
    },
    rule: ruleCitation('VCOL-30-ENQUIRY', locale, today),
    items: visibleQuestions(questions, viewer).map((q) => presentQuestion(q, viewer, today)),
    abilities,
    mayAnswer: viewer.mayAnswer,
  };
}

export function presentVillageQuestions(
  questions: readonly QuestionRow[],
  filter: 'all' | 'unanswered' | 'overdue',
  viewer: QuestionViewer,
  today: CalendarDate,
  locale: Locale,
  abilities: VillageAbilities,
) {
  const items = questions
    .map((q) => {
      const view = presentQuestion(q, viewer, today);
      const f = answerOverdueFinding(
        { askedOn: q.asked_on, answerDueOn: q.answer_due_on, answeredOn: q.answered_on },
        today,
      );
      return {
        ...view,
        notice: { id: q.notice_id, kind: q.notice_kind, title: q.notice_title },
        finding: f ? presentFinding(f, locale) : null,
      };
    })
    .filter((q) => filter !== 'overdue' || q.state === 'overdue');
  return { on: today, items, abilities };
}
