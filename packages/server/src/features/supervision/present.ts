import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { Locale } from '@cunzhi/core/errors';
import type { VillageAbilities } from '@cunzhi/core/policies/village';
import type { RuleId } from '@cunzhi/core/rules/citations';
import { findingWithCitation } from '@cunzhi/core/rules/findings';
import {
  CORRECTION_ADDRESSEE_NAMES,
  correctionState,
  INSPECTION_OUTCOME_NAMES,
  INSPECTION_SUBJECT_NAMES,
  REFERRAL_ADDRESSEE_NAMES,
  REPORT_KIND_NAMES,
} from '@cunzhi/core/supervision/inspections';
import { MOTION_KIND_NAMES } from '@cunzhi/core/supervision/motions';
import type { z } from 'zod';
import type * as contract from '@cunzhi/contract/supervision';
import { citationOf } from '../matters/present.ts';
import type {
  CorrectionListRow,
  InspectionData,
  InspectionListRow,
  MotionData,
  OverviewData,
  ReportData,
  StationComplaintRow,
} from './queries.ts';
import type { MemberRow, PlanRow, ReportRow } from './repository.ts';
import { withoutReferralSummary, type ProposalInput } from './commands/subjects.ts';

type MotionView = z.infer<typeof contract.MotionView>;

/** Who reads: their person (a member votes) and language (refusals in words). */
export interface Reader {
  personId: string | null;
  locale: Locale;
  today: CalendarDate;
  abilities: VillageAbilities;
  /** The committee today: its serving members and what it needs to act and to carry. */
  committee: { members: readonly string[]; requiredPresent: number; requiredYes: number };
}

/** The rules the committee's pages apply, cited in words. */
const RULES: RuleId[] = ['SEED002-SUPERVISION', 'VCOL-32-SUPERVISOR-ELIG', 'RVMC-SIZE'];

export function presentMember(m: MemberRow) {
  return { personId: m.person_id, name: m.name, chair: m.chair };
}

/**
 * A motion as a member sees it. While it is open the count is the running one
 * (members who voted so far); once decided, the figures as counted.
 */
export function presentMotion(d: MotionData, reader: Reader): MotionView {
  const { motion } = d;
  const { members, requiredPresent, requiredYes } = reader.committee;
  const running = {
    members: members.length,
    requiredPresent,
    requiredYes,
    present: d.votes.length,
    yes: d.votes.filter((v) => v.choice === 'yes').length,
    no: d.votes.filter((v) => v.choice === 'no').length,
    abstain: d.votes.filter((v) => v.choice === 'abstain').length,
  };
  const { finding, ...count } = motion.decision ?? { ...running, finding: null };
  const isMember = reader.personId !== null && members.includes(reader.personId);
  const open = motion.status === 'open';
  const windowOpen = open && motion.closes_on !== null && reader.today <= motion.closes_on;
  return {
    id: motion.id,
    kind: motion.kind,
    kindName: MOTION_KIND_NAMES[motion.kind],
    subject: { id: motion.subject_id, label: d.subjectLabel },
    // a referral's text is for the committee and the town, not the cadres it may concern
    proposal: reader.abilities.supervise
      ? (motion.proposal as ProposalInput)
      : withoutReferralSummary(motion.proposal as ProposalInput),
    sitting: {
      id: motion.sitting_id,
      mode: motion.mode,
      heldOn: motion.held_on,
      closesOn: motion.closes_on,
      attendance: d.attendanceNames,
    },
    tabledBy: d.tabledByName,
    status: motion.status,
    decidedOn: motion.decided_on,
    count,
    votes: d.votes.map((v) => ({ personId: v.person_id, name: v.name, choice: v.choice })),
    myVote: d.votes.find((v) => v.person_id === reader.personId)?.choice ?? null,
    refusal: finding ? findingWithCitation(finding, reader.locale) : null,
    canVote: isMember && reader.abilities.supervise && windowOpen,
    canClose: isMember && reader.abilities.supervise && open && !windowOpen,
  };
}

export function presentCorrection(c: CorrectionListRow, today: CalendarDate) {
  return {
    id: c.id,
    inspectionId: c.inspection_id,
    inspectionTitle: c.inspection_title,
    addressee: c.addressee,
    addresseeName: CORRECTION_ADDRESSEE_NAMES[c.addressee],
    what: c.what,
    orderedOn: c.ordered_on,
    dueOn: c.due_on,
    state: correctionState(
      { dueOn: c.due_on, doneOn: c.done_on, verifiedOn: c.verified_on },
      today,
    ),
    doneOn: c.done_on,
    answer: c.answer,
    verifiedOn: c.verified_on,
    verifiedBy: c.verified_by_name,
  };
}

