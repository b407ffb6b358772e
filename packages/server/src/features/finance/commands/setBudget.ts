import { DomainError, type FieldProblem } from '@cunzhi/core/errors';
import { accountOf, isPostable, statementSide } from '@cunzhi/core/finance/accounts';
import { MAX_FEN } from '@cunzhi/core/money';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { upsertBudget } from '../repository.ts';

/** Sets the year's budget of one line (an income or spending account); audited with the old figure. */
export async function setBudget(
  cmd: CommandContext,
  input: { year: number; accountCode: string; amountFen: number; note?: string | undefined },
): Promise<{ year: number; accountCode: string; amountFen: number }> {
  const problems: FieldProblem[] = [];
  if (!Number.isInteger(input.year) || input.year < 1990 || input.year > 2999)
    problems.push({ field: 'year', error: 'field_invalid' });
  const account = accountOf(input.accountCode);
  if (!account || !isPostable(input.accountCode) || statementSide(account) === null)
    problems.push({ field: 'accountCode', error: 'finance_budget_line' });
  if (!Number.isSafeInteger(input.amountFen) || input.amountFen < 0)
    problems.push({ field: 'amountFen', error: 'finance_amount_invalid' });
  else if (input.amountFen > Number(MAX_FEN))
    problems.push({ field: 'amountFen', error: 'money_too_large' });
  if (problems.length > 0) throw new DomainError('validation_failed', {}, problems);
  const note = (input.note ?? '').trim();
  return cmd.db.transaction(async (tx) => {
    const { previousFen } = await upsertBudget(tx, cmd.villageId, {
      year: input.year,
      accountCode: input.accountCode,
      amountFen: input.amountFen,
      note,
      by: cmd.actorAccountId,
      at: cmd.clock.now(),
    });
    await recordEvent(
      cmd,
      tx,
      'financeBudget.set',
      { type: 'financeBudget', id: `${input.year}:${input.accountCode}` },
      {
        year: input.year,
        account: input.accountCode,
        amountFen: input.amountFen,
        previousFen,
        note,
      },
    );
    return { year: input.year, accountCode: input.accountCode, amountFen: input.amountFen };
  });
}
