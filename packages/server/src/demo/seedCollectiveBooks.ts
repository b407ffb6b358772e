import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { addDays } from '@cunzhi/core/rules/dayCount';
import type { DemoAccount } from '@cunzhi/demo/types';
import type { AppContext } from '../platform/http/context.ts';
import { membersOn, orgsOf } from '../features/collective/repository.ts';
import { openBankAccount } from '../features/collective/books/commands/bankAccounts.ts';
import { bookOrgVoucher } from '../features/collective/books/commands/bookOrgVoucher.ts';
import { recordDerivativeRequest } from '../features/collective/books/commands/derivative.ts';
import { demoCadres, DemoStory } from './story.ts';

/** This month's entries on the cooperative's book: shop rents in, the month's costs out. */
const ENTRIES = [
  {
    day: 1,
    summary: '收商铺租金（1—6号铺面）',
    debit: '1002',
    credit: '5001',
    fen: 3_860_000,
    who: '花乡农贸市场商户',
  },
  {
    day: 2,
    summary: '收停车场承包费',
    debit: '1002',
    credit: '5001',
    fen: 1_250_000,
    who: '花乡停车场承包人',
  },
  {
    day: 3,
    summary: '收金川公司上交投资收益',
    debit: '1002',
    credit: '5201',
    fen: 5_000_000,
    who: '金川公司',
  },
  {
    day: 4,
    summary: '付集体厂房维修费',
    debit: '5002',
    credit: '1002',
    fen: 486_000,
    who: '花乡建筑维修队',
  },
  {
    day: 5,
    summary: '付理事会、监事会误工补贴',
    debit: '5102',
    credit: '1002',
    fen: 420_000,
    who: '理事会、监事会成员（14人）',
  },
] as const;

/**
 * The showcase cooperative's money (seed 002's 股份经济合作社), made through the real commands:
 * its basic deposit account in its own name at the rural commercial bank, this month's entries
 * on its own book (the months before are closed with the village's books: 村账乡代管), and a
 * written request by eleven members asking the supervisors to sue over uncollected factory rent,
 * received six days ago — the supervisors have until the fifteenth day. Nothing is seeded when
 * the village has no organisation yet.
 */
export async function seedShowcaseCollectiveBooks(
  ctx: AppContext,
  accounts: readonly DemoAccount[],
  today: CalendarDate,
): Promise<void> {
  const cadres = demoCadres(accounts);
  const villageId = cadres.villageId;
  const org = (await orgsOf(ctx.db, villageId)).find((o) => o.level === 'village');
  if (!org) return;
  const s = new DemoStory(ctx, cadres, today);
  // registered on the platform today; opened at the bank when the organisation was founded
  await openBankAccount(s.acting(today, cadres.committeeChair), {
    orgId: org.id,
    bankName: '花乡农村商业银行营业部',
    accountNo: '6228480012345678',
    holderKind: 'organisation',
    holderName: org.name,
    purpose: '基本存款账户',
    openedOn: org.foundedOn,
  });
  const month = today.slice(0, 8);
  for (const e of ENTRIES) {
    const on = `${month}${String(e.day).padStart(2, '0')}` as CalendarDate;
    if (on > today) break;
    await bookOrgVoucher(s.acting(on, cadres.committeeChair), org.id, {
      on,
      summary: e.summary,
      lines: [
        { accountCode: e.debit, debitFen: e.fen, creditFen: 0, counterparty: e.who },
        { accountCode: e.credit, debitFen: 0, creditFen: e.fen, counterparty: e.who },
      ],
    });
  }
  const receivedOn = addDays(today, -6);
  const capable = (await membersOn(ctx.db, villageId, org.id, receivedOn)).filter(
    (m) => m.fullCapacity,
  );
  if (capable.length < 11) return;
  await recordDerivativeRequest(s.acting(receivedOn, cadres.supervisionChair), {
    orgId: org.id,
    receivedOn,
    grounds:
      '理事会未按租赁合同追收集体厂房租金，承租人拖欠两年租金共计十八万元，造成集体收益损失，请求监事会向人民法院提起诉讼。',
    requesterIds: capable.slice(0, 11).map((m) => m.personId),
  });
}
