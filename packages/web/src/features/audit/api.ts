/** Shapes of the audit API, taken from the contract (packages/contract/src/audit.ts). */
import type { z } from 'zod';
import type * as contract from '@cunzhi/contract/audit';

export { AUDIT_KINDS, type AuditKind } from '@cunzhi/core/audit/kinds';

export type AuditEvent = z.output<typeof contract.AuditEvent>;
export type AuditVerdict = z.output<typeof contract.AuditVerdict>;
