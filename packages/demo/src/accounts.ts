import type { DepartmentKind } from '@cunzhi/core/townInbox/referrals';
import type { BodyKind, MemberRole } from '@cunzhi/core/bodies/bodyKinds';
import { currentMembers, type Body } from '@cunzhi/core/bodies/membership';
import { ageOn, type CalendarDate } from '@cunzhi/core/calendarDate';
import { VILLAGE_ROLE_NAMES, type StaffUnit, type VillageRole } from '@cunzhi/core/policies/actor';
import type { Household, Person } from '@cunzhi/core/registry/person';
import { randomFullName } from './names.ts';
import type { Rng } from './rng.ts';
import type {
  DemoAccount,
  DemoBodyTerm,
  DemoCountyRecord,
  DemoGrid,
  DemoMembership,
  DemoTown,
  DemoVillage,
} from './types.ts';

/** One shared password for every demo account: memorable, and accepted by isAcceptablePassword. */
export const DEMO_PASSWORD = 'cunzhi2026';

/**
 * One account per role, with fixed memorable phone numbers (the 138 0000 00xx block no villager
 * gets). A staff account's unit: the government's (default) or the town discipline commission's
 * (镇纪委, which alone reads the referrals about cadres: features/townInbox).
 */
export const DEMO_ACCOUNT_SPECS: ReadonlyArray<{
  phone: string;
  role: VillageRole;
  unit?: StaffUnit;
  department?: DepartmentKind;
}> = [
  { phone: '13800000001', role: 'partySecretary' },
  { phone: '13800000002', role: 'committeeChair' },
  { phone: '13800000003', role: 'councilMember' },
  { phone: '13800000004', role: 'representative' },
  { phone: '13800000005', role: 'supervisionChair' },
  { phone: '13800000006', role: 'villager' },
  { phone: '13800000007', role: 'townOfficial' },
  { phone: '13800000008', role: 'countyOfficial' },
  { phone: '13800000009', role: 'townOfficial', unit: 'discipline' },
  // officials of three of the town's departments (issue 13: the town inbox per department)
  { phone: '13800000010', role: 'townOfficial', department: 'civilAffairs' },
  { phone: '13800000011', role: 'townOfficial', department: 'petitionOffice' },
  { phone: '13800000012', role: 'townOfficial', department: 'justice' },
  { phone: '13800000013', role: 'mediator' },
  // the demo villager's own grid chief (片长): signs for and handles the grid's 民情
  { phone: '13800000014', role: 'gridChief' },
];

/**
 * The departments every demo town has (乡镇 "七站八所"), named as towns name them; the first six
 * take the showcase station's six windows (seed 002: 计生服务, 民政事务, 劳保就业, 建设管理,
 * 文化卫生, 城管执法) when it hands a service up.
 */
export const DEMO_DEPARTMENTS: ReadonlyArray<{ kind: DepartmentKind; name: string }> = [
  { kind: 'health', name: '卫生健康办公室' },
  { kind: 'civilAffairs', name: '民政办' },
  { kind: 'socialSecurity', name: '劳动保障所' },
  { kind: 'construction', name: '村镇建设办公室' },
  { kind: 'culture', name: '文化站' },
  { kind: 'lawEnforcement', name: '综合行政执法队' },
  { kind: 'petitionOffice', name: '信访办' },
  { kind: 'justice', name: '司法所' },
  { kind: 'agriculture', name: '农业农村办公室' },
  { kind: 'comprehensive', name: '综治中心' },
];

const DEPARTMENT_EN: Record<DepartmentKind, string> = {
  health: 'health office',
  civilAffairs: 'civil affairs office',
  socialSecurity: 'labour and social security office',
  construction: 'construction office',
  culture: 'cultural station',
  lawEnforcement: 'law enforcement team',
  petitionOffice: 'petitions office',
  justice: 'justice office',
  agriculture: 'agriculture office',
  comprehensive: 'social governance centre',
};

/** How a demo account's role is named on the sign-in list: the discipline unit by its own name. */
export function demoRoleLabel(spec: {
  role: VillageRole;
  unit?: StaffUnit;
  department?: DepartmentKind;
}): {
  zh: string;
  en: string;
} {
  if (spec.unit === 'discipline') return { zh: '镇纪委', en: 'Town discipline commission' };
  const department = DEMO_DEPARTMENTS.find((d) => d.kind === spec.department);
  if (department)
    return { zh: `镇${department.name}`, en: `Town ${DEPARTMENT_EN[department.kind]}` };
  return VILLAGE_ROLE_NAMES[spec.role];
}

export interface ShowcaseFacts {
  village: DemoVillage;
  town: DemoTown;
  county: DemoCountyRecord;
  persons: readonly Person[];
  bodies: readonly Body[];
  terms: readonly DemoBodyTerm[];
  memberships: readonly DemoMembership[];
  grids: readonly DemoGrid[];
  households: readonly Household[];
  today: CalendarDate;
}

/**
 * Picks the persons behind the villager accounts from the showcase
 * community's current seats — the council member and the representative hold
 * no other seat, the villager none at all, so each account shows one role's
 * view — and gives them the demo phone numbers.
 */
