/** Shapes of the 民主评议 API, taken from the contract (packages/contract/src/evaluations.ts). */
import type { z } from 'zod';
import type { BodyIn, ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/evaluations';

export type Rating = z.output<typeof contract.Rating>;
export type RoundStatus = z.output<typeof contract.RoundStatus>;
export type RoundSummary = z.output<typeof contract.RoundSummary>;
export type CadreView = z.output<typeof contract.CadreView>;
export type RoundList = ResponseOf<typeof contract.listRounds>;
export type RoundDetail = ResponseOf<typeof contract.getRound>;
export type MySheet = ResponseOf<typeof contract.getMySheet>;
export type Evaluators = ResponseOf<typeof contract.listEvaluators>;
export type CreateRoundInput = BodyIn<typeof contract.createRound>;
export type PaperInput = BodyIn<typeof contract.enterPaperSheets>;

export const RATINGS: readonly Rating[] = ['competent', 'basicallyCompetent', 'incompetent'];

export const roundsPath = (villageId: string) => `/api/villages/${villageId}/evaluations`;
export const roundPath = (villageId: string, roundId: string) =>
  `${roundsPath(villageId)}/${roundId}`;
/** The evaluator's phone page (what the round page's QR code carries). */
export const sheetPagePath = (villageId: string, roundId: string) =>
  `/v/${villageId}/evaluations/${roundId}/sheet`;
