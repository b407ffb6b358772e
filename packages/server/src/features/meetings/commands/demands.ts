import { randomUUID } from 'node:crypto';
import { DomainError, type FieldProblem } from '@cunzhi/core/errors';
import { latestBirthDateForAge, type CalendarDate } from '@cunzhi/core/calendarDate';
import { ADULT_AGE } from '@cunzhi/core/registry/person';
import { demandCheck, type DemandCheck, type DemandRoute } from '@cunzhi/core/meetings/convening';
import type { RuleParams } from '@cunzhi/core/rules/profile';
import type { Queryable, Tx } from '../../../platform/db/database.ts';
import type { AppContext } from '../../../platform/http/context.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import { audit, type Who } from '../common.ts';
import { SEAT_ROLES } from '../presence.ts';
import { findDemand, listDemands, type DemandRow } from '../repository.ts';

export type DemandKind = 'villagersAssembly' | 'representativesMeeting';

const SIGNERS: Record<DemandRoute, { zh: string; en: string }> = {
  villagers: { zh: '本村年满十八周岁的村民', en: 'villagers aged 18 or over' },
  representatives: { zh: '在任村民代表', en: 'serving representatives' },
};

/** The bases of the demand thresholds on a date: adults of the village, serving representatives. */
export async function demandBases(
  db: Queryable,
  villageId: string,
  on: CalendarDate,
): Promise<Record<DemandRoute, number>> {
  const [row] = await db.query<{ adults: number; representatives: number }>(
    `SELECT
       (SELECT count(*) FROM person WHERE village_id = $1 AND birth_date <= $3::date) AS adults,
       (SELECT count(DISTINCT s.person_id) FROM body_membership s
          JOIN body_term t ON t.village_id = s.village_id AND t.id = s.term_id
          JOIN body b ON b.village_id = s.village_id AND b.id = s.body_id
        WHERE s.village_id = $1 AND b.kind = 'representativesMeeting' AND s.role = ANY($4::text[])
          AND t.starts_on <= $2::date AND $2::date <= t.ends_on
          AND s.starts_on <= $2::date AND (s.ended_on IS NULL OR $2::date < s.ended_on)) AS representatives`,
    [villageId, on, latestBirthDateForAge(on, ADULT_AGE), SEAT_ROLES],
  );
  return { villagers: row?.adults ?? 0, representatives: row?.representatives ?? 0 };
}

/** Which of some persons may sign a demand of this route on a date (adults, or serving representatives). */
async function qualifiedSigners(
  db: Queryable,
  villageId: string,
  route: DemandRoute,
  personIds: readonly string[],
  on: CalendarDate,
): Promise<Map<string, string>> {
  const rows =
    route === 'villagers'
      ? await db.query<{ id: string; name: string }>(
          `SELECT id, name FROM person WHERE village_id = $1 AND id = ANY($2::uuid[]) AND birth_date <= $3::date`,
          [villageId, personIds, latestBirthDateForAge(on, ADULT_AGE)],
        )
      : await db.query<{ id: string; name: string }>(
          `SELECT DISTINCT p.id, p.name FROM body_membership s
             JOIN body_term t ON t.village_id = s.village_id AND t.id = s.term_id
             JOIN body b ON b.village_id = s.village_id AND b.id = s.body_id
             JOIN person p ON p.village_id = s.village_id AND p.id = s.person_id
           WHERE s.village_id = $1 AND p.id = ANY($2::uuid[]) AND b.kind = 'representativesMeeting'
             AND s.role = ANY($4::text[])
             AND t.starts_on <= $3::date AND $3::date <= t.ends_on
             AND s.starts_on <= $3::date AND (s.ended_on IS NULL OR $3::date < s.ended_on)`,
          [villageId, personIds, on, SEAT_ROLES],
        );
  return new Map(rows.map((r) => [r.id, r.name]));
}

function check(
  d: Pick<DemandRow, 'kind' | 'route' | 'signatures'>,
  bases: Record<DemandRoute, number>,
  params: RuleParams,
): DemandCheck | null {
  return demandCheck(d.kind, d.route, d.signatures, bases[d.route], params);
}

/**
 * VCOL-21-CONVENE / VCOL-26-FREQ: villagers (1/10) or representatives (1/3)
 * may demand an assembly; representatives (1/5) a representatives' meeting.
 */
export async function createDemand(
  ctx: AppContext,
  who: Who,
  input: { kind: DemandKind; route: DemandRoute; reason: string },
) {
  const { profile } = await loadVillageProfile(ctx.db, who.villageId);
  if (!demandCheck(input.kind, input.route, 0, 0, profile.params))
    throw new DomainError('validation_failed', {}, [{ field: 'route', error: 'enum_invalid' }]);
  const id = randomUUID();
  await ctx.db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO meeting_demand (village_id, id, kind, route, reason, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        who.villageId,
        id,
        input.kind,
        input.route,
        input.reason,
        who.actorAccountId,
        ctx.clock.now(),
      ],
    );
    await audit(
      ctx,
      tx,
      who,
      'demand.created',
      { type: 'demand', id },
      {
        kind: input.kind,
        route: input.route,
        reason: input.reason,
      },
    );
  });
  return { id };
}

