import { randomUUID } from 'node:crypto';
import { DomainError } from '@cunzhi/core/errors';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { RuleRefusal } from '@cunzhi/core/rules/findings';
import type { RuleParams } from '@cunzhi/core/rules/profile';
import {
  checkCorrectionDue,
  checkInspectionAttendance,
} from '@cunzhi/core/supervision/inspections';
import type { Proposal } from '@cunzhi/contract/supervision';
import type { z } from 'zod';
import type { CommandContext } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { dateField } from '../../../platform/fields.ts';
import { applyAgendaReview } from '../../meetings/commands/reviewAgenda.ts';
import { plannedMeeting } from '../../meetings/commands/shared.ts';
import { fileTownReferral } from '../../townInbox/repository.ts';
import {
  lockHoldFor,
  openHoldProposal,
  prepareHoldRelease,
  settleHold,
  settleHoldRelease,
} from '../../spending/commands/holdMotions.ts';
import { publishReport } from './publishReport.ts';
import {
  adoptedPlanOf,
  findHoldStatus,
  findPlan,
  insertCorrection,
  setInspectionStatus,
  setPlanStatus,
  setReportStatus,
  type MemberRow,
} from '../repository.ts';
import { fieldError, requireInspection, requireReport, proposalField } from './shared.ts';

export type ProposalInput = z.infer<typeof Proposal>;

/**
 * A proposal as the village may read it: what a referral to the town says
 * about its cadres goes to the town only (报镇纪委), so the village's audit
 * chain and the cadres' view of the committee's motions keep only where it went.
 */
/** What stands in for a referral's text where the village reads it. */
const WITHHELD = '（报送内容仅村务监督委员会和受理机关可见）';

export function withoutReferralSummary(p: ProposalInput): ProposalInput {
  if (p.kind !== 'inspectionOutcome' || !p.referral) return p;
  return { ...p, referral: { ...p.referral, summary: WITHHELD } };
}

/**
 * What each kind of motion is about, checked when it is tabled: the subject
 * exists and may be voted on now, and it is marked as being voted on (one
 * motion at a time). Returns the subject's id.
 */
export async function prepareSubject(
  tx: Tx,
  cmd: CommandContext,
  p: ProposalInput,
  on: CalendarDate,
  members: readonly MemberRow[],
  params: RuleParams,
  tabledBy: string,
): Promise<string> {
  switch (p.kind) {
    case 'agendaReview':
      if (p.outcome === 'returned' && !p.note.trim())
        fieldError(proposalField('note'), 'field_required');
      await plannedMeeting(tx, cmd.villageId, p.meetingId);
      return p.meetingId;
    case 'plan': {
      const plan = await findPlan(tx, cmd.villageId, p.planId, { forUpdate: true });
      if (!plan) throw new DomainError('not_found', { what: 'supervisionPlan' });
      if (plan.status === 'voting') throw new DomainError('motion_pending');
      if (plan.status === 'adopted' || (await adoptedPlanOf(tx, cmd.villageId, plan.year)))
        throw new DomainError('plan_exists', { year: plan.year });
      await setPlanStatus(tx, cmd.villageId, plan.id, 'voting');
      return plan.id;
    }
    case 'inspectionOutcome':
      await prepareConclusion(tx, cmd, p, on, members, params);
      return p.inspectionId;
    case 'report': {
      const report = await requireReport(tx, cmd, p.reportId, { forUpdate: true });
      if (report.status === 'voting') throw new DomainError('motion_pending');
      if (report.status === 'published') throw new DomainError('report_not_draft');
      await setReportStatus(tx, cmd.villageId, report.id, 'voting');
      return report.id;
    }
    case 'hold':
      return openHoldProposal(
        tx,
        cmd,
        p,
        on,
        tabledBy,
        members.map((m) => m.person_id),
      );
    case 'holdRelease':
      return prepareHoldRelease(tx, cmd, p, on, params);
  }
}

/**
 * Before a vote or a count is written on a motion (its row already locked),
 * the locks its outcome will need, in the order the rest of the product takes
 * them: a hold's request and the hold, as a payment does, ahead of the audit
 * chain's head.
 */
export async function lockSubjectFor(
  tx: Tx,
  cmd: CommandContext,
  motion: { kind: string; subject_id: string },
): Promise<void> {
  if (motion.kind === 'hold' || motion.kind === 'holdRelease')
    await lockHoldFor(tx, cmd, motion.subject_id, motion.kind);
}

type Conclusion = Extract<ProposalInput, { kind: 'inspectionOutcome' }>;

/**
 * A conclusion names what the outcome needs (a correction's addressee and
 * deadline, a referral's addressee, the hold), and a finance inspection is
 * the committee's only with enough members present (检查社区财务 … 须半数以上委员到场).
 */
