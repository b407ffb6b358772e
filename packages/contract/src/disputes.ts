import { z } from 'zod';
import { DISPUTE_ACTIONS, DISPUTE_STAGES, DISPUTE_STATES } from '@cunzhi/core/disputes/machine';
import { DateText, FileResponse, Fingerprint, Names, Text, Uuid, VillageParams } from './common.ts';
import { XLSX } from './finance.ts';
import { route } from './route.ts';
import { VillageAbilities } from './villages.ts';

/**
 * People's mediation and 三调联动 (《人民调解法》): a dispute registered on application or on the
 * committee's initiative, each party's consent, mediators, records, the agreement (written, with
 * signatures and the seal, or oral) and its effect, judicial confirmation within 30 days, and
 * the stages — the village's committee, a town department, the court — on one record.
 */

const tag = 'disputes';
const V = '/api/villages/:villageId';

export const DisputeState = z.enum(DISPUTE_STATES);
export const DisputeAction = z.enum(DISPUTE_ACTIONS);
export const DisputeStage = z.enum(DISPUTE_STAGES);
export const DISPUTE_CATEGORIES = [
  'neighbour',
  'family',
  'land',
  'homestead',
  'damages',
  'contract',
  'labour',
  'other',
] as const;
export const DisputeCategory = z.enum(DISPUTE_CATEGORIES);
export const Consent = z.enum(['pending', 'agreed', 'refused']);
export const Mark = z.enum(['signature', 'seal', 'fingerprint']);
export const DisputeParams = VillageParams.extend({ disputeId: Uuid });

const ShortText = Text.pipe(z.string().trim().min(1).max(100));
const LongText = Text.pipe(z.string().trim().min(1).max(4000));
/** The day a step happened, when entered from paper (not in the future); today by default. */
const On = DateText.optional();

export const DisputeSummary = z.object({
  id: Uuid,
  numberText: z.string(),
  category: DisputeCategory,
  subject: z.string(),
  parties: z.array(z.string()),
  state: DisputeState,
  stage: DisputeStage,
  receivedOn: DateText,
  /** The last day to apply for judicial confirmation while it can still be (null otherwise). */
  confirmLastDay: DateText.nullable(),
  closedOn: DateText.nullable(),
});

export const DisputeParty = z.object({
  id: Uuid,
  name: z.string(),
  personId: Uuid.nullable(),
  address: z.string().nullable(),
  consent: Consent,
  consentOn: DateText.nullable(),
  signedOn: DateText.nullable(),
  mark: Mark.nullable(),
});

export const DisputeMediator = z.object({
  personId: Uuid,
  name: z.string(),
  how: z.enum(['assigned', 'chosen']),
  since: DateText,
});

export const DisputeRecord = z.object({
  seq: z.number(),
  heldOn: DateText,
  place: z.string(),
  present: z.string(),
  content: z.string(),
});

export const DisputeAgreement = z.object({
  form: z.enum(['written', 'oral']),
  numberText: z.string().nullable(),
  reachedOn: DateText,
  terms: z.string(),
  performance: z.string(),
  mediator: z.object({ personId: Uuid, name: z.string() }).nullable(),
  mediatorSignedOn: DateText.nullable(),
  sealedOn: DateText.nullable(),
  effectiveOn: DateText.nullable(),
  /** What a written agreement still lacks before it takes effect (in the reader's language). */
  missing: z.array(z.string()),
  confirmLastDay: DateText.nullable(),
  performedOn: DateText.nullable(),
});

export const DisputeConfirmation = z.object({
  court: z.string(),
  appliedOn: DateText,
  acceptBy: DateText,
  acceptedOn: DateText.nullable(),
  extended: z.boolean(),
  decideBy: DateText.nullable(),
  ruling: z.enum(['confirmed', 'rejected']).nullable(),
  rulingOn: DateText.nullable(),
  caseNumber: z.string().nullable(),
});

export const DisputeStageView = z.object({
  seq: z.number(),
  stage: DisputeStage,
  body: z.string(),
  handler: z.string().nullable(),
  startedOn: DateText,
  endedOn: DateText.nullable(),
  outcome: z.string().nullable(),
  /** The town inbox's referral of an administrative stage, and where it stands there. */
  referral: z.object({ id: Uuid, status: z.string(), dueOn: DateText.nullable() }).nullable(),
});

