import { beforeAll, describe, expect, it } from 'vitest';
import { ageOn, calendarDate } from '@cunzhi/core/calendarDate';
import { PHONE_PATTERN, type Person } from '@cunzhi/core/registry/person';
import { checkResidentId } from '@cunzhi/core/registry/residentIdNumber';
import { generateDemoCounty } from './county.ts';
import { SURNAMES } from './names.ts';
import { countDemoCounty, type DemoCounty } from './types.ts';

const TODAY = calendarDate('2026-11-21');
const SEED = 20081028;
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let county: DemoCounty;
let showcase: Person[];
const age = (p: Person) => ageOn(p.birthDate, TODAY);

beforeAll(() => {
  county = generateDemoCounty({ seed: SEED, today: TODAY });
  showcase = county.persons.filter((p) => p.villageId === county.showcaseVillageId);
}, 60_000);

describe('the demo county', () => {
  it('is the same for the same seed and date, and another for another seed', () => {
    const again = generateDemoCounty({ seed: SEED, today: TODAY });
    expect(again).toEqual(county);
    const other = generateDemoCounty({ seed: SEED + 1, today: TODAY });
    expect(other.persons[0]!.id).not.toBe(county.persons[0]!.id);
  }, 60_000);

  it('keeps its shape (snapshot of counts for the default seed)', () => {
    const counts = countDemoCounty(county);
    expect({ towns: counts.towns, villages: counts.villages, accounts: counts.accounts }).toEqual({
      towns: 3,
      villages: 9,
      accounts: 14,
    });
    // exact numbers pin the generator: a change here changes every demo database
    expect(counts).toMatchObject({
      households: 5425,
      persons: 16271,
      villagerGroups: 77,
      grids: 142,
    });
  });

  it('has towns and villages with statistical codes and 6-digit area codes', () => {
    expect(county.towns.length).toBeGreaterThanOrEqual(2);
    expect(county.villages.length).toBeGreaterThanOrEqual(6);
    for (const t of county.towns) expect(county.villages.some((v) => v.townId === t.id)).toBe(true);
    for (const v of county.villages) {
      expect(v.areaCode).toMatch(/^\d{6}$/);
      expect(v.code).toMatch(/^\d{12}$/);
      expect(Number(v.code.slice(9)) < 200).toBe(v.kind === 'community');
      const persons = county.persons.filter((p) => p.villageId === v.id).length;
      if (v.id !== county.showcaseVillageId) expect(persons >= 800 && persons <= 2500).toBe(true);
    }
    expect(new Set(county.villages.map((v) => v.code)).size).toBe(county.villages.length);
  });

  it('uses version-4 UUIDs that are unique across every record', () => {
    const ids = [
      county.county.id,
      ...county.towns.map((r) => r.id),
      ...county.villages.map((r) => r.id),
      ...county.villagerGroups.map((r) => r.id),
      ...county.grids.map((r) => r.id),
      ...county.households.map((r) => r.id),
      ...county.persons.map((r) => r.id),
      ...county.kinTies.map((r) => r.id),
      ...county.bodies.map((r) => r.id),
      ...county.bodyTerms.map((r) => r.id),
      ...county.memberships.map((r) => r.id),
      ...county.accounts.map((r) => r.id),
    ];
    expect(ids.filter((id) => !UUID_V4.test(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('the seed-002 community (花乡社区)', () => {
  it('has 15 groups, 4,185 people and 93 Party members', () => {
    const village = county.villages.find((v) => v.id === county.showcaseVillageId)!;
    expect(village).toMatchObject({ name: '花乡社区', kind: 'community' });
    expect(county.villagerGroups.filter((g) => g.villageId === village.id)).toHaveLength(15);
    expect(showcase).toHaveLength(4185);
    expect(showcase.filter((p) => p.partyMember)).toHaveLength(93);
  });
});

describe('the register', () => {
  it('gives everyone a valid, unique 身份证 number matching their birth date and sex', () => {
    const wrong = county.persons.filter((p) => {
      const check = checkResidentId(p.residentIdNumber ?? '');
      return !check.ok || check.facts.birthDate !== p.birthDate || check.facts.gender !== p.gender;
    });
    expect(wrong.map((p) => `${p.name} ${p.residentIdNumber}`)).toEqual([]);
    expect(new Set(county.persons.map((p) => p.residentIdNumber)).size).toBe(county.persons.length);
  });

  it('names people with a common surname and a one- or two-character given name', () => {
    const surnames = new Set(SURNAMES);
    const odd = county.persons.filter(
      (p) => !surnames.has(p.name[0]!) || p.name.length < 2 || p.name.length > 3,
    );
    expect(odd.map((p) => p.name)).toEqual([]);
  });

  it('has plausible ages: a rural pyramid with many elderly and fewer young adults', () => {
    const ages = county.persons.map(age);
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...ages)).toBeLessThanOrEqual(100);
    expect(county.persons.filter((p) => p.birthDate > TODAY)).toEqual([]);
    const share = (lo: number, hi: number) =>
      ages.filter((a) => a >= lo && a <= hi).length / ages.length;
    expect(share(60, 200)).toBeGreaterThan(0.22);
    expect(share(60, 200)).toBeLessThan(0.35);
    expect(share(0, 14)).toBeGreaterThan(0.08);
    expect(share(0, 14)).toBeLessThan(0.2);
    expect(share(20, 39)).toBeLessThan(share(40, 59));
  });

  it('has one head per household, 1–6 members and relations that fit the ages', () => {
    const byHousehold = new Map<string, Person[]>();
    for (const p of county.persons) {
      const members = byHousehold.get(p.householdId);
      if (members) members.push(p);
      else byHousehold.set(p.householdId, [p]);
    }
    expect(byHousehold.size).toBe(county.households.length);
    const problems: string[] = [];
    for (const [id, members] of byHousehold) {
      const heads = members.filter((m) => m.relationToHead === 'head');
      if (members.length > 6 || heads.length !== 1)
        problems.push(`${id}: ${members.length} members, ${heads.length} heads`);
      const head = heads[0]!;
      for (const m of members) {
        const gap = age(head) - age(m);
        const fits =
          (m.relationToHead !== 'spouse' || m.gender !== head.gender) &&
          (m.relationToHead !== 'child' || gap >= 16) &&
          (m.relationToHead !== 'grandchild' || gap >= 34) &&
          (m.relationToHead !== 'parent' || gap <= -16);
        if (!fits) problems.push(`${m.name} (${m.relationToHead}) of ${head.name}: ${gap} years`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('numbers households by group, grid and sequence (0101-023), unique in the village', () => {
    for (const v of county.villages) {
      const numbers = county.households.filter((h) => h.villageId === v.id).map((h) => h.number);
      for (const n of numbers) expect(n).toMatch(/^\d{4}-\d{3}$/);
      expect(new Set(numbers).size).toBe(numbers.length);
    }
  });

  it('groups households into grids of 30–50 whose chief lives in the grid', () => {
    const household = new Map(county.households.map((h) => [h.id, h]));
    const person = new Map(county.persons.map((p) => [p.id, p]));
    for (const g of county.grids) {
      const size = county.households.filter((h) => h.gridId === g.id).length;
      expect(size >= 30 && size <= 50).toBe(true);
      const chief = person.get(g.chiefPersonId)!;
      expect(household.get(chief.householdId)!.gridId).toBe(g.id);
      expect(age(chief)).toBeGreaterThanOrEqual(18);
      expect(chief.phone).not.toBeNull();
    }
  });

  it('gives most adults a unique mobile number', () => {
    const phones = county.persons.flatMap((p) => (p.phone ? [p.phone] : []));
    expect(phones.filter((phone) => !PHONE_PATTERN.test(phone))).toEqual([]);
    expect(new Set(phones).size).toBe(phones.length);
    const adults = county.persons.filter((p) => age(p) >= 18);
    expect(adults.filter((p) => p.phone).length / adults.length).toBeGreaterThan(0.7);
  });

  it('sends 20–30% of working-age adults away for work, with dates; some households moved in', () => {
    const working = county.persons.filter((p) => age(p) >= 18 && age(p) < 60);
    const away = working.filter((p) => p.residenceStatus === 'migrantOut');
    expect(away.length / working.length).toBeGreaterThan(0.2);
    expect(away.length / working.length).toBeLessThan(0.3);
    const undated = county.persons.filter((p) =>
      p.residenceStatus === 'resident'
        ? p.residenceSince !== null
        : p.residenceSince === null || p.residenceSince > TODAY || p.residenceSince < p.birthDate,
    );
    expect(undated.map((p) => p.name)).toEqual([]);
    expect(county.persons.filter((p) => p.residenceStatus === 'movedIn').length).toBeGreaterThan(
      100,
    );
  });

  it('has 2–3% Party members, who joined as adults and before today', () => {
    for (const v of county.villages) {
      const persons = county.persons.filter((p) => p.villageId === v.id);
      const share = persons.filter((p) => p.partyMember).length / persons.length;
      expect(share).toBeGreaterThanOrEqual(0.0195);
      expect(share).toBeLessThanOrEqual(0.0305);
    }
    const misdated = county.persons.filter((p) =>
      p.partyMember
        ? p.partyJoinedOn === null ||
          ageOn(p.birthDate, p.partyJoinedOn) < 18 ||
          p.partyJoinedOn >= TODAY
        : p.partyJoinedOn !== null,
    );
    expect(misdated.map((p) => p.name)).toEqual([]);
  });

  it('records kin ties only between distinct persons of one village', () => {
    const village = new Map(county.persons.map((p) => [p.id, p.villageId]));
    expect(
      county.kinTies.filter(
        (t) => t.a === t.b || village.get(t.a) !== t.villageId || village.get(t.b) !== t.villageId,
      ),
    ).toEqual([]);
    // some ties cross households: a son's own household, a married-out daughter
    const household = new Map(county.persons.map((p) => [p.id, p.householdId]));
    expect(county.kinTies.some((t) => household.get(t.a) !== household.get(t.b))).toBe(true);
  });
});
