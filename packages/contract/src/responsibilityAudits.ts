import { z } from 'zod';
import { AUDIT_KINDS, AUDITOR_KINDS } from '@cunzhi/core/responsibilityAudits/items';
import { DateText, Instant, Names, Uuid, VillageParams } from './common.ts';
import { Budget } from './matters.ts';
import { CitationView, FindingView } from './meetings.ts';
import { VillageAbilities } from './villages.ts';
import { route } from './route.ts';

/**
 * 经济责任审计 (VCOL-35-AUDIT): term and departure audits of the villagers' committee,
 * audits of other items that one fifth of the villagers demand (signatures collected as
 * for a demanded meeting), their findings and publication; findings of the rule that a
 * departure audit is published before the next election.
 */

const tag = 'responsibilityAudits';
const V = '/api/villages/:villageId';

export const AuditKind = z.enum(AUDIT_KINDS);
export const AuditorKind = z.enum(AUDITOR_KINDS);
export const AuditStatus = z.enum(['arranged', 'reported', 'published']);
export const AuditDemandStatus = z.enum(['collecting', 'accepted', 'arranged']);

export const AuditParams = VillageParams.extend({ auditId: Uuid });
export const AuditDemandParams = VillageParams.extend({ demandId: Uuid });

export const AuditItemView = z.object({ id: z.string(), name: Names });

export const AuditAmountView = z.object({
  label: z.string(),
  amount: Budget,
  amountFen: z.number(),
});

export const AuditView = z.object({
  id: Uuid,
  number: z.number(),
  kind: AuditKind,
  kindName: Names,
  subject: z.string(),
  term: z.object({ id: Uuid, startsOn: DateText, endsOn: DateText }).nullable(),
  demandId: Uuid.nullable(),
  persons: z.array(z.object({ personId: Uuid, name: z.string() })),
  periodFrom: DateText,
  periodTo: DateText,
  /** The items audited, in the words of the text of the law in force on the period's last day. */
  items: z.array(AuditItemView),
  auditor: z.object({ kind: AuditorKind, kindName: Names, name: z.string() }),
  arrangedOn: DateText,
  status: AuditStatus,
  reportedOn: DateText.nullable(),
  conclusion: z.string(),
  amounts: z.array(AuditAmountView),
  publishedOn: DateText.nullable(),
  /** The results notice on the board and the portal, once published. */
  noticeId: Uuid.nullable(),
});

export const AuditDemandView = z.object({
  id: Uuid,
  subject: z.string(),
  reason: z.string(),
  status: AuditDemandStatus,
  acceptedOn: DateText.nullable(),
  createdAt: Instant,
  /** Signatures so far, the base (villagers aged 18+ today) and the number one fifth needs. */
  signatures: z.number(),
  base: z.number(),
  required: z.number(),
  met: z.boolean(),
  signedByMe: z.boolean(),
  /** The audit arranged for it, once there is one. */
  auditId: Uuid.nullable(),
});

/** A term of the villagers' committee an audit may cover, with its members. */
export const CommitteeTermView = z.object({
  id: Uuid,
  bodyName: z.string(),
  startsOn: DateText,
  endsOn: DateText,
  members: z.array(z.object({ personId: Uuid, name: z.string(), left: z.boolean() })),
});

export const AuditsPage = z.object({
  on: DateText,
  audits: z.array(AuditView),
  demands: z.array(AuditDemandView),
  terms: z.array(CommitteeTermView),
  /** The items of the text of the law in force today (an audit's own follow its period). */
  items: z.array(AuditItemView),
  findings: z.array(FindingView),
  citations: z.array(CitationView),
  abilities: VillageAbilities,
});

const Amount = z.object({
  label: z.string().trim().min(1).max(100),
  /** As typed, in yuan: `12,345.00`. */
  amount: z.string().max(40),
});

export const ArrangeAuditBody = z.object({
  kind: AuditKind,
  termId: Uuid.optional(),
  demandId: Uuid.optional(),
  /** Defaults: the term's members (a departure audit: those who left), the demand's subject. */
  personIds: z.array(Uuid).max(20).optional(),
  subject: z.string().trim().max(200).optional(),
  periodFrom: DateText,
  periodTo: DateText,
  items: z.array(z.string().max(40)).min(1).max(10),
  auditorKind: AuditorKind,
  auditorName: z.string().trim().min(1).max(100),
  arrangedOn: DateText.optional(),
});

export const ReportAuditBody = z.object({
  reportedOn: DateText,
  conclusion: z.string().trim().min(1).max(8000),
  amounts: z.array(Amount).max(50).optional(),
});

export const PublishAuditBody = z.object({ publishedOn: DateText.optional() });

export const AuditDemandBody = z.object({
  subject: z.string().trim().min(1).max(200),
  reason: z.string().trim().max(2000).optional(),
});

export const PaperSignaturesBody = z.object({ personIds: z.array(Uuid).min(1).max(2000) });

const answer = z.object({ audit: AuditView });
const demandAnswer = z.object({ demand: AuditDemandView });

export const listAudits = route({
  method: 'GET',
  url: `${V}/responsibility-audits`,
  summary: '经济责任审计与村民要求审计 / Responsibility audits and villagers’ demands',
  tag,
  params: VillageParams,
  response: AuditsPage,
});

export const arrangeAudit = route({
  method: 'POST',
  url: `${V}/responsibility-audits`,
  summary: '安排经济责任审计 / Arrange an audit',
  tag,
  params: VillageParams,
  body: ArrangeAuditBody,
  response: answer,
  status: 201,
});

export const reportAudit = route({
  method: 'POST',
  url: `${V}/responsibility-audits/:auditId/report`,
  summary: '记录审计结论 / Record the audit’s findings',
  tag,
  params: AuditParams,
  body: ReportAuditBody,
  response: answer,
});

export const publishAudit = route({
  method: 'POST',
  url: `${V}/responsibility-audits/:auditId/publish`,
  summary: '公布审计结果 / Publish the audit’s results',
  tag,
  params: AuditParams,
  body: PublishAuditBody,
  response: answer,
});

export const createAuditDemand = route({
  method: 'POST',
  url: `${V}/audit-demands`,
  summary: '发起村民联名要求审计 / Start a villagers’ demand for an audit',
  tag,
  params: VillageParams,
  body: AuditDemandBody,
  response: demandAnswer,
  status: 201,
});

export const signAuditDemand = route({
  method: 'POST',
  url: `${V}/audit-demands/:demandId/signatures`,
  summary: '在审计要求上签名 / Sign a demand for an audit',
  tag,
  params: AuditDemandParams,
  response: demandAnswer,
});

export const recordAuditPaperSignatures = route({
  method: 'POST',
  url: `${V}/audit-demands/:demandId/paper-signatures`,
  summary: '录入纸质联名签名 / Enter signatures collected on paper',
  tag,
  params: AuditDemandParams,
  body: PaperSignaturesBody,
  response: demandAnswer,
});
