/** Shapes of the dues API, taken from the contract (packages/contract/src/partyDues.ts). */
import type { z } from 'zod';
import type { ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/partyDues';
import { formatYuan, parseYuan, type Fen } from '@cunzhi/core/money';

export type DuesOverview = ResponseOf<typeof contract.getDues>;
export type DuesMember = DuesOverview['members'][number];
export type DuesStatement = ResponseOf<typeof contract.getDuesStatement>;
export type OwnDues = ResponseOf<typeof contract.getOwnDues>;
export type DuesBasisKind = z.output<typeof contract.DuesBasisKind>;
export type PaymentMethod = z.output<typeof contract.PaymentMethod>;

export { DUES_BASIS_KINDS } from '@cunzhi/core/party/dues/standard';
export const PAYMENT_METHODS: readonly PaymentMethod[] = ['cash', 'transfer', 'online'];

export const duesApi = (villageId: string) => `/api/villages/${villageId}/party/dues`;
export const duesPage = (villageId: string) => `/v/${villageId}/party/dues`;

export const yuan = (fen: number): string => formatYuan(BigInt(fen) as Fen);

/** A yuan amount typed in a form (checked by `isYuan` first), in fen; null when empty. */
export function fenOf(text: string | undefined): number | null {
  const parsed = parseYuan(text ?? '');
  return 'fen' in parsed && parsed.fen !== null ? Number(parsed.fen) : null;
}

export function isYuan(text: string | undefined): boolean {
  return 'fen' in parseYuan(text ?? '');
}

/** The months around today for the payment form: a year back, two ahead (预交). */
export function monthChoices(today: string): string[] {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  const out: string[] = [];
  for (let d = -11; d <= 2; d += 1) {
    const index = y * 12 + m - 1 + d;
    out.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);
  }
  return out;
}
