import { z } from 'zod';
import {
  PETITION_ACTIONS,
  PETITION_FORMS,
  PETITION_OPINIONS,
  PETITION_STATUSES,
} from '@cunzhi/core/petitions/petitions';
import { DateText, FileResponse, Fingerprint, Names, Text, Uuid, VillageParams } from './common.ts';
import { XLSX } from './finance.ts';
import { route } from './route.ts';

/**
 * 信访: petitions registered at the village and forwarded to the town's petition office, which
 * hands them to a department, accepts or refuses them in writing, answers with a 信访处理意见书 and
 * records reviews (复查) and re-reviews (复核). A petitioner's name and ID number are in an
 * answer only for the case's handlers (`people` is null for anyone else).
 */

const tag = 'petitions';
const V = '/api/villages/:villageId/petitions';

export const PetitionStatus = z.enum(PETITION_STATUSES);
export const PetitionAction = z.enum(PETITION_ACTIONS);
export const PetitionForm = z.enum(PETITION_FORMS);
export const PetitionOpinion = z.enum(PETITION_OPINIONS);
export const PetitionParams = VillageParams.extend({ petitionId: Uuid });
export const LetterKind = z.enum([
  'acceptance',
  'refusal',
  'extension',
  'opinion',
  'reviewOpinion',
  'reReviewOpinion',
]);

