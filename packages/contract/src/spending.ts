import { z } from 'zod';
import { WORKFLOW_IDS } from '@cunzhi/core/matters/workflows';
import { APPROVAL_STEPS } from '@cunzhi/core/spending/chain';
import { SPENDING_AUTHORITIES } from '@cunzhi/core/spending/tiers';
import { DateText, Instant, Names, Uuid, VillageParams } from './common.ts';
import { Budget, CitationView, MatterRef, ResolutionRef } from './matters.ts';
import { MotionView } from './supervision.ts';
import { VillageAbilities } from './villages.ts';
import { route } from './route.ts';

/**
 * Spending requests (支出申请): what authorises them (XWQL-TIER), their
 * approval chain step by step (RVMC-VOUCHER), the payment made once, and
 * the supervision committee's holds (暂停支付) with the committee's motions that
 * adopt and release them (members' votes by name: supervision.ts), the
 * referral to the representatives' meeting, the inspection and the release.
 */

const tag = 'spending';
const V = '/api/villages/:villageId';

export const SpendingAuthority = z.enum(SPENDING_AUTHORITIES);
export const ApprovalStep = z.enum(APPROVAL_STEPS);
export const SpendingStatus = z.enum(['pending', 'refused', 'paid']);
/** lapsed: carried after the request was already paid or closed, so it stopped nothing. */
export const HoldStatus = z.enum(['proposed', 'adopted', 'rejected', 'released', 'lapsed']);

export const SpendingParams = VillageParams.extend({ requestId: Uuid });
export const HoldParams = VillageParams.extend({ holdId: Uuid });
export const StepParams = SpendingParams.extend({ step: ApprovalStep });

// ------------------------------------------------------------------ views

export const SpendingSummary = z.object({
  id: Uuid,
  number: z.number(),
  purpose: z.string(),
  payee: z.string(),
  amount: Budget,
  authority: SpendingAuthority,
  authorityName: Names,
  resolution: ResolutionRef.nullable(),
  scheduledOn: DateText.nullable(),
  status: SpendingStatus,
  /** The step to sign next (null once the chain is complete or the request closed). */
  nextStep: ApprovalStep.nullable(),
  nextStepName: Names.nullable(),
  /** An adopted hold stops the payment until it is released. */
  onHold: z.boolean(),
  paidOn: DateText.nullable(),
  createdAt: Instant,
});

export const ChainStepView = z.object({
  step: ApprovalStep,
  name: Names,
  seatName: Names,
  signed: z
    .object({
      decision: z.enum(['approved', 'refused']),
      on: DateText,
      by: z.string(),
      note: z.string(),
    })
    .nullable(),
});

export const CommitteeFigures = z.object({
  members: z.number(),
  present: z.number(),
  yes: z.number(),
  no: z.number(),
  abstain: z.number(),
  requiredPresent: z.number(),
  requiredYes: z.number(),
  carried: z.boolean(),
});

export const HoldView = z.object({
  id: Uuid,
  reason: z.string(),
  status: HoldStatus,
  proposedOn: DateText,
  /** The tabler first, then the members who signed with them (联名). */
  proposers: z.array(z.string()),
  /** The committee's motions on it, newest first: the vote that adopts it, and one that releases it. */
  motions: z.array(MotionView),
  decidedOn: DateText.nullable(),
  referredMatter: MatterRef.nullable(),
  referredOn: DateText.nullable(),
  inspection: z.object({ on: DateText, note: z.string() }).nullable(),
  release: z
    .object({
      basis: z.enum(['resolution', 'committeeVote']),
      resolution: ResolutionRef.nullable(),
      /** Releases by the committee before its votes were recorded by name: the figures as typed. */
      decision: CommitteeFigures.nullable(),
      on: DateText,
    })
    .nullable(),
});

export const SpendingDetail = z.object({
  request: SpendingSummary.extend({
    expenseAccount: z.string(),
    paidFromAccount: z.string(),
    profile: z.object({ id: z.string(), version: z.string() }),
  }),
  chain: z.array(ChainStepView),
  holds: z.array(HoldView),
  payment: z
    .object({
      id: Uuid,
      paidOn: DateText,
      amount: Budget,
      voucher: z.object({ id: Uuid, number: z.string() }).nullable(),
    })
    .nullable(),
  /** The supervision committee's serving members, whom a proposer may name as co-signers (联名). */
  supervisors: z.array(z.object({ personId: Uuid, name: z.string() })),
  /** The rules this page applies, in words. */
  citations: z.array(CitationView),
  /** What the reader may do now (the chain's seat and state already checked). */
  can: z.object({
    sign: ApprovalStep.nullable(),
    pay: z.boolean(),
    /** Table a hold motion (a serving member, the request pending, no hold open). */
    proposeHold: z.boolean(),
    /** Table a release by the committee's own vote on this hold (in force, inspected, the profile allowing it). */
    releaseByVote: z.boolean(),
  }),
  abilities: VillageAbilities,
});

