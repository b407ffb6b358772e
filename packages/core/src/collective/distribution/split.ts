import type { Fen } from '../../money.ts';

/**
 * NJJ-42-DIST (《农村集体经济组织法》第四十二条): the year's distributable income goes
 * first to the reserve and welfare fund (公积公益金) at the charter's rate, then to what the
 * charter pays the villagers' committee (seed 002's 公益建设资金), and what is left is divided
 * by the members' quantified shares.
 *
 * Rates are basis points (1/10,000) of the income, as the charter states them, and every sum is
 * whole fen in bigint: the reserve is rounded UP to the fen, so the law's first claim is never
 * short by a rounding; the committee's rate is rounded down, so its rounding never comes out of
 * the members' pool.
 */
export interface DistributionTerms {
  /** 公积公益金比例 */
  reserveRateBp: number;
  committeePayment:
    { kind: 'none' } | { kind: 'rate'; rateBp: number } | { kind: 'fixed'; fen: Fen };
}

export interface IncomeSplit {
  incomeFen: Fen;
  reserveFen: Fen;
  committeeFen: Fen;
  /** What is divided by shares. */
  poolFen: Fen;
}

export type SplitProblem =
  /** nothing to distribute */
  | { problem: 'income_not_positive' }
  /** the committee's payment is more than what remains after the reserve */
  | { problem: 'committee_exceeds_income'; afterReserveFen: Fen; committeeFen: Fen };

const BP = 10_000n;

export function splitIncome(incomeFen: Fen, terms: DistributionTerms): IncomeSplit | SplitProblem {
  if (incomeFen <= 0n) return { problem: 'income_not_positive' };
  const reserve = (incomeFen * BigInt(terms.reserveRateBp) + BP - 1n) / BP;
  const afterReserve = incomeFen - reserve;
  const payment = terms.committeePayment;
  let committee = 0n;
  if (payment.kind === 'rate') committee = (incomeFen * BigInt(payment.rateBp)) / BP;
  if (payment.kind === 'fixed') committee = payment.fen;
  if (committee > afterReserve)
    return {
      problem: 'committee_exceeds_income',
      afterReserveFen: afterReserve as Fen,
      committeeFen: committee as Fen,
    };
  return {
    incomeFen,
    reserveFen: reserve as Fen,
    committeeFen: committee as Fen,
    poolFen: (afterReserve - committee) as Fen,
  };
}
