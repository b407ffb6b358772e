import { randomUUID } from 'node:crypto';
import { DomainError } from '@cunzhi/core/errors';
import { paymentFinding } from '@cunzhi/core/party/dues/account';
import { monthText } from '@cunzhi/core/party/dues/months';
import { RuleRefusal } from '@cunzhi/core/rules/findings';
import { actDate, type CommandContext } from '../../../../platform/command.ts';
import { recordEvent } from '../../../../platform/audit/record.ts';
import { loadVillageProfile } from '../../../../platform/rules/villageProfile.ts';
import { fieldError } from '../../../matters/commands/shared.ts';
import { duesFactsOf, insertPayments, lockMember, paidMonth } from '../repository.ts';
import { memberOn } from './members.ts';
import { monthField } from './recordBasis.ts';

export const PAYMENT_METHODS = ['cash', 'transfer', 'online'] as const;

export interface PaymentInput {
  personId: string;
  /** 'YYYY-MM': the month paid for, or several (补交 or 预交 with the branch's consent) */
  months: string[];
  /** paid for each month; at least that month's standard, more if the member chooses */
  amountFen: number;
  paidOn?: string | undefined;
  method: (typeof PAYMENT_METHODS)[number];
}

/** At most a year's months in one receipt. */
const MAX_MONTHS = 12;
const MAX_AMOUNT_FEN = 100_000_000;

/**
 * Records a member's dues for one or more months, each once (a second record of a month is
 * refused, two clerks at once included: the member's row is locked and the month is a unique key).
 * Each month must be one the member owes (from admission and the first basis), have a basis, and
 * be paid at least at its standard (PARTY-DUES). All months or none.
 */
export async function recordPayment(
  cmd: CommandContext,
  input: PaymentInput,
): Promise<{ ids: string[] }> {
  const paidOn = actDate(cmd, 'paidOn', input.paidOn);
  if (input.months.length === 0) fieldError('months', 'field_required');
  if (input.months.length > MAX_MONTHS)
    fieldError('months', 'party_dues_too_many_months', { max: MAX_MONTHS });
  const months = [...new Set(input.months.map((m) => monthField('months', m)))].sort();
  if (!Number.isInteger(input.amountFen) || input.amountFen <= 0)
    fieldError('amountFen', 'money_invalid');
  if (input.amountFen > MAX_AMOUNT_FEN) fieldError('amountFen', 'money_too_large');
  const today = cmd.clock.today();
  return cmd.db.transaction(async (tx) => {
    const member = await memberOn(tx, cmd.villageId, input.personId, today);
    await lockMember(tx, cmd.villageId, input.personId);
    const facts = (await duesFactsOf(tx, cmd.villageId, [member], today)).get(member.personId)!;
    const { profile } = await loadVillageProfile(tx, cmd.villageId, paidOn);
    for (const month of months) {
      const paid = await paidMonth(tx, cmd.villageId, member.personId, month);
      if (paid)
        throw new DomainError('party_dues_paid', {
          month: monthText(month, cmd.locale),
          on: paid.paid_on,
        });
      const refused = paymentFinding(facts, profile.params, paidOn, month, input.amountFen);
      if (refused) throw new RuleRefusal(refused);
    }
    const rows = months.map((month) => ({
      id: randomUUID(),
      personId: member.personId,
      month,
      amountFen: input.amountFen,
      paidOn,
      method: input.method,
    }));
    if (!(await insertPayments(tx, cmd.villageId, rows, cmd.actorAccountId, cmd.clock.now())))
      throw new DomainError('party_dues_paid', {
        month: monthText(months[0]!, cmd.locale),
        on: paidOn,
      });
    await recordEvent(
      cmd,
      tx,
      'partyDues.paid',
      { type: 'person', id: member.personId },
      { months, amountFen: input.amountFen, paidOn, method: input.method },
    );
    return { ids: rows.map((r) => r.id) };
  });
}
