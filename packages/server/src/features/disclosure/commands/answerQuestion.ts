import { answersQuestionsOn } from '@cunzhi/core/disclosure/abilities';
import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { actingAccount } from '../../matters/commands/shared.ts';
import { findQuestion, setAnswer, type QuestionRow } from '../repository.ts';
import { seatRoles } from './shared.ts';
import { notifyAsker } from '../../notifications/enqueue.ts';

/**
 * The answer to a question or objection, given today: by the villagers' committee (by the
 * Party organisation for a Party-affairs notice), once. A late answer is recorded as late.
 * Audited as question.answered.
 */
export async function answerQuestion(
  cmd: CommandContext,
  input: { questionId: string; answer: string },
): Promise<QuestionRow> {
  const today = cmd.clock.today();
  return cmd.db.transaction(async (tx) => {
    const q = await findQuestion(tx, cmd.villageId, input.questionId, { forUpdate: true });
    if (!q) throw new DomainError('not_found', { what: 'question' });
    const roles = seatRoles(cmd);
    if (roles && !answersQuestionsOn(q.notice_kind, roles))
      throw new DomainError('answer_wrong_body');
    if (q.answered_on) throw new DomainError('question_answered');
    await setAnswer(tx, cmd.villageId, q.id, {
      answer: input.answer,
      answeredOn: today,
      answeredBy: actingAccount(cmd),
    });
    await notifyAsker(cmd, tx, {
      id: q.id,
      noticeId: q.notice_id,
      askerPersonId: q.asker_person_id,
      answeredOn: today,
    });
    await recordEvent(
      cmd,
      tx,
      'question.answered',
      { type: 'notice', id: q.notice_id },
      {
        questionId: q.id,
        answer: input.answer,
        answeredOn: today,
        answerDueOn: q.answer_due_on,
        late: today > q.answer_due_on,
      },
    );
    return { ...q, answer: input.answer, answered_on: today };
  });
}
