import type { Fen } from '../../money.ts';

/**
 * The pool divided by shares to the fen (the remainder rule, docs/collective.md):
 * each payee first gets the floor of their exact share pool × shares ÷ total shares, in bigint;
 * the fen left over (fewer than the number of payees) go one each to the largest remainders,
 * equal remainders in register-number order. So the sum is exactly the pool, no payee is a fen
 * or more from their exact share, and more shares never get less.
 */
export interface Shareholding {
  /** the person's or household's id */
  payee: string;
  /** 成员名册 number; a household's is its first member's (breaks ties of equal remainders) */
  registerNo: number;
  /** whole share units */
  shares: bigint;
}

export interface Dividend {
  payee: string;
  registerNo: number;
  shares: bigint;
  amountFen: Fen;
}

export function allocate(poolFen: Fen, holdings: readonly Shareholding[]): Dividend[] {
  const total = holdings.reduce((sum, h) => sum + h.shares, 0n);
  if (total <= 0n) throw new Error('allocate: no shares');
  if (holdings.some((h) => h.shares < 0n)) throw new Error('allocate: negative shares');
  const rows = holdings.map((h) => {
    const exact = poolFen * h.shares;
    return { ...h, amount: exact / total, remainder: exact % total };
  });
  let left = poolFen - rows.reduce((sum, r) => sum + r.amount, 0n);
  const byRemainder = rows
    .filter((r) => r.remainder > 0n)
    .sort((a, b) =>
      a.remainder === b.remainder
        ? a.registerNo - b.registerNo
        : a.remainder > b.remainder
          ? -1
          : 1,
    );
  for (const r of byRemainder) {
    if (left === 0n) break;
    r.amount += 1n;
    left -= 1n;
  }
  return rows.map((r) => ({
    payee: r.payee,
    registerNo: r.registerNo,
    shares: r.shares,
    amountFen: r.amount as Fen,
  }));
}

/** A person's holding, for a plan paid per household. */
export interface PersonHolding {
  personId: string;
  householdId: string;
  registerNo: number;
  shares: bigint;
}

/** Holdings summed per household, each named by its earliest register number. */
export function byHousehold(holdings: readonly PersonHolding[]): Shareholding[] {
  const households = new Map<string, Shareholding>();
  for (const h of holdings) {
    const seen = households.get(h.householdId);
    if (!seen) {
      households.set(h.householdId, {
        payee: h.householdId,
        registerNo: h.registerNo,
        shares: h.shares,
      });
      continue;
    }
    seen.shares += h.shares;
    seen.registerNo = Math.min(seen.registerNo, h.registerNo);
  }
  return [...households.values()];
}
