/** Shapes of the bodies API, taken from the contract (packages/contract/src/bodies.ts). */
import type { z } from 'zod';
import type * as contract from '@cunzhi/contract/bodies';

/** A body on the governance map, with its term in force and its members today. */
export type BodyView = z.output<typeof contract.Body>;
export type BodyMember = z.output<typeof contract.BodyMember>;
