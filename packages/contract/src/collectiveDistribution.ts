import { z } from 'zod';
import { DateText, Fingerprint, Text, Uuid, VillageParams } from './common.ts';
import { route } from './route.ts';

/**
 * Income distribution of a collective economic organisation (收益分配): a year's plan with the
 * reserve first, the committee's payment and the dividends to the fen; the reports made
 * available; the assembly's adopting resolution; each dividend paid once; the A4 plan notice
 * (amounts in capitals), the dividend list and a receipt. Names and register numbers only: no ID
 * numbers or phone numbers travel here.
 */

const tag = 'collectiveDistribution';
const V = '/api/villages/:villageId';

export const OrgParams = VillageParams.extend({ orgId: Uuid });
export const PlanParams = VillageParams.extend({ planId: Uuid });
export const DividendParams = VillageParams.extend({ dividendId: Uuid });

const Fen = z.number().int();
export const PlanState = z.enum(['draft', 'published', 'adopted']);
export const PayeeKind = z.enum(['person', 'household']);
export const PaymentMethod = z.enum(['transfer', 'cash']);
export const Acknowledgement = z.enum(['signature', 'thumbprint']);

export const Plan = z.object({
  id: Uuid,
  orgId: Uuid,
  orgName: z.string(),
  year: z.number(),
  incomeFen: Fen,
  reserveRateBp: z.number(),
  /** the charter's rate, for comparison */
  charterReserveRateBp: z.number(),
  charterVersion: z.number(),
  reserveFen: Fen,
  committeeFen: Fen,
  poolFen: Fen,
  payeeKind: PayeeKind,
  holdingsOn: DateText,
  totalShares: z.number(),
  payees: z.number(),
  note: z.string(),
  state: PlanState,
  publishedOn: DateText.nullable(),
  /** the earliest day the assembly may vote (ten days after publication) */
  earliestVoteOn: DateText.nullable(),
  /** 〔2026〕第3号 of the adopting resolution */
  resolution: z.string().nullable(),
  adoptedOn: DateText.nullable(),
  paidCount: z.number(),
  paidFen: Fen,
  unpaidCount: z.number(),
  unpaidFen: Fen,
});

export const Dividend = z.object({
  id: Uuid,
  registerNo: z.number(),
  payeeKind: PayeeKind,
  /** a person's name, or a household's head's */
  payeeName: z.string(),
  householdNumber: z.string(),
  shares: z.number(),
  amountFen: Fen,
  paid: z
    .object({
      on: DateText,
      method: PaymentMethod,
      bankReference: z.string().nullable(),
      acknowledged: Acknowledgement.nullable(),
      paidTo: z.string(),
      heir: z.boolean(),
    })
    .nullable(),
});

export const PlanDetail = z.object({ plan: Plan, dividends: z.array(Dividend) });

export const DraftInput = z.object({
  year: z.number().int().min(1990).max(2999),
  income: Text.max(30),
  reserveRate: Text.max(10).optional(),
  payeeKind: PayeeKind,
  holdingsOn: DateText.optional(),
  note: Text.max(1000).optional(),
});

export const PaymentInput = z.object({
  method: PaymentMethod,
  bankReference: Text.max(64).optional(),
  acknowledged: Acknowledgement.optional(),
  paidTo: Uuid.optional(),
  heirEvidence: Text.max(500).optional(),
  on: DateText.optional(),
});

/** The A4 prints: the plan notice, the dividend list, one receipt. */
export const PlanSheet = z.object({
  villageName: z.string(),
  orgName: z.string(),
  plan: Plan,
  /** the amounts in capitals (肆拾伍万元整) */
  capitals: z.object({
    income: z.string(),
    reserve: z.string(),
    committee: z.string(),
    pool: z.string(),
  }),
  dividends: z.array(Dividend),
  fingerprint: Fingerprint,
});

export const ReceiptSheet = z.object({
  villageName: z.string(),
  orgName: z.string(),
  year: z.number(),
  resolution: z.string().nullable(),
  dividend: Dividend,
  capitals: z.string(),
  fingerprint: Fingerprint,
});

export const Overview = z.object({
  orgs: z.array(z.object({ id: Uuid, name: z.string() })),
  /** the organisation shown (the village-level one unless asked); null when there is none */
  orgId: Uuid.nullable(),
  plans: z.array(Plan),
  /** the organisation's own assemblies' resolutions, newest first, for recording an adoption */
  resolutions: z.array(z.object({ id: Uuid, label: z.string(), meetingOn: DateText })),
  abilities: z.object({ plan: z.boolean(), pay: z.boolean() }),
});

export const listPlans = route({
  method: 'GET',
  url: `${V}/collective/distributions`,
  summary: '收益分配方案 / Distribution plans',
  tag,
  params: VillageParams,
  query: z.object({ orgId: Uuid.optional() }),
  response: Overview,
});

export const draftPlan = route({
  method: 'POST',
  url: `${V}/collective/orgs/:orgId/distributions`,
  summary: '起草年度收益分配方案 / Draft a year’s distribution plan',
  tag,
  params: OrgParams,
  body: DraftInput,
  response: PlanDetail,
  status: 201,
});

export const getPlan = route({
  method: 'GET',
  url: `${V}/collective/distributions/:planId`,
  summary: '收益分配方案及分红名单 / A plan and its dividends',
  tag,
  params: PlanParams,
  response: PlanDetail,
});

export const publishPlan = route({
  method: 'POST',
  url: `${V}/collective/distributions/:planId/publication`,
  summary: '向成员公布年度报告、财务会计报告和分配方案 / Make the reports and plan available',
  tag,
  params: PlanParams,
  body: z.object({ on: DateText.optional() }),
  response: PlanDetail,
});

export const adoptPlan = route({
  method: 'POST',
  url: `${V}/collective/distributions/:planId/adoption`,
  summary: '登记成员大会通过方案的决议 / Record the resolution adopting the plan',
  tag,
  params: PlanParams,
  body: z.object({ resolutionId: Uuid }),
  response: PlanDetail,
});

export const payDividend = route({
  method: 'POST',
  url: `${V}/collective/dividends/:dividendId/payment`,
  summary: '支付分红（转账或现金签字/按手印） / Pay a dividend',
  tag,
  params: DividendParams,
  body: PaymentInput,
  response: z.object({ dividend: Dividend }),
  status: 201,
});

export const getPlanSheet = route({
  method: 'GET',
  url: `${V}/collective/distributions/:planId/sheet`,
  summary: '收益分配方案公告及分红名单（A4） / The plan notice and dividend list for print',
  tag,
  params: PlanParams,
  response: PlanSheet,
});

export const getReceipt = route({
  method: 'GET',
  url: `${V}/collective/dividends/:dividendId/receipt`,
  summary: '分红领取凭证（A4） / A dividend receipt for print',
  tag,
  params: DividendParams,
  response: ReceiptSheet,
});
