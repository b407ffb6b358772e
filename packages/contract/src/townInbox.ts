import { z } from 'zod';
import { REFERRAL_ADDRESSEES } from '@cunzhi/core/policies/townInbox';
import {
  DEPARTMENT_KINDS,
  REFERRAL_STATUSES,
  REFERRAL_STEPS,
} from '@cunzhi/core/townInbox/referrals';
import { DateText, Instant, Names, Uuid } from './common.ts';
import { ComplainantView } from './complaints.ts';
import { route } from './route.ts';

/**
 * The town's inbox (乡镇收件箱): referrals from the villages of a town — complaints about
 * cadres (风纪类), inspection findings, and the supervision committee's reports to the
 * supervisory commission (2025 law Art. 37), read by the staff of the addressee's unit only; and
 * the cases of issue 13 a village hands up to one of the town's departments (services done for
 * the villager, 民情, disputes, petitions), read by that department, due first.
 */

const tag = 'townInbox';
const T = '/api/town/referrals';

export const ReferralAddressee = z.enum(REFERRAL_ADDRESSEES);
export const ReferralStatus = z.enum(REFERRAL_STATUSES);
export const ReferralParams = z.object({ villageId: Uuid, referralId: Uuid });
export const ReferralStep = z.enum(REFERRAL_STEPS);
export const ReferralSourceKind = z.enum([
  'complaint',
  'inspection',
  'report',
  'service',
  'minqing',
  'dispute',
  'petition',
]);

export const TownDepartment = z.object({
  id: Uuid,
  name: z.string(),
  kind: z.enum(DEPARTMENT_KINDS),
});

export const ReferralSummary = z.object({
  id: Uuid,
  villageId: Uuid,
  villageName: z.string(),
  townName: z.string(),
  sourceKind: ReferralSourceKind,
  addressee: ReferralAddressee,
  /** The department it is in, when addressed to one. */
  department: TownDepartment.nullable(),
  subject: z.string(),
  status: ReferralStatus,
  filedOn: DateText,
  /** Days since it was filed (today counted from the filing day). */
  ageDays: z.number(),
  /** The day the town must act by (accept or answer), if the source set one. */
  dueOn: DateText.nullable(),
  /** Open at the town past its due date, the clock not stopped for materials. */
  overdue: z.boolean(),
});

export const ReferralStepView = z.object({
  step: z.enum(['file', ...REFERRAL_STEPS]),
  at: Instant,
  /** Who took it: the official's or the clerk's account name. */
  by: z.string().nullable(),
  department: z.string().nullable(),
  note: z.string().nullable(),
  dueOn: DateText.nullable(),
});

export const ReferralDetail = ReferralSummary.extend({
  summary: z.string(),
  /** The cadres it names, with their seats today. */
  concerns: z.array(z.object({ personId: Uuid, name: z.string(), seats: z.array(Names) })),
  answer: z.string().nullable(),
  acceptedAt: Instant.nullable(),
  answeredAt: Instant.nullable(),
  closedAt: Instant.nullable(),
  /** Why a department returned it as not its own. */
  returnReason: z.string().nullable(),
  /** Its steps so far, in order. */
  steps: z.array(ReferralStepView),
  /** The steps the reader may take now. */
  actions: z.array(ReferralStep),
  /** The departments it may be transferred to (the town's others), for a reader who may transfer. */
  departments: z.array(TownDepartment),
  /** A complaint's: how it came in and whether it was anonymous (the identity only on request). */
  complaint: z
    .object({
      number: z.number(),
      channel: z.string(),
      anonymous: z.boolean(),
      receivedOn: DateText,
      /**
       * The SMS that told the complainant of the answer: its state and attempts, never the number
       * nor the words; null before the answer, or with no number to send it to.
       */
      sms: z
        .object({ status: z.enum(['pending', 'sending', 'sent', 'failed']), attempts: z.number() })
        .nullable(),
    })
    .nullable(),
});

export const listReferrals = route({
  method: 'GET',
  url: T,
  summary: '乡镇收件箱：各村转来的转办件 / The town inbox: referrals from its villages',
  tag,
  query: z.object({
    status: z.enum(['open', 'closed', 'all']).optional(),
    /** Only this department's (a town leader choosing among the departments). */
    departmentId: Uuid.optional(),
  }),
  response: z.object({ on: DateText, items: z.array(ReferralSummary) }),
});

export const getReferral = route({
  method: 'GET',
  url: `${T}/:villageId/:referralId`,
  summary: '一件转办件 / A referral',
  tag,
  params: ReferralParams,
  response: z.object({ referral: ReferralDetail }),
});

