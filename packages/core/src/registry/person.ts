import type { CalendarDate } from '../calendarDate.ts';

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];

/** 与户主关系 — relation to the head of household, as household registers record it. */
export const RELATIONS_TO_HEAD = [
  'head',
  'spouse',
  'child',
  'childInLaw',
  'grandchild',
  'parent',
  'parentInLaw',
  'grandparent',
  'sibling',
  'other',
] as const;
export type RelationToHead = (typeof RELATIONS_TO_HEAD)[number];

/** 户籍/居住状态: resident, migrant-out (外出), moved-in (迁入/流入). */
export const RESIDENCE_STATUSES = ['resident', 'migrantOut', 'movedIn'] as const;
export type ResidenceStatus = (typeof RESIDENCE_STATUSES)[number];

/** A person's own registry fields (what a form or a roster row carries). */
export interface PersonFields {
  name: string;
  gender: Gender;
  birthDate: CalendarDate;
  residentIdNumber: string | null;
  phone: string | null;
  relationToHead: RelationToHead;
  residenceStatus: ResidenceStatus;
  /** Date the current residence status began (left for work, moved in, …). */
  residenceSince: CalendarDate | null;
  partyMember: boolean;
  partyJoinedOn: CalendarDate | null;
}

export interface Person extends PersonFields {
  id: string;
  villageId: string;
  householdId: string;
}

export interface Household {
  id: string;
  villageId: string;
  number: string;
  villagerGroupId: string;
  gridId: string | null;
  address: string;
}

export const PHONE_PATTERN = /^1[3-9]\d{9}$/;

export const ADULT_AGE = 18;
