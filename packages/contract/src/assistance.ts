import { z } from 'zod';
import { QuestionKind, QuestionView } from './disclosure.ts';
import { DateText, Instant, Names, Text, Uuid, VillageParams } from './common.ts';
import { VillageAbilities } from './villages.ts';
import { Ordered } from './services.ts';
import { route } from './route.ts';

/**
 * 代办: a cadre or a relative acts for a villager who is not online — a meeting check-in, a
 * service order, a question on a notice — under the villager's consent (a signed paper form
 * photographed, or a code texted to their phone), with a scope and an end date. Secret ballots
 * are never among the acts (the election's 委托投票 is its own path).
 */

const tag = 'assistance';
const V = '/api/villages/:villageId/assistance';

/** The acts a consent may cover; `vote` is named only to be refused with the law in words. */
export const AssistedAct = z.enum(['checkIn', 'serviceOrder', 'question']);
export const ConsentParams = VillageParams.extend({ consentId: Uuid });

export const ConsentTermsBody = z.object({
  /** The villager who consents. */
  personId: Uuid,
  /** Whom: the village's cadres, or one member of the villager's household. */
  agentKind: z.enum(['cadres', 'relative']),
  /** The relative (a cadre names them; a villager recording their own consent may leave it out). */
  agentPersonId: Uuid.optional(),
  acts: z.array(z.string().max(20)).max(5),
  endsOn: DateText,
});

export const ConsentBody = ConsentTermsBody.extend({
  evidence: z.enum(['paper', 'code']),
  /** With evidence `code`: the row sendConsentCode answered with, and the code the villager read out. */
  codeId: Uuid.optional(),
  code: z.string().max(12).optional(),
});

export const ConsentView = z.object({
  id: Uuid,
  person: z.object({ id: Uuid, name: z.string() }),
  agentKind: z.enum(['cadres', 'relative']),
  /** The relative's name, or null for the cadres. */
  agentName: z.string().nullable(),
  acts: z.array(AssistedAct),
  actNames: z.array(Names),
  endsOn: DateText,
  evidence: z.enum(['paper', 'code']),
  /** A paper consent holds once the photo of the signed form is attached. */
  formAttached: z.boolean(),
  recordedBy: z.string(),
  recordedOn: DateText,
  revokedOn: DateText.nullable(),
  /** In force today: not revoked, not expired, its evidence present. */
  inForce: z.boolean(),
});
export type ConsentView = z.output<typeof ConsentView>;

export const AssistedActView = z.object({
  id: Uuid,
  act: AssistedAct,
  actName: Names,
  person: z.object({ id: Uuid, name: z.string() }),
  /** What was done, in words: the meeting's title, the service, the notice. */
  subject: z.string(),
  agentName: z.string(),
  consentId: Uuid,
  evidence: z.enum(['paper', 'code']),
  doneAt: Instant,
});
export type AssistedActView = z.output<typeof AssistedActView>;

export const sendConsentCode = route({
  method: 'POST',
  url: `${V}/consent-codes`,
  summary:
    '向村民登记的手机号发送代办授权验证码（短信写明代办事项和期限）/ Text the villager a code that consents to the terms',
  tag,
  params: VillageParams,
  body: ConsentTermsBody,
  status: 201,
  response: z.object({ codeId: Uuid }),
});

export const recordConsent = route({
  method: 'POST',
  url: `${V}/consents`,
  summary:
    '登记村民的代办授权（签字授权书拍照或短信验证码）/ Record a villager’s consent (a signed form or a texted code)',
  tag,
  params: VillageParams,
  body: ConsentBody,
  status: 201,
  response: z.object({ consent: ConsentView }),
});

export const revokeConsent = route({
  method: 'POST',
  url: `${V}/consents/:consentId/revoke`,
  summary: '撤回代办授权（村民本人，或村干部据村民意愿）/ Revoke a consent',
  tag,
  params: ConsentParams,
  response: z.object({ consent: ConsentView }),
});

const Acted = z.object({ act: AssistedActView });

export const assistCheckIn = route({
  method: 'POST',
  url: `${V}/check-ins`,
  summary: '代村民会议签到（须有授权）/ Check a villager in at a meeting, with their consent',
  tag,
  params: VillageParams,
  body: z.object({ personId: Uuid, meetingId: Uuid }),
  status: 201,
  response: Acted,
});

export const assistServiceOrder = route({
  method: 'POST',
  url: `${V}/service-orders`,
  summary: '代村民服务点单（须有授权）/ Order a service for a villager, with their consent',
  tag,
  params: VillageParams,
  body: z.object({ personId: Uuid, itemId: Uuid, details: Text.trim().max(2000).optional() }),
  status: 201,
  response: Acted.extend({ request: Ordered }),
});

export const assistQuestion = route({
  method: 'POST',
  url: `${V}/questions`,
  summary: '代村民对公告提出质询或异议（须有授权）/ Ask a question on a notice for a villager',
  tag,
  params: VillageParams,
  body: z.object({
    personId: Uuid,
    noticeId: Uuid,
    kind: QuestionKind,
    text: z.string().trim().min(1).max(2000),
  }),
  status: 201,
  response: Acted.extend({ question: QuestionView }),
});

export const getAssistance = route({
  method: 'GET',
  url: V,
  summary: '村里的代办授权和代办记录（村干部）/ The village’s consents and assisted acts',
  tag,
  params: VillageParams,
  response: z.object({
    consents: z.array(ConsentView),
    acts: z.array(AssistedActView),
    abilities: VillageAbilities,
  }),
});

export const getOwnAssistance = route({
  method: 'GET',
  url: `${V}/mine`,
  summary:
    '我的代办记录：别人为我办的事、我给的授权，以及我为家人办的事 / What was done on my behalf, my consents',
  tag,
  params: VillageParams,
  response: z.object({
    /** Done for me. */
    actsForMe: z.array(AssistedActView),
    /** My consents (I may revoke those in force). */
    myConsents: z.array(ConsentView),
    /** Consents my household members gave me, and what I did under them. */
    givenToMe: z.array(ConsentView),
  }),
});
