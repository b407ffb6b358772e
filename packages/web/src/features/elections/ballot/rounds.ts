import type { z } from 'zod';
import type { ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/elections';

/** The rounds of an election as a villager reads them (whether they voted, never what). */
export type Rounds = ResponseOf<typeof contract.getRounds>;
export type Round = z.output<typeof contract.RoundView>;

/** Where a voter casts their electronic ballot (light kit). */
export const ballotPage = (villageId: string, electionId: string) =>
  `/v/${villageId}/elections/${electionId}/ballot`;

/** The round a phone can vote in now: electronic, opened, not yet counted. */
export function openElectronicRound(rounds: Rounds | undefined): Round | undefined {
  return rounds?.rounds.findLast((r) => r.method === 'electronic' && r.openedOn && !r.countedOn);
}
