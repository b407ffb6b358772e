import { randomUUID } from 'node:crypto';
import { fromYmd, type CalendarDate } from '@cunzhi/core/calendarDate';
import {
  allocate,
  byHousehold,
  type Shareholding,
} from '@cunzhi/core/collective/distribution/allocate';
import { checkReserve } from '@cunzhi/core/collective/distribution/rules';
import {
  splitIncome,
  type DistributionTerms,
  type IncomeSplit,
} from '@cunzhi/core/collective/distribution/split';
import { DomainError } from '@cunzhi/core/errors';
import { formatYuan, parseYuan, type Fen } from '@cunzhi/core/money';
import { RuleRefusal } from '@cunzhi/core/rules/findings';
import type { CommandContext } from '../../../../platform/command.ts';
import type { Tx } from '../../../../platform/db/database.ts';
import { recordEvent } from '../../../../platform/audit/record.ts';
import { dateField } from '../../../../platform/fields.ts';
import { fieldError } from '../../../matters/commands/shared.ts';
import { charterOn, orgOf } from '../../repository.ts';
import { holdingsOn } from '../../shares/repository.ts';
import { adoptedPlanOf, insertPlan, type NewDividend, type PayeeKind } from '../repository.ts';

export interface DraftInput {
  year: number;
  /** the year's distributable income in yuan, as typed */
  income: string;
  /** 公积公益金比例 in percent (10, 12.5); the charter's when left empty */
  reserveRate?: string | undefined;
  payeeKind: PayeeKind;
  /** whose shares count: the holdings on this day (the year's last day when left empty) */
  holdingsOn?: string | undefined;
  note?: string | undefined;
}

/** `12.5` (percent, at most two decimals) as basis points; null when not such a figure. */
export function percentToBp(text: string): number | null {
  const plain = text.trim().replace(/[％%]$/, '');
  if (!/^\d{1,3}(?:\.\d{1,2})?$/.test(plain)) return null;
  const [whole = '0', part = ''] = plain.split('.');
  const bp = Number(whole) * 100 + Number(part.padEnd(2, '0'));
  return bp < 10_000 ? bp : null;
}

function incomeOf(typed: string): Fen {
  const parsed = parseYuan(typed);
  if ('problem' in parsed) fieldError('income', parsed.problem);
  if (parsed.fen === null) fieldError('income', 'field_required');
  if (parsed.fen <= 0n) fieldError('income', 'collective_distribution_income');
  return parsed.fen;
}

/** The pool divided by the shares held on the day, per person or per household (core's rule). */
async function dividendsOf(
  tx: Tx,
  villageId: string,
  orgId: string,
  sharesOn: CalendarDate,
  payeeKind: PayeeKind,
  poolFen: Fen,
): Promise<{ dividends: NewDividend[]; totalShares: bigint }> {
  const held = (await holdingsOn(tx, villageId, orgId, sharesOn)).filter((h) => h.shares > 0);
  if (held.length === 0)
    throw new DomainError('collective_distribution_no_shares', { on: sharesOn });
  const people = held.map((h) => ({ ...h, shares: BigInt(h.shares) }));
  const payees: Shareholding[] =
    payeeKind === 'household'
      ? byHousehold(people)
      : people.map((h) => ({ payee: h.personId, registerNo: h.registerNo, shares: h.shares }));
  const dividends = allocate(poolFen, payees).map((d) => ({
    id: randomUUID(),
    personId: payeeKind === 'person' ? d.payee : null,
    householdId: payeeKind === 'household' ? d.payee : null,
    registerNo: d.registerNo,
    shares: d.shares,
    amountFen: d.amountFen,
  }));
  return { dividends, totalShares: payees.reduce((sum, p) => sum + p.shares, 0n) };
}