export function presentInspectionSummary(i: InspectionListRow) {
  return {
    id: i.id,
    number: i.number,
    title: i.title,
    subject: i.subject,
    subjectName: INSPECTION_SUBJECT_NAMES[i.subject],
    subjectRef: i.subject_ref,
    startedOn: i.started_on,
    assigned: i.assigned_names,
    status: i.status,
    outcome: i.outcome,
    outcomeName: i.outcome ? INSPECTION_OUTCOME_NAMES[i.outcome] : null,
    concludedOn: i.concluded_on,
    findings: i.findings,
  };
}

/** The referral a carried conclusion filed, read back from the motion that carried it. */
function referralOf(motions: readonly MotionData[]) {
  const carried = motions.find((m) => m.motion.status === 'carried');
  const p = carried?.motion.proposal as ProposalInput | undefined;
  if (p?.kind !== 'inspectionOutcome' || !p.referral) return null;
  return {
    addressee: p.referral.addressee,
    addresseeName: REFERRAL_ADDRESSEE_NAMES[p.referral.addressee],
  };
}

export function presentInspection(
  d: InspectionData,
  reader: Reader,
  attendanceFinding: string | null,
) {
  return {
    ...presentInspectionSummary(d.inspection),
    assignedIds: d.inspection.assigned,
    present: d.presentNames.map((p) => ({ personId: p.person_id, name: p.name })),
    findingsList: d.findings.map((f) => ({
      id: f.id,
      text: f.text,
      evidence: f.evidence,
      vouchers: f.vouchers,
      recordedBy: f.recorded_by_name,
      recordedOn: f.recorded_on,
    })),
    motions: d.motions.map((m) => presentMotion(m, reader)),
    correction: d.correction ? presentCorrection(d.correction, reader.today) : null,
    hold: d.hold
      ? {
          id: d.hold.id,
          requestId: d.hold.request_id,
          requestNumber: d.hold.request_number,
          status: d.hold.status,
        }
      : null,
    referral: referralOf(d.motions),
    attendanceFinding,
    members: d.members.map(presentMember),
    abilities: reader.abilities,
  };
}

export function presentReportSummary(r: ReportRow) {
  return {
    id: r.id,
    number: r.number,
    kind: r.kind,
    kindName: REPORT_KIND_NAMES[r.kind],
    title: r.title,
    status: r.status,
    publishedOn: r.published_on,
  };
}

export function presentReport(
  d: ReportData,
  reader: Reader,
  fingerprint: { seq: number; hash: string } | null,
) {
  const carried = d.motions.find((m) => m.motion.status === 'carried')?.motion.decision ?? null;
  const carriedBy = carried ? (({ finding: _f, ...count }) => count)(carried) : null;
  return {
    ...presentReportSummary(d.report),
    body: d.report.body,
    inspections: d.inspections,
    motions: d.motions.map((m) => presentMotion(m, reader)),
    carriedBy,
    village: { name: d.villageName, committeeName: d.committeeName },
    noticeId: d.report.notice_id,
    fingerprint,
    abilities: reader.abilities,
  };
}

export function presentStationComplaint(c: StationComplaintRow) {
  return {
    id: c.id,
    number: c.number,
    subject: c.subject,
    status: c.status,
    receivedOn: c.received_on,
    dueOn: c.due_on,
  };
}

export function presentPlan(p: PlanRow) {
  return { id: p.id, year: p.year, items: p.items, status: p.status, adoptedOn: p.adopted_on };
}

export function presentOverview(
  d: OverviewData,
  reader: Reader,
  composition: Array<{ severity: 'violation' | 'warning'; message: string }>,
) {
  return {
    on: reader.today,
    committeeName: d.committeeName,
    members: d.members.map(presentMember),
    composition,
    motions: d.motions.map((m) => presentMotion(m, reader)),
    inspections: d.inspections.map(presentInspectionSummary),
    reports: d.reports.map(presentReportSummary),
    corrections: d.corrections.map((c) => presentCorrection(c, reader.today)),
    plans: d.plans.map(presentPlan),
    citations: RULES.map((id) => citationOf(id, reader.today)),
    abilities: reader.abilities,
  };
}
