import type { CalendarDate } from '../calendarDate.ts';
import type { VillageRole } from '../policies/actor.ts';
import { finding, type Finding } from '../rules/findings.ts';
import type { RuleParams } from '../rules/profile.ts';

/**
 * The approval chain of a spending request, step by step (RVMC-VOUCHER and
 * the village's list of micro-powers): the handler hands it in (经办), a
 * committee member other than the handler checks it (审核), the committee
 * chair approves (主任审批), the supervision committee reviews the voucher
 * (监委会审核, collectively, before it may be booked), and the town's agency
 * accountant checks it last (村账乡代管). Each step by its own seat.
 */
export const APPROVAL_STEPS = [
  'handled',
  'checked',
  'chairApproved',
  'supervisionReviewed',
  'townAccountantChecked',
] as const;
export type ApprovalStep = (typeof APPROVAL_STEPS)[number];

export interface ApprovalStepInfo {
  zh: string;
  en: string;
  /** The seats that may sign it. */
  seats: readonly VillageRole[];
  seatName: { zh: string; en: string };
}

export const APPROVAL_STEP_INFO: Record<ApprovalStep, ApprovalStepInfo> = {
  handled: {
    zh: '经办',
    en: 'Handled',
    seats: ['partySecretary', 'partyCommitteeMember', 'committeeChair', 'committeeMember'],
    seatName: { zh: '村“两委”成员', en: 'a member of the two committees' },
  },
  checked: {
    zh: '审核',
    en: 'Checked',
    seats: ['committeeChair', 'committeeMember'],
    seatName: {
      zh: '村民委员会成员（经办人以外）',
      en: 'a committee member other than the handler',
    },
  },
  chairApproved: {
    zh: '主任审批',
    en: 'Approved by the chair',
    seats: ['committeeChair'],
    seatName: { zh: '村民委员会主任', en: "the villagers' committee chair" },
  },
  supervisionReviewed: {
    zh: '监委会审核',
    en: 'Reviewed by the supervision committee',
    seats: ['supervisionChair', 'supervisionMember'],
    seatName: { zh: '村务监督委员会委员', en: 'a member of the supervision committee' },
  },
  townAccountantChecked: {
    zh: '乡镇代理会计审核',
    en: "Checked by the town's accountant",
    seats: ['townOfficial'],
    seatName: { zh: '乡镇代理记账会计', en: "the town's agency accountant" },
  },
};

/** The steps this village's profile requires, in order (the supervision review may be waived only where the profile says). */
export function chainSteps(params: RuleParams): ApprovalStep[] {
  return APPROVAL_STEPS.filter(
    (s) => s !== 'supervisionReviewed' || params['RVMC-VOUCHER'].supervisionReview,
  );
}

/** A step already signed. */
export interface SignedStep {
  step: ApprovalStep;
  personId: string | null;
  accountId: string;
  on: CalendarDate;
}

/** The next step to sign, or null when the chain is complete. */
export function nextApprovalStep(
  signed: readonly Pick<SignedStep, 'step'>[],
  params: RuleParams,
): ApprovalStep | null {
  const done = new Set(signed.map((s) => s.step));
  return chainSteps(params).find((s) => !done.has(s)) ?? null;
}

export interface ProposedSignature {
  step: ApprovalStep;
  on: CalendarDate;
  /** The signer's roles in this village on the day. */
  roles: ReadonlySet<VillageRole>;
  personId: string | null;
  accountId: string;
}

/**
 * Checks a signature: the step belongs to the chain, is not signed twice,
 * comes in order, is not dated before the previous one, is signed by its
 * seat, and the handler does not check their own request.
 */
export function checkSignature(
  signed: readonly SignedStep[],
  p: ProposedSignature,
  params: RuleParams,
): Finding[] {
  const steps = chainSteps(params);
  const info = APPROVAL_STEP_INFO[p.step];
  const index = steps.indexOf(p.step);
  if (index < 0) return [finding(p.on, 'RVMC-VOUCHER', 'step_not_in_workflow', { step: info.zh })];
  if (signed.some((s) => s.step === p.step))
    return [finding(p.on, 'RVMC-VOUCHER', 'step_done', { step: info.zh })];
  const missing = steps.slice(0, index).find((s) => !signed.some((x) => x.step === s));
  if (missing)
    return [
      finding(p.on, 'RVMC-VOUCHER', 'step_out_of_order', {
        missing: APPROVAL_STEP_INFO[missing].zh,
        step: info.zh,
      }),
    ];
  const out: Finding[] = [];
  const previous = signed.reduce<CalendarDate | null>((a, s) => (a && a > s.on ? a : s.on), null);
  if (previous && p.on < previous)
    out.push(
      finding(p.on, 'RVMC-VOUCHER', 'step_date_order', {
        step: info.zh,
        date: p.on,
        previous,
      }),
    );
  if (!info.seats.some((r) => p.roles.has(r)))
    out.push(
      finding(p.on, 'RVMC-VOUCHER', 'spending_seat', { act: info.zh, seat: info.seatName.zh }),
    );
  const handler = signed.find((s) => s.step === 'handled');
  if (
    p.step === 'checked' &&
    handler &&
    (handler.personId !== null && p.personId !== null
      ? handler.personId === p.personId
      : handler.accountId === p.accountId)
  )
    out.push(finding(p.on, 'RVMC-VOUCHER', 'spending_own_request', { step: info.zh }));
  return out;
}

/** An adopted hold not yet released: it stops the payment. */
export interface HoldInForce {
  decidedOn: CalendarDate;
}

/**
 * Whether the payment may be made now: every step of the chain signed, and
 * no hold of the supervision committee in force (SEED002-SUPERVISION:
 * 要求暂停执行该支出项目); and dated (补录 from the papers) no earlier than the
 * last signature or the last hold's release.
 */
export function checkPayment(
  signed: readonly Pick<SignedStep, 'step' | 'on'>[],
  holds: readonly HoldInForce[],
  on: CalendarDate,
  params: RuleParams,
  lastReleasedOn: CalendarDate | null = null,
): Finding | null {
  const hold = holds[0];
  if (hold)
    return finding(on, 'SEED002-SUPERVISION', 'payment_on_hold', {
      date: hold.decidedOn,
    });
  const missing = nextApprovalStep(signed, params);
  if (missing)
    return finding(on, 'RVMC-VOUCHER', 'payment_not_approved', {
      missing: APPROVAL_STEP_INFO[missing].zh,
    });
  // paid on paper after the last signature and after the hold's release, never before
  const lastSigned = signed.reduce<CalendarDate | null>((a, s) => (a && a > s.on ? a : s.on), null);
  if (lastSigned && on < lastSigned)
    return finding(on, 'RVMC-VOUCHER', 'payment_before_signed', { date: on, signed: lastSigned });
  if (lastReleasedOn && on < lastReleasedOn)
    return finding(on, 'SEED002-SUPERVISION', 'payment_before_release', {
      date: on,
      released: lastReleasedOn,
    });
  return null;
}
