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

/** How a number is written out: everyday digits (一百零五) or the capitals of amounts (壹佰零伍). */
export interface NumeralStyle {
  /** The ten digits, 零 first. */
  digits: string;
  /** The place units within a four-digit section, ones first (the first is never written). */
  places: string;
}

export const EVERYDAY_NUMERALS: NumeralStyle = {
  digits: '零一二三四五六七八九',
  places: '个十百千',
};
export const CAPITAL_NUMERALS: NumeralStyle = {
  digits: '零壹贰叁肆伍陆柒捌玖',
  places: '个拾佰仟',
};

/** Sections of four digits: ones, 万, 亿, 万亿. */
const SECTIONS = ['', '万', '亿', '万亿'];

/** One four-digit section (1–9999), zeros inside it folded into one 零. */
function section(n: number, style: NumeralStyle): string {
  let out = '';
  let zero = false;
  for (let place = 3; place >= 0; place -= 1) {
    const d = Math.floor(n / 10 ** place) % 10;
    if (d === 0) {
      zero = out !== '';
      continue;
    }
    out += `${zero ? '零' : ''}${style.digits.charAt(d)}${place ? style.places.charAt(place) : ''}`;
    zero = false;
  }
  return out;
}

/**
 * A whole number written out in sections of 万 and 亿: 一千零五, 十万零一, 一亿. A gap of zeros,
 * also across 万 or 亿, is one 零; a leading 一十 stays as written (壹拾万 on a cheque; the
 * spoken form drops the 一, see `spokenInteger`). Zero is ''.
 */
export function writeInteger(n: bigint, style: NumeralStyle): string {
  const sections: number[] = [];
  for (let rest = n; rest > 0n; rest /= 10000n) sections.push(Number(rest % 10000n));
  let out = '';
  let gap = false;
  for (let i = sections.length - 1; i >= 0; i -= 1) {
    const s = sections[i] ?? 0;
    if (s === 0) {
      gap = out !== '';
      continue;
    }
    if (out !== '' && (gap || s < 1000)) out += '零';
    out += section(s, style) + (SECTIONS[i] ?? '');
    gap = false;
  }
  return out;
}

/**
 * A whole number as it is said aloud: 零, 十, 十一, 一百一十, 一千零五, 十万, 一万零一十. Only a
 * number's own leading 一十 is said 十; inside it (一百一十, 一万零一十) the 一 is said.
 */
export function spokenInteger(n: bigint | number): string {
  const value = BigInt(n);
  if (value === 0n) return '零';
  const written = writeInteger(value < 0n ? -value : value, EVERYDAY_NUMERALS);
  return `${value < 0n ? '负' : ''}${written.replace(/^一十/, '十')}`;
}

/** Digits read one by one, as a year (二〇二六) or a code; `yao` reads 一 as 幺, as phone numbers are. */
export function spokenDigits(digits: string, opts: { yao?: boolean } = {}): string {
  const names = opts.yao ? '〇幺二三四五六七八九' : '〇一二三四五六七八九';
  return digits.replace(/\d/g, (d) => names.charAt(Number(d)));
}