/** The charter's split of the income, or the refusal: the committee's payment larger than what is left. */
function splitOrRefuse(incomeFen: Fen, terms: DistributionTerms): IncomeSplit {
  const split = splitIncome(incomeFen, terms);
  if (!('problem' in split)) return split;
  if (split.problem === 'income_not_positive')
    fieldError('income', 'collective_distribution_income');
  throw new DomainError('collective_distribution_committee_exceeds', {
    committee: formatYuan(split.committeeFen),
    afterReserve: formatYuan(split.afterReserveFen),
  });
}

/** The charter in force today, for a year that has no adopted plan yet. */
async function charterForYear(
  tx: Tx,
  villageId: string,
  orgId: string,
  year: number,
  today: CalendarDate,
) {
  const adopted = await adoptedPlanOf(tx, villageId, orgId, year);
  if (adopted)
    throw new DomainError('collective_distribution_year_adopted', {
      year,
      on: adopted.adoptedOn ?? '',
    });
  const charter = await charterOn(tx, villageId, orgId, today);
  if (!charter) throw new DomainError('collective_distribution_no_charter', { on: today });
  return charter;
}

/**
 * Drafts a year's plan: the charter in force today gives the reserve's rate (the plan may take
 * more, never less: NJJ-42-DIST) and the committee's payment; the shares held on the plan's day
 * are divided to the fen by core's remainder rule, per person or per household. The figures and
 * every dividend are written once; a different plan is a new draft.
 */
export async function draftPlan(
  cmd: CommandContext,
  orgId: string,
  input: DraftInput,
): Promise<{ id: string }> {
  const incomeFen = incomeOf(input.income);
  const typedRate = input.reserveRate?.trim() ?? '';
  const planRate = typedRate === '' ? null : percentToBp(typedRate);
  if (typedRate !== '' && planRate === null)
    fieldError('reserveRate', 'collective_distribution_rate');
  const sharesOn: CalendarDate = input.holdingsOn
    ? dateField('holdingsOn', input.holdingsOn)
    : fromYmd(input.year, 12, 31);
  const note = input.note?.trim() ?? '';
  const today = cmd.clock.today();

  return cmd.db.transaction(async (tx) => {
    const { villageId } = cmd;
    const org = await orgOf(tx, villageId, orgId);
    if (!org) throw new DomainError('not_found', { what: 'collectiveOrg' });
    const charter = await charterForYear(tx, villageId, orgId, input.year, today);
    const reserveRateBp = planRate ?? charter.terms.reserveRateBp;
    const short = checkReserve(reserveRateBp, charter.terms.reserveRateBp, today);
    if (short) throw new RuleRefusal(short);
    const split = splitOrRefuse(incomeFen, {
      reserveRateBp,
      committeePayment: charter.terms.committeePayment,
    });
    const { dividends, totalShares } = await dividendsOf(
      tx,
      villageId,
      orgId,
      sharesOn,
      input.payeeKind,
      split.poolFen,
    );

    const id = randomUUID();
    await insertPlan(
      tx,
      villageId,
      {
        id,
        orgId,
        year: input.year,
        charterId: charter.id,
        incomeFen: Number(split.incomeFen),
        reserveRateBp,
        reserveFen: Number(split.reserveFen),
        committeeFen: Number(split.committeeFen),
        poolFen: Number(split.poolFen),
        payeeKind: input.payeeKind,
        holdingsOn: sharesOn,
        totalShares: Number(totalShares),
        note,
        draftedBy: cmd.actorAccountId,
        draftedAt: cmd.clock.now(),
      },
      dividends,
    );
    await recordEvent(
      cmd,
      tx,
      'collectiveDistribution.drafted',
      { type: 'collectiveDistribution', id },
      {
        organisation: org.name,
        year: input.year,
        charterVersion: charter.version,
        incomeFen: Number(split.incomeFen),
        reserveRateBp,
        reserveFen: Number(split.reserveFen),
        committeeFen: Number(split.committeeFen),
        poolFen: Number(split.poolFen),
        payeeKind: input.payeeKind,
        holdingsOn: sharesOn,
        payees: dividends.length,
        totalShares: Number(totalShares),
      },
    );
    return { id };
  });
}
