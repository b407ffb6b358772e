import { beforeAll, describe, expect, it } from 'vitest';
import { BODY_KIND_INFO, MEMBER_ROLES, type BodyKind } from '@cunzhi/core/bodies/bodyKinds';
import { currentMembers, type Body, type Membership } from '@cunzhi/core/bodies/membership';
import { ageOn, calendarDate } from '@cunzhi/core/calendarDate';
import { rolesIn, type Actor } from '@cunzhi/core/policies/actor';
import {
  buildKinGraph,
  closeRelation,
  tiesFromHousehold,
  type KinGraph,
  type KinTie,
} from '@cunzhi/core/registry/kinship';
import type { Person } from '@cunzhi/core/registry/person';
import { DEMO_PASSWORD } from './accounts.ts';
import { generateDemoCounty } from './county.ts';
import { daysBetween } from './dates.ts';
import type { DemoCounty, DemoMembership, DemoVillage } from './types.ts';
import {
  checkComposition,
  type CompositionFacts,
  type SeatHolder,
} from '@cunzhi/core/rules/composition';
import { lawOn } from '@cunzhi/core/rules/law';
import { NATIONAL_PARAMS } from '@cunzhi/core/rules/profile';

const TODAY = calendarDate('2026-11-21');

let county: DemoCounty;
let person: Map<string, Person>;

beforeAll(() => {
  county = generateDemoCounty({ seed: 20081028, today: TODAY });
  person = new Map(county.persons.map((p) => [p.id, p]));
}, 60_000);

const bodiesOf = (v: DemoVillage) => county.bodies.filter((b) => b.villageId === v.id);
const bodyOf = (v: DemoVillage, kind: BodyKind) => bodiesOf(v).find((b) => b.kind === kind)!;
const termsOf = (b: Body) => county.bodyTerms.filter((t) => t.bodyId === b.id);
const membershipsOf = (b: Body) => county.memberships.filter((m) => m.bodyId === b.id);
const serving = (b: Body): Membership[] => currentMembers(termsOf(b), membershipsOf(b), TODAY);
const people = (ms: readonly Membership[]) => ms.map((m) => person.get(m.personId)!);
const showcase = () => county.villages.find((v) => v.id === county.showcaseVillageId)!;

/** The family graph the product derives: household pages plus recorded kin ties. */
function kinGraphOf(v: DemoVillage): KinGraph {
  const members = new Map<string, Person[]>();
  for (const p of county.persons)
    if (p.villageId === v.id)
      members.set(p.householdId, [...(members.get(p.householdId) ?? []), p]);
  const ties: KinTie[] = [...members.values()].flatMap((m) => tiesFromHousehold(m));
  ties.push(...county.kinTies.filter((t) => t.villageId === v.id));
  return buildKinGraph(ties);
}

