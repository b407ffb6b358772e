/** Shapes of the audits API, taken from the contract (packages/contract/src/responsibilityAudits.ts). */
import type { z } from 'zod';
import type { BodyIn, ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/responsibilityAudits';

export type AuditsPage = ResponseOf<typeof contract.listAudits>;
export type AuditView = z.output<typeof contract.AuditView>;
export type AuditDemandView = z.output<typeof contract.AuditDemandView>;
export type AuditKind = z.output<typeof contract.AuditKind>;
export type AuditorKind = z.output<typeof contract.AuditorKind>;
export type ArrangeInput = BodyIn<typeof contract.arrangeAudit>;
export type ReportInput = BodyIn<typeof contract.reportAudit>;
export type DemandInput = BodyIn<typeof contract.createAuditDemand>;
