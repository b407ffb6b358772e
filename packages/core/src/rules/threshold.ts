/**
 * Threshold arithmetic exactly as RULES.md §0.2: integers only, by
 * cross-multiplication, never floating point. Chinese statutes count "以上"
 * inclusively (民法典 Art. 1259), so 半数以上 lets a tie pass while 过半数 does not.
 */
export type Threshold =
  /** 过半数 / 超过半数: strictly more than half. */
  | { kind: 'strictMajority' }
  /** X分之Y以上 / 不得少于: at least num/den of the base (inclusive). */
  | { kind: 'atLeast'; num: number; den: number };

export const STRICT_MAJORITY: Threshold = { kind: 'strictMajority' };
export const atLeast = (num: number, den: number): Threshold => ({ kind: 'atLeast', num, den });

/** Does a count reach the threshold of a base? */
export function meets(count: number, base: number, t: Threshold): boolean {
  if (t.kind === 'strictMajority') return count * 2 > base;
  return count * t.den >= base * t.num;
}

/** The smallest count that reaches the threshold (the "required" figure shown to people). */
export function required(base: number, t: Threshold): number {
  if (t.kind === 'strictMajority') return Math.floor(base / 2) + 1;
  return ceilDiv(base * t.num, t.den);
}

function ceilDiv(a: number, b: number): number {
  return Math.floor((a + b - 1) / b);
}

const CHINESE_NUMERALS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** How the statute words it: 过半数, 半数以上, 三分之二以上. */
export function thresholdWording(t: Threshold): { zh: string; en: string } {
  if (t.kind === 'strictMajority') return { zh: '过半数', en: 'more than half' };
  if (t.num * 2 === t.den) return { zh: '半数以上', en: 'at least half' };
  const zh = `${CHINESE_NUMERALS[t.den] ?? t.den}分之${CHINESE_NUMERALS[t.num] ?? t.num}以上`;
  return { zh, en: `at least ${t.num}/${t.den}` };
}

/**
 * Is `a` at least as demanding as `b` for every base? A village charter may
 * tighten a statutory threshold but never loosen it. An empty base (0) is
 * left out: 过半数 of nobody needs 1 and any X分之Y以上 needs 0, which would
 * make every fraction look looser than 过半数 (so 2/3 could never replace it).
 */
export function atLeastAsStrict(a: Threshold, b: Threshold): boolean {
  for (let base = 1; base <= 240; base++) if (required(base, a) < required(base, b)) return false;
  return true;
}
