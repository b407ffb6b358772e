import type { Body } from '@cunzhi/core/bodies/membership';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { BodyWriter } from './bodyWriter.ts';
import type { VillageContext } from './context.ts';
import type { IdentityBook } from './identity.ts';
import { villageKinGraph } from './kin.ts';
import { electTwoCommittees } from './leadership.ts';
import { electCollectiveBodies, electSupervision } from './oversight.ts';
import { settlePartyRoll } from './party.ts';
import type { VillagePlan } from './places.ts';
import { bodyNames, ordinaryProfile, showcaseProfile } from './profiles.ts';
import { buildRegistry, type VillageRegistry } from './registry.ts';
import { electCouncil, electRepresentatives } from './representation.ts';
import { createRng, type Rng } from './rng.ts';
import { SeatPool } from './seats.ts';
import {
  electMediation,
  electSubBranches,
  registerSocialOrganizations,
  staffServiceStation,
} from './services.ts';
import { addDays } from './dates.ts';
import { shiftedDay, termsAround, termsEndingOn } from './terms.ts';
import type { DemoBodyTerm, DemoGrid, DemoMembership, DemoVillage } from './types.ts';

export interface GeneratedVillage {
  registry: VillageRegistry;
  grids: DemoGrid[];
  bodies: Body[];
  terms: DemoBodyTerm[];
  memberships: DemoMembership[];
}

/** The five-year bodies were elected in 2021 and every fifth year after; mediation in 2024 and every third. */
const FIVE_YEAR_ANCHOR = 2021;
const MEDIATION_ANCHOR = 2024;

/**
 * The showcase community's committee term ends this many days after the demo's today: its
 * 换届 election (server demo/seedElections.ts) polls the day before, so the election a new
 * user finds under way is the one the seated term calls for.
 */
export const SHOWCASE_TERM_ENDS_IN_DAYS = 10;

/**
 * One village end to end: its register, its bodies and their members, its
 * grid chiefs. The order matters: posts that need Party members come before
 * the rest of the Party roll is drawn, and supervisors are chosen only after
 * everyone they must be independent of.
 */
export function generateVillage(
  rng: Rng,
  today: CalendarDate,
  village: DemoVillage,
  plan: VillagePlan,
  electionDay: string,
  identity: IdentityBook,
): GeneratedVillage {
  const registry = buildRegistry({ rng, today, village, plan, identity });
  const profile = plan.showcase
    ? showcaseProfile(village)
    : ordinaryProfile(rng, village, registry.persons.length, registry.households.length);
  const ctx: VillageContext = {
    rng,
    today,
    village,
    registry,
    graph: villageKinGraph(registry.membersOf, registry.kinTies),
    pool: new SeatPool(rng, today, registry.persons),
    writer: new BodyWriter(rng, village.id),
    profile,
    names: bodyNames(village, plan.showcase),
    spans: {
      party: termsAround(
        today,
        5,
        FIVE_YEAR_ANCHOR,
        shiftedDay(FIVE_YEAR_ANCHOR, electionDay, -40),
      ),
      committee: plan.showcase
        ? termsEndingOn(addDays(today, SHOWCASE_TERM_ENDS_IN_DAYS), 5)
        : termsAround(today, 5, FIVE_YEAR_ANCHOR, electionDay),
      collective: termsAround(
        today,
        5,
        FIVE_YEAR_ANCHOR,
        shiftedDay(FIVE_YEAR_ANCHOR, electionDay, 20),
      ),
      mediation: termsAround(today, 3, MEDIATION_ANCHOR, electionDay),
    },
  };

  const two = electTwoCommittees(ctx);
  const oversight = electSupervision(ctx, two);
  electCollectiveBodies(ctx, two, oversight);
  const { representatives } = electRepresentatives(ctx, two, oversight);
  electCouncil(ctx, representatives);
  electMediation(ctx, two, oversight);
  staffServiceStation(ctx, two, oversight);
  registerSocialOrganizations(ctx, two, oversight);

  const seated = new Set(ctx.writer.memberships.map((m) => m.personId));
  settlePartyRoll(rng, registry.persons, profile.partyMembers, today, seated);
  electSubBranches(ctx, two, oversight);

  const grids = chooseGridChiefs(ctx);
  giveSeatHoldersPhones(ctx, grids, identity);
  return {
    registry,
    grids,
    bodies: ctx.writer.bodies,
    terms: ctx.writer.terms,
    memberships: ctx.writer.memberships,
  };
}

/** 网格员: a working-age resident of the grid, a Party member where one is at hand (党员网格员). */
function chooseGridChiefs(ctx: VillageContext): DemoGrid[] {
  return ctx.registry.grids.map((g) => {
    const households = new Set(g.householdIds);
    const rule = { ages: [25, 65] as const, households, party: 'preferred' as const };
    const chief =
      ctx.pool.candidates(rule).length > 0
        ? ctx.pool.pickOne(rule)
        : ctx.pool.pickOne({ ...rule, ages: [18, 85] });
    return { villageId: g.villageId, id: g.id, name: g.name, chiefPersonId: chief.id };
  });
}

/**
 * Cadres, representatives and grid chiefs are reachable by phone, and so are
 * the last term's members: the demo's stories of last year (the December 2025
 * assembly, the term-end evaluations) open accounts for its chairs.
 */
function giveSeatHoldersPhones(
  ctx: VillageContext,
  grids: DemoGrid[],
  identity: IdentityBook,
): void {
  const reachable = new Set(grids.map((g) => g.chiefPersonId));
  const former = new Set<string>();
  const termEnds = new Map(ctx.writer.terms.map((t) => [t.id, t.endsOn]));
  for (const m of ctx.writer.memberships) {
    if ((termEnds.get(m.termId) ?? ctx.today) >= ctx.today && m.endedOn === null)
      reachable.add(m.personId);
    else former.add(m.personId);
  }
  for (const p of ctx.registry.persons)
    if (reachable.has(p.id) && p.phone === null) p.phone = identity.phone(ctx.rng);
  // a stream of their own, so that who else is drawn, and how, does not change with the day
  const formerRng = createRng(0, `former seat holders|${ctx.village.id}`);
  for (const p of ctx.registry.persons)
    if (former.has(p.id) && p.phone === null) p.phone = identity.phone(formerRng);
}
