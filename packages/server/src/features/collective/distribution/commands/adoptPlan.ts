import {
  dividendsPayableEntry,
  reserveEntry,
  type Entry,
} from '@cunzhi/core/collective/books/entries';
import { checkReportsPublished } from '@cunzhi/core/collective/distribution/rules';
import { DomainError } from '@cunzhi/core/errors';
import { RuleRefusal } from '@cunzhi/core/rules/findings';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { CommandContext } from '../../../../platform/command.ts';
import type { Tx } from '../../../../platform/db/database.ts';
import { recordEvent } from '../../../../platform/audit/record.ts';
import { lockOrg } from '../../repository.ts';
import {
  bookCommitteePaymentInTx,
  bookOrgVoucherInTx,
} from '../../books/commands/bookOrgVoucher.ts';
import {
  adoptedPlanOf,
  findPlan,
  markAdopted,
  planAdoptedBy,
  resolutionFacts,
  type PlanRow,
  type ResolutionFacts,
} from '../repository.ts';

/**
 * The meetings that may adopt a plan: the members' assembly, and the representatives' assembly
 * (Art. 28 keeps from it only Art. 26 (一)(三)(八)(十)(十二); income distribution is not among
 * them).
 */
const ADOPTING_MEETINGS = new Set(['membersAssembly', 'membersRepresentativesAssembly']);

function unfit(reason: { zh: string; en: string }, locale: CommandContext['locale']): never {
  throw new DomainError('collective_distribution_resolution_unfit', {
    reason: locale === 'en' ? reason.en : reason.zh,
  });
}

function checkResolution(
  r: ResolutionFacts | null,
  orgId: string,
  cmd: CommandContext,
): ResolutionFacts {
  if (!r) throw new DomainError('not_found', { what: 'resolution' });
  if (r.revoked) unfit({ zh: '该决议已被撤销', en: 'it was revoked' }, cmd.locale);
  if (!ADOPTING_MEETINGS.has(r.meetingKind) || r.orgId !== orgId)
    unfit(
      {
        zh: '收益分配方案须由本组织的成员大会（或成员代表大会）表决通过',
        en: "a plan is adopted by the organisation's members' (or representatives') assembly",
      },
      cmd.locale,
    );
  if (r.power !== 'budget')
    unfit(
      {
        zh: '该决议不是审议收益分配方案的决议（成员大会批准年度预算、决算和收益分配方案的职权）',
        en: 'it did not decide on budgets, accounts and income distribution',
      },
      cmd.locale,
    );
  return r;
}

/**
 * The organisation's book on the adoption's day: the reserve set aside, the charter's payment to
 * the committee on both books, and the dividends owed to the members.
 */
async function bookAdoption(tx: Tx, cmd: CommandContext, plan: PlanRow, on: CalendarDate) {
  const entry = (summary: string, amountFen: number): Entry => ({
    on,
    summary,
    amountFen,
    sourceId: plan.id,
  });
  const reserve = await bookOrgVoucherInTx(
    tx,
    cmd,
    plan.orgId,
    reserveEntry(entry(`${plan.year}年度提取公积公益金`, plan.reserveFen)),
  );
  const committee =
    plan.committeeFen > 0
      ? await bookCommitteePaymentInTx(
          tx,
          cmd,
          plan.orgId,
          entry(`${plan.year}年度按章程向村民委员会支付`, plan.committeeFen),
        )
      : null;
  const payables = await bookOrgVoucherInTx(
    tx,
    cmd,
    plan.orgId,
    dividendsPayableEntry(entry(`${plan.year}年度应付成员分红`, plan.poolFen), '全体成员'),
  );
  return { reserve, committee, payables };
}

/**
 * Records the assembly's resolution adopting a published plan. The vote is refused (NJJ-46)
 * unless the reports and the plan were available ten days before the meeting. On adoption the
 * organisation's books take, on the resolution's day: the reserve set aside (3102 → 3002), the
 * charter's payment to the villagers' committee on both books, and the dividends owed to the
 * members (3102 → 2002 应付款) — each payment later clears its dividend from 应付款.
 */
export async function adoptPlan(
  cmd: CommandContext,
  planId: string,
  input: { resolutionId: string },
): Promise<void> {
  await cmd.db.transaction(async (tx) => {
    const { villageId } = cmd;
    // the organisation first: two plans of one organisation are adopted one after the other, so
    // the one-plan-a-year and one-plan-a-resolution checks below see each other's writes
    const peek = await findPlan(tx, villageId, planId);
    if (!peek || !(await lockOrg(tx, villageId, peek.orgId)))
      throw new DomainError('not_found', { what: 'collectiveDistribution' });
    const plan = (await findPlan(tx, villageId, planId, { forUpdate: true }))!;
    if (plan.state !== 'published')
      throw new DomainError('collective_distribution_state', {
        state: `distribution_${plan.state}`,
        action: 'distribution_adopt',
      });
    const r = checkResolution(
      await resolutionFacts(tx, villageId, input.resolutionId),
      plan.orgId,
      cmd,
    );
    const late = checkReportsPublished(plan.publishedOn, r.meetingOn);
    if (late) throw new RuleRefusal(late);
    const used = await planAdoptedBy(tx, villageId, r.id);
    if (used)
      unfit(
        {
          zh: `该决议已用于通过${used.year}年度的另一份方案`,
          en: `it already adopted another plan (for ${used.year})`,
        },
        cmd.locale,
      );
    const adopted = await adoptedPlanOf(tx, villageId, plan.orgId, plan.year);
    if (adopted)
      throw new DomainError('collective_distribution_year_adopted', {
        year: plan.year,
        on: adopted.adoptedOn ?? '',
      });

    const { reserve, committee, payables } = await bookAdoption(tx, cmd, plan, r.adoptedOn);
    await markAdopted(tx, villageId, planId, {
      resolutionId: r.id,
      on: r.adoptedOn,
      reserveVoucherId: reserve.voucherId,
      payablesVoucherId: payables.voucherId,
      committeeVoucherId: committee?.organisation.voucherId ?? null,
    });
    await recordEvent(
      cmd,
      tx,
      'collectiveDistribution.adopted',
      { type: 'collectiveDistribution', id: planId },
      {
        year: plan.year,
        resolution: r.id,
        resolutionNumber: `〔${r.year}〕第${r.number}号`,
        meetingOn: r.meetingOn,
        publishedOn: plan.publishedOn,
        vouchers: [reserve.number, committee?.organisation.number, payables.number].filter(Boolean),
      },
    );
  });
}
