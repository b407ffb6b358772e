import { z } from 'zod';
import {
  COMPLAINT_CHANNELS,
  COMPLAINT_CLASSES,
  COMPLAINT_HANDLERS,
  COMPLAINT_STATUSES,
} from '@cunzhi/core/complaints/complaints';
import { REFERRAL_STATUSES } from '@cunzhi/core/townInbox/referrals';
import { DateText, Names, Uuid, VillageParams } from './common.ts';
import { VillageAbilities } from './villages.ts';
import { route } from './route.ts';

/**
 * The complaints station (投诉站) of the supervision committee: complaints received on the
 * phone, at the portal, by a member or on paper; classed affairs (handed to a body with a
 * deadline) or discipline (straight to the town discipline commission, after which the
 * village sees nothing of it). No answer here carries the complainant's identity: only
 * `revealComplainant` does, to whom the rules allow, and each reading is audited.
 */

const tag = 'complaints';
const V = '/api/villages/:villageId';

export const ComplaintChannel = z.enum(COMPLAINT_CHANNELS);
export const ComplaintClass = z.enum(COMPLAINT_CLASSES);
export const ComplaintHandler = z.enum(COMPLAINT_HANDLERS);
export const ComplaintStatus = z.enum(COMPLAINT_STATUSES);
export const AnswerState = z.enum(['open', 'overdue', 'answered', 'answeredLate']);
export const ComplaintParams = VillageParams.extend({ complaintId: Uuid });

export const ComplaintSummary = z.object({
  id: Uuid,
  number: z.number(),
  channel: ComplaintChannel,
  anonymous: z.boolean(),
  subject: z.string(),
  class: ComplaintClass.nullable(),
  handler: ComplaintHandler.nullable(),
  handlerName: Names.nullable(),
  status: ComplaintStatus,
  receivedOn: DateText,
  dueOn: DateText.nullable(),
  answerState: AnswerState.nullable(),
  answeredOn: DateText.nullable(),
});

export const ComplaintDetail = ComplaintSummary.extend({
  body: z.string(),
  answer: z.string().nullable(),
  /** What the reader may do with it now. */
  can: z.object({ route: z.boolean(), answer: z.boolean(), revealComplainant: z.boolean() }),
});

export const ComplaintList = z.object({
  items: z.array(ComplaintSummary),
  abilities: VillageAbilities,
});

/** Who complained: shown only by `revealComplainant`. */
export const ComplainantView = z.object({
  anonymous: z.boolean(),
  name: z.string().nullable(),
  phone: z.string().nullable(),
  /** A registered villager (their own account, or chosen by the member). */
  personId: Uuid.nullable(),
});

const Subject = z.string().trim().min(1).max(100);
const Body = z.string().trim().min(1).max(4000);

/** A member records a complaint received in person or on paper, classing and routing it at once or later. */
export const RecordComplaintBody = z.object({
  channel: z.enum(['member', 'paper']),
  anonymous: z.boolean(),
  /** A registered villager who complained (chosen from the register), or a name and number typed. */
  complainantPersonId: Uuid.optional(),
  complainantName: z.string().trim().max(50).optional(),
  complainantPhone: z.string().trim().max(20).optional(),
  subject: Subject,
  body: Body,
  concernsPersonIds: z.array(Uuid).max(20).optional(),
  class: ComplaintClass.optional(),
  handler: ComplaintHandler.optional(),
  /** The day it was received (not in the future); today by default. */
  receivedOn: DateText.optional(),
});

/** A villager's own complaint from their phone (named by their account, or anonymous). */
export const FileComplaintBody = z.object({
  anonymous: z.boolean(),
  subject: Subject,
  body: Body,
  concernsPersonIds: z.array(Uuid).max(20).optional(),
});

export const RouteComplaintBody = z.object({
  class: ComplaintClass,
  handler: ComplaintHandler.optional(),
  concernsPersonIds: z.array(Uuid).max(20).optional(),
});

export const AnswerComplaintBody = z.object({ answer: z.string().trim().min(1).max(4000) });

/** What a submission answers: the 查询码, shown once, and where the complaint went. */
export const ComplaintReceipt = z.object({
  id: Uuid,
  number: z.number(),
  trackingCode: z.string(),
  routed: z.enum(['pending', 'affairs', 'discipline']),
});

/** A complaint as its complainant follows it (their phone, or the portal with the 查询码). */
export const OwnComplaint = z.object({
  number: z.number(),
  subject: z.string(),
  receivedOn: DateText,
  anonymous: z.boolean(),
  /** Where it is: received, with a body (and until when), answered, or with the town. */
  status: ComplaintStatus,
  handlerName: Names.nullable(),
  dueOn: DateText.nullable(),
  answer: z.string().nullable(),
  answeredOn: DateText.nullable(),
  /** A referral's progress at the town discipline commission. */
  town: z.object({ status: z.enum(REFERRAL_STATUSES), answer: z.string().nullable() }).nullable(),
});

export const CadreOption = z.object({
  personId: Uuid,
  name: z.string(),
  seats: z.array(Names),
});

export const listComplaints = route({
  method: 'GET',
  url: `${V}/complaints`,
  summary: '投诉站：投诉列表 / The complaints station',
  tag,
  params: VillageParams,
  response: ComplaintList,
});

export const getComplaint = route({
  method: 'GET',
  url: `${V}/complaints/:complaintId`,
  summary: '一件投诉 / A complaint',
  tag,
  params: ComplaintParams,
  response: z.object({ complaint: ComplaintDetail }),
});

export const recordComplaint = route({
  method: 'POST',
  url: `${V}/complaints`,
  summary: '监督委员登记收到的投诉 / A supervision member records a complaint received',
  tag,
  params: VillageParams,
  body: RecordComplaintBody,
  response: ComplaintReceipt,
  status: 201,
});

export const routeComplaint = route({
  method: 'POST',
  url: `${V}/complaints/:complaintId/route`,
  summary: '分类交办：事务类责成办理，风纪类报镇纪委 / Classify and hand on a complaint',
  tag,
  params: ComplaintParams,
  body: RouteComplaintBody,
  response: z.object({ routed: z.enum(['affairs', 'discipline']) }),
});

export const answerComplaint = route({
  method: 'POST',
  url: `${V}/complaints/:complaintId/answer`,
  summary: '承办组织答复投诉 / The handling body answers a complaint',
  tag,
  params: ComplaintParams,
  body: AnswerComplaintBody,
  response: z.object({ complaint: ComplaintDetail }),
});

export const revealComplainant = route({
  method: 'GET',
  url: `${V}/complaints/:complaintId/complainant`,
  summary: '查看投诉人身份（留痕） / Who complained (each reading audited)',
  tag,
  params: ComplaintParams,
  response: ComplainantView,
});

export const listComplaintCadres = route({
  method: 'GET',
  url: `${V}/complaint-cadres`,
  summary: '投诉可涉及的在任村干部 / Serving cadres a complaint may name',
  tag,
  params: VillageParams,
  response: z.object({ items: z.array(CadreOption) }),
});

export const listOwnComplaints = route({
  method: 'GET',
  url: `${V}/my-complaints`,
  summary: '我的投诉 / My complaints',
  tag,
  params: VillageParams,
  response: z.object({ items: z.array(OwnComplaint) }),
});

export const fileOwnComplaint = route({
  method: 'POST',
  url: `${V}/my-complaints`,
  summary: '村民在手机上投诉 / A villager complains from their phone',
  tag,
  params: VillageParams,
  body: FileComplaintBody,
  response: ComplaintReceipt,
  status: 201,
});
