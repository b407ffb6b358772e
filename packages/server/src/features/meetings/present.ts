import { annualMembersAssemblyFindings } from '@cunzhi/core/collective/meetings/cadence';
import type { z } from 'zod';
import type { Locale } from '@cunzhi/core/errors';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { MEETING_KIND_INFO, meetingKindName } from '@cunzhi/core/meetings/meetingKinds';
import {
  describePath,
  noQuorumFinding,
  quorum,
  type QuorumResult,
} from '@cunzhi/core/meetings/quorum';
import {
  annualAssemblyFindings,
  demandCheck,
  frequencyFindings,
  type DemandCheck,
} from '@cunzhi/core/meetings/convening';
import { citationOn, citationText, type RuleId } from '@cunzhi/core/rules/citations';
import { LAW_VERSIONS, lawOn } from '@cunzhi/core/rules/law';
import { findingWithCitation, type Finding } from '@cunzhi/core/rules/findings';
import type { VillageAbilities } from '@cunzhi/core/policies/village';
import type * as contract from '@cunzhi/contract/meetings';
import { representedBy, selfCheckInCapacities, type EligibleVoter } from './presence.ts';
import type { DemandsData } from './queries/demands.ts';
import type { MeetingFigures, MeetingList, MeetingPage } from './queries/meetingPage.ts';
import type { MeetingRow } from './repository/meetings.ts';
import type { AttendanceRow } from './repository/attendance.ts';
import type { MotionRow, NamedVoteRow, ResolutionRow, StoredResult } from './repository/motions.ts';
import type { DemandRow } from './repository/demands.ts';
import type { closeMotion } from './commands/closeMotion.ts';

/** Answers of the meetings API as the contract has them. */
type Reply<S extends z.ZodType> = z.input<S>;

const pick = (t: { zh: string; en: string }, locale: Locale) => (locale === 'en' ? t.en : t.zh);

/** 〔2026〕第3号: how a resolution number is written on documents. */
export function resolutionLabel(year: number, number: number): string {
  return `〔${year}〕第${number}号`;
}

/** A finding as the UI shows it: the message in the reader's language with the rule it rests on. */
export function presentFinding(f: Finding, locale: Locale): Reply<typeof contract.FindingView> {
  return {
    ruleId: f.ruleId,
    code: f.code,
    severity: f.severity,
    params: f.params,
    message: findingWithCitation(f, locale),
  };
}
type FindingView = ReturnType<typeof presentFinding>;

/** A rule as the text of the law in force `on` the act's day has it. */
export function presentCitation(
  ruleId: RuleId,
  locale: Locale,
  on: CalendarDate,
): Reply<typeof contract.CitationView> {
  const c = citationOn(ruleId, on);
  return {
    ruleId,
    source: pick(c.source, locale),
    article: c.article,
    version: c.version,
    text: citationText(ruleId, locale, on),
  };
}

export function presentMeetingSummary(m: MeetingRow): Reply<typeof contract.MeetingSummary> {
  return {
    id: m.id,
    kind: m.kind,
    kindName: meetingKindName(m.kind, m.village_kind),
    title: m.title,
    meetingOn: m.meeting_on,
    startsAt: m.starts_at,
    place: m.place,
    noticeOn: m.notice_on,
    status: m.status,
    villagerGroupId: m.villager_group_id,
    groupName: m.group_name,
    demandId: m.demand_id,
    agendaReview: m.agenda_review,
    invalid: m.invalid_reason !== null,
    invalidReason: m.invalid_reason,
  };
}

// ---------------------------------------------------------------- demands

/** A demand with its live threshold check (the bases are today's adults and representatives). */
interface DemandState {
  row: DemandRow;
  check: DemandCheck | null;
  signedByMe: boolean;
  on: CalendarDate;
}

function demandStates(data: DemandsData): DemandState[] {
  return data.rows.map((row) => ({
    row,
    check: demandCheck(row.kind, row.route, row.signatures, data.bases[row.route], data.params),
    signedByMe: data.signedByMe.has(row.id),
    on: data.on,
  }));
}

/** Message for a met demand the committee has not yet answered with a meeting. */
const DEMAND_MET = {
  zh: '已有 {count} 人提议召开{meeting}，达到{basis}，村民委员会应当召集',
  en: 'A {meetingEn} has been demanded by {count}, reaching {basisEn}; the committee must convene it',
};

