import { randomUUID } from 'node:crypto';
import { calendarDateOf } from '@cunzhi/core/calendarDate';
import { DomainError } from '@cunzhi/core/errors';
import { periodKey, periodText, type Period } from '@cunzhi/core/finance/periods';
import {
  statementNoticeBody,
  statementTitle,
  statementTotals,
} from '@cunzhi/core/finance/statementText';
import { addDays } from '@cunzhi/core/rules/dayCount';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import {
  findStatementRecord,
  publishStatementNotice,
  upsertStatementReview,
  villageName,
} from '../repository.ts';
import { isPeriodClosed } from '../queries.ts';
import { statementOf } from '../views.ts';

/** Days a finance notice stays on the board unless said (the 2025 law's posting period). */
export const STATEMENT_POSTING_DAYS = 15;

/**
 * The supervision committee reviews a closed month's statement (监委会审核: 审核权) and records
 * its opinion, passed or not, with who and when; the figures it saw are kept with the review.
 * A published statement is not reviewed again.
 */
export async function reviewStatement(
  cmd: CommandContext,
  input: { period: Period; passed: boolean; opinion: string },
): Promise<{ period: string; passed: boolean }> {
  const opinion = input.opinion.trim();
  if (opinion === '')
    throw new DomainError('validation_failed', {}, [{ field: 'opinion', error: 'field_required' }]);
  if (!cmd.actorAccountId) throw new DomainError('forbidden');
  const by = cmd.actorAccountId;
  return cmd.db.transaction(async (tx) => {
    if (!(await isPeriodClosed(tx, cmd.villageId, input.period)))
      throw new DomainError('finance_statement_period_open', { period: periodText(input.period) });
    const existing = await findStatementRecord(tx, cmd.villageId, input.period, {
      forUpdate: true,
    });
    if (existing?.notice_id) throw new DomainError('finance_statement_published');
    const totals = statementTotals(await statementOf(tx, cmd.villageId, input.period));
    await upsertStatementReview(tx, cmd.villageId, {
      period: input.period,
      passed: input.passed,
      opinion,
      by,
      at: cmd.clock.now(),
      totals,
    });
    await recordEvent(
      cmd,
      tx,
      'financeStatement.reviewed',
      { type: 'financeStatement', id: periodKey(input.period) },
      { period: periodText(input.period), passed: input.passed, opinion, totals },
    );
    return { period: periodKey(input.period), passed: input.passed };
  });
}

/**
 * Publishes a reviewed month's statement as a notice of kind financeStatement (财务公开): the text
 * lists every line with its vouchers, the balances and the public-service fund, and the
 * committee's opinion; the statement row links to the notice, so the portal shows it with links
 * to each voucher. Published once.
 */
export async function publishStatement(
  cmd: CommandContext,
  input: { period: Period; periodDays?: number | undefined },
): Promise<{ period: string; noticeId: string }> {
  const days = input.periodDays ?? STATEMENT_POSTING_DAYS;
  if (!Number.isInteger(days) || days < 1 || days > 365)
    throw new DomainError('validation_failed', {}, [
      { field: 'periodDays', error: 'field_invalid' },
    ]);
  if (!cmd.actorAccountId) throw new DomainError('forbidden');
  const by = cmd.actorAccountId;
  return cmd.db.transaction(async (tx) => {
    const record = await findStatementRecord(tx, cmd.villageId, input.period, { forUpdate: true });
    if (!record) throw new DomainError('finance_statement_not_reviewed');
    if (record.notice_id) throw new DomainError('finance_statement_published');
    if (!record.review_passed) throw new DomainError('finance_statement_rejected');
    const statement = await statementOf(tx, cmd.villageId, input.period);
    const today = cmd.clock.today();
    const noticeId = randomUUID();
    const title = statementTitle(await villageName(tx, cmd.villageId), statement);
    const body = statementNoticeBody(statement, {
      opinion: record.review_opinion,
      reviewedBy: record.reviewed_by_name,
      reviewedOn: calendarDateOf(new Date(record.reviewed_at)),
    });
    await publishStatementNotice(tx, cmd.villageId, {
      noticeId,
      period: input.period,
      title,
      body,
      publishedOn: today,
      periodEndsOn: addDays(today, days),
      by,
      at: cmd.clock.now(),
    });
    await recordEvent(
      cmd,
      tx,
      'notice.published',
      { type: 'notice', id: noticeId },
      {
        kind: 'financeStatement',
        title,
        period: periodText(input.period),
        publishedOn: today,
        totals: statementTotals(statement),
      },
    );
    return { period: periodKey(input.period), noticeId };
  });
}
