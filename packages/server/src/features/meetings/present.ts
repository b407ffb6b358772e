import type { Locale } from '@cunzhi/core/errors';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { MEETING_KIND_INFO, meetingKindName } from '@cunzhi/core/meetings/meetingKinds';
import {
  describePath,
  noQuorumFinding,
  quorum,
  type Presence,
  type QuorumResult,
} from '@cunzhi/core/meetings/quorum';
import { frequencyFindings } from '@cunzhi/core/meetings/convening';
import { CITATIONS, citationText, type RuleId } from '@cunzhi/core/rules/citations';
import { findingWithCitation, type Finding } from '@cunzhi/core/rules/findings';
import type { RuleParams } from '@cunzhi/core/rules/profile';
import type { VillageAbilities } from '@cunzhi/core/policies/village';
import type { Queryable } from '../../platform/db/database.ts';
import { facts } from './common.ts';
import { demandViews, type DemandView } from './commands/demands.ts';
import { resolutionLabel } from './commands/motions.ts';
import {
  isServingSupervisor,
  loadVoters,
  meetingPresence,
  selfCheckInCapacities,
  type EligibleVoter,
} from './presence.ts';
import { loadVillageProfile } from '../../platform/rules/villageProfile.ts';
import {
  listAttendance,
  listMeetings,
  listMotions,
  listNamedVotes,
  listProxies,
  receiptsOf,
  resolutionsOfMeeting,
  type MeetingRow,
  type MotionRow,
  type NamedVoteRow,
  type ResolutionRow,
} from './repository.ts';

const pick = (t: { zh: string; en: string }, locale: Locale) => (locale === 'en' ? t.en : t.zh);

/** A finding as the UI shows it: the message in the reader's language with the rule it rests on. */
export function presentFinding(f: Finding, locale: Locale) {
  return {
    ruleId: f.ruleId,
    code: f.code as string,
    severity: f.severity,
    params: f.params,
    message: findingWithCitation(f, locale),
  };
}
export type FindingView = ReturnType<typeof presentFinding>;

export function presentCitation(ruleId: RuleId, locale: Locale) {
  const c = CITATIONS[ruleId];
  return {
    ruleId,
    source: pick(c.source, locale),
    article: c.article,
    version: c.version,
    text: citationText(ruleId, locale),
  };
}

