/** Shapes of the registry API, taken from the contract (packages/contract/src/registry.ts). */
import type { z } from 'zod';
import type { BodyIn, ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/registry';

export type PersonView = z.output<typeof contract.PersonView>;
/** What a form sends for a person (the server's core checks give each field its meaning). */
export type PersonInput = BodyIn<typeof contract.addPerson>;
export type HouseholdListItem = z.output<typeof contract.HouseholdListItem>;
export type HouseholdDetail = ResponseOf<typeof contract.getHousehold>;
export type PersonResponse = ResponseOf<typeof contract.getPerson>;
export type HistoryItem = z.output<typeof contract.HistoryItem>;
export type Relative = z.output<typeof contract.Relative>;
export type CloseRelation = z.output<typeof contract.CloseRelation>;

/** A page of a list: its items and the total over every page. */
export type Page<T> = Omit<ResponseOf<typeof contract.listPersons>, 'items'> & { items: T[] };