const step = (verb: 'accept' | 'handle' | 'close', zh: string, en: string) =>
  route({
    method: 'POST',
    url: `${T}/:villageId/:referralId/${verb}`,
    summary: `${zh} / ${en}`,
    tag,
    params: ReferralParams,
    response: z.object({ referral: ReferralDetail }),
  });

export const acceptReferral = step('accept', '受理', 'Accept a referral');
export const handleReferral = step('handle', '开始办理', 'Start handling a referral');
export const closeReferral = step('close', '办结', 'Close a referral');

export const listDepartments = route({
  method: 'GET',
  url: '/api/town/departments',
  summary: '本镇各部门 / The departments of the official’s towns',
  tag,
  response: z.object({ items: z.array(TownDepartment.extend({ townName: z.string() })) }),
});

const stepWithText = (verb: string, field: string, zh: string, en: string, max = 2000) =>
  route({
    method: 'POST',
    url: `${T}/:villageId/:referralId/${verb}`,
    summary: `${zh} / ${en}`,
    tag,
    params: ReferralParams,
    // optional in shape so that a caller without the right meets 404/403 before a 400
    body: z.object({ [field]: z.string().trim().max(max).optional() }),
    response: z.object({ referral: ReferralDetail }),
  });

export const askReferralMaterials = stepWithText(
  'ask-materials',
  'materials',
  '要求补正材料（计时暂停） / Ask for materials (the clock stops)',
  'Ask for materials',
);
export const referralMaterialsIn = stepWithText(
  'materials-in',
  'note',
  '材料已补正（计时继续） / Materials handed in (the clock runs again)',
  'Materials handed in',
);
export const returnReferral = stepWithText(
  'return',
  'reason',
  '退回：非本部门职责（须写明理由） / Return as not ours, with the reason',
  'Return as not ours',
);

export const transferReferral = route({
  method: 'POST',
  url: `${T}/:villageId/:referralId/transfer`,
  summary: '转交本镇其他部门 / Transfer to another department of the town',
  tag,
  params: ReferralParams,
  body: z.object({ departmentId: Uuid.optional(), note: z.string().trim().max(2000).optional() }),
  response: z.object({ referral: ReferralDetail }),
});

export const answerReferral = route({
  method: 'POST',
  url: `${T}/:villageId/:referralId/answer`,
  summary: '答复（投诉人可见） / Answer a referral (shown to the complainant)',
  tag,
  params: ReferralParams,
  // optional in shape so that a caller without the right meets 403 before a 400 (checked in the handler)
  body: z.object({ answer: z.string().trim().max(4000).optional() }),
  response: z.object({ referral: ReferralDetail }),
});

export const resendComplainantSms = route({
  method: 'POST',
  url: `${T}/:villageId/:referralId/resend-sms`,
  summary: '重发告知投诉人的失败短信 / Send the complainant’s failed SMS again',
  tag,
  params: ReferralParams,
  response: z.object({ requeued: z.number(), referral: ReferralDetail }),
});

export const revealReferralComplainant = route({
  method: 'GET',
  url: `${T}/:villageId/:referralId/complainant`,
  summary: '查看投诉人身份（留痕） / Who complained (each reading audited)',
  tag,
  params: ReferralParams,
  response: ComplainantView,
});

/** One kind of case in one village: open, past due, and how the villagers rated the closed ones. */
export const CaseKindCounts = z.object({
  open: z.number(),
  /** Open past the step's due date (the clock not stopped); null where no period runs (mediation). */
  overdue: z.number().nullable(),
  /** Ratings this year: 满意, 基本满意, 不满意, and 未评价 (never counted as satisfied). */
  satisfied: z.number(),
  basicallySatisfied: z.number(),
  dissatisfied: z.number(),
  unrated: z.number(),
});

export const CASE_KINDS = ['service', 'minqing', 'dispute', 'petition'] as const;

export const casesOverview = route({
  method: 'GET',
  url: '/api/town/cases-overview',
  summary:
    '乡镇、县级：各村便民服务、民情、矛盾纠纷和信访的办理情况 / Town and county: each village’s services, concerns, disputes and petitions',
  tag,
  response: z.object({
    on: DateText,
    /** The year the ratings count from. */
    year: z.number(),
    items: z.array(
      z.object({
        villageId: Uuid,
        villageName: z.string(),
        townName: z.string(),
        kinds: z.object({
          service: CaseKindCounts,
          minqing: CaseKindCounts,
          dispute: CaseKindCounts,
          petition: CaseKindCounts,
        }),
      }),
    ),
  }),
});