export const PetitionPerson = z.object({
  role: z.enum(['petitioner', 'representative']),
  name: z.string(),
  idNumber: z.string(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
});

export const PetitionSummary = z.object({
  id: Uuid,
  number: z.number(),
  villageId: Uuid,
  villageName: z.string(),
  form: PetitionForm,
  participants: z.number(),
  subject: z.string(),
  status: PetitionStatus,
  receivedOn: DateText,
  department: z.string().nullable(),
  /** The last day of the clock running now, and whether the office is late on it. */
  dueOn: DateText.nullable(),
  overdue: z.boolean(),
  /** The first petitioner's name, for the case's handlers only. */
  petitionerName: z.string().nullable(),
});

export const PetitionStep = z.object({
  action: z.string(),
  status: PetitionStatus,
  on: DateText,
  by: z.string().nullable(),
  note: z.string().nullable(),
  dueOn: DateText.nullable(),
});

export const PetitionLetterRef = z.object({
  kind: LetterKind,
  number: z.string(),
  issuedOn: DateText,
});

export const PetitionDetail = PetitionSummary.extend({
  request: z.string(),
  facts: z.string(),
  townName: z.string(),
  forwardedOn: DateText.nullable(),
  assignedOn: DateText.nullable(),
  objectionDueOn: DateText.nullable(),
  acceptedOn: DateText.nullable(),
  handleDueOn: DateText.nullable(),
  extendedDays: z.number(),
  refusalReason: z.string().nullable(),
  opinion: PetitionOpinion.nullable(),
  answer: z.string().nullable(),
  answeredOn: DateText.nullable(),
  reviewOpinion: PetitionOpinion.nullable(),
  reviewAnswer: z.string().nullable(),
  reviewedOn: DateText.nullable(),
  reReviewOpinion: PetitionOpinion.nullable(),
  reReviewAnswer: z.string().nullable(),
  reReviewedOn: DateText.nullable(),
  closedOn: DateText.nullable(),
  sameFactsAs: z.object({ id: Uuid, number: z.number() }).nullable(),
  profile: z.object({ id: z.string(), version: z.string() }),
  /** null: withheld, the reader is not one of the case's handlers. */
  people: z.array(PetitionPerson).nullable(),
  steps: z.array(PetitionStep),
  letters: z.array(PetitionLetterRef),
  /** The actions the reader may take now. */
  can: z.array(PetitionAction),
});

export const PetitionList = z.object({
  on: DateText,
  items: z.array(PetitionSummary),
  may: z.object({ register: z.boolean(), export: z.boolean() }),
});

export const listPetitions = route({
  method: 'GET',
  url: V,
  summary: '本村信访事项登记台账 / The village’s petitions',
  tag,
  params: VillageParams,
  query: z.object({ status: z.enum(['open', 'all']).optional() }),
  response: PetitionList,
});

export const officePetitions = route({
  method: 'GET',
  url: '/api/petitions/office',
  summary:
    '镇信访办：各村转送的信访事项，逾期在前 / The town petition office’s petitions, overdue first',
  tag,
  query: z.object({ status: z.enum(['open', 'all']).optional() }),
  response: z.object({ on: DateText, items: z.array(PetitionSummary) }),
});

const Short = Text.trim().min(1).max(100);
const Long = Text.trim().min(1).max(4000);

export const PetitionPersonInput = z.object({
  name: Text.trim().min(1).max(50),
  idNumber: z.string().trim().min(1).max(30),
  phone: z.string().trim().max(20).optional(),
  address: Text.trim().max(200).optional(),
});

export const RegisterPetitionBody = z.object({
  form: PetitionForm,
  /** The petitioner, or a group visit's representatives (at most 5). */
  people: z.array(PetitionPersonInput).max(20),
  participants: z.number().int().min(1).max(10_000).optional(),
  subject: Short,
  request: Long,
  facts: Long,
  receivedOn: DateText.optional(),
  /** An earlier petition of the same petitioner raising the same facts and reasons. */
  sameFactsAs: Uuid.optional(),
  /** Forward to the town at once (登记并转送). */
  forward: z.boolean().optional(),
});

export const registerPetition = route({
  method: 'POST',
  url: V,
  summary: '登记信访事项（实名；集体走访代表不超过5人）/ Register a petition',
  tag,
  params: VillageParams,
  body: RegisterPetitionBody,
  response: z.object({ petition: PetitionDetail }),
});

export const earlierPetitions = route({
  method: 'GET',
  url: `${V}/earlier`,
  summary: '同一信访人（身份证号码）此前的信访事项 / The same petitioner’s earlier petitions',
  tag,
  params: VillageParams,
  query: z.object({ idNumber: z.string().trim().min(1).max(30) }),
  response: z.object({
    items: z.array(
      z.object({
        id: Uuid,
        number: z.number(),
        subject: z.string(),
        status: PetitionStatus,
        reReviewed: z.boolean(),
      }),
    ),
  }),
});

export const getPetition = route({
  method: 'GET',
  url: `${V}/:petitionId`,
  summary: '信访事项详情 / A petition',
  tag,
  params: PetitionParams,
  response: z.object({ petition: PetitionDetail }),
});

export const PetitionStepBody = z.object({
  action: PetitionAction,
  /** The day the step was taken (not in the future); today when omitted. */
  on: DateText.optional(),
  /** assign: the town department handed the petition. */
  departmentId: Uuid.optional(),
  /** object, refuse, extend: the reasons told to the petitioner. */
  reason: Text.trim().max(2000).optional(),
  /** extend: days (at most 30). */
  days: z.number().int().optional(),
  /** answer, reviewOpinion, reReviewOpinion. */
  opinion: PetitionOpinion.optional(),
  answer: Text.trim().max(4000).optional(),
  /** hearing: its first and last day. */
  hearingFrom: DateText.optional(),
  hearingTo: DateText.optional(),
});

export const stepPetition = route({
  method: 'POST',
  url: `${V}/:petitionId/steps`,
  summary:
    '信访事项的一步办理（转送、交办、受理、延期、答复、复查、复核、终结）/ A step of a petition',
  tag,
  params: PetitionParams,
  body: PetitionStepBody,
  response: z.object({ petition: PetitionDetail }),
});

export const petitionDepartments = route({
  method: 'GET',
  url: `${V}/departments`,
  summary: '可交办的镇职能部门 / The town departments a petition may be handed to',
  tag,
  params: VillageParams,
  response: z.object({ items: z.array(z.object({ id: Uuid, name: z.string() })) }),
});

export const PetitionLetter = z.object({
  kind: LetterKind,
  number: z.string(),
  issuedOn: DateText,
  villageName: z.string(),
  townName: z.string(),
  issuer: z.string(),
  petitioners: z.array(z.string()),
  petitionNumber: z.number(),
  subject: z.string(),
  request: z.string(),
  receivedOn: DateText,
  forwardedOn: DateText.nullable(),
  acceptedOn: DateText.nullable(),
  handleDueOn: DateText.nullable(),
  extendedDays: z.number(),
  reason: z.string().nullable(),
  opinion: PetitionOpinion.nullable(),
  opinionName: Names.nullable(),
  answer: z.string().nullable(),
  /** opinion letters: the last day to ask for the next review (null after 复核). */
  nextReviewDueOn: DateText.nullable(),
  nextReview: z.enum(['review', 'reReview']).nullable(),
  /** The audit event of the step that issued it. */
  fingerprint: Fingerprint,
});

export const getPetitionLetter = route({
  method: 'GET',
  url: `${V}/:petitionId/letters/:kind`,
  summary: '告知书、信访处理意见书（打印）/ A letter to the petitioner, for print',
  tag,
  params: PetitionParams.extend({ kind: LetterKind }),
  response: z.object({ letter: PetitionLetter }),
});

export const exportPetitions = route({
  method: 'GET',
  url: '/api/villages/:villageId/petitions.xlsx',
  summary: '导出信访事项台账（Excel）/ Export the petitions ledger as Excel',
  tag,
  params: VillageParams,
  query: z.object({ from: DateText.optional(), to: DateText.optional() }),
  response: FileResponse,
  produces: XLSX,
});

export const exportOfficePetitions = route({
  method: 'GET',
  url: '/api/petitions/office.xlsx',
  summary: '导出全镇信访事项台账（Excel，各村合并）/ Export the town’s combined petitions ledger',
  tag,
  query: z.object({ from: DateText.optional(), to: DateText.optional() }),
  response: FileResponse,
  produces: XLSX,
});
