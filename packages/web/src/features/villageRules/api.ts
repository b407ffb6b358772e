/** Shapes of the village rules' API, taken from the contract (packages/contract/src/villageRules.ts). */
import type { z } from 'zod';
import type { ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/villageRules';

export type RulesList = ResponseOf<typeof contract.listRulesVersions>;
export type RulesVersion = ResponseOf<typeof contract.getRulesVersion>['version'];
export type RulesState = z.output<typeof contract.RulesState>;
export type RulesAction = z.output<typeof contract.RulesAction>;
export type OpinionChannel = z.output<typeof contract.OpinionChannel>;

export const rulesApi = (villageId: string) => `/api/villages/${villageId}/village-rules`;
export const rulesPath = (villageId: string) => `/v/${villageId}/village-rules`;

export const STATE_COLOR: Record<RulesState, string> = {
  collecting: 'processing',
  drafting: 'processing',
  inReview: 'warning',
  approved: 'cyan',
  adopted: 'blue',
  filed: 'blue',
  published: 'success',
  correctionOrdered: 'error',
  superseded: 'default',
};

export const OPINION_CHANNELS: readonly OpinionChannel[] = [
  'meeting',
  'paper',
  'phone',
  'visit',
  'box',
];

export type TownRules = ResponseOf<typeof contract.townRulesVersions>;