describe('bodies of every village', () => {
  it('has the full set of bodies, each current term covering today', () => {
    const kinds: BodyKind[] = [
      'partyBranch',
      'villagersAssembly',
      'representativesMeeting',
      'villagersDeliberationCouncil',
      'villagersCommittee',
      'villageAffairsSupervisionCommittee',
      'collectiveCouncil',
      'collectiveSupervisoryBoard',
      'mediationCommittee',
      'convenienceServiceStation',
      'socialOrganization',
    ];
    for (const v of county.villages) {
      for (const kind of kinds)
        expect(
          bodiesOf(v).some((b) => b.kind === kind),
          `${v.name} ${kind}`,
        ).toBe(true);
      for (const b of bodiesOf(v)) {
        if (BODY_KIND_INFO[b.kind].membersFromRegistry) {
          expect(membershipsOf(b)).toHaveLength(0);
          continue;
        }
        expect(serving(b).length, b.name).toBeGreaterThan(0);
        if (b.seats !== null) expect(serving(b).length).toBe(b.seats);
      }
    }
  });

  it('gives statutory term lengths (5 years; mediation 3) and keeps a previous term whose members no longer serve', () => {
    for (const t of county.bodyTerms) expect(t.endsOn > t.startsOn).toBe(true);
    for (const v of county.villages) {
      for (const kind of ['villagersCommittee', 'partyBranch', 'mediationCommittee'] as const) {
        const terms = termsOf(bodyOf(v, kind)).sort((a, b) => (a.startsOn < b.startsOn ? -1 : 1));
        expect(terms).toHaveLength(2);
        const years = BODY_KIND_INFO[kind].termYears!;
        for (const t of terms)
          expect(Math.round(daysBetween(t.startsOn, t.endsOn) / 365.25)).toBe(years);
        expect(terms[0]!.endsOn < TODAY).toBe(true);
      }
    }
    // a by-election: one member left part-way and a successor joined later
    expect(county.memberships.some((m) => m.endedOn !== null)).toBe(true);
    expect(
      county.memberships.some((m) =>
        termsOf({ id: m.bodyId } as Body).some((t) => t.id === m.termId && m.startsOn > t.startsOn),
      ),
    ).toBe(true);
  });

  it('uses only member roles the product knows, and seats only adults', () => {
    for (const m of county.memberships) {
      expect(MEMBER_ROLES).toContain(m.role);
      expect(ageOn(person.get(m.personId)!.birthDate, m.startsOn)).toBeGreaterThanOrEqual(18);
    }
  });

  it('has a lawful villagers committee: 3–7 members, a chair, at least one woman', () => {
    for (const v of county.villages) {
      const members = serving(bodyOf(v, 'villagersCommittee'));
      expect(members.length >= 3 && members.length <= 7).toBe(true);
      expect(members.filter((m) => m.role === 'chair')).toHaveLength(1);
      expect(people(members).some((p) => p.gender === 'female')).toBe(true);
    }
  });

  it('keeps committee members and their families off the supervision committee (VCOL-32-SUPERVISOR-ELIG)', () => {
    for (const v of county.villages) {
      const g = kinGraphOf(v);
      const committees = [bodyOf(v, 'villagersCommittee'), bodyOf(v, 'partyBranch')]
        .flatMap(membershipsOf)
        .map((m) => person.get(m.personId)!);
      const supervision = serving(bodyOf(v, 'villageAffairsSupervisionCommittee'));
      expect(supervision.length).toBeGreaterThanOrEqual(3);
      expect(supervision.length).toBeLessThanOrEqual(v.id === county.showcaseVillageId ? 7 : 5);
      expect(supervision.filter((m) => m.role === 'chair')).toHaveLength(1);
      for (const s of people(supervision)) {
        for (const c of committees) {
          expect(s.id).not.toBe(c.id);
          expect(closeRelation(g, c.id, s.id), `${s.name} is ${c.name}'s relative`).toBeNull();
          expect(s.householdId).not.toBe(c.householdId);
        }
      }
      const chair = person.get(supervision.find((m) => m.role === 'chair')!.personId)!;
      expect(chair.partyMember).toBe(true);
    }
  });

  it('keeps council members and their close relatives off the supervisory board (NJJ-34-SUPERVISOR-ELIG)', () => {
    for (const v of county.villages) {
      const g = kinGraphOf(v);
      const council = people(serving(bodyOf(v, 'collectiveCouncil')));
      expect(council.length % 2).toBe(1);
      for (const s of people(serving(bodyOf(v, 'collectiveSupervisoryBoard')))) {
        for (const c of council) {
          expect(s.id).not.toBe(c.id);
          expect(closeRelation(g, c.id, s.id)).toBeNull();
        }
      }
    }
  });

  it('composes the representatives meeting lawfully: representatives ≥ 4/5, women representatives ≥ 1/3 (VCOL-25-COMPOSITION)', () => {
    for (const v of county.villages) {
      const reps = serving(bodyOf(v, 'representativesMeeting'));
      expect(reps.every((m) => m.role === 'representative')).toBe(true);
      // the meeting is the representatives plus the committee's members (VCOL Art. 25)
      const committee = people(serving(bodyOf(v, 'villagersCommittee')));
      const meeting = reps.length + committee.length;
      expect(reps.length * 5).toBeGreaterThanOrEqual(meeting * 4);
      expect(people(reps).filter((p) => p.gender === 'female').length * 3).toBeGreaterThanOrEqual(
        meeting,
      );
      expect(reps.some((m) => committee.some((c) => c.id === m.personId))).toBe(false);
    }
  });

  it('seats mediation committees of 3–9 with a woman', () => {
    for (const v of county.villages) {
      const members = people(serving(bodyOf(v, 'mediationCommittee')));
      expect(members.length >= 3 && members.length <= 9).toBe(true);
      expect(members.some((p) => p.gender === 'female')).toBe(true);
    }
  });

  it('gives every serving cadre and representative a phone', () => {
    for (const b of county.bodies)
      for (const p of people(serving(b))) expect(p.phone).not.toBeNull();
  });
});