export const DisputeDetail = DisputeSummary.extend({
  origin: z.enum(['application', 'initiative']),
  facts: z.string(),
  acceptedOn: DateText.nullable(),
  endedOn: DateText.nullable(),
  endReason: z.string().nullable(),
  outcome: z.string().nullable(),
  profile: z.object({ id: z.string(), version: z.string() }),
  partyList: z.array(DisputeParty),
  mediators: z.array(DisputeMediator),
  records: z.array(DisputeRecord),
  agreement: DisputeAgreement.nullable(),
  confirmation: DisputeConfirmation.nullable(),
  stages: z.array(DisputeStageView),
  /** The steps the reader may take now (the dispute's machine, for their roles). */
  actions: z.array(DisputeAction),
  village: z.object({ name: z.string() }),
  /** The audit event that last moved the dispute (printed in the agreement's footer). */
  fingerprint: Fingerprint,
});

/** The register's two views: disputes still open (the default), and those ended. */
export const DisputeView = z.enum(['open', 'ended']);

export const DisputeList = z.object({
  items: z.array(DisputeSummary),
  /** How many are open and ended (the ended view lists the latest 500). */
  counts: z.object({ open: z.number(), ended: z.number() }),
  abilities: VillageAbilities,
  /** The committee's composition as the law judges it today (RMTJ-08-SIZE), in words. */
  committee: z.object({ members: z.number(), findings: z.array(z.string()) }),
});

export const MediatorOption = z.object({ personId: Uuid, name: z.string(), role: Names });
export const TownDepartmentOption = z.object({ id: Uuid, name: z.string() });

export const RegisterDisputeBody = z.object({
  category: DisputeCategory,
  origin: z.enum(['application', 'initiative']),
  subject: ShortText,
  facts: LongText,
  parties: z
    .array(
      z.object({
        /** A registered villager, or a name typed for someone from outside the village. */
        personId: Uuid.optional(),
        name: Text.pipe(z.string().trim().max(50)).optional(),
        address: Text.pipe(z.string().trim().max(100)).optional(),
      }),
    )
    .max(20),
  receivedOn: On,
});

export const ConsentBody = z.object({
  partyId: Uuid,
  consent: z.enum(['agreed', 'refused']),
  on: On,
});
export const AcceptBody = z.object({ on: On });
export const MediatorsBody = z.object({
  mediators: z
    .array(z.object({ personId: Uuid, how: z.enum(['assigned', 'chosen']) }))
    .min(1)
    .max(9),
});
export const RecordBody = z.object({
  heldOn: On,
  place: ShortText,
  present: Text.pipe(z.string().trim().min(1).max(400)),
  content: LongText,
});
export const AgreementBody = z.object({
  form: z.enum(['written', 'oral']),
  terms: LongText,
  performance: Text.pipe(z.string().trim().min(1).max(1000)),
  mediatorPersonId: Uuid,
  reachedOn: On,
});
export const SignBody = z.object({
  /** A party's mark, the mediator's signature, or the committee's seal. */
  who: z.enum(['party', 'mediator', 'seal']),
  partyId: Uuid.optional(),
  mark: Mark.optional(),
  on: On,
});
export const EndBody = z.object({ reason: LongText, on: On });
export const ConfirmationBody = z.object({
  court: ShortText,
  applicantPartyIds: z.array(Uuid).min(1).max(20),
  appliedOn: On,
});
export const CourtPapersBody = z.object({
  acceptedOn: DateText.optional(),
  extended: z.boolean().optional(),
  ruling: z.enum(['confirmed', 'rejected']).optional(),
  rulingOn: DateText.optional(),
  caseNumber: Text.pipe(z.string().trim().max(60)).optional(),
});
export const ReferBody = z.object({ departmentId: Uuid, note: LongText, on: On });
export const SuitBody = z.object({
  court: ShortText,
  caseNumber: Text.pipe(z.string().trim().max(60)).optional(),
  on: On,
});
export const CloseBody = z.object({ outcome: LongText, on: On });
export const LedgerQuery = z.object({ from: DateText, to: DateText });