async function prepareConclusion(
  tx: Tx,
  cmd: CommandContext,
  p: Conclusion,
  on: CalendarDate,
  members: readonly MemberRow[],
  params: RuleParams,
): Promise<void> {
  const inspection = await requireInspection(tx, cmd, p.inspectionId, { forUpdate: true });
  if (inspection.status === 'concluded') throw new DomainError('inspection_concluded');
  if (inspection.status === 'voting') throw new DomainError('motion_pending');
  const serving = new Set(members.map((m) => m.person_id));
  const present = inspection.present.filter((id) => serving.has(id)).length;
  const short = checkInspectionAttendance(inspection.subject, present, members.length, on, params);
  if (short) throw new RuleRefusal(short);
  if (p.outcome === 'correction') {
    if (!p.correction) fieldError(proposalField('correction'), 'field_required');
    const due = dateField(proposalField('correction', 'dueOn'), p.correction.dueOn);
    const wrong = checkCorrectionDue(on, due);
    if (wrong) fieldError(proposalField('correction', 'dueOn'), wrong);
  }
  if (p.outcome === 'referral' && !p.referral)
    fieldError(proposalField('referral'), 'field_required');
  if (p.outcome === 'suspension') {
    if (!p.holdId) fieldError(proposalField('holdId'), 'field_required');
    if (!(await findHoldStatus(tx, cmd.villageId, p.holdId)))
      fieldError(proposalField('holdId'), 'field_invalid');
  }
  await setInspectionStatus(tx, cmd.villageId, inspection.id, { status: 'voting' });
}

/** What a decided motion does to its subject, in the transaction that decides it. */
export async function settleSubject(
  tx: Tx,
  cmd: CommandContext,
  motion: { id: string; subjectId: string; proposal: ProposalInput; tabledBy: string },
  carried: boolean,
  on: CalendarDate,
): Promise<void> {
  const p = motion.proposal;
  switch (p.kind) {
    case 'agendaReview':
      if (carried)
        await applyAgendaReview(cmd, tx, {
          meetingId: p.meetingId,
          outcome: p.outcome,
          note: p.note,
          reviewerPersonId: motion.tabledBy,
          on,
          motionId: motion.id,
        });
      return;
    case 'plan':
      await setPlanStatus(tx, cmd.villageId, p.planId, carried ? 'adopted' : 'rejected', on);
      return;
    case 'inspectionOutcome':
      if (carried) await conclude(tx, cmd, p, on, motion.id);
      else await setInspectionStatus(tx, cmd.villageId, p.inspectionId, { status: 'open' });
      return;
    case 'report':
      if (carried) {
        await publishReport(tx, cmd, p.reportId, motion.id, on);
        return;
      }
      // not carried: not published, and it stays on the record (it may be amended and put again)
      await setReportStatus(tx, cmd.villageId, p.reportId, 'rejected');
      await recordEvent(
        cmd,
        tx,
        'supervision.reportRejected',
        { type: 'supervisionReport', id: p.reportId },
        { on, motionId: motion.id },
      );
      return;
    case 'hold':
      await settleHold(tx, cmd, motion.subjectId, carried, on, motion.id);
      return;
    case 'holdRelease':
      await settleHoldRelease(tx, cmd, p, carried, on, motion.id);
      return;
  }
}

/** The committee's conclusion: the outcome recorded, a correction ordered, a referral filed. */
async function conclude(
  tx: Tx,
  cmd: CommandContext,
  p: Conclusion,
  on: CalendarDate,
  motionId: string,
): Promise<void> {
  await setInspectionStatus(tx, cmd.villageId, p.inspectionId, {
    status: 'concluded',
    outcome: p.outcome,
    on,
    holdId: p.outcome === 'suspension' ? (p.holdId ?? null) : null,
  });
  let correctionId: string | null = null;
  if (p.outcome === 'referral' && p.referral) {
    const inspection = await requireInspection(tx, cmd, p.inspectionId);
    await fileTownReferral(tx, cmd, {
      source: { kind: 'inspection', id: p.inspectionId },
      addressee: p.referral.addressee,
      subject: `监督检查第${inspection.number}号：${inspection.title}`,
      summary: p.referral.summary,
    });
  }
  if (p.outcome === 'correction' && p.correction) {
    correctionId = randomUUID();
    await insertCorrection(tx, cmd.villageId, {
      id: correctionId,
      inspectionId: p.inspectionId,
      addressee: p.correction.addressee,
      what: p.correction.what,
      orderedOn: on,
      dueOn: dateField(proposalField('correction', 'dueOn'), p.correction.dueOn),
    });
  }
  await recordEvent(
    cmd,
    tx,
    'supervision.inspectionConcluded',
    { type: 'supervisionInspection', id: p.inspectionId },
    {
      on,
      motionId,
      outcome: p.outcome,
      note: p.note,
      correctionId,
      correction: p.correction ?? null,
      // the summary goes to the town only (features/townInbox): the village's chain names the addressee
      referral: p.referral ? { addressee: p.referral.addressee } : null,
      holdId: p.holdId ?? null,
    },
  );
}
