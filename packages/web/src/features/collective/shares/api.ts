/** Shapes of the shares API, from the contract (packages/contract/src/collectiveShares.ts). */
import type { z } from 'zod';
import type { BodyIn, ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/collectiveShares';

export type SharesRegister = ResponseOf<typeof contract.getShares>;
export type Holder = z.output<typeof contract.Holder>;
export type Certificate = z.output<typeof contract.Certificate>;
export type ShareEntry = z.output<typeof contract.ShareEntry>;
export type ShareFile = z.output<typeof contract.ShareFile>;
export type RegisterImportJob = ResponseOf<typeof contract.getShareRegisterImport>;
export type CertificatePrint = ResponseOf<typeof contract.getCertificatePrint>;
export type TransferInput = BodyIn<typeof contract.transferShares>;
export type InheritInput = BodyIn<typeof contract.inheritShares>;
export type GrantInput = BodyIn<typeof contract.grantNewbornShares>;

export const sharesApi = (villageId: string, orgId: string) =>
  `/api/villages/${villageId}/collective/orgs/${orgId}/shares`;
export const sharesPage = (villageId: string) => `/v/${villageId}/collective/shares`;
export const certificatePrintPage = (villageId: string, orgId: string, certificateId: string) =>
  `/v/${villageId}/collective/orgs/${orgId}/shares/certificates/${certificateId}/print`;
