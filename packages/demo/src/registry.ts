import { ageOn, type CalendarDate } from '@cunzhi/core/calendarDate';
import type { Household, Person } from '@cunzhi/core/registry/person';
import { addDays, addYears, maxDate, randomDateBetween } from './dates.ts';
import { composeHousehold, randomHouseholdSize, type HouseholdDraft } from './households.ts';
import type { IdentityBook } from './identity.ts';
import { chineseNumeral, villageSurnamePool } from './names.ts';
import { ELSEWHERE_AREA_CODES, SHOWCASE, type VillagePlan } from './places.ts';
import { sampleOf, type Rng } from './rng.ts';
import type { DemoKinTie, DemoVillage, DemoVillagerGroup } from './types.ts';

/**
 * One village's register: villager groups, households, persons, grids and the
 * family ties the household pages do not show. Party membership and grid
 * chiefs come later, once the village's posts are filled.
 */
export interface GridDraft {
  villageId: string;
  id: string;
  name: string;
  householdIds: string[];
}

export interface VillageRegistry {
  groups: DemoVillagerGroup[];
  grids: GridDraft[];
  households: Household[];
  persons: Person[];
  kinTies: DemoKinTie[];
  membersOf: Map<string, Person[]>;
}

interface RegistryInput {
  rng: Rng;
  today: CalendarDate;
  village: DemoVillage;
  plan: VillagePlan;
  identity: IdentityBook;
}

export function buildRegistry({
  rng,
  today,
  village,
  plan,
  identity,
}: RegistryInput): VillageRegistry {
  const surnames = villageSurnamePool(rng);
  const drafts: Array<HouseholdDraft & { movedIn: boolean }> = [];
  for (let remaining = plan.persons; remaining > 0;) {
    const size = Math.min(randomHouseholdSize(rng), remaining);
    // about one household in twenty-five moved in from elsewhere (迁入)
    const movedIn = rng.chance(0.04);
    const lineage = (): string => (movedIn ? surnames.outsider(rng) : surnames.local(rng));
    drafts.push({ ...composeHousehold(rng, size, today, surnames, lineage), movedIn });
    remaining -= size;
  }

  const groups = makeGroups(rng, village, plan.groups);
  const groupOf = splitEvenly(rng, drafts.length, groups.length);
  const gridSizes = gridPartition(rng, drafts.length);
  const grids: GridDraft[] = gridSizes.map((_, i) => ({
    villageId: village.id,
    id: rng.uuid(),
    name: `第${chineseNumeral(i + 1)}网格`,
    householdIds: [],
  }));

  const households: Household[] = [];
  const persons: Person[] = [];
  const kinTies: DemoKinTie[] = [];
  const membersOf = new Map<string, Person[]>();
  const seqInGroup = new Map<number, number>();
  let gridIndex = 0;
  let leftInGrid = gridSizes[0]!;

  drafts.forEach((draft, i) => {
    const group = groups[groupOf[i]!]!;
    const grid = grids[gridIndex]!;
    const seq = (seqInGroup.get(group.number) ?? 0) + 1;
    seqInGroup.set(group.number, seq);
    const household: Household = {
      id: rng.uuid(),
      villageId: village.id,
      // 组号 + 网格号 - 组内户号, e.g. 0101-023 is household 23 of group 1, in grid 1
      number: `${pad(group.number, 2)}${pad(gridIndex + 1, 2)}-${pad(seq, 3)}`,
      villagerGroupId: group.id,
      gridId: grid.id,
      address: addressOf(village, group.number, seq, i),
    };
    households.push(household);
    grid.householdIds.push(household.id);
    if (--leftInGrid === 0 && gridIndex < grids.length - 1) leftInGrid = gridSizes[++gridIndex]!;

    const members = makePersons(rng, today, village, household, draft, identity);
    persons.push(...members);
    membersOf.set(household.id, members);
    for (const t of draft.ties) {
      kinTies.push({
        villageId: village.id,
        id: rng.uuid(),
        kind: t.kind,
        a: members[t.a]!.id,
        b: members[t.b]!.id,
      });
    }
  });

  kinTies.push(...crossHouseholdTies(rng, today, village.id, households, membersOf));
  return { groups, grids, households, persons, kinTies, membersOf };
}

function makeGroups(rng: Rng, village: DemoVillage, count: number): DemoVillagerGroup[] {
  const word = village.kind === 'community' ? '居民小组' : '村民小组';
  return Array.from({ length: count }, (_, i) => ({
    villageId: village.id,
    id: rng.uuid(),
    number: i + 1,
    name: `第${chineseNumeral(i + 1)}${word}`,
  }));
}

