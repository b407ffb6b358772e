import type { ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/countyPoints';
import { DomainError } from '@cunzhi/core/errors';
import { countiesRun, leadsVillage, townsReporting } from '@cunzhi/core/countyPoints/access';
import {
  contestOnTime,
  SCHEME_MACHINE,
  type SchemeRole,
} from '@cunzhi/core/countyPoints/procedure';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { Actor, VillageScope } from '@cunzhi/core/policies/actor';
import type { AppContext } from '../../platform/http/context.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { lastFingerprintOf } from '../../platform/audit/repository.ts';
import {
  contestsOf,
  countiesOfTowns,
  countyNames,
  schemesOf,
  countiesOfVillages,
  countyVillages,
  factsOf,
  findScheme,
  resultsOf,
  type SchemeRow,
} from './repository.ts';
import { presentContest, presentScheme, presentSummary, presentVillageLine } from './present.ts';

/** What a signed-in person is in the counties' schemes: the villages they lead, the counties of their towns. */
export interface Viewer {
  actor: Actor;
  leads: VillageScope[];
  townCounties: string[];
}

/** Officials of a county or town government and village leaders take part; anyone else is refused (403). */
export function takesPart(actor: Actor): boolean {
  return (
    countiesRun(actor).length > 0 ||
    townsReporting(actor).length > 0 ||
    actor.posts.some(
      (p) =>
        (p.bodyKind === 'partyBranch' && p.role === 'secretary') ||
        (p.bodyKind === 'villagersCommittee' && p.role === 'chair'),
    )
  );
}

/** `db`: a command's transaction inside one (on PGlite another statement would wait for it). */
export async function viewerOf(db: Queryable, actor: Actor): Promise<Viewer> {
  const villageIds = [...new Set(actor.posts.map((p) => p.villageId))];
  const scopes = (await countiesOfVillages(db, villageIds)).map((r) => ({
    villageId: r.village_id,
    townId: r.town_id,
    countyId: r.county_id,
  }));
  return {
    actor,
    leads: scopes.filter((s) => leadsVillage(actor, s)),
    townCounties: await countiesOfTowns(db, townsReporting(actor)),
  };
}

/** The viewer's parts in a county's scheme; a village reads it only once it is published. */
export function viewerRoles(viewer: Viewer, scheme: SchemeRow): SchemeRole[] {
  const roles: SchemeRole[] = [];
  if (countiesRun(viewer.actor).includes(scheme.county_id)) roles.push('county');
  if (viewer.townCounties.includes(scheme.county_id)) roles.push('town');
  if (scheme.publicity_round > 0 && viewer.leads.some((l) => l.countyId === scheme.county_id))
    roles.push('village');
  return roles;
}

/** The counties whose schemes the viewer lists. */
export function viewerCounties(viewer: Viewer): string[] {
  return [
    ...new Set([
      ...countiesRun(viewer.actor),
      ...viewer.townCounties,
      ...viewer.leads.map((l) => l.countyId),
    ]),
  ];
}

type Detail = ResponseOf<typeof contract.getScheme>;

/** A scheme as the viewer sees it: every village's figures and place, the contests, their steps. */
export async function schemeDetail(
  app: AppContext,
  viewer: Viewer,
  schemeId: string,
): Promise<Detail> {
  const scheme = await findScheme(app.db, schemeId);
  const roles = scheme ? viewerRoles(viewer, scheme) : [];
  if (!scheme || roles.length === 0)
    throw new DomainError('not_found', { what: 'countyPointsScheme' });
  const on = app.clock.today();
  const [villages, facts, results, contests, fingerprint] = await Promise.all([
    countyVillages(app.db, scheme.county_id),
    factsOf(app.db, scheme),
    resultsOf(app.db, scheme),
    contestsOf(app.db, scheme),
    lastFingerprintOf(app.db, scheme.county_id, {
      type: 'countyPointsScheme',
      id: scheme.id,
      action:
        scheme.status === 'final' || scheme.status === 'awarded'
          ? 'countyPoints.finalised'
          : 'countyPoints.published',
    }),
  ]);
  const factMap = new Map(facts.map((f) => [`${f.village_id}|${f.indicator}`, f]));
  const resultMap = new Map(results.map((r) => [r.village_id, r]));
  const names = new Map(villages.map((v) => [v.id, v.name]));
  const reporting = new Set(townsReporting(viewer.actor));
  const leads = new Set(viewer.leads.map((l) => l.villageId));
  const contesting =
    scheme.status === 'inPublicity' && contestOnTime(on, scheme.publicity_ends_on as CalendarDate);
  const lines = villages.map((v) =>
    presentVillageLine(scheme, v, factMap, resultMap.get(v.id), {
      report:
        scheme.status === 'collecting' && (roles.includes('county') || reporting.has(v.town_id)),
      contest: contesting && leads.has(v.id),
    }),
  );
  // ranked villages first, by rank; before a ranking, as the county lists them
  if (results.length > 0)
    lines.sort(
      (a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.code.localeCompare(b.code),
    );
  return {
    scheme: presentScheme(scheme),
    on,
    roles,
    actions: SCHEME_MACHINE.actionsFor(scheme.status, roles),
    villages: lines,
    contests: contests.map((c) => presentContest(c, names.get(c.village_id) ?? '')),
    fingerprint,
  };
}

/** The schemes the actor lists: their counties' (a village sees one once its ranking is published). */
export async function listSchemes(
  app: AppContext,
  actor: Actor,
): Promise<ResponseOf<typeof contract.listSchemes>> {
  const viewer = await viewerOf(app.db, actor);
  const rows = await schemesOf(app.db, viewerCounties(viewer));
  return {
    counties: await countyNames(app.db, countiesRun(actor)),
    items: rows.filter((r) => viewerRoles(viewer, r).length > 0).map(presentSummary),
  };
}

/** A scheme's page for the actor. */
export async function schemeView(app: AppContext, actor: Actor, schemeId: string) {
  return schemeDetail(app, await viewerOf(app.db, actor), schemeId);
}

/** The village a figure or contest is about, with its town and county. */
export async function villageScopeOf(app: AppContext, villageId: string): Promise<VillageScope> {
  const [row] = await countiesOfVillages(app.db, [villageId]);
  if (!row) throw new DomainError('not_found', { what: 'village' });
  return { villageId: row.village_id, townId: row.town_id, countyId: row.county_id };
}