export function presentMeetingSummary(m: MeetingRow) {
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

/** Message for a met demand the committee has not yet answered with a meeting. */
const DEMAND_MET = {
  zh: '已有 {count} 人提议召开{meeting}，达到{basis}，村民委员会应当召集',
  en: 'A {meetingEn} has been demanded by {count}, reaching {basisEn}; the committee must convene it',
};

function demandFinding(d: DemandView, locale: Locale): FindingView | null {
  if (d.status !== 'met' || !d.check) return null;
  const info = MEETING_KIND_INFO[d.kind];
  const who = d.route === 'villagers' ? '村民' : '村民代表';
  const params = {
    count: d.signatures,
    meeting: info.zh,
    meetingEn: info.en,
    basis: `${who} ${d.check.base} 人的${d.check.wording.zh}（${d.check.required} 人）`,
    basisEn: `${d.check.wording.en} of ${d.check.base} (${d.check.required})`,
    demandId: d.id,
  };
  const template = pick(DEMAND_MET, locale);
  const text = template.replace(/\{(\w+)\}/g, (_, k: string) =>
    String(params[k as keyof typeof params]),
  );
  const cite = citationText(d.check.ruleId, locale);
  return {
    ruleId: d.check.ruleId,
    code: 'demand_met',
    severity: 'violation',
    params,
    message: locale === 'en' ? `${text} (${cite})` : `${text}（${cite}）`,
  };
}

/**
 * The meetings list with what the rules say about the village's meetings:
 * representatives' and Party members' meetings due each quarter (since the
 * current representatives' term began), and demands met but not answered.
 */
export async function presentMeetingList(
  db: Queryable,
  villageId: string,
  today: CalendarDate,
  params: RuleParams,
  locale: Locale,
  personId: string | null,
) {
  const meetings = await listMeetings(db, villageId);
  const [term] = await db.query<{ starts_on: CalendarDate }>(
    `SELECT t.starts_on FROM body_term t JOIN body b ON b.village_id = t.village_id AND b.id = t.body_id
     WHERE t.village_id = $1 AND b.kind = 'representativesMeeting' AND t.starts_on <= $2::date AND $2::date <= t.ends_on
     ORDER BY t.starts_on DESC LIMIT 1`,
    [villageId, today],
  );
  const since = term?.starts_on ?? today;
  const heldOn = (kind: MeetingRow['kind']) =>
    meetings.filter((m) => m.kind === kind && m.status !== 'cancelled').map((m) => m.meeting_on);
  const findings: FindingView[] = [
    ...frequencyFindings(
      'representativesMeeting',
      heldOn('representativesMeeting'),
      today,
      params,
      since,
    ),
    ...frequencyFindings(
      'partyMembersMeeting',
      heldOn('partyMembersMeeting'),
      today,
      params,
      since,
    ),
  ].map((f) => presentFinding(f, locale));
  const demands = await demandViews(db, villageId, today, params, personId);
  for (const d of demands) {
    const f = demandFinding(d, locale);
    if (f) findings.push(f);
  }
  return { items: meetings.map(presentMeetingSummary), findings };
}

export function presentDemand(d: DemandView, locale: Locale) {
  const info = MEETING_KIND_INFO[d.kind];
  return {
    ...d,
    kindName: { zh: info.zh, en: info.en },
    check: d.check
      ? {
          ...d.check,
          rule: presentCitation(d.check.ruleId, locale),
        }
      : null,
  };
}

function presentMotion(
  mo: MotionRow,
  locale: Locale,
  votes: NamedVoteRow[],
  resolutions: ResolutionRow[],
) {
  const closed = mo.status === 'closed';
  const result = closed && mo.result ? mo.result : null;
  const text = result?.text as { zh: string; en: string } | undefined;
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
    openedAt: mo.opened_at,
    closedAt: mo.closed_at,
    /** How many have voted so far (electronic and secret); never how, while the vote is open. */
    ballots: mo.ballots,
    tally: closed ? { yes: mo.yes, no: mo.no, abstain: mo.abstain } : null,
    passed: closed ? mo.passed : null,
    result: result ? { ...result, text: text ? pick(text, locale) : '' } : null,
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

/** Presence now, and the village's rule profile now: a meeting's figures until it closes. */
async function liveFigures(db: Queryable, villageId: string, m: MeetingRow) {
  const [{ profile }, { presence, voters }] = await Promise.all([
    loadVillageProfile(db, villageId),
    meetingPresence(db, villageId, facts(m)),
  ]);
  return { live: true as const, profile, presence, voters };
}

/**
 * A meeting's page: the meeting, presence and quorum (with the statute's
 * wording), attendance, proxies, motions with their results, the reviews by
 * the supervision committee, the reader's own part, what they may do, and
 * the rules applied.
 *
 * Presence and quorum are computed live, under the village's rule profile
 * now, only until the meeting closes; a closed meeting shows the figures
 * recorded when it closed (`figures.basis` says which). A meeting closed
 * before they were recorded is computed live and says so.
 */
export async function presentMeetingDetail(
  db: Queryable,
  villageId: string,
  m: MeetingRow,
  locale: Locale,
  viewer: { personId: string | null; abilities: VillageAbilities },
) {
  const info = MEETING_KIND_INFO[m.kind];
  const me = viewer.personId;
  const stored = m.status === 'closed' ? m.figures_at_close : null;
  const [attendance, proxies, motions, votes, resolutions, live] = await Promise.all([
    listAttendance(db, villageId, m.id),
    listProxies(db, villageId, m.id),
    listMotions(db, villageId, m.id),
    listNamedVotes(db, villageId, m.id),
    resolutionsOfMeeting(db, villageId, m.id),
    stored ? { live: false as const, stored } : liveFigures(db, villageId, m),
  ]);
  let presence: Presence;
  let q: QuorumResult;
  let voters: EligibleVoter[];
  let figures: {
    basis: 'live' | 'atClose';
    profile: { id: string; version: string };
    on: CalendarDate | null;
  };
  if (live.live) {
    ({ presence, voters } = live);
    q = quorum(m.kind, presence, live.profile.params);
    figures = {
      basis: 'live',
      profile: { id: live.profile.id, version: live.profile.version },
      on: null,
    };
  } else {
    const atClose = live.stored;
    presence = atClose.presence;
    q = atClose.quorum;
    figures = { basis: 'atClose', profile: atClose.profile, on: atClose.on };
    // only the reader's own part (and principals whose proxy they held) is looked up
    const own = me
      ? [me, ...proxies.filter((x) => x.holder_id === me).map((x) => x.principal_id)]
      : [];
    voters =
      own.length > 0
        ? await loadVoters(db, villageId, facts(m), own, { holdersAmongThem: true })
        : [];
  }
  const mine = me ? voters.find((v) => v.personId === me) : undefined;
  const myAttendance = me ? attendance.find((a) => a.person_id === me) : undefined;
  const sitting = m.status === 'planned' || m.status === 'open';
  // what the reader may check themselves in as, the default first (a supervisor at the assembly chooses)
  const checkInAs =
    me && sitting && !myAttendance
      ? selfCheckInCapacities(
          m.kind,
          mine !== undefined,
          await isServingSupervisor(db, villageId, me, m.meeting_on),
        )
      : [];
  const represents = me
    ? voters
        .filter((v) => v.proxyHolderId === me)
        .map((v) => ({ personId: v.personId, name: v.name, counted: v.byProxy }))
    : [];
  const voiceOf = me ? [me, ...represents.map((r) => r.personId)] : [];
  const receipts = await receiptsOf(db, villageId, m.id, voiceOf);
  const myVotes: Record<string, Record<string, string>> = {};
  for (const v of votes)
    if (voiceOf.includes(v.person_id)) (myVotes[v.motion_id] ??= {})[v.person_id] = v.choice;
  for (const r of receipts) (myVotes[r.motion_id] ??= {})[r.person_id] = 'secret-cast';
  const ruleIds = new Set<RuleId>([info.quorumRule, info.decisionRule, 'SEED002-SUPERVISION']);
  if (m.kind === 'villagersAssembly') ruleIds.add('VCOL-21-CONVENE');
  if (info.proxies) ruleIds.add('VCOL-15-PROXY');
  if (motions.some((x) => x.special)) ruleIds.add('VCOL-22-SPECIAL');
  return {
    meeting: {
      ...presentMeetingSummary(m),
      agenda: m.agenda,
      convenedByName: m.convened_by_name,
      minutes: m.minutes,
      openedAt: m.opened_at,
      closedAt: m.closed_at,
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
      checkInCode: viewer.abilities.runMeetings ? m.check_in_code : null,
    },
    presence,
    /** Where presence and quorum come from: live (until it closes) or as recorded at close. */
    figures,
    quorum: {
      met: q.met,
      ruleId: q.ruleId,
      missing: q.missing,
      paths: q.paths.map((p) => ({ ...p, text: describePath(p, locale) })),
      finding: q.met ? null : presentFinding(noQuorumFinding(m.kind, q, locale), locale),
    },
    attendance: attendance.map((a) => ({
      personId: a.person_id,
      name: a.name,
      capacity: a.capacity,
      method: a.method,
      checkedInAt: a.checked_in_at,
      dueToAttend: stored
        ? !stored.attendeesNotDue.includes(a.person_id)
        : voters.some((v) => v.personId === a.person_id),
    })),
    proxies: proxies.map((x) => ({
      principalId: x.principal_id,
      principalName: x.principal_name,
      holderId: x.holder_id,
      holderName: x.holder_name,
      lodgedOn: x.lodged_on,
    })),
    motions: motions.map((mo) => presentMotion(mo, locale, votes, resolutions)),
    me: {
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
    },
    abilities: viewer.abilities,
    citations: [...ruleIds].map((r) => presentCitation(r, locale)),
  };
}