export const SpendingList = z.object({
  requests: z.array(SpendingSummary),
  abilities: VillageAbilities,
});

// ----------------------------------------------------------------- bodies

export const SpendingBody = z.object({
  purpose: z.string().trim().min(1).max(200),
  payee: z.string().trim().min(1).max(200),
  /** As typed: `12,000`, `¥1,680.32`. */
  amount: z.string().max(40),
  /** The resolution that authorises it; none: the amount's own tier (one signature). */
  resolutionId: Uuid.optional(),
  scheduledOn: DateText.optional(),
  expenseAccount: z.string().trim().max(20).optional(),
  paidFromAccount: z.string().trim().max(20).optional(),
  note: z.string().max(2000).optional(),
  /** The day it was handed in (not in the future); today by default. */
  on: DateText.optional(),
});

const On = z.object({ on: DateText.optional() });

export const SignBody = On.extend({ note: z.string().max(2000).optional() });
export const RefuseBody = On.extend({ reason: z.string().trim().min(1).max(2000) });
export const PayBody = On;
export const InspectionBody = On.extend({ note: z.string().trim().min(1).max(4000) });
/** Release on the representatives' (or the assembly's) resolution; by the committee's own vote it is a motion. */
export const ReleaseBody = On.extend({ resolutionId: Uuid });

// ----------------------------------------------------------------- routes

const answer = z.object({ request: SpendingDetail });

export const listSpending = route({
  method: 'GET',
  url: `${V}/spending`,
  summary: '支出申请 / Spending requests',
  tag,
  params: VillageParams,
  response: SpendingList,
});

export const createSpending = route({
  method: 'POST',
  url: `${V}/spending`,
  summary: '提出支出申请（经办） / Hand in a spending request',
  tag,
  params: VillageParams,
  body: SpendingBody,
  response: answer,
  status: 201,
});

export const getSpending = route({
  method: 'GET',
  url: `${V}/spending/:requestId`,
  summary: '支出申请、审批与暂停支付 / A spending request, its approvals and holds',
  tag,
  params: SpendingParams,
  response: SpendingDetail,
});

export const approveStep = route({
  method: 'POST',
  url: `${V}/spending/:requestId/steps/:step/approve`,
  summary: '签署审批环节 / Approve a step of the chain',
  tag,
  params: StepParams,
  body: SignBody,
  response: answer,
});

export const refuseStep = route({
  method: 'POST',
  url: `${V}/spending/:requestId/steps/:step/refuse`,
  summary: '退回支出申请 / Refuse at a step of the chain',
  tag,
  params: StepParams,
  body: RefuseBody,
  response: answer,
});

export const executePayment = route({
  method: 'POST',
  url: `${V}/spending/:requestId/payment`,
  summary: '支付（只支付一次） / Pay (once)',
  tag,
  params: SpendingParams,
  body: PayBody,
  response: answer.extend({ created: z.boolean() }),
});

/** The procedure the referred matter follows (a representatives' tier one: 四议两公开 or "1+3"); the first by default. */
export const ReferBody = On.extend({ workflow: z.enum(WORKFLOW_IDS).optional() });

export const referHold = route({
  method: 'POST',
  url: `${V}/spending-holds/:holdId/refer`,
  summary: '提请村民代表会议 / Refer the hold to the representatives’ meeting',
  tag,
  params: HoldParams,
  body: ReferBody,
  response: answer,
});

export const recordInspection = route({
  method: 'POST',
  url: `${V}/spending-holds/:holdId/inspection`,
  summary: '记录检查验收 / Record the inspection',
  tag,
  params: HoldParams,
  body: InspectionBody,
  response: answer,
});

export const releaseHold = route({
  method: 'POST',
  url: `${V}/spending-holds/:holdId/release`,
  summary: '依村民代表会议决议解除暂停支付 / Release the hold on a resolution',
  tag,
  params: HoldParams,
  body: ReleaseBody,
  response: answer,
});
