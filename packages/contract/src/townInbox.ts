import { z } from 'zod';
import { REFERRAL_ADDRESSEES, REFERRAL_STATUSES } from '@cunzhi/core/policies/townInbox';
import { DateText, Instant, Names, Uuid } from './common.ts';
import { ComplainantView } from './complaints.ts';
import { route } from './route.ts';

/**
 * The town's inbox (镇纪委收件箱): referrals from the villages of a town — complaints about
 * cadres (风纪类), inspection findings, and the supervision committee's reports to the
 * supervisory commission (2025 law Art. 37) — read by the staff of the addressee's unit only.
 */

const tag = 'townInbox';
const T = '/api/town/referrals';

export const ReferralAddressee = z.enum(REFERRAL_ADDRESSEES);
export const ReferralStatus = z.enum(REFERRAL_STATUSES);
export const ReferralParams = z.object({ villageId: Uuid, referralId: Uuid });

export const ReferralSummary = z.object({
  id: Uuid,
  villageId: Uuid,
  villageName: z.string(),
  townName: z.string(),
  sourceKind: z.enum(['complaint', 'inspection', 'report']),
  addressee: ReferralAddressee,
  subject: z.string(),
  status: ReferralStatus,
  filedOn: DateText,
  /** Days since it was filed (today counted from the filing day). */
  ageDays: z.number(),
});

export const ReferralDetail = ReferralSummary.extend({
  summary: z.string(),
  /** The cadres it names, with their seats today. */
  concerns: z.array(z.object({ personId: Uuid, name: z.string(), seats: z.array(Names) })),
  answer: z.string().nullable(),
  acceptedAt: Instant.nullable(),
  answeredAt: Instant.nullable(),
  closedAt: Instant.nullable(),
  /** A complaint's: how it came in and whether it was anonymous (the identity only on request). */
  complaint: z
    .object({
      number: z.number(),
      channel: z.string(),
      anonymous: z.boolean(),
      receivedOn: DateText,
    })
    .nullable(),
});

export const listReferrals = route({
  method: 'GET',
  url: T,
  summary: '乡镇收件箱：各村转来的转办件 / The town inbox: referrals from its villages',
  tag,
  query: z.object({ status: z.enum(['open', 'closed', 'all']).optional() }),
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

export const revealReferralComplainant = route({
  method: 'GET',
  url: `${T}/:villageId/:referralId/complainant`,
  summary: '查看投诉人身份（留痕） / Who complained (each reading audited)',
  tag,
  params: ReferralParams,
  response: ComplainantView,
});
