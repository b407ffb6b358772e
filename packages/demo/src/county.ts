import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { demoAccounts } from './accounts.ts';
import { IdentityBook } from './identity.ts';
import { DEMO_COUNTY, planCounty, townCode, villageCode } from './places.ts';
import { createRng } from './rng.ts';
import type { DemoCounty, DemoTown, DemoVillage } from './types.ts';
import { generateVillage } from './village.ts';

/** The seed the server uses unless configured otherwise (DEMO_SEED in config.ts has the same default). */
export const DEFAULT_DEMO_SEED = 20081028;

export interface DemoCountyOptions {
  /** Same seed and `today` give the same county, ids included. */
  seed: number;
  /** The date ages, residence periods and current terms are reckoned from. */
  today: CalendarDate;
  /** Multiplies the number of towns (3 per unit, 3 villages each); default 1. */
  scale?: number;
}

/**
 * A whole demo county: towns, villages (the seed-002 community among them),
 * registers, bodies with current and past terms, and one demo account per
 * role. Pure: no clock, no Math.random, no I/O.
 *
 * Each village draws from its own stream (`village:<n>`), so changing how one
 * village is generated does not reshuffle the others.
 */
export function generateDemoCounty({ seed, today, scale = 1 }: DemoCountyOptions): DemoCounty {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  const rng = createRng(seed, 'county');
  const plans = planCounty(rng, scale);
  const county = { id: rng.uuid(), name: DEMO_COUNTY.name, code: DEMO_COUNTY.code };
  const identity = new IdentityBook();

  const out: DemoCounty = {
    seed,
    today,
    county,
    towns: [],
    villages: [],
    villagerGroups: [],
    grids: [],
    households: [],
    persons: [],
    kinTies: [],
    bodies: [],
    bodyTerms: [],
    memberships: [],
    accounts: [],
    showcaseVillageId: '',
  };

  let villageIndex = 0;
  plans.forEach((townPlan, t) => {
    const town: DemoTown = {
      id: rng.uuid(),
      countyId: county.id,
      name: townPlan.name,
      code: townCode(county.code, t),
    };
    out.towns.push(town);
    const ordinals = { village: 0, community: 0 };
    for (const plan of townPlan.villages) {
      const village: DemoVillage = {
        id: rng.uuid(),
        townId: town.id,
        name: plan.name,
        kind: plan.kind,
        code: villageCode(town.code, plan.kind, ordinals[plan.kind]++),
        areaCode: county.code,
      };
      out.villages.push(village);
      if (plan.showcase) out.showcaseVillageId = village.id;
      const v = generateVillage(
        createRng(seed, `village:${villageIndex++}`),
        today,
        village,
        plan,
        townPlan.electionDay,
        identity,
      );
      out.villagerGroups.push(...v.registry.groups);
      out.grids.push(...v.grids);
      out.households.push(...v.registry.households);
      out.persons.push(...v.registry.persons);
      out.kinTies.push(...v.registry.kinTies);
      out.bodies.push(...v.bodies);
      out.bodyTerms.push(...v.terms);
      out.memberships.push(...v.memberships);
    }
  });

  const showcase = out.villages.find((v) => v.id === out.showcaseVillageId)!;
  const inShowcase = <T extends { villageId: string }>(rows: T[]) =>
    rows.filter((r) => r.villageId === showcase.id);
  out.accounts = demoAccounts(createRng(seed, 'accounts'), {
    village: showcase,
    town: out.towns.find((t) => t.id === showcase.townId)!,
    county,
    persons: inShowcase(out.persons),
    bodies: inShowcase(out.bodies),
    terms: inShowcase(out.bodyTerms),
    memberships: inShowcase(out.memberships),
    grids: inShowcase(out.grids),
    households: inShowcase(out.households),
    today,
  });
  return out;
}