function demandFinding({ row: d, check, on }: DemandState, locale: Locale): FindingView | null {
  if (d.status !== 'met' || !check) return null;
  const info = MEETING_KIND_INFO[d.kind];
  const who = d.route === 'villagers' ? '村民' : '村民代表';
  const params = {
    count: d.signatures,
    meeting: info.zh,
    meetingEn: info.en,
    basis: `${who} ${check.base} 人的${check.wording.zh}（${check.required} 人）`,
    basisEn: `${check.wording.en} of ${check.base} (${check.required})`,
    demandId: d.id,
  };
  const text = pick(DEMAND_MET, locale).replace(/\{(\w+)\}/g, (_, k: string) =>
    String(params[k as keyof typeof params]),
  );
  const cite = citationText(check.ruleId, locale, on);
  return {
    ruleId: check.ruleId,
    code: 'demand_met',
    severity: 'violation',
    params,
    message: locale === 'en' ? `${text} (${cite})` : `${text}（${cite}）`,
  };
}

function presentDemand(
  { row: d, check, signedByMe, on }: DemandState,
  locale: Locale,
): Reply<typeof contract.DemandView> {
  const info = MEETING_KIND_INFO[d.kind];
  return {
    id: d.id,
    kind: d.kind,
    route: d.route,
    reason: d.reason,
    status: d.status,
    createdAt: d.created_at.toISOString(),
    createdByName: d.created_by_name,
    signatures: d.signatures,
    check: check ? { ...check, rule: presentCitation(check.ruleId, locale, on) } : null,
    meetingId: d.meeting_id,
    signedByMe,
    kindName: { zh: info.zh, en: info.en },
  };
}

/** The demands list. */
export function presentDemands(
  data: DemandsData,
  locale: Locale,
): Reply<typeof contract.DemandsResponse> {
  return { items: demandStates(data).map((d) => presentDemand(d, locale)) };
}

/** One demand after a change (null if it is gone). */
export function presentOneDemand(data: DemandsData, locale: Locale) {
  const [d] = demandStates(data);
  return { demand: d ? presentDemand(d, locale) : null };
}

// --------------------------------------------------------------- meetings

/**
 * The meetings list with what the rules say about the village's meetings:
 * representatives' and Party members' meetings due each quarter (since the
 * current representatives' term began), and demands met but not answered.
 */
export function presentMeetingList(
  list: MeetingList,
  today: CalendarDate,
  locale: Locale,
  abilities: VillageAbilities,
): Reply<typeof contract.MeetingsResponse> {
  const findings = meetingListFindings(list, today, locale);
  return { items: list.meetings.map(presentMeetingSummary), findings, abilities };
}

/** What the rules say about a village's meetings today (also the town's village list). */
export function meetingListFindings(
  list: MeetingList,
  today: CalendarDate,
  locale: Locale,
): FindingView[] {
  const { meetings, demands } = list;
  const since = list.termStart ?? today;
  const heldOn = (kind: MeetingRow['kind']) => [
    ...meetings.filter((m) => m.kind === kind && m.status !== 'cancelled').map((m) => m.meeting_on),
    ...(kind === 'partyMembersMeeting' ? list.partyMeetingsHeld : []),
  ];
  const findings: FindingView[] = [
    ...(['representativesMeeting', 'partyMembersMeeting'] as const).flatMap((kind) =>
      frequencyFindings(kind, heldOn(kind), today, demands.params, since),
    ),
    ...annualAssemblyFindings(heldOn('villagersAssembly'), today, demands.params),
    ...list.collectiveOrgs.flatMap((org) =>
      annualMembersAssemblyFindings(
        org,
        meetings
          .filter((m) => m.kind === 'membersAssembly' && m.collective_org_id === org.id)
          .filter((m) => m.status !== 'cancelled')
          .map((m) => m.meeting_on),
        today,
        demands.params,
      ),
    ),
  ].map((f) => presentFinding(f, locale));
  for (const d of demandStates(demands)) {
    const f = demandFinding(d, locale);
    if (f) findings.push(f);
  }
  return findings;
}

/** An attendee as checked in. */
export function presentAttendee(a: AttendanceRow) {
  return {
    personId: a.person_id,
    name: a.name,
    capacity: a.capacity,
    method: a.method,
    checkedInAt: a.checked_in_at.toISOString(),
    assistedBy: a.assisted_by,
  };
}

/** A stored result with its text in the reader's language (votes closed before the text was stored have none). */
function presentResult<R extends StoredResult>(result: R, locale: Locale) {
  const { text, ...rest } = result;
  return { ...rest, text: text ? pick(text, locale) : '' };
}

