import type { DepartmentKind } from '@cunzhi/core/townInbox/referrals';
import type { Body, BodyTerm, Membership } from '@cunzhi/core/bodies/membership';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { StaffUnit, VillageRole } from '@cunzhi/core/policies/actor';
import type { KinTie } from '@cunzhi/core/registry/kinship';
import type { Household, Person } from '@cunzhi/core/registry/person';

/**
 * Plain records of the demo county, one interface per table of the
 * foundation schema (camelCase of its columns), so the seeder only maps
 * fields to columns.
 */
export interface DemoCountyRecord {
  id: string;
  name: string;
  /** 6-digit administrative division code (县级行政区划代码). */
  code: string;
}

export interface DemoTown {
  id: string;
  countyId: string;
  name: string;
  /** 9-digit statistical code (乡级). */
  code: string;
}

export interface DemoVillage {
  id: string;
  townId: string;
  name: string;
  kind: 'village' | 'community';
  /** 12-digit statistical code (村级): 0xx–1xx communities, 2xx villages. */
  code: string;
  /** 6-digit area code, the first six digits of natives' 身份证 numbers. */
  areaCode: string;
}

export interface DemoVillagerGroup {
  villageId: string;
  id: string;
  number: number;
  name: string;
}

export interface DemoGrid {
  villageId: string;
  id: string;
  name: string;
  /** 网格员/片长: lives in one of the grid's households. */
  chiefPersonId: string;
}

/** A family tie the household register does not show (kin_tie row). */
export type DemoKinTie = KinTie & { villageId: string; id: string };

export type DemoBodyTerm = BodyTerm & { villageId: string };
/**
 * A seat, with the member's recorded 财会/管理 knowledge (VCOL Art. 32: the
 * supervision committee needs at least one such member).
 */
export type DemoMembership = Membership & {
  villageId: string;
  qualifications: Array<'accounting' | 'management'>;
};

/** A ready-made sign-in for trying the product in one role. */
export interface DemoAccount {
  id: string;
  kind: 'villager' | 'staff';
  phone: string;
  password: string;
  displayName: string;
  role: VillageRole;
  roleLabel: { zh: string; en: string };
  /** Villager accounts: the village and person they belong to; staff: null. */
  villageId: string | null;
  personId: string | null;
  /** Staff accounts: the town or county they serve; villagers: null. */
  staffScope: {
    level: 'town' | 'county';
    id: string;
    title: string;
    unit: StaffUnit;
    /** The town department the official works in (features/townInbox), if any. */
    department?: DepartmentKind;
  } | null;
}

export interface DemoCounty {
  seed: number;
  today: CalendarDate;
  county: DemoCountyRecord;
  towns: DemoTown[];
  villages: DemoVillage[];
  villagerGroups: DemoVillagerGroup[];
  grids: DemoGrid[];
  households: Household[];
  persons: Person[];
  kinTies: DemoKinTie[];
  bodies: Body[];
  bodyTerms: DemoBodyTerm[];
  memberships: DemoMembership[];
  accounts: DemoAccount[];
  /** The village modelled on seed 002 (花乡社区): 15 groups, 4,185 people, 93 Party members. */
  showcaseVillageId: string;
}

export interface DemoCounts {
  towns: number;
  villages: number;
  villagerGroups: number;
  grids: number;
  households: number;
  persons: number;
  kinTies: number;
  bodies: number;
  bodyTerms: number;
  memberships: number;
  accounts: number;
}

export function countDemoCounty(county: DemoCounty): DemoCounts {
  return {
    towns: county.towns.length,
    villages: county.villages.length,
    villagerGroups: county.villagerGroups.length,
    grids: county.grids.length,
    households: county.households.length,
    persons: county.persons.length,
    kinTies: county.kinTies.length,
    bodies: county.bodies.length,
    bodyTerms: county.bodyTerms.length,
    memberships: county.memberships.length,
    accounts: county.accounts.length,
  };
}
