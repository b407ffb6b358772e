/** Shapes of the town inbox API, taken from the contract (packages/contract/src/townInbox.ts). */
import type { z } from 'zod';
import type { ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/townInbox';

export type ReferralStatus = z.output<typeof contract.ReferralStatus>;
export type ReferralAddressee = z.output<typeof contract.ReferralAddressee>;
export type ReferralSummary = z.output<typeof contract.ReferralSummary>;
export type ReferralDetail = z.output<typeof contract.ReferralDetail>;
export type InboxResponse = ResponseOf<typeof contract.listReferrals>;
export type ReferralResponse = ResponseOf<typeof contract.getReferral>;
export type ResendResponse = ResponseOf<typeof contract.resendComplainantSms>;
export type ComplainantView = ResponseOf<typeof contract.revealReferralComplainant>;
export type ReferralStep = z.output<typeof contract.ReferralStep>;
export type DepartmentsResponse = ResponseOf<typeof contract.listDepartments>;
export type CasesOverview = ResponseOf<typeof contract.casesOverview>;
export type CaseKindCounts = z.output<typeof contract.CaseKindCounts>;
export type CaseKind = (typeof contract.CASE_KINDS)[number];
