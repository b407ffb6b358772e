import { compareDates, type CalendarDate } from '../calendarDate.ts';
import type { Finding } from '../rules/findings.ts';
import type { RuleParams } from '../rules/profile.ts';
import { committeeVote } from './committee.ts';

/**
 * What the committee inspects (seed 002 figure 4: 检查财务 · 检查工作 ·
 * 检查风纪, and 党务监督): a month of the books, the execution of a resolution,
 * a project, Party affairs, or the committee's work in general.
 */
export const INSPECTION_SUBJECTS = [
  'financePeriod',
  'resolution',
  'project',
  'partyAffairs',
  'work',
] as const;
export type InspectionSubject = (typeof INSPECTION_SUBJECTS)[number];

/**
 * How an inspection ends (figure 4): nothing to correct; a correction ordered
 * with a deadline (责成办理); a suspension requested through a hold on the
 * payment (要求暂停执行); or a referral to the town (报镇纪委, and since
 * 2026-01-01 the duty to report to the township government and the
 * supervisory commission, 《村民委员会组织法》第三十七条).
 */
export const INSPECTION_OUTCOMES = ['noIssue', 'correction', 'suspension', 'referral'] as const;
export type InspectionOutcome = (typeof INSPECTION_OUTCOMES)[number];

/** Who a correction is ordered to: the bodies that execute and lead. */
export const CORRECTION_ADDRESSEES = ['villagersCommittee', 'partyBranch', 'collective'] as const;
export type CorrectionAddressee = (typeof CORRECTION_ADDRESSEES)[number];

/** Where a referral goes in the town. */
export const REFERRAL_ADDRESSEES = [
  'disciplineCommission',
  'townGovernment',
  'supervisoryCommission',
] as const;
export type ReferralAddressee = (typeof REFERRAL_ADDRESSEES)[number];

export const REFERRAL_ADDRESSEE_NAMES: Record<ReferralAddressee, { zh: string; en: string }> = {
  disciplineCommission: { zh: '乡镇纪委', en: 'Town discipline commission' },
  townGovernment: { zh: '乡镇人民政府', en: 'Town government' },
  supervisoryCommission: { zh: '监察机关', en: 'Supervisory commission' },
};

/**
 * 检查社区财务 … 须半数以上委员到场方可进行 (seed 002): a finance inspection
 * is the committee's only when enough members took part in it. Other
 * inspections may be done by the members assigned.
 */
export function checkInspectionAttendance(
  subject: InspectionSubject,
  present: number,
  members: number,
  on: CalendarDate,
  params: RuleParams,
): Finding | null {
  if (subject !== 'financePeriod') return null;
  const vote = committeeVote({ members, present, yes: present }, on, params);
  return vote.quorum ? null : vote.finding;
}

/** A correction's state on a day: overdue is derived, never stored. */
export type CorrectionState = 'ordered' | 'overdue' | 'done' | 'verified';

export function correctionState(
  c: { dueOn: CalendarDate; doneOn: CalendarDate | null; verifiedOn: CalendarDate | null },
  today: CalendarDate,
): CorrectionState {
  if (c.verifiedOn) return 'verified';
  if (c.doneOn) return 'done';
  return compareDates(today, c.dueOn) > 0 ? 'overdue' : 'ordered';
}

/** A deadline for a correction lies after the day it is ordered. */
export function checkCorrectionDue(
  orderedOn: CalendarDate,
  dueOn: CalendarDate,
): 'due_before_order' | null {
  return compareDates(dueOn, orderedOn) > 0 ? null : 'due_before_order';
}

type Names = { zh: string; en: string };

export const INSPECTION_SUBJECT_NAMES: Record<InspectionSubject, Names> = {
  financePeriod: { zh: '财务检查', en: 'Finance' },
  resolution: { zh: '决议执行', en: "A resolution's execution" },
  project: { zh: '项目检查', en: 'A project' },
  partyAffairs: { zh: '党务监督', en: 'Party affairs' },
  work: { zh: '工作检查', en: "The committee's work" },
};

export const INSPECTION_OUTCOME_NAMES: Record<InspectionOutcome, Names> = {
  noIssue: { zh: '未发现问题', en: 'No issue' },
  correction: { zh: '责成办理', en: 'Correction ordered' },
  suspension: { zh: '要求暂停执行', en: 'Suspension requested' },
  referral: { zh: '报上级处理', en: 'Referred to the town' },
};

export const CORRECTION_ADDRESSEE_NAMES: Record<CorrectionAddressee, Names> = {
  villagersCommittee: { zh: '村民委员会', en: "Villagers' committee" },
  partyBranch: { zh: '村党组织', en: 'Party organisation' },
  collective: { zh: '集体经济组织', en: 'Collective economic organisation' },
};

export const REPORT_KIND_NAMES: Record<'supervision' | 'finance', Names> = {
  supervision: { zh: '监督报告', en: 'Supervision report' },
  finance: { zh: '财务监督报告', en: 'Finance supervision report' },
};
