/** Shapes of the points scheme's API, taken from the contract (packages/contract/src/points.ts). */
import type { z } from 'zod';
import type { BodyIn, ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/points';

export type Scheme = z.output<typeof contract.Scheme>;
export type Award = z.output<typeof contract.Award>;
export type Contest = z.output<typeof contract.Contest>;
export type Line = z.output<typeof contract.Line>;
export type Overview = ResponseOf<typeof contract.getPoints>;
export type Ledger = ResponseOf<typeof contract.getHouseholdLedger>;
export type OwnLedger = ResponseOf<typeof contract.getOwnPoints>;
export type Ranking = ResponseOf<typeof contract.getRanking>;
export type NoticeSheet = ResponseOf<typeof contract.getNoticeSheet>;
export type SchemeInput = BodyIn<typeof contract.draftScheme>;
export type AwardInput = BodyIn<typeof contract.proposeAward>;
export type DecisionInput = BodyIn<typeof contract.decideContest>;
export type PaperContestInput = BodyIn<typeof contract.lodgePaperContest>;

export const pointsApi = (villageId: string) => `/api/villages/${villageId}/points`;
export const myPointsApi = (villageId: string) => `/api/villages/${villageId}/my-points`;
export const pointsPage = (villageId: string) => `/v/${villageId}/points`;