describe('composition checked by the rules engine', () => {
  const holders = (b: Body): SeatHolder[] =>
    serving(b).map((m) => {
      const p = person.get(m.personId)!;
      return {
        personId: p.id,
        name: p.name,
        gender: p.gender,
        role: m.role,
        qualifications: (m as DemoMembership).qualifications,
      };
    });
  const termEnds = (b: Body) =>
    county.bodyTerms.find((t) => t.bodyId === b.id && t.startsOn <= TODAY && TODAY <= t.endsOn)
      ?.endsOn ?? null;
  const factsOf = (v: DemoVillage, kind: BodyKind): CompositionFacts => {
    const committeeMembers = holders(bodyOf(v, 'villagersCommittee'));
    const partyCommitteeMembers = holders(bodyOf(v, 'partyBranch'));
    const members = holders(bodyOf(v, kind));
    const g = kinGraphOf(v);
    const closeRelativeOnCommittee = new Map<string, string>();
    for (const m of members)
      for (const c of committeeMembers)
        if (closeRelation(g, m.personId, c.personId))
          closeRelativeOnCommittee.set(m.personId, c.name);
    // each pair of committee members who are near relatives, once (2025 text)
    const committeeKin: Array<{ name: string; relative: string }> = [];
    committeeMembers.forEach((a, i) => {
      for (const b of committeeMembers.slice(i + 1))
        if (closeRelation(g, a.personId, b.personId))
          committeeKin.push({ name: a.name, relative: b.name });
    });
    return {
      on: TODAY,
      kind,
      members,
      committeeMembers,
      partyCommitteeMembers,
      closeRelativeOnCommittee,
      committeeKin,
      partySecretaryId: partyCommitteeMembers.find((m) => m.role === 'secretary')?.personId ?? null,
      termEndsOn: termEnds(bodyOf(v, kind)),
      committeeTermEndsOn: termEnds(bodyOf(v, 'villagersCommittee')),
      households: county.households.filter((h) => h.villageId === v.id).length,
    };
  };
  const violations = (v: DemoVillage, kind: BodyKind) =>
    checkComposition(factsOf(v, kind), NATIONAL_PARAMS[lawOn(TODAY)]).filter(
      (f) => f.severity === 'violation',
    );

  it('gives every supervision committee a member with accounting knowledge and no ineligible member (VCOL-32)', () => {
    for (const v of county.villages) {
      const supervision = holders(bodyOf(v, 'villageAffairsSupervisionCommittee'));
      expect(supervision.filter((m) => m.qualifications.includes('accounting'))).toHaveLength(1);
      expect(violations(v, 'villageAffairsSupervisionCommittee'), v.name).toEqual([]);
    }
  });

  it('passes the committee and representatives’ meeting checks in every village, 花乡社区 included (VCOL-06, VCOL25-KIN-AVOID, VCOL-25)', () => {
    for (const v of county.villages) {
      expect(violations(v, 'villagersCommittee'), v.name).toEqual([]);
      expect(violations(v, 'representativesMeeting'), v.name).toEqual([]);
    }
    const facts = factsOf(showcase(), 'representativesMeeting');
    const women = facts.members.filter((m) => m.gender === 'female').length;
    expect(women * 3).toBeGreaterThanOrEqual(facts.members.length + facts.committeeMembers.length);
  });
});

