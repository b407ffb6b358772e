import type { ReplyOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/elections';
import { BODY_KIND_INFO } from '@cunzhi/core/bodies/bodyKinds';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { Locale } from '@cunzhi/core/errors';
import { candidateRange } from '@cunzhi/core/elections/nomination';
import { deadlineAfter } from '@cunzhi/core/elections/dates';
import type { Finding } from '@cunzhi/core/rules/findings';
import type { RuleParams } from '@cunzhi/core/rules/profile';
import { findingViews } from './commands/shared.ts';
import type { ElectionRow } from './repository.ts';
import type { ElectionPage, VoterRow } from './queries.ts';

type Detail = ReplyOf<typeof contract.getElection>;

const bodyName = (body: ElectionRow['body']) =>
  BODY_KIND_INFO[
    body === 'villagersCommittee' ? 'villagersCommittee' : 'villageAffairsSupervisionCommittee'
  ];

export function presentSummary(e: ElectionRow) {
  const name = bodyName(e.body);
  return {
    id: e.id,
    title: e.title,
    body: e.body,
    bodyName: { zh: name.zh, en: name.en },
    electorate: e.electorate,
    stage: e.stage,
    electionDay: e.election_day,
  };
}

/** What this reader is: a seated member of the election's committee, or one who sees personal data. */
export interface Viewer {
  committeeMember: boolean;
  seesPersonalData: boolean;
}

/**
 * An election as the reader may see it: the committee and the town see nominees and
 * objections with names; everyone else the published candidate list and how many
 * objections are open.
 */
export function presentElection(
  page: ElectionPage,
  viewer: Viewer,
  p: RuleParams,
  findings: readonly Finding[],
  locale: Locale,
): Detail {
  const e = page.election;
  const cls = (n: number) => page.classes.find((c) => c.voter_class === n)?.n ?? 0;
  const days = (d: CalendarDate | null, n: number) => (d ? deadlineAfter(d, n) : null);
  const name = new Map(page.committee.map((m) => [m.person_id, m.name]));
  return {
    election: {
      ...presentSummary(e),
      organiser: e.organiser,
      profile: { id: e.profile_id, version: e.profile_version },
    },
    committee: {
      chosenBy: e.committee_chosen_by,
      chosenOn: e.committee_chosen_on,
      publishedOn: e.committee_published_on,
      filedOn: e.committee_filed_on,
      objectionsBy: days(e.committee_published_on, p['XJGC-EC'].objectionDays),
      members: page.committee.map((m) => ({
        personId: m.person_id,
        name: m.name,
        rank: m.rank,
        seat: m.seat,
        status: m.status,
        withdrawnOn: m.withdrawn_on,
        withdrawalReason: m.withdrawal_reason,
        seatedOn: m.seated_on,
        filledSeatOf: m.filled_seat_of
          ? { personId: m.filled_seat_of, name: name.get(m.filled_seat_of) ?? '' }
          : null,
      })),
    },
    rules: {
      draftPublishedOn: e.rules_draft_published_on,
      commentsUntil: e.rules_comments_until,
      draft: e.rules_draft,
      resolution: page.resolution
        ? {
            id: page.resolution.id,
            title: page.resolution.title,
            adoptedOn: page.resolution.adopted_on,
          }
        : null,
      announcedOn: e.rules_announced_on,
    },
    timetable: (e.timetable as Detail['timetable']) ?? null,
    roll: {
      publishedOn: e.roll_published_on,
      objectionsBy: days(e.roll_published_on, p['VCOL-14-LIST'].objectionDays),
      registered: cls(1) + cls(2) + cls(3),
      byClass: { one: cls(1), two: cls(2), three: cls(3) },
    },
    nominationsOpenedOn: e.nominations_opened_on,
    candidatesPublishedOn: e.candidates_published_on,
    posts: presentPosts(page, viewer, p),
    objections: viewer.seesPersonalData ? presentObjections(page, p) : null,
    openObjections: page.objections.filter((o) => !o.decided_on).length,
    mine: viewer,
    findings: findingViews(findings, locale),
  };
}

/** The roll: ID numbers and phones to the committee and the town only. */
export function presentRoll(e: ElectionRow, rows: readonly VoterRow[], viewer: Viewer) {
  return {
    publishedOn: e.roll_published_on,
    voters: rows.map((r) => ({
      personId: r.person_id,
      name: r.name,
      gender: r.gender,
      birthDate: r.birth_date,
      groupName: r.group_name,
      householdNumber: r.household_number,
      voterClass: r.voter_class,
      registeredOn: r.registered_on,
      residentIdNumber: viewer.seesPersonalData ? r.resident_id_number : null,
      phone: viewer.seesPersonalData ? r.phone : null,
    })),
  };
}

/** The reader's own registration, once the roll is published (before, it is the committee's list). */
export function presentRegistration(
  e: ElectionRow,
  mine: { voter_class: 1 | 2 | 3 } | null,
  p: RuleParams,
) {
  const published = e.roll_published_on;
  return {
    registered: published !== null && mine !== null,
    voterClass: published ? (mine?.voter_class ?? null) : null,
    rollPublishedOn: published,
    objectionsBy: published ? deadlineAfter(published, p['VCOL-14-LIST'].objectionDays) : null,
  };
}

/** Each post with its 差额; nominees to the committee and the town, the published list to others. */
function presentPosts(page: ElectionPage, viewer: Viewer, p: RuleParams): Detail['posts'] {
  const listed = page.election.candidates_published_on !== null;
  return page.posts.map((post) => ({
    id: post.id,
    name: { zh: post.name_zh, en: post.name_en },
    seats: post.seats,
    writeIns: post.write_ins,
    candidates: candidateRange(post.seats, p),
    nominees: page.nominations
      .filter((n) => n.post_id === post.id)
      .filter((n) => viewer.seesPersonalData || (listed && n.status === 'candidate'))
      .map((n) => ({
        id: n.id,
        personId: n.person_id,
        name: n.name,
        gender: n.gender,
        route: n.route as Detail['posts'][number]['nominees'][number]['route'],
        nominatedOn: n.nominated_on,
        supporters: n.supporters,
        votes: n.votes,
        status: n.status,
        listPosition: n.list_position,
        withdrawnOn: n.withdrawn_on,
        qualifications: n.qualifications,
      })),
  }));
}

function presentObjections(page: ElectionPage, p: RuleParams): NonNullable<Detail['objections']> {
  return page.objections.map((o) => ({
    id: o.id,
    subject: o.subject,
    objectorName: o.objector_name,
    aboutName: o.about_name,
    reason: o.reason,
    receivedOn: o.received_on,
    decision: o.decision,
    decisionNote: o.decision_note,
    decidedOn: o.decided_on,
    decideBy: deadlineAfter(o.received_on, p['VCOL-14-LIST'].decisionDays),
    breaches: o.breaches,
  }));
}
