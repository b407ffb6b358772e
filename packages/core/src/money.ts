import { CAPITAL_NUMERALS, spokenInteger, writeInteger } from './chineseNumber.ts';

/**
 * Money: a whole number of fen (分) in a bigint, never a float. Parsed from what
 * people type (全角 digits, 千位 commas, ¥ and 元 allowed), stored in PostgreSQL
 * as numeric(14,2) (`toYuanText` / `fromYuanText`), and written out as
 * `¥450,000.00` in tables and `肆拾伍万元整` in formal notices (UX.md).
 */

export type Fen = bigint & { readonly __brand: 'Fen' };

/** Twelve digits of yuan: the numeric(14,2) column's range. */
export const MAX_FEN = 999_999_999_999_99n as Fen;

export type YuanProblem = 'money_invalid' | 'money_too_large';

/** What a person typed, as fen; `null` for an empty entry. */
export function parseYuan(text: string): { fen: Fen | null } | { problem: YuanProblem } {
  const plain = text
    .replace(/[０-９．，]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s/g, '')
    .replace(/^(?:人民币|RMB|CNY)?[¥￥]?/i, '')
    .replace(/元$/, '');
  if (plain === '') return { fen: null };
  if (!/^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?$/.test(plain))
    return { problem: 'money_invalid' };
  const [whole = '0', part = ''] = plain.replace(/,/g, '').split('.');
  const fen = BigInt(whole) * 100n + BigInt(part.padEnd(2, '0'));
  return fen > MAX_FEN ? { problem: 'money_too_large' } : { fen: fen as Fen };
}

/** Fen from a numeric(14,2) column's text (`'450000.00'`), as the database returns it. */
export function fromYuanText(text: string): Fen {
  const parsed = parseYuan(text);
  if (!('fen' in parsed) || parsed.fen === null) throw new Error(`not an amount: ${text}`);
  return parsed.fen;
}

/** `450000.00`, for a numeric(14,2) parameter. */
export function toYuanText(fen: Fen): string {
  return `${fen / 100n}.${(fen % 100n).toString().padStart(2, '0')}`;
}

/** `¥450,000.00` */
export function formatYuan(fen: Fen): string {
  const whole = (fen / 100n).toString().replace(/\B(?=(\d{3})+$)/g, ',');
  return `¥${whole}.${(fen % 100n).toString().padStart(2, '0')}`;
}

const DIGITS = CAPITAL_NUMERALS.digits;

/**
 * The amount in capitals, as the 支付结算办法 writes them: `肆拾伍万元整`,
 * `壹仟零伍元整`, `壹拾万柒仟元伍角叁分`, `叁佰元零伍分`. 整 follows 元 or 角,
 * never 分; a gap of zeros, also across 万 or 亿, is one 零.
 */
export function yuanInCapitals(fen: Fen): string {
  const whole = writeInteger(fen / 100n, CAPITAL_NUMERALS);
  const jiao = Number((fen / 10n) % 10n);
  const cents = Number(fen % 10n);
  if (whole === '' && jiao === 0 && cents === 0) return '零元整';
  let out = whole === '' ? '' : `${whole}元`;
  if (jiao > 0) out += `${DIGITS.charAt(jiao)}角`;
  else if (cents > 0 && whole !== '') out += '零';
  out += cents > 0 ? `${DIGITS.charAt(cents)}分` : '整';
  return out;
}

/**
 * The amount as it is said aloud (a loudspeaker, a phone call): `四十五万元`, `一千二百三十四元五角六分`,
 * `三元零五分`, `五角`, `零元`. No 整: a listener hears where the amount ends.
 */
export function spokenYuan(fen: Fen): string {
  const yuan = fen / 100n;
  const jiao = Number((fen / 10n) % 10n);
  const cents = Number(fen % 10n);
  let out = yuan > 0n || fen === 0n ? `${spokenInteger(yuan)}元` : '';
  if (jiao > 0) out += `${spokenInteger(jiao)}角`;
  else if (cents > 0 && yuan > 0n) out += '零';
  if (cents > 0) out += `${spokenInteger(cents)}分`;
  return out;
}