describe('the seed-002 community', () => {
  it('has a general branch with the four sub-branches', () => {
    const v = showcase();
    const branch = bodyOf(v, 'partyBranch');
    expect(branch.name).toBe('花乡社区党总支');
    const subs = bodiesOf(v).filter((b) => b.kind === 'partySubBranch');
    expect(subs.map((b) => b.name)).toEqual(['就业支部', '创业支部', '老龄支部', '金川公司支部']);
    for (const s of subs) {
      expect(s.parentBodyId).toBe(branch.id);
      for (const p of people(serving(s))) expect(p.partyMember).toBe(true);
    }
    for (const p of people(serving(subs[2]!)))
      expect(ageOn(p.birthDate, TODAY)).toBeGreaterThanOrEqual(60);
    const roles = serving(branch).map((m) => m.role);
    expect(roles.filter((r) => r === 'secretary')).toHaveLength(1);
    for (const p of people(serving(branch))) expect(p.partyMember).toBe(true);
  });

  it('has the seats seed 002 describes', () => {
    const v = showcase();
    const count = (kind: BodyKind, role?: string) =>
      serving(bodyOf(v, kind)).filter((m) => !role || m.role === role).length;
    expect(count('villagersCommittee')).toBe(5);
    expect(count('villagersCommittee', 'chair')).toBe(1);
    expect(count('villageAffairsSupervisionCommittee')).toBe(7);
    expect(count('representativesMeeting', 'representative')).toBe(78);
    expect(count('collectiveCouncil')).toBe(9);
    expect(count('collectiveSupervisoryBoard')).toBe(5);
    expect(count('convenienceServiceStation', 'staff')).toBeGreaterThan(1);
    const orgs = bodiesOf(v)
      .filter((b) => b.kind === 'socialOrganization')
      .map((b) => b.name);
    expect(orgs).toEqual(['花乡社区老年协会', '花乡社区红白理事会']);
  });

  it('puts the committee chair at the head of the council and the Party secretary at the head of the supervisory board', () => {
    const v = showcase();
    const holder = (kind: BodyKind, role: string) =>
      serving(bodyOf(v, kind)).find((m) => m.role === role)!.personId;
    expect(holder('collectiveCouncil', 'chair')).toBe(holder('villagersCommittee', 'chair'));
    expect(holder('collectiveSupervisoryBoard', 'chair')).toBe(holder('partyBranch', 'secretary'));
    expect(holder('partyBranch', 'secretary')).not.toBe(holder('villagersCommittee', 'chair'));
    // the supervision chair comes from the service station's staff (seed 002)
    const staff = serving(bodyOf(v, 'convenienceServiceStation')).map((m) => m.personId);
    expect(staff).toContain(holder('villageAffairsSupervisionCommittee', 'chair'));
  });

  it('derives current membership from dates: a representative who resigned no longer counts', () => {
    const reps = bodyOf(showcase(), 'representativesMeeting');
    const current = termsOf(reps).find((t) => t.startsOn <= TODAY && TODAY <= t.endsOn)!;
    const inTerm = membershipsOf(reps).filter(
      (m) => m.termId === current.id && m.role === 'representative',
    );
    expect(inTerm.length).toBe(79);
    expect(serving(reps).filter((m) => m.role === 'representative')).toHaveLength(78);
  });
});

