import type { RuleParams } from '../../rules/profile.ts';

/**
 * 党费 standard (《关于中国共产党党费收缴、使用和管理的规定》, 一、党费的收缴): what a Party member
 * pays a month, by the basis the branch recorded for them.
 * - 在职 (salaried): a share of the monthly wage after tax, by band — up to ¥3,000 0.5%, to ¥5,000
 *   1%, to ¥10,000 1.5%, above 2% (each band includes its upper bound: "3000元以下（含3000元）");
 * - 离退休 (retired): of the pension, up to ¥5,000 0.5%, above 1%;
 * - 农民党员 (farmers): a fixed ¥0.2–¥1 a month, the branch's figure within that range;
 * - 学生、下岗失业、依靠抚恤或救济生活、领取最低生活保障金的党员 (reduced): ¥0.2 a month.
 * The bands and rates are profile data (`PARTY-DUES`), so a later notice changes numbers, not code.
 * A member may always pay more than the standard (自愿多交党费不限).
 */
export const DUES_BASIS_KINDS = ['salaried', 'retired', 'farmer', 'reduced'] as const;
export type DuesBasisKind = (typeof DUES_BASIS_KINDS)[number];

/** Kinds whose standard is a share of a monthly income (the income must be recorded). */
export const INCOME_BASED: ReadonlySet<DuesBasisKind> = new Set(['salaried', 'retired']);

export interface DuesBasis {
  kind: DuesBasisKind;
  /** 税后月工资 or 月离退休费 in fen; null for the fixed kinds. */
  monthlyIncomeFen: number | null;
}

/** A rate in basis points (50 = 0.5%) of an income in fen, rounded half up to the fen (四舍五入到分). */
export function shareOf(incomeFen: number, basisPoints: number): number {
  // integers all the way: fen × bp is exact well past any wage
  return Math.floor((incomeFen * basisPoints + 5_000) / 10_000);
}

/** The rate, in basis points, of the band a salaried income falls in (bounds inclusive). */
export function salariedRate(incomeFen: number, p: RuleParams['PARTY-DUES']): number {
  if (incomeFen <= p.salariedUpTo1Fen) return p.salariedRate1Bp;
  if (incomeFen <= p.salariedUpTo2Fen) return p.salariedRate2Bp;
  if (incomeFen <= p.salariedUpTo3Fen) return p.salariedRate3Bp;
  return p.salariedRateTopBp;
}

/** The rate, in basis points, for a pension (bound inclusive). */
export function retiredRate(incomeFen: number, p: RuleParams['PARTY-DUES']): number {
  return incomeFen <= p.retiredUpToFen ? p.retiredRateBp : p.retiredRateTopBp;
}

/** The monthly dues in fen the standard asks of this basis. */
export function monthlyDues(basis: DuesBasis, params: RuleParams): number {
  const p = params['PARTY-DUES'];
  switch (basis.kind) {
    case 'salaried':
      return shareOf(basis.monthlyIncomeFen ?? 0, salariedRate(basis.monthlyIncomeFen ?? 0, p));
    case 'retired':
      return shareOf(basis.monthlyIncomeFen ?? 0, retiredRate(basis.monthlyIncomeFen ?? 0, p));
    case 'farmer':
      return p.farmerFen;
    case 'reduced':
      return p.reducedFen;
  }
}
