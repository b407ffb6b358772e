/** Shapes of the organisation's books API, from the contract (packages/contract/src/collectiveBooks.ts). */
import type { z } from 'zod';
import type { BodyIn, ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/collectiveBooks';

export type BooksOverview = ResponseOf<typeof contract.booksOverview>;
export type BankAccount = z.output<typeof contract.BankAccount>;
export type OrgVoucher = z.output<typeof contract.OrgVoucher>;
export type DerivativeRequest = z.output<typeof contract.DerivativeRequest>;
export type MyCollective = ResponseOf<typeof contract.myCollective>;
export type OpenAccountInput = BodyIn<typeof contract.openAccount>;
export type DerivativeRequestInput = BodyIn<typeof contract.recordDerivativeRequest>;

export const booksApi = (villageId: string) => `/api/villages/${villageId}/collective/books`;
export const myCollectiveApi = (villageId: string) => `/api/villages/${villageId}/collective/mine`;