export function demoAccounts(rng: Rng, facts: ShowcaseFacts): DemoAccount[] {
  const serving = currentSeats(facts);
  const seatsOf = new Map<string, Array<{ kind: BodyKind; role: MemberRole }>>();
  for (const s of serving) seatsOf.set(s.personId, [...(seatsOf.get(s.personId) ?? []), s]);
  const people = new Map(facts.persons.map((p) => [p.id, p]));
  const holder = (kind: BodyKind, role: MemberRole, only = false): Person => {
    const ids = serving
      .filter(
        (s) =>
          s.kind === kind && s.role === role && (!only || seatsOf.get(s.personId)!.length === 1),
      )
      .map((s) => s.personId);
    if (ids.length === 0)
      throw new Error(`demo: nobody holds ${kind}/${role}${only ? ' alone' : ''}`);
    return people.get(rng.pick(ids))!;
  };
  const everSeated = new Set(facts.memberships.map((m) => m.personId));
  const chiefs = new Set(facts.grids.map((g) => g.chiefPersonId));
  const plain = facts.persons.filter((p) => {
    const age = ageOn(p.birthDate, facts.today);
    return (
      age >= 30 &&
      age <= 60 &&
      p.residenceStatus === 'resident' &&
      !p.partyMember &&
      !everSeated.has(p.id) &&
      !chiefs.has(p.id)
    );
  });

  const persons: Partial<Record<VillageRole, Person>> = {
    partySecretary: holder('partyBranch', 'secretary'),
    committeeChair: holder('villagersCommittee', 'chair'),
    councilMember: holder('villagersDeliberationCouncil', 'member', true),
    representative: holder('representativesMeeting', 'representative', true),
    supervisionChair: holder('villageAffairsSupervisionCommittee', 'chair'),
    villager: rng.pick(plain),
    // after the villager, so adding the account moved no one else's pick
    mediator: holder('mediationCommittee', 'chair'),
  };
  // the chief of the villager's grid (no draw: the villager's pick fixes it)
  persons.gridChief = gridChiefOf(facts, persons.villager!, Object.values(persons));

  return DEMO_ACCOUNT_SPECS.map(({ phone, role, unit = 'government', department }): DemoAccount => {
    const person = persons[role];
    const base = {
      id: rng.uuid(),
      phone,
      password: DEMO_PASSWORD,
      role,
      roleLabel: demoRoleLabel({ role, unit, ...(department ? { department } : {}) }),
    };
    if (person) {
      person.phone = phone;
      return {
        ...base,
        kind: 'villager',
        displayName: person.name,
        villageId: facts.village.id,
        personId: person.id,
        staffScope: null,
      };
    }
    const town = role === 'townOfficial';
    const gender = rng.chance(0.6) ? 'male' : 'female';
    return {
      ...base,
      kind: 'staff',
      displayName: randomFullName(rng, gender, rng.int(1972, 1995)),
      villageId: null,
      personId: null,
      staffScope: staffScopeOf(facts, town ? 'town' : 'county', unit, department),
    };
  });
}

/** The chief of the villager's grid, or of the first grid whose chief holds no other demo account. */
function gridChiefOf(
  facts: ShowcaseFacts,
  villager: Person,
  taken: readonly Person[],
): Person | undefined {
  const home = facts.households.find((h) => h.id === villager.householdId);
  const free = (id: string) => !taken.some((p) => p.id === id);
  const grid =
    facts.grids.find((g) => g.id === home?.gridId && free(g.chiefPersonId)) ??
    facts.grids.find((g) => free(g.chiefPersonId));
  return facts.persons.find((p) => p.id === grid?.chiefPersonId);
}

/** A demo official's post: the showcase community's town (its government or its discipline commission), or the county. */
function staffScopeOf(
  facts: ShowcaseFacts,
  level: 'town' | 'county',
  unit: StaffUnit,
  department?: DepartmentKind,
): NonNullable<DemoAccount['staffScope']> {
  if (level === 'county')
    return {
      level,
      id: facts.county.id,
      title: `${facts.county.name}民政局基层政权建设和社区治理股`,
      unit,
    };
  const inDepartment = DEMO_DEPARTMENTS.find((d) => d.kind === department);
  if (inDepartment)
    return {
      level,
      id: facts.town.id,
      title: `${facts.town.name}${inDepartment.name}`,
      unit,
      department: inDepartment.kind,
    };
  const title =
    unit === 'discipline'
      ? `中共${facts.town.name}纪律检查委员会`
      : `${facts.town.name}人民政府社会事务办公室`;
  return { level, id: facts.town.id, title, unit };
}

/** Seats held today in the showcase community, derived from terms and memberships. */
function currentSeats(
  facts: ShowcaseFacts,
): Array<{ personId: string; kind: BodyKind; role: MemberRole }> {
  const out: Array<{ personId: string; kind: BodyKind; role: MemberRole }> = [];
  for (const body of facts.bodies) {
    if (body.villageId !== facts.village.id) continue;
    const terms = facts.terms.filter((t) => t.bodyId === body.id);
    const members = facts.memberships.filter((m) => m.bodyId === body.id);
    for (const m of currentMembers(terms, members, facts.today))
      out.push({ personId: m.personId, kind: body.kind, role: m.role });
  }
  return out;
}
