/**
 * Chinese numbers as names and articles write them: 三, 十一, 二十六, 一百零三,
 * 两百 — and the order of names that carry one (第一网格 < 第二网格 < … <
 * 第十网格 < 第十一网格), which text order gets wrong (十一 sorts before 二).
 */

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  二: 2,
  两: 2,
  贰: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/** The characters a Chinese number below ten thousand is written with. */
export const CHINESE_NUMBER = /[零〇一壹二两贰三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟]+/;

/** 十一 → 11, 二十六 → 26, 一百零三 → 103, 两百 → 200; null for anything else. */
export function parseChineseNumber(text: string): number | null {
  if (!text || !new RegExp(`^${CHINESE_NUMBER.source}$`).test(text)) return null;
  let total = 0;
  let digit: number | null = null;
  for (const ch of text) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      digit = digit === null ? d : digit * 10 + d; // 二〇二六-style digit runs
      continue;
    }
    const unit = UNITS[ch]!;
    total += (digit ?? 1) * unit; // 十一: a leading 十 is 一十
    digit = null;
  }
  return total + (digit ?? 0);
}

/** The first number in a name, Arabic or Chinese: 第十一网格 → 11, 3组 → 3; null if none. */
export function numberIn(name: string): number | null {
  const m = new RegExp(`(\\d+)|(${CHINESE_NUMBER.source})`).exec(name);
  if (!m) return null;
  return m[1] !== undefined ? Number(m[1]) : parseChineseNumber(m[2]!);
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

/**
 * Names in their counted order: by the number they carry (第一 < 第二 < … <
 * 第十 < 第十一), then as text; names without a number after those with one.
 */
export function compareByNumber(a: string, b: string): number {
  const na = numberIn(a);
  const nb = numberIn(b);
  if (na !== null && nb !== null && na !== nb) return na - nb;
  if (na === null && nb !== null) return 1;
  if (na !== null && nb === null) return -1;
  return collator.compare(a, b);
}
