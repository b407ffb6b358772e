/** Shapes of the petitions API, taken from the contract (packages/contract/src/petitions.ts). */
import type { z } from 'zod';
import type { BodyIn, ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/petitions';

export type PetitionStatus = z.output<typeof contract.PetitionStatus>;
export type PetitionAction = z.output<typeof contract.PetitionAction>;
export type PetitionSummary = z.output<typeof contract.PetitionSummary>;
export type PetitionDetail = z.output<typeof contract.PetitionDetail>;
export type PetitionListResponse = ResponseOf<typeof contract.listPetitions>;
export type OfficeListResponse = ResponseOf<typeof contract.officePetitions>;
export type PetitionResponse = ResponseOf<typeof contract.getPetition>;
export type RegisterPetitionInput = BodyIn<typeof contract.registerPetition>;
export type StepInput = BodyIn<typeof contract.stepPetition>;
export type DepartmentsResponse = ResponseOf<typeof contract.petitionDepartments>;
export type LetterResponse = ResponseOf<typeof contract.getPetitionLetter>;
export type LetterKind = z.output<typeof contract.LetterKind>;

export const petitionsApi = (villageId: string) => `/api/villages/${villageId}/petitions`;
export const petitionsPage = (villageId: string) => `/v/${villageId}/petitions`;
