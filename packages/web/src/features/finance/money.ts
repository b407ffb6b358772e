import { parseYuan } from '@cunzhi/core/money';

/** `450,000.00` from fen; negative (red-ink) amounts with a minus (core's, as messages write it). */
export { yuanText } from '@cunzhi/core/finance/voucher';

/** What a clerk typed in yuan, as fen: 0 when empty, null when it is not an amount. */
export function fenOf(text: string | undefined): number | null {
  const parsed = parseYuan(text ?? '');
  if ('problem' in parsed) return null;
  return parsed.fen === null ? 0 : Number(parsed.fen);
}
