import type { ReplyOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/collectiveBooks';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { yearTotals } from '@cunzhi/core/collective/books/entries';
import type { Queryable } from '../../../platform/db/database.ts';
import { orgsOf } from '../repository.ts';
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
/** The organisation's own meetings (core/meetings/meetingKinds.ts): their resolutions are its minutes. */
const ORG_MEETINGS = [
  'membersAssembly',
  'membersRepresentativesAssembly',
  'collectiveCouncilMeeting',
];

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

/** A member's phone page: each organisation they are (or were) on the register of. */
export async function mine(
  db: Queryable,
  villageId: string,
  personId: string,
  today: CalendarDate,
): Promise<ReplyOf<typeof contract.myCollective>> {
  const year = Number(today.slice(0, 4));
  const resolutions = (await orgResolutions(db, villageId, ORG_MEETINGS, RESOLUTIONS_SHOWN)).map(
    (r) => ({ number: `〔${r.year}〕第${r.number}号`, title: r.title, on: r.adopted_on }),
  );
  const memberships = await Promise.all(
    (await membershipOf(db, villageId, personId)).map(async (m) => {
      const [shares, dividends, accounts, movements] = await Promise.all([
        sharesOf(db, villageId, m.org_id, personId, today),
        dividendsOf(db, villageId, m.org_id, personId),
        bankAccounts(db, villageId, m.org_id),
        orgYearMovements(db, villageId, m.org_id, year),
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
        resolutions: m.status === 'member' ? resolutions : [],
      };
    }),
  );
  return { memberships };
}