export function presentMotion(
  mo: MotionRow,
  locale: Locale,
  votes: NamedVoteRow[],
  resolutions: ResolutionRow[],
): Reply<typeof contract.MotionView> {
  const closed = mo.status === 'closed';
  const result = closed && mo.result ? mo.result : null;
  const resolution = resolutions.find((r) => r.motion_id === mo.id);
  return {
    id: mo.id,
    number: mo.number,
    title: mo.title,
    body: mo.body,
    voting: mo.voting,
    special: mo.special,
    status: mo.status,
    matterId: mo.matter_id,
    openedAt: mo.opened_at?.toISOString() ?? null,
    closedAt: mo.closed_at?.toISOString() ?? null,
    /** How many have voted so far (electronic and secret); never how, while the vote is open. */
    ballots: mo.ballots,
    // a closed motion has all three counts
    tally: closed ? { yes: mo.yes ?? 0, no: mo.no ?? 0, abstain: mo.abstain ?? 0 } : null,
    passed: closed ? mo.passed : null,
    result: result ? presentResult(result, locale) : null,
    collective: mo.collective_power
      ? {
          power: mo.collective_power,
          partyStudiedOn: mo.party_studied_on,
          nonMemberRights: mo.non_member_rights,
        }
      : null,
    resolution: resolution
      ? {
          id: resolution.id,
          year: resolution.year,
          number: resolution.number,
          label: resolutionLabel(resolution.year, resolution.number),
          adoptedOn: resolution.adopted_on,
        }
      : null,
    /** Named votes of an electronic (open) vote, once it is closed. */
    votes:
      closed && mo.voting === 'electronic'
        ? votes
            .filter((v) => v.motion_id === mo.id)
            .map((v) => ({ personId: v.person_id, name: v.name, choice: v.choice }))
        : null,
  };
}

/** Presence, quorum and where they come from: live until the meeting closes, as recorded after. */
function meetingFigures(m: MeetingRow, f: MeetingFigures) {
  if (f.live)
    return {
      presence: f.presence,
      q: quorum(m.kind, f.presence, f.profile.params),
      basis: {
        basis: 'live' as const,
        profile: { id: f.profile.id, version: f.profile.version },
        on: null,
      },
    };
  return {
    presence: f.stored.presence,
    q: f.stored.quorum,
    basis: { basis: 'atClose' as const, profile: f.stored.profile, on: f.stored.on },
  };
}

function presentQuorum(
  m: MeetingRow,
  q: QuorumResult,
  locale: Locale,
): Reply<typeof contract.QuorumView> {
  return {
    met: q.met,
    ruleId: q.ruleId,
    missing: q.missing,
    paths: q.paths.map((p) => ({ ...p, text: describePath(p, locale) })),
    finding: q.met
      ? null
      : presentFinding(noQuorumFinding(m.kind, q, m.meeting_on, locale), locale),
  };
}

/** The reader's own part: due or not, checked in, what they may check in as, whom they represent, their votes. */
function presentMe(page: MeetingPage, me: string | null): Reply<typeof contract.MeView> {
  const voters: EligibleVoter[] = page.figures.voters;
  const mine = me ? voters.find((v) => v.personId === me) : undefined;
  const myAttendance = me ? page.attendance.find((a) => a.person_id === me) : undefined;
  // what the reader may check themselves in as, the default first (a supervisor at the assembly chooses)
  const checkInAs =
    page.servingSupervisor === null
      ? []
      : selfCheckInCapacities(page.meeting.kind, mine !== undefined, page.servingSupervisor);
  const represents = me
    ? representedBy(voters, me).map((v) => ({
        personId: v.personId,
        name: v.name,
        counted: v.byProxy,
      }))
    : [];
  const voiceOf = me ? [me, ...represents.map((r) => r.personId)] : [];
  type VoteRecord = z.input<typeof contract.VoteRecord>;
  const myVotes: Record<string, Record<string, VoteRecord>> = {};
  for (const v of page.votes)
    if (voiceOf.includes(v.person_id)) (myVotes[v.motion_id] ??= {})[v.person_id] = v.choice;
  for (const r of page.receipts) (myVotes[r.motion_id] ??= {})[r.person_id] = 'secret-cast';
  return {
    personId: me,
    eligible: mine !== undefined,
    checkedIn: myAttendance !== undefined,
    capacity: myAttendance?.capacity ?? null,
    /** Capacities the reader may check in with by phone, the default first; empty once checked in. */
    checkInAs,
    represents,
    /** motionId → the choice of an open vote, or 'secret-cast' (own voice, and principals by personId). */
    votes: Object.fromEntries(
      Object.entries(myVotes).flatMap(([motionId, byPerson]) => {
        const own = me ? byPerson[me] : undefined;
        return own ? [[motionId, own]] : [];
      }),
    ),
    votesByPerson: myVotes,
  };
}

