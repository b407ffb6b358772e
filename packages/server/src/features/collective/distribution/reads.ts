import type { ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/collectiveDistribution';
import { REPORTS_DAYS } from '@cunzhi/core/collective/distribution/rules';
import { DomainError } from '@cunzhi/core/errors';
import { yuanInCapitals, type Fen } from '@cunzhi/core/money';
import { addDays } from '@cunzhi/core/rules/dayCount';
import type { Queryable } from '../../../platform/db/database.ts';
import { fingerprintOf } from '../../../platform/audit/repository.ts';
import { orgsOf } from '../repository.ts';
import {
  assemblyResolutionsOf,
  dividendsOf,
  findDividend,
  findPlan,
  paymentTotals,
  planFacts,
  plansOf,
  type DividendRow,
  type PlanRow,
} from './repository.ts';

type Plan = ResponseOf<typeof contract.getPlan>['plan'];
type Dividend = ResponseOf<typeof contract.getPlan>['dividends'][number];

export async function planView(db: Queryable, villageId: string, plan: PlanRow): Promise<Plan> {
  const facts = await planFacts(db, villageId, plan.id);
  const totals = await paymentTotals(db, villageId, plan.id);
  return {
    id: plan.id,
    orgId: plan.orgId,
    orgName: facts.orgName,
    year: plan.year,
    incomeFen: plan.incomeFen,
    reserveRateBp: plan.reserveRateBp,
    charterReserveRateBp: facts.charterRateBp,
    charterVersion: facts.charterVersion,
    reserveFen: plan.reserveFen,
    committeeFen: plan.committeeFen,
    poolFen: plan.poolFen,
    payeeKind: plan.payeeKind,
    holdingsOn: plan.holdingsOn,
    totalShares: plan.totalShares,
    payees: facts.payees,
    note: plan.note,
    state: plan.state,
    publishedOn: plan.publishedOn,
    earliestVoteOn: plan.publishedOn ? addDays(plan.publishedOn, REPORTS_DAYS) : null,
    resolution:
      facts.resolutionYear === null || facts.resolutionNumber === null
        ? null
        : `〔${facts.resolutionYear}〕第${facts.resolutionNumber}号`,
    adoptedOn: plan.adoptedOn,
    ...totals,
  };
}

export function dividendView(d: DividendRow): Dividend {
  return {
    id: d.id,
    registerNo: d.registerNo,
    payeeKind: d.personId ? 'person' : 'household',
    payeeName: d.payeeName,
    householdNumber: d.householdNumber,
    shares: d.shares,
    amountFen: d.amountFen,
    paid:
      d.paidOn && d.method
        ? {
            on: d.paidOn,
            method: d.method,
            bankReference: d.bankReference,
            acknowledged: d.acknowledged,
            paidTo: d.paidToName ?? '',
            heir: d.heirEvidence !== null,
          }
        : null,
  };
}

async function requirePlan(db: Queryable, villageId: string, planId: string): Promise<PlanRow> {
  const plan = await findPlan(db, villageId, planId);
  if (!plan) throw new DomainError('not_found', { what: 'collectiveDistribution' });
  return plan;
}

export async function planDetailOf(db: Queryable, villageId: string, planId: string) {
  const plan = await requirePlan(db, villageId, planId);
  return {
    plan: await planView(db, villageId, plan),
    dividends: (await dividendsOf(db, villageId, planId)).map(dividendView),
  };
}

/** The page: the village's organisations, the one shown, its plans and its assemblies' resolutions. */
export async function overviewOf(
  db: Queryable,
  villageId: string,
  asked: string | undefined,
  abilities: { plan: boolean; pay: boolean },
) {
  const orgs = (await orgsOf(db, villageId)).map((o) => ({ id: o.id, name: o.name }));
  const orgId = (asked ? orgs.find((o) => o.id === asked) : orgs[0])?.id ?? null;
  if (!orgId) return { orgs, orgId, plans: [], resolutions: [], abilities };
  const plans = await plansOf(db, villageId, orgId);
  const resolutions = (await assemblyResolutionsOf(db, villageId, orgId)).map((r) => ({
    id: r.id,
    label: `〔${r.year}〕第${r.number}号 ${r.title}`,
    meetingOn: r.meetingOn,
  }));
  return {
    orgs,
    orgId,
    plans: await Promise.all(plans.map((p) => planView(db, villageId, p))),
    resolutions,
    abilities,
  };
}

export async function dividendOf(db: Queryable, villageId: string, dividendId: string) {
  const d = await findDividend(db, villageId, dividendId);
  if (!d) throw new DomainError('not_found', { what: 'collectiveDividend' });
  return d;
}

const capitals = (fen: number) => yuanInCapitals(BigInt(fen) as Fen);

/** The plan notice and the dividend list on A4, carrying the drafting act's fingerprint. */
export async function planSheetOf(
  db: Queryable,
  village: { id: string; name: string },
  planId: string,
) {
  const { plan, dividends } = await planDetailOf(db, village.id, planId);
  return {
    villageName: village.name,
    orgName: plan.orgName,
    plan,
    capitals: {
      income: capitals(plan.incomeFen),
      reserve: capitals(plan.reserveFen),
      committee: capitals(plan.committeeFen),
      pool: capitals(plan.poolFen),
    },
    dividends,
    fingerprint: await fingerprintOf(db, village.id, {
      type: 'collectiveDistribution',
      id: planId,
      action: 'collectiveDistribution.drafted',
    }),
  };
}

/** One dividend's receipt (领取凭证): for the receiver's signature or thumbprint when in cash. */
export async function receiptOf(
  db: Queryable,
  village: { id: string; name: string },
  dividendId: string,
) {
  const d = await dividendOf(db, village.id, dividendId);
  const plan = await planView(db, village.id, await requirePlan(db, village.id, d.planId));
  return {
    villageName: village.name,
    orgName: plan.orgName,
    year: plan.year,
    resolution: plan.resolution,
    dividend: dividendView(d),
    capitals: capitals(d.amountFen),
    fingerprint: await fingerprintOf(db, village.id, {
      type: 'collectiveDividend',
      id: dividendId,
      action: 'collectiveDividend.paid',
    }),
  };
}