const DisputeAnswer = z.object({ dispute: DisputeDetail });

export const listDisputes = route({
  method: 'GET',
  url: `${V}/disputes`,
  summary: '人民调解：纠纷登记簿 / Mediation: the disputes register',
  tag,
  params: VillageParams,
  query: z.object({ view: DisputeView.optional() }),
  response: DisputeList,
});

export const getDispute = route({
  method: 'GET',
  url: `${V}/disputes/:disputeId`,
  summary: '一件纠纷：当事人、调解、协议、司法确认和各阶段 / A dispute',
  tag,
  params: DisputeParams,
  response: DisputeAnswer,
});

export const listMediatorOptions = route({
  method: 'GET',
  url: `${V}/dispute-mediators`,
  summary: '本村在任的人民调解员和乡镇承办部门 / Serving mediators and town departments',
  tag,
  params: VillageParams,
  response: z.object({
    mediators: z.array(MediatorOption),
    departments: z.array(TownDepartmentOption),
  }),
});

export const registerDispute = route({
  method: 'POST',
  url: `${V}/disputes`,
  summary: '登记纠纷（当事人申请或者主动调解） / Register a dispute',
  tag,
  params: VillageParams,
  body: RegisterDisputeBody,
  response: DisputeAnswer,
  status: 201,
});

/** Every step of a dispute: one route each, answering the dispute as it now stands. */
function step<B extends z.ZodType>(path: string, summary: string, body: B) {
  return route({
    method: 'POST',
    url: `${V}/disputes/:disputeId/${path}`,
    summary,
    tag,
    params: DisputeParams,
    body,
    response: DisputeAnswer,
  });
}

export const recordConsent = step(
  'consent',
  '登记当事人是否同意调解 / A party agrees or refuses',
  ConsentBody,
);
export const acceptDispute = step('accept', '受理调解 / Accept for mediation', AcceptBody);
export const assignMediators = step(
  'mediators',
  '指定或者选定调解员 / Assign or choose mediators',
  MediatorsBody,
);
export const keepRecord = step('records', '记录调解笔录 / Keep a mediation record', RecordBody);
export const reachAgreement = step(
  'agreement',
  '达成调解协议（书面或者口头） / Reach an agreement',
  AgreementBody,
);
export const signAgreement = step(
  'agreement/sign',
  '当事人签名按印、调解员签名、加盖印章 / Sign and seal',
  SignBody,
);
export const terminateMediation = step(
  'terminate',
  '终止调解并告知其他途径 / End mediation',
  EndBody,
);
export const applyConfirmation = step(
  'confirmation',
  '双方共同申请司法确认 / Apply jointly for judicial confirmation',
  ConfirmationBody,
);
export const recordCourtPapers = step(
  'confirmation/court',
  '录入人民法院的受理和裁定 / Enter the court’s papers',
  CourtPapersBody,
);
export const referToTown = step(
  'refer',
  '移交乡镇部门调处（三调联动） / Refer to a town department',
  ReferBody,
);
export const recordSuit = step('suit', '登记当事人起诉 / Record a suit', SuitBody);
export const recordJudgment = step(
  'judgment',
  '录入人民法院的判决或者调解书 / Enter the court’s judgment',
  CloseBody,
);
export const closeDispute = step('close', '履行完毕或者告知途径后结案 / Close', CloseBody);

export const exportDisputeLedger = route({
  method: 'GET',
  url: `${V}/disputes/ledger.xlsx`,
  summary: '导出人民调解台账（Excel） / Export the mediation ledger',
  tag,
  params: VillageParams,
  query: LedgerQuery,
  response: FileResponse,
  produces: XLSX,
});

export const exportTownDisputeLedger = route({
  method: 'GET',
  url: '/api/town/disputes.xlsx',
  summary: '导出全镇人民调解台账（Excel，各村合并） / Export the town’s combined mediation ledger',
  tag,
  query: LedgerQuery,
  response: FileResponse,
  produces: XLSX,
});