/** The rules a meeting is checked against. */
function meetingRules(m: MeetingRow, motions: MotionRow[]): RuleId[] {
  const info = MEETING_KIND_INFO[m.kind];
  const ruleIds = new Set<RuleId>([info.quorumRule, info.decisionRule, 'SEED002-SUPERVISION']);
  if (m.kind === 'villagersAssembly') ruleIds.add('VCOL-21-CONVENE');
  if (info.proxies) ruleIds.add('VCOL-15-PROXY');
  if (motions.some((x) => x.special)) ruleIds.add('VCOL-22-SPECIAL');
  // from 2026 the supervisors' seat at the representatives' meeting is statute (2025 text Art. 37)
  if (m.kind === 'representativesMeeting' && lawOn(m.meeting_on) !== LAW_VERSIONS[0].id)
    ruleIds.add('VCOL25-SUPERVISOR-ATTEND');
  return [...ruleIds];
}

/** Presence and quorum with the statute's wording, and whether they are live or as at close. */
export function presentFigures(
  m: MeetingRow,
  f: MeetingFigures,
  locale: Locale,
): Reply<typeof contract.MeetingFigures> {
  const { presence, q, basis } = meetingFigures(m, f);
  return { presence, figures: basis, quorum: presentQuorum(m, q, locale) };
}

/** An attendee, and whether they were due (one who was not is listed but not counted). */
export function presentAttendance(a: AttendanceRow, f: MeetingFigures) {
  return { ...presentAttendee(a), dueToAttend: !f.attendeesNotDue.includes(a.person_id) };
}

/** The meeting itself; the check-in code only for those who run it. */
export function presentMeetingView(
  m: MeetingRow,
  abilities: VillageAbilities,
): Reply<typeof contract.MeetingView> {
  return {
    ...presentMeetingSummary(m),
    agenda: m.agenda,
    convenedByName: m.convened_by_name,
    minutes: m.minutes,
    openedAt: m.opened_at?.toISOString() ?? null,
    closedAt: m.closed_at?.toISOString() ?? null,
    profile: { id: m.profile_id, version: m.profile_version },
    agendaReview: {
      outcome: m.agenda_review,
      note: m.agenda_review_note,
      reviewerPersonId: m.agenda_reviewed_by,
      reviewerName: m.agenda_reviewer_name,
      reviewedOn: m.agenda_reviewed_on,
    },
    verdict: m.verdict,
    // the QR code is shown at the meeting by those who run it
    checkInCode: abilities.runMeetings ? m.check_in_code : null,
  };
}

/**
 * A meeting's page: the meeting, presence and quorum (with the statute's
 * wording), attendance, proxies, motions with their results, the reviews by
 * the supervision committee, the reader's own part, what they may do, and
 * the rules applied. `figures.basis` says whether presence and quorum are
 * live (until the meeting closes) or as recorded when it closed.
 */
export function presentMeetingDetail(
  page: MeetingPage,
  viewer: { personId: string | null; locale: Locale; abilities: VillageAbilities },
): Reply<typeof contract.MeetingDetail> {
  const { meeting: m } = page;
  const { locale } = viewer;
  return {
    meeting: presentMeetingView(m, viewer.abilities),
    fingerprint: page.fingerprint,
    ...presentFigures(m, page.figures, locale),
    attendance: page.attendance.map((a) => presentAttendance(a, page.figures)),
    proxies: page.proxies.map((x) => ({
      principalId: x.principal_id,
      principalName: x.principal_name,
      holderId: x.holder_id,
      holderName: x.holder_name,
      lodgedOn: x.lodged_on,
    })),
    motions: page.motions.map((mo) => presentMotion(mo, locale, page.votes, page.resolutions)),
    me: presentMe(page, viewer.personId),
    abilities: viewer.abilities,
    citations: meetingRules(m, page.motions).map((r) => presentCitation(r, locale, m.meeting_on)),
  };
}

/** The answer of closing a vote: the result in the reader's language, the resolution, the matter's step. */
export function presentClosedMotion(
  closed: Awaited<ReturnType<typeof closeMotion>>,
  locale: Locale,
): Reply<(typeof contract.closeMotion)['response']> {
  return {
    motionId: closed.motionId,
    passed: closed.result.passed,
    result: presentResult(closed.result, locale),
    resolution: closed.resolution,
    matterStep:
      closed.matterStep && 'refused' in closed.matterStep
        ? { refused: presentFinding(closed.matterStep.refused, locale) }
        : closed.matterStep,
  };
}