/** Adds signatures (the demand row is locked) and marks the demand met once the threshold is reached. */
async function addSignatures(
  ctx: AppContext,
  tx: Tx,
  who: Who,
  demand: DemandRow,
  signers: Array<{ id: string; name: string }>,
  source: 'app' | 'paper',
): Promise<void> {
  const today = ctx.clock.today();
  const added: Array<{ id: string; name: string }> = [];
  for (const s of signers) {
    const rows = await tx.query(
      `INSERT INTO demand_signature (village_id, demand_id, person_id, source, recorded_by, signed_at)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING person_id`,
      [who.villageId, demand.id, s.id, source, who.actorAccountId, ctx.clock.now()],
    );
    if (rows.length > 0) added.push(s);
  }
  if (added.length === 0) return;
  await audit(
    ctx,
    tx,
    who,
    'demand.signed',
    { type: 'demand', id: demand.id },
    {
      source,
      signers: added.map((s) => ({ personId: s.id, name: s.name })),
    },
  );
  const after = await findDemand(tx, who.villageId, demand.id);
  if (!after || after.status !== 'collecting') return;
  const { profile } = await loadVillageProfile(tx, who.villageId);
  const c = check(after, await demandBases(tx, who.villageId, today), profile.params);
  if (c?.met) {
    await tx.query(`UPDATE meeting_demand SET status = 'met' WHERE village_id = $1 AND id = $2`, [
      who.villageId,
      demand.id,
    ]);
    await audit(
      ctx,
      tx,
      who,
      'demand.met',
      { type: 'demand', id: demand.id },
      {
        ruleId: c.ruleId,
        count: c.count,
        base: c.base,
        required: c.required,
      },
    );
  }
}

async function lockOpenDemand(tx: Tx, villageId: string, demandId: string): Promise<DemandRow> {
  const demand = await findDemand(tx, villageId, demandId, { forUpdate: true });
  if (!demand) throw new DomainError('not_found', { what: 'demand' });
  if (demand.status === 'convened') throw new DomainError('demand_closed');
  return demand;
}

/** A villager signs a demand themselves (idempotent). */
export async function signDemand(ctx: AppContext, who: Who, input: { demandId: string }) {
  const today = ctx.clock.today();
  return ctx.db.transaction(async (tx) => {
    const demand = await lockOpenDemand(tx, who.villageId, input.demandId);
    const qualified = who.personId
      ? await qualifiedSigners(tx, who.villageId, demand.route, [who.personId], today)
      : new Map<string, string>();
    const name = who.personId ? qualified.get(who.personId) : undefined;
    if (!who.personId || name === undefined)
      throw new DomainError('demand_not_signable', {
        who: SIGNERS[demand.route].zh,
        whoEn: SIGNERS[demand.route].en,
      });
    await addSignatures(ctx, tx, who, demand, [{ id: who.personId, name }], 'app');
  });
}

/** The clerk enters signatures collected on paper; all must qualify, or none is recorded. */
export async function recordPaperSignatures(
  ctx: AppContext,
  who: Who,
  input: { demandId: string; personIds: string[] },
) {
  const today = ctx.clock.today();
  return ctx.db.transaction(async (tx) => {
    const demand = await lockOpenDemand(tx, who.villageId, input.demandId);
    const ids = [...new Set(input.personIds)];
    const qualified = await qualifiedSigners(tx, who.villageId, demand.route, ids, today);
    const problems: FieldProblem[] = input.personIds.flatMap((id, i) =>
      qualified.has(id) ? [] : [{ field: `personIds.${i}`, error: 'field_invalid' as const }],
    );
    if (problems.length > 0) throw new DomainError('validation_failed', {}, problems);
    await addSignatures(
      ctx,
      tx,
      who,
      demand,
      ids.map((id) => ({ id, name: qualified.get(id) ?? '' })),
      'paper',
    );
  });
}

export interface DemandView {
  id: string;
  kind: DemandKind;
  route: DemandRoute;
  reason: string;
  status: DemandRow['status'];
  createdAt: Date;
  createdByName: string;
  signatures: number;
  check: DemandCheck | null;
  meetingId: string | null;
  signedByMe: boolean;
}

/** Demands with their live threshold check (the bases are today's adults and representatives). */
export async function demandViews(
  db: Queryable,
  villageId: string,
  today: CalendarDate,
  params: RuleParams,
  personId: string | null,
  only?: string,
): Promise<DemandView[]> {
  const rows = only
    ? [await findDemand(db, villageId, only)].filter((d): d is DemandRow => d !== null)
    : await listDemands(db, villageId);
  const bases = await demandBases(db, villageId, today);
  const mine = personId
    ? new Set(
        (
          await db.query<{ demand_id: string }>(
            'SELECT demand_id FROM demand_signature WHERE village_id = $1 AND person_id = $2',
            [villageId, personId],
          )
        ).map((r) => r.demand_id),
      )
    : new Set<string>();
  return rows.map((d) => ({
    id: d.id,
    kind: d.kind,
    route: d.route,
    reason: d.reason,
    status: d.status,
    createdAt: d.created_at,
    createdByName: d.created_by_name,
    signatures: d.signatures,
    check: check(d, bases, params),
    meetingId: d.meeting_id,
    signedByMe: mine.has(d.id),
  }));
}
