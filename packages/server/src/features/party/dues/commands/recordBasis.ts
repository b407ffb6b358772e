import { randomUUID } from 'node:crypto';
import { parseDuesMonth, type DuesMonth } from '@cunzhi/core/party/dues/months';
import { INCOME_BASED, type DuesBasisKind } from '@cunzhi/core/party/dues/standard';
import type { CommandContext } from '../../../../platform/command.ts';
import { recordEvent } from '../../../../platform/audit/record.ts';
import { fieldError } from '../../../matters/commands/shared.ts';
import { insertBasis, lockMember } from '../repository.ts';
import { memberOn } from './members.ts';

export interface BasisInput {
  personId: string;
  fromMonth: string;
  kind: DuesBasisKind;
  monthlyIncomeFen?: number | null | undefined;
}

/** The largest income the table accepts (¥1,000,000 a month): beyond it is a typing slip. */
const MAX_INCOME_FEN = 100_000_000;

export function monthField(field: string, text: string): DuesMonth {
  const month = parseDuesMonth(text);
  if (!month) fieldError(field, 'field_invalid');
  return month;
}

/**
 * Records which standard applies to a member from a month on (在职 with the wage after tax,
 * 离退休 with the pension, 农民, or the reduced ¥0.2 of students, the unemployed and those on
 * relief): the branch checks it each year (党费基数每年核定一次). A correction is a new record;
 * the audit names the kind and month, never the income.
 */
export async function recordBasis(cmd: CommandContext, input: BasisInput): Promise<{ id: string }> {
  const fromMonth = monthField('fromMonth', input.fromMonth);
  const needsIncome = INCOME_BASED.has(input.kind);
  const income = needsIncome ? (input.monthlyIncomeFen ?? null) : null;
  if (needsIncome && income === null) fieldError('monthlyIncomeFen', 'party_dues_income_required');
  if (income !== null && income < 0) fieldError('monthlyIncomeFen', 'money_invalid');
  if (income !== null && income > MAX_INCOME_FEN) fieldError('monthlyIncomeFen', 'money_too_large');
  const today = cmd.clock.today();
  return cmd.db.transaction(async (tx) => {
    await memberOn(tx, cmd.villageId, input.personId, today);
    await lockMember(tx, cmd.villageId, input.personId);
    const id = randomUUID();
    await insertBasis(tx, cmd.villageId, {
      id,
      personId: input.personId,
      fromMonth,
      kind: input.kind,
      monthlyIncomeFen: income,
      by: cmd.actorAccountId,
      at: cmd.clock.now(),
    });
    await recordEvent(
      cmd,
      tx,
      'partyDuesBasis.recorded',
      { type: 'person', id: input.personId },
      { fromMonth, kind: input.kind },
    );
    return { id };
  });
}
