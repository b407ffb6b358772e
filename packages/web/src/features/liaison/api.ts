/** Shapes of the grid liaison API, taken from the contract (packages/contract/src/liaison.ts). */
import type { z } from 'zod';
import type { BodyIn, ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/liaison';

export type LiaisonCategory = z.output<typeof contract.LiaisonCategory>;
export type LiaisonUrgency = z.output<typeof contract.LiaisonUrgency>;
export type LiaisonState = z.output<typeof contract.LiaisonState>;
export type LiaisonAction = z.output<typeof contract.LiaisonAction>;
export type Rating = z.output<typeof contract.Rating>;
export type RouteBody = z.output<typeof contract.RouteBody>;
export type CaseSummary = z.output<typeof contract.CaseSummary>;
export type CaseDetail = z.output<typeof contract.CaseDetail>;
export type CaseStep = z.output<typeof contract.CaseStep>;
export type OwnCase = z.output<typeof contract.OwnCase>;
export type CasesResponse = ResponseOf<typeof contract.listCases>;
export type CaseResponse = ResponseOf<typeof contract.getCase>;
export type StepCaseInput = BodyIn<typeof contract.stepCase>;
export type CaseReceipt = ResponseOf<typeof contract.raiseOwnIssue>;
export type RaiseOwnInput = BodyIn<typeof contract.raiseOwnIssue>;
export type RaiseForInput = BodyIn<typeof contract.raiseIssueFor>;
export type OwnCasesResponse = ResponseOf<typeof contract.listOwnCases>;
export type DutiesResponse = ResponseOf<typeof contract.listDuties>;
export type DefineDutyInput = BodyIn<typeof contract.defineDuty>;
export type LinksResponse = ResponseOf<typeof contract.listLinks>;
export type OwnVisitsResponse = ResponseOf<typeof contract.listOwnVisits>;
export type LogVisitInput = BodyIn<typeof contract.logVisit>;
export type VisitReceipt = ResponseOf<typeof contract.logVisit>;

// the lists from core's words of 民情 (a module with no imports, light on the phone)
export {
  LIAISON_CATEGORIES as CATEGORIES,
  LIAISON_URGENCIES as URGENCIES,
  ROUTE_BODIES,
} from '@cunzhi/core/liaison/terms';
