import type { ReplyOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/collectiveBooks';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { yearTotals } from '@cunzhi/core/collective/books/entries';
import type { Queryable } from '../../../platform/db/database.ts';
import { orgsOf } from '../repository.ts';
import { dividendsOf as planDividends, plansOf } from '../distribution/repository.ts';
import { bankAccounts } from './repository.ts';
import {
  derivativeRequests,
  dividendsOf,
  membershipOf,
  orgBalances,
  orgResolutions,
  orgVouchers,
  orgYearMovements,
  sharesOf,
} from './queries.ts';
import { presentAccount, presentBalance, presentRequest, presentVoucher } from './present.ts';

/** The vouchers a page lists (the latest); the full journal is the village ledger's pattern. */
const VOUCHERS_SHOWN = 200;
const RESOLUTIONS_SHOWN = 20;
/** The console's page: one organisation's accounts, book and requests to sue. */
export async function overview(
  db: Queryable,
  villageId: string,
  wantedOrgId: string | undefined,
  today: CalendarDate,
  abilities: { keep: boolean; recordRequests: boolean },
): Promise<ReplyOf<typeof contract.booksOverview>> {
  const orgs = await orgsOf(db, villageId);
  const org = orgs.find((o) => o.id === wantedOrgId) ?? orgs[0];
  const refs = orgs.map((o) => ({ id: o.id, name: o.name, level: o.level }));
  if (!org)
    return {
      orgs: refs,
      orgId: null,
      accounts: [],
      vouchers: [],
      balances: [],
      requests: [],
      abilities,
    };
  const [accounts, vouchers, balances, requests] = await Promise.all([
    bankAccounts(db, villageId, org.id),
    orgVouchers(db, villageId, org.id, VOUCHERS_SHOWN),
    orgBalances(db, villageId, org.id, today),
    derivativeRequests(db, villageId, org.id),
  ]);
  return {
    orgs: refs,
    orgId: org.id,
    accounts: accounts.map((a) => presentAccount(a, abilities.keep)),
    vouchers: vouchers.map(presentVoucher),
    balances: balances.map(presentBalance),
    requests: requests.map((r) => presentRequest(r, today)),
    abilities,
  };
}

/** The latest adopted plan's dividends in register order: the list every member may read. */
async function dividendList(db: Queryable, villageId: string, orgId: string) {
  const plan = (await plansOf(db, villageId, orgId)).find((p) => p.state === 'adopted');
  if (!plan) return null;
  const rows = await planDividends(db, villageId, plan.id);
  return {
    year: plan.year,
    rows: rows.map((d) => ({
      registerNo: d.registerNo,
      name: d.payeeName,
      amountFen: Number(d.amountFen),
      paid: d.paidOn !== null,
    })),
  };
}

type Membership = Awaited<ReturnType<typeof membershipOf>>[number];

/** One organisation as a member sees it; the lists and minutes only while they are a member. */
async function membershipView(
  db: Queryable,
  villageId: string,
  personId: string,
  m: Membership,
  today: CalendarDate,
): Promise<ReplyOf<typeof contract.myCollective>['memberships'][number]> {
  const year = Number(today.slice(0, 4));
  const member = m.status === 'member';
  const [shares, dividends, accounts, movements, resolutions, list] = await Promise.all([
    sharesOf(db, villageId, m.org_id, personId, today),
    dividendsOf(db, villageId, m.org_id, personId),
    bankAccounts(db, villageId, m.org_id),
    orgYearMovements(db, villageId, m.org_id, year),
    member ? orgResolutions(db, villageId, m.org_id, RESOLUTIONS_SHOWN) : [],
    member ? dividendList(db, villageId, m.org_id) : null,
  ]);
  return {
    orgId: m.org_id,
    orgName: m.org_name,
    registerNo: m.register_no,
    status: m.status as 'member' | 'lost' | 'exited',
    since: m.since,
    shares: shares.map((s) => ({ shareClass: s.share_class, units: Number(s.units) })),
    dividends: dividends.map((d) => ({
      year: d.year,
      payeeKind: d.person_id ? ('person' as const) : ('household' as const),
      shares: Number(d.shares),
      amountFen: Number(d.amount_fen),
      paidOn: d.paid_on,
    })),
    accounts: accounts.filter((a) => !a.closed_on).map((a) => presentAccount(a, false)),
    year,
    totals: yearTotals(
      movements.map((r) => ({
        accountCode: r.account_code,
        debitFen: Number(r.debit_fen),
        creditFen: Number(r.credit_fen),
      })),
    ),
    resolutions: resolutions.map((r) => ({
      number: `〔${r.year}〕第${r.number}号`,
      title: r.title,
      on: r.adopted_on,
    })),
    dividendList: list,
  };
}

/** A member's phone page: each organisation they are (or were) on the register of. */
export async function mine(
  db: Queryable,
  villageId: string,
  personId: string,
  today: CalendarDate,
): Promise<ReplyOf<typeof contract.myCollective>> {
  const rows = await membershipOf(db, villageId, personId);
  return {
    memberships: await Promise.all(
      rows.map((m) => membershipView(db, villageId, personId, m, today)),
    ),
  };
}
