import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { LIAISON_CATEGORIES } from '@cunzhi/core/liaison/terms';
import type { Actor } from '@cunzhi/core/policies/actor';
import { can, villageAbilities } from '@cunzhi/core/policies/village';
import { NEED_SOURCE_NAMES, type NeedSource } from '@cunzhi/core/serviceLists/lists';
import {
  PROJECT_MACHINE,
  projectActors,
  PUBLIC_PROJECT_STATES,
} from '@cunzhi/core/serviceLists/projects';
import {
  listsDueOn,
  listsStatus,
  previousQuarter,
  quarterContaining,
  quarterEnd,
  quarterStart,
  type Quarter,
} from '@cunzhi/core/serviceLists/quarters';
import { fingerprintOf } from '../../platform/audit/repository.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { scopeOf, type VillageRow } from '../../platform/tenancy/repository.ts';
import { LEDGER_WORDS } from '../liaison/ledgerWords.ts';
import { villagesOpenTo } from '../villages/queries.ts';
import {
  presentAmount,
  presentNeed,
  presentProject,
  presentQuarter,
  presentQuarterName,
  presentResolution,
  presentResource,
  presentStatus,
} from './present.ts';
import {
  declaredProjects,
  findQuarter,
  listNeeds,
  listProjects,
  listResources,
  quartersOf,
  reviewResolutions,
} from './repository.ts';

const isLiaisonCategory = (label: string): label is (typeof LIAISON_CATEGORIES)[number] =>
  (LIAISON_CATEGORIES as readonly string[]).includes(label);

/**
 * What the platform recorded from the previous quarter's first day to this quarter's last —
 * the needs a quarter's list is compiled from (梳理): service requests by item, 民情 by category,
 * grid visits. Counted only: the list goes on the board. 民情 about cadres and about named
 * persons are the supervision committee's and are not counted here.
 */
export async function needCandidates(ctx: AppContext, villageId: string, q: Quarter) {
  const from = quarterStart(previousQuarter(q));
  const to = quarterEnd(q);
  const rows = await ctx.db.query<{ source: NeedSource; label: string; count: number }>(
    `SELECT 'serviceRequests' AS source, item_name AS label, count(*)::int AS count
       FROM service_request WHERE village_id = $1 AND ordered_on BETWEEN $2 AND $3
        AND state <> 'withdrawn' GROUP BY item_name
     UNION ALL
     SELECT 'liaisonCases', category, count(*)::int FROM liaison_case
      WHERE village_id = $1 AND reported_on BETWEEN $2 AND $3 AND state <> 'merged'
        AND category <> 'cadreConduct' AND cardinality(concerns_person_ids) = 0 GROUP BY category
     UNION ALL
     SELECT 'gridVisits', '', count(*)::int FROM liaison_visit
      WHERE village_id = $1 AND visited_on BETWEEN $2 AND $3 HAVING count(*) > 0
     ORDER BY 1, 3 DESC, 2`,
    [villageId, from, to],
  );
  return rows.map((r) => ({
    source: r.source,
    sourceName: NEED_SOURCE_NAMES[r.source],
    // the lists are the village's documents: in Chinese whatever the reader's language
    label: isLiaisonCategory(r.label) ? LEDGER_WORDS.category[r.label] : r.label,
    count: r.count,
  }));
}

