import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { Locale } from '@cunzhi/core/errors';
import {
  duesLines,
  dueIn,
  lapseFinding,
  unpaidRun,
  type DuesFacts,
} from '@cunzhi/core/party/dues/account';
import { monthOf } from '@cunzhi/core/party/dues/months';
import { yearMonths, yearStatement } from '@cunzhi/core/party/dues/statement';
import { findingWithCitation } from '@cunzhi/core/rules/findings';
import type { RuleParams } from '@cunzhi/core/rules/profile';
import type { Queryable } from '../../../platform/db/database.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import type { VillageRow } from '../../../platform/tenancy/repository.ts';
import { partyMembersOn } from '../repository.ts';
import { duesFactsOf, membersLeftBetween } from './repository.ts';

/** The members on a day with their dues facts and the profile's numbers of that day. */
async function accountsOn(db: Queryable, villageId: string, on: CalendarDate) {
  const [members, { profile }] = await Promise.all([
    partyMembersOn(db, villageId, on),
    loadVillageProfile(db, villageId, on),
  ]);
  const facts = await duesFactsOf(db, villageId, members, on);
  return { members, facts, params: profile.params };
}

function arrearsOf(facts: DuesFacts, params: RuleParams, today: CalendarDate) {
  const arrears = duesLines(facts, params, today, facts.from, monthOf(today)).filter(
    (l) => l.inArrears,
  );
  return {
    arrearsMonths: arrears.length,
    arrearsFen: arrears.reduce((sum, l) => sum + (l.dueFen ?? 0), 0),
  };
}

/** The branch's dues page: every member's standard, last payment, arrears and unpaid run. */
export async function duesOverview(
  db: Queryable,
  villageId: string,
  today: CalendarDate,
  locale: Locale,
) {
  const { members, facts, params } = await accountsOn(db, villageId, today);
  const month = monthOf(today);
  const findings: Array<{ personId: string; message: string }> = [];
  const rows = members.map((m) => {
    const f = facts.get(m.personId)!;
    const latest = f.bases.filter((b) => b.from <= month).at(-1) ?? f.bases.at(-1) ?? null;
    const lapse = lapseFinding(f, params, today, m.name);
    if (lapse) findings.push({ personId: m.personId, message: findingWithCitation(lapse, locale) });
    const paidMonths = [...f.paid.keys()].sort();
    return {
      personId: m.personId,
      name: m.name,
      status: m.status,
      category: m.category,
      basis: latest ? { ...latest.basis, fromMonth: latest.from } : null,
      monthlyDuesFen: dueIn(f, month, params),
      lastPaidMonth: paidMonths.at(-1) ?? null,
      ...arrearsOf(f, params, today),
      unpaidRun: unpaidRun(f, today),
      lapsed: lapse !== null,
    };
  });
  return {
    today,
    lapseMonths: params['PARTY-DUES-LAPSE'].months,
    standard: params['PARTY-DUES'],
    members: rows,
    findings,
  };
}

/** The year's statement as filed with the town, judged on `today` (or the year's last day, if past). */
export async function statementOf(
  db: Queryable,
  village: VillageRow,
  year: number,
  today: CalendarDate,
) {
  const yearEnd = `${yearMonths(year).last}-31` as CalendarDate;
  const asOf = today < yearEnd ? today : yearEnd;
  const [current, left, { profile }] = await Promise.all([
    partyMembersOn(db, village.id, asOf),
    membersLeftBetween(db, village.id, `${year}-01-01`, asOf),
    loadVillageProfile(db, village.id, asOf),
  ]);
  const members: Array<{
    personId: string;
    name: string;
    joinedOn: string | null;
    leftOn?: string;
  }> = [...current, ...left];
  const facts = await duesFactsOf(db, village.id, members, asOf);
  const params = profile.params;
  const statement = yearStatement(
    members.map((m) => ({ personId: m.personId, name: m.name, facts: facts.get(m.personId)! })),
    params,
    // a past year is judged once it has ended: every month of it counts as ended
    today < yearEnd ? today : (`${year + 1}-01-01` as CalendarDate),
    year,
  );
  const leftOn = new Map(left.map((m) => [m.personId, m.leftOn]));
  return {
    ...statement,
    rows: statement.rows.map((r) => ({ ...r, leftOn: leftOn.get(r.personId) ?? null })),
    villageId: village.id,
    villageName: village.name,
    townName: village.town_name,
    asOf,
  };
}

/** A member's own account on the phone: this year's months and the arrears. */
export async function ownDues(
  db: Queryable,
  villageId: string,
  personId: string | null,
  today: CalendarDate,
) {
  const year = Number(today.slice(0, 4));
  const empty = {
    member: false,
    year,
    monthlyDuesFen: null,
    lines: [],
    arrearsMonths: 0,
    arrearsFen: 0,
  };
  if (!personId) return empty;
  const { members, facts, params } = await accountsOn(db, villageId, today);
  const me = members.find((m) => m.personId === personId);
  if (!me) return empty;
  const f = facts.get(personId)!;
  const { first, last } = yearMonths(year);
  return {
    member: true,
    year,
    monthlyDuesFen: dueIn(f, monthOf(today), params),
    lines: duesLines(f, params, today, first, last),
    ...arrearsOf(f, params, today),
  };
}