describe('demo accounts', () => {
  it('gives one account per role with memorable phones and the shared password', () => {
    expect(county.accounts.map((a) => [a.phone, a.role])).toEqual([
      ['13800000001', 'partySecretary'],
      ['13800000002', 'committeeChair'],
      ['13800000003', 'councilMember'],
      ['13800000004', 'representative'],
      ['13800000005', 'supervisionChair'],
      ['13800000006', 'villager'],
      ['13800000007', 'townOfficial'],
      ['13800000008', 'countyOfficial'],
      ['13800000009', 'townOfficial'],
      ['13800000010', 'townOfficial'],
      ['13800000011', 'townOfficial'],
      ['13800000012', 'townOfficial'],
      ['13800000013', 'mediator'],
      ['13800000014', 'gridChief'],
    ]);
    for (const a of county.accounts) expect(a.password).toBe(DEMO_PASSWORD);
  });

  it('links villager accounts to persons who hold exactly the advertised role today', () => {
    const v = showcase();
    const scope = { villageId: v.id, townId: v.townId, countyId: county.county.id };
    const posts = (personId: string) =>
      bodiesOf(v).flatMap((b) =>
        serving(b)
          .filter((m) => m.personId === personId)
          .map((m) => ({ villageId: v.id, bodyKind: b.kind, role: m.role })),
      );
    for (const a of county.accounts.filter((x) => x.kind === 'villager')) {
      const p = person.get(a.personId!)!;
      expect(p.villageId).toBe(v.id);
      expect(p.phone).toBe(a.phone);
      expect(a.displayName).toBe(p.name);
      const actor: Actor = {
        accountId: a.id,
        kind: 'villager',
        home: { villageId: v.id, personId: p.id },
        posts: posts(p.id),
        staffScopes: [],
        gridsHeaded: county.grids.filter((g) => g.chiefPersonId === p.id).map((g) => g.id),
      };
      const roles = rolesIn(actor, scope);
      expect(roles.has(a.role)).toBe(true);
      if (a.role === 'villager' || a.role === 'councilMember' || a.role === 'representative')
        expect(roles.size).toBe(a.role === 'villager' ? 1 : 2);
    }
  });

  it('scopes staff accounts to the community’s town and to the county, without a person', () => {
    const v = showcase();
    const town = county.accounts.find((a) => a.role === 'townOfficial')!;
    const countyOfficial = county.accounts.find((a) => a.role === 'countyOfficial')!;
    expect(town).toMatchObject({
      kind: 'staff',
      personId: null,
      villageId: null,
      staffScope: { level: 'town', id: v.townId },
    });
    expect(countyOfficial).toMatchObject({
      kind: 'staff',
      personId: null,
      staffScope: { level: 'county', id: county.county.id },
    });
    // the town discipline commission (镇纪委) of the same town: the town inbox of referrals
    expect(county.accounts.find((a) => a.phone === '13800000009')).toMatchObject({
      kind: 'staff',
      roleLabel: { zh: '镇纪委' },
      staffScope: { level: 'town', id: v.townId, unit: 'discipline' },
    });
  });
});

describe('the last term of the showcase community', () => {
  // the demo's stories of last year open accounts for the last term's chairs, and
  // `npm start` seeds on whatever day it is: a phone must not depend on the day's draw
  it.each(['2026-12-04', '2026-12-06', '2026-12-07', '2027-03-01'])(
    'gives every member of the last term a phone when seeded on %s',
    (day) => {
      const on = calendarDate(day);
      const c = generateDemoCounty({ seed: 20081028, today: on });
      const phones = new Map(c.persons.map((p) => [p.id, p.phone]));
      const lastTerms = new Set(c.bodyTerms.filter((t) => t.endsOn < on).map((t) => t.id));
      const former = c.memberships.filter(
        (m) => m.villageId === c.showcaseVillageId && lastTerms.has(m.termId),
      );
      expect(former.length).toBeGreaterThan(10);
      expect(former.filter((m) => !phones.get(m.personId))).toEqual([]);
    },
    60_000,
  );
});