/** A quarter's three lists as the reader may see and act on them. */
export async function listsPage(ctx: AppContext, village: VillageRow, q: Quarter, actor: Actor) {
  const abilities = villageAbilities(actor, scopeOf(village));
  const today = ctx.clock.today();
  const villageId = village.id;
  const row = await findQuarter(ctx.db, villageId, q);
  const [needs, resources, projects] = row
    ? await Promise.all([
        listNeeds(ctx.db, villageId, row.id),
        listResources(ctx.db, villageId, row.id),
        listProjects(ctx.db, villageId, row.id),
      ])
    : [[], [], []];
  const manages = abilities.manageServiceLists;
  const resolutions = await reviewResolutions(ctx.db, villageId, {
    ids: projects.flatMap((p) => (p.resolution_id ? [p.resolution_id] : [])),
    // those who review choose among the joint meeting's resolutions since the lists' quarter began
    jointSince: manages ? quarterStart(q) : ('9999-12-31' as CalendarDate),
  });
  const roles = projectActors(actor, scopeOf(village));
  const context = {
    needs: new Map(needs.map((n) => [n.id, n])),
    resources: new Map(resources.map((r) => [r.id, r])),
    resolutions: new Map(resolutions.map((r) => [r.id, r])),
    village,
  };
  return {
    on: today,
    villageName: village.name,
    quarter: presentQuarter(q, row?.published_on ?? null, today),
    needs: needs.map(presentNeed),
    resources: resources.map(presentResource),
    projects: projects.map((p) =>
      presentProject(p, { ...context, actions: PROJECT_MACHINE.actionsFor(p.state, roles) }),
    ),
    candidates: manages ? await needCandidates(ctx, villageId, q) : [],
    resolutions: manages
      ? resolutions
          .filter((r) => r.meeting_kind === 'twoCommitteesJointMeeting' && !r.revoked_on)
          .map((r) => presentResolution(village, r))
      : [],
    fingerprint: row
      ? await fingerprintOf(ctx.db, villageId, {
          type: 'serviceQuarter',
          id: row.id,
          action: 'serviceLists.published',
        })
      : null,
    abilities,
  };
}

/**
 * What a villager reads on the phone (公示): the needs and resources once published, and the
 * projects from the town's filing on, with their results; nothing of the lists in the making.
 */
export async function publishedLists(
  ctx: AppContext,
  village: VillageRow,
  q: Quarter,
  actor: Actor,
) {
  const page = await listsPage(ctx, village, q, actor);
  const published = page.quarter.publishedOn !== null;
  return {
    ...page,
    needs: published ? page.needs : [],
    resources: published ? page.resources : [],
    projects: page.projects.filter((p) => PUBLIC_PROJECT_STATES.has(p.state)),
  };
}

/**
 * The town's view: each village it oversees with this quarter's and the last quarter's lists
 * (a quarter without lists is overdue to the town), and the projects declared to it.
 */
export async function townLists(ctx: AppContext, actor: Actor) {
  const today = ctx.clock.today();
  const q = quarterContaining(today);
  const prev = previousQuarter(q);
  const villages = (await villagesOpenTo(ctx, actor)).filter((v) =>
    can(actor, 'readServiceLists', scopeOf(v)),
  );
  const ids = villages.map((v) => v.id);
  const [rows, declared] = await Promise.all([
    quartersOf(ctx.db, ids, [q, prev]),
    declaredProjects(ctx.db, ids),
  ]);
  const publishedOn = (villageId: string, of: Quarter) =>
    rows.find((r) => r.village_id === villageId && r.year === of.year && r.quarter === of.quarter)
      ?.published_on ?? null;
  const nameOf = new Map(villages.map((v) => [v.id, v.name]));
  return {
    on: today,
    quarter: {
      year: q.year,
      quarter: q.quarter,
      name: presentQuarterName(q),
      dueOn: listsDueOn(q),
    },
    villages: villages.map((v) => {
      const now = presentStatus(listsStatus(q, publishedOn(v.id, q), today));
      const before = presentStatus(listsStatus(prev, publishedOn(v.id, prev), today));
      return {
        villageId: v.id,
        villageName: v.name,
        ...now,
        publishedOn: publishedOn(v.id, q),
        previousStatus: before.status,
        previousStatusName: before.statusName,
      };
    }),
    declared: declared.map((p) => ({
      villageId: p.village_id,
      villageName: nameOf.get(p.village_id) ?? '',
      projectId: p.id,
      year: p.year,
      quarter: p.quarter,
      title: p.title,
      designerName: p.designer_name,
      budget: presentAmount(p.budget_fen),
      declaredOn: p.declared_on!,
      quarterName: presentQuarterName(p),
    })),
  };
}