/** Group index of each of `n` households: contiguous runs of roughly equal size (±15%). */
function splitEvenly(rng: Rng, n: number, parts: number): number[] {
  const weights = Array.from({ length: parts }, () => 0.85 + 0.3 * rng.float());
  const total = weights.reduce((a, b) => a + b, 0);
  const out: number[] = [];
  let acc = 0;
  for (let p = 0; p < parts; p++) {
    acc += weights[p]!;
    const end = p === parts - 1 ? n : Math.round((acc / total) * n);
    while (out.length < end) out.push(p);
  }
  return out;
}

/** Grid sizes of 30–50 households each (PRODUCT.md: grids 网格/片区 of 30–50 households). */
export function gridPartition(rng: Rng, n: number): number[] {
  if (n < 30 || (n > 50 && n < 60))
    throw new RangeError(`${n} households cannot be split into grids of 30–50`);
  let k = Math.max(1, Math.round(n / rng.int(36, 44)));
  while (n > 50 * k) k += 1;
  while (n < 30 * k) k -= 1;
  const sizes = Array.from({ length: k }, (_, i) => Math.floor(n / k) + (i < n % k ? 1 : 0));
  // real grids differ in size: move a few households between neighbours while both stay in range
  for (let i = 0; i + 1 < k; i++) {
    const shift = rng.int(-4, 4);
    const a = sizes[i]! + shift;
    const b = sizes[i + 1]! - shift;
    if (a >= 30 && a <= 50 && b >= 30 && b <= 50) {
      sizes[i] = a;
      sizes[i + 1] = b;
    }
  }
  return sizes;
}

function addressOf(village: DemoVillage, groupNumber: number, seq: number, index: number): string {
  if (village.name === SHOWCASE.name) {
    // resettlement estate: 24 flats a building, 3 units of 4 floors with 2 flats each
    const building = Math.floor(index / 24) + 1;
    const unit = Math.floor((index % 24) / 8) + 1;
    const floor = Math.floor((index % 8) / 2) + 1;
    return `${SHOWCASE.estate}${building}栋${unit}单元${floor}0${(index % 2) + 1}`;
  }
  return `${village.name}${groupNumber}组${seq}号`;
}

/** Share of working-age adults who leave for work, by age: most young adults, few near 60. */
function migrationChance(age: number): number {
  if (age < 18 || age >= 60) return 0;
  if (age < 30) return 0.42;
  if (age < 45) return 0.32;
  if (age < 55) return 0.16;
  return 0.06;
}

function phoneChance(age: number): number {
  if (age < 16) return 0;
  if (age < 18) return 0.4;
  if (age < 60) return 0.93;
  if (age < 75) return 0.7;
  return 0.3;
}

function makePersons(
  rng: Rng,
  today: CalendarDate,
  village: DemoVillage,
  household: Household,
  draft: HouseholdDraft & { movedIn: boolean },
  identity: IdentityBook,
): Person[] {
  const movedOn = draft.movedIn
    ? randomDateBetween(rng, addYears(today, -15), addDays(today, -60))
    : null;
  const elsewhere = rng.pick(ELSEWHERE_AREA_CODES);
  const members = draft.members.map((m): Person => {
    const bornBeforeMove = movedOn !== null && m.birthDate < movedOn;
    const age = ageOn(m.birthDate, today);
    return {
      id: rng.uuid(),
      villageId: village.id,
      householdId: household.id,
      name: m.name,
      gender: m.gender,
      birthDate: m.birthDate,
      residentIdNumber: identity.residentId(
        rng,
        bornBeforeMove ? elsewhere : village.areaCode,
        m.birthDate,
        m.gender,
      ),
      phone: rng.chance(phoneChance(age)) ? identity.phone(rng) : null,
      relationToHead: m.relation,
      residenceStatus: movedOn ? 'movedIn' : 'resident',
      residenceSince: movedOn ? maxDate(movedOn, m.birthDate) : null,
      partyMember: false,
      partyJoinedOn: null,
    };
  });
  if (!movedOn) migrate(rng, today, members);
  return members;
}

/**
 * 外出务工: couples usually leave together; a third of their young children go
 * with them (随迁子女), the rest stay with the grandparents (留守).
 */
