import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { addMonths, monthOf, monthsBetween, type DuesMonth } from '@cunzhi/core/party/dues/months';
import { monthlyDues, type DuesBasisKind } from '@cunzhi/core/party/dues/standard';
import type { PartyMemberOn } from '@cunzhi/core/party/members';
import type { DemoAccount } from '@cunzhi/demo/types';
import type { AppContext } from '../platform/http/context.ts';
import { loadVillageProfile } from '../platform/rules/villageProfile.ts';
import { findVillage } from '../platform/tenancy/repository.ts';
import { publishDuesNotice } from '../features/party/dues/commands/publishDuesNotice.ts';
import { recordBasis } from '../features/party/dues/commands/recordBasis.ts';
import { recordPayment } from '../features/party/dues/commands/recordPayment.ts';
import { partyMembersOn } from '../features/party/repository.ts';
import { account, acting, on } from './seedComplaints.ts';

/** How many months back the branch began keeping its dues here (the first basis). */
const MONTHS_KEPT = 8;

/** The basis a member's category suggests, with a wage or pension that varies member by member. */
function basisOf(m: PartyMemberOn, i: number): { kind: DuesBasisKind; monthlyIncomeFen?: number } {
  switch (m.category) {
    case 'retired':
      // pensions around ¥3,000–¥6,000: both of the retired bands
      return { kind: 'retired', monthlyIncomeFen: 300_000 + ((i * 37_300) % 300_000) };
    case 'employed':
    case 'migrant':
      // wages after tax ¥2,600–¥12,000: every salaried band
      return { kind: 'salaried', monthlyIncomeFen: 260_000 + ((i * 91_700) % 940_000) };
    default:
      // farming members; every seventh lives on the minimum allowance (the reduced ¥0.2)
      return { kind: i % 7 === 0 ? 'reduced' : 'farmer' };
  }
}

/**
 * The showcase community's 党费 through the real commands, by the 组织委员 (the secretary's
 * account): each member's basis from eight months back, their dues paid month by month at the
 * standard (some a little more), two members a month or two behind, and one 流动党员 who has paid
 * nothing since the first month — six and more unpaid in a row, 党章第九条's finding on the
 * branch's page; the year's totals published as 党务公开.
 */
export async function seedShowcasePartyDues(
  ctx: AppContext,
  accounts: readonly DemoAccount[],
  today: CalendarDate,
): Promise<void> {
  const secretary = account(accounts, '13800000001');
  const villageId = secretary.villageId!;
  const cmd = acting(on(ctx, today, '16:00'), villageId, secretary);
  const members = await partyMembersOn(ctx.db, villageId, today);
  const current = monthOf(today);
  const first = addMonths(current, -MONTHS_KEPT);
  const lapsing = members.find((m) => m.category === 'migrant')?.personId;
  const { profile } = await loadVillageProfile(ctx.db, villageId, today);
  for (const [i, m] of members.entries()) {
    await recordBasis(cmd, { personId: m.personId, fromMonth: first, ...basisOf(m, i) });
    const from = m.joinedOn && monthOf(m.joinedOn) > first ? monthOf(m.joinedOn) : first;
    // the lapsing member paid the first month only; two others are one and two months behind
    const behind = i === 3 ? 2 : i === 5 ? 1 : 0;
    const months =
      m.personId === lapsing ? [from] : monthsBetween(from, addMonths(current, -1 - behind));
    const owed = monthlyDues({ monthlyIncomeFen: null, ...basisOf(m, i) }, profile.params);
    // some members round up (自愿多交): to the next yuan
    const amountFen = i % 4 === 0 ? Math.ceil(owed / 100) * 100 : owed;
    for (const batch of quarters(months))
      await recordPayment(cmd, {
        personId: m.personId,
        months: batch,
        amountFen,
        method: i % 3 === 0 ? 'transfer' : 'cash',
        paidOn: paidOn(batch.at(-1)!, today),
      });
  }
  const village = (await findVillage(ctx.db, villageId))!;
  await publishDuesNotice(cmd, village, { year: Number(today.slice(0, 4)), withNames: false });
}

/** Months paid three at a time, as branches collect them at the quarter's meeting. */
function quarters(months: readonly DuesMonth[]): DuesMonth[][] {
  const out: DuesMonth[][] = [];
  for (let i = 0; i < months.length; i += 3) out.push(months.slice(i, i + 3));
  return out;
}

/** Paid on the tenth of the month after the batch's last month, never after today. */
function paidOn(last: DuesMonth, today: CalendarDate): string {
  const day = `${addMonths(last, 1)}-10`;
  return day < today ? day : today;
}