function migrate(rng: Rng, today: CalendarDate, members: Person[]): void {
  const byRelation = (...relations: Person['relationToHead'][]) =>
    members.filter((m) => relations.includes(m.relationToHead));
  const units = [
    byRelation('head', 'spouse'),
    byRelation('child', 'childInLaw').filter((m) => ageOn(m.birthDate, today) >= 18),
  ];
  const minors = { 0: byRelation('child'), 1: byRelation('grandchild') };
  units.forEach((unit, u) => {
    const adults = unit.filter((m) => migrationChance(ageOn(m.birthDate, today)) > 0);
    if (adults.length === 0) return;
    const youngest = Math.min(...adults.map((m) => ageOn(m.birthDate, today)));
    const leaving = adults.filter((m, i) =>
      i === 0 ? rng.chance(migrationChance(youngest)) : rng.chance(0.75),
    );
    // in a couple, the second leaves only if the first did
    if (leaving.length === 0 || (adults.length > 1 && !leaving.includes(adults[0]!))) return;
    // nobody leaves before the youngest of them turned 17
    const youngestBirth = leaving.reduce((d, m) => maxDate(d, m.birthDate), leaving[0]!.birthDate);
    const since = randomDateBetween(
      rng,
      maxDate(addYears(youngestBirth, 17), addYears(today, -18)),
      addDays(today, -30),
    );
    for (const m of leaving) {
      m.residenceStatus = 'migrantOut';
      m.residenceSince = since;
    }
    for (const child of minors[u as 0 | 1]) {
      if (ageOn(child.birthDate, today) >= 18 || !rng.chance(0.33)) continue;
      child.residenceStatus = 'migrantOut';
      child.residenceSince = maxDate(since, child.birthDate);
    }
  });
}

/**
 * Ties across households: a son who set up his own household (分户) next to
 * his parents', a daughter married into another household of the village.
 * Only persons without parents on their own household page are linked.
 */
function crossHouseholdTies(
  rng: Rng,
  today: CalendarDate,
  villageId: string,
  households: Household[],
  membersOf: Map<string, Person[]>,
): DemoKinTie[] {
  const hasParents = new Set<string>();
  // heads and wives who might be a grown son or a married-out daughter, by age
  const byAge = new Map<number, Person[]>();
  for (const h of households) {
    const members = membersOf.get(h.id)!;
    const headHasParents = members.some((m) => m.relationToHead === 'parent');
    const spouseHasParents = members.some((m) => m.relationToHead === 'parentInLaw');
    for (const m of members) {
      const r = m.relationToHead;
      if (
        r === 'child' ||
        r === 'grandchild' ||
        r === 'sibling' ||
        (r === 'head' && headHasParents) ||
        (r === 'spouse' && spouseHasParents)
      )
        hasParents.add(m.id);
      if ((r === 'head' && m.gender === 'male') || (r === 'spouse' && m.gender === 'female')) {
        const age = ageOn(m.birthDate, today);
        const bucket = byAge.get(age);
        if (bucket) bucket.push(m);
        else byAge.set(age, [m]);
      }
    }
  }
  const ties: DemoKinTie[] = [];
  for (const h of households) {
    const members = membersOf.get(h.id)!;
    const father = members.find(
      (m) => (m.relationToHead === 'head' || m.relationToHead === 'spouse') && m.gender === 'male',
    );
    const mother = members.find(
      (m) =>
        (m.relationToHead === 'head' || m.relationToHead === 'spouse') && m.gender === 'female',
    );
    const elder = father ?? mother;
    if (
      !elder ||
      ageOn(elder.birthDate, today) < 60 ||
      members.some((m) => m.relationToHead === 'child') ||
      !rng.chance(0.45)
    )
      continue;
    const elderAge = ageOn(elder.birthDate, today);
    const surname = father?.name[0];
    const fits: Person[] = [];
    for (let age = elderAge - 36; age <= elderAge - 22; age++) {
      for (const person of byAge.get(age) ?? []) {
        if (
          person.householdId !== h.id &&
          !hasParents.has(person.id) &&
          (surname === undefined || person.name[0] === surname)
        )
          fits.push(person);
      }
    }
    const wanted = rng.chance(0.3) ? 2 : 1;
    for (const person of sampleOf(rng, fits, wanted)) {
      hasParents.add(person.id);
      for (const parent of [father, mother]) {
        if (parent)
          ties.push({ villageId, id: rng.uuid(), kind: 'parent', a: parent.id, b: person.id });
      }
    }
  }
  return ties;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
