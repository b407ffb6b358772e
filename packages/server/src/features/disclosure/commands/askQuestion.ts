import { randomUUID } from 'node:crypto';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { QuestionKind } from '@cunzhi/core/disclosure/kinds';
import {
  answerDueOn,
  questionOutOfPeriod,
  questionWindow,
} from '@cunzhi/core/disclosure/questions';
import { DomainError } from '@cunzhi/core/errors';
import { RuleRefusal } from '@cunzhi/core/rules/findings';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { dateField } from '../../../platform/fields.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import { findPerson } from '../../registry/repository/persons.ts';
import { actingAccount, fieldError } from '../../matters/commands/shared.ts';
import {
  findDisclosureNotice,
  findQuestion,
  insertQuestion,
  type QuestionRow,
} from '../repository.ts';
import { isCadre, seatRoles } from './shared.ts';

export interface AskInput {
  noticeId: string;
  kind: QuestionKind;
  text: string;
  askerPersonId?: string | undefined;
  askedOn?: string | undefined;
}

/**
 * A villager's question or objection (质询/异议) on a published notice, within its publicity
 * period: asked by the signed-in villager in their own name (today), or entered by a cadre on
 * behalf of a named villager of the village (on the day they asked). Asked outside the period
 * it is refused with the rule in words. The answer is due by the profile's deadline.
 * (An SMS one-time code for villagers without an account needs a gateway the deployment does
 * not have yet: the clerk enters their question instead.) Audited as question.asked.
 */
export async function askQuestion(cmd: CommandContext, input: AskInput): Promise<QuestionRow> {
  const today = cmd.clock.today();
  const { askerPersonId, askedOn, onBehalf } = await whoAsks(cmd, input, today);
  const notice = await findDisclosureNotice(cmd.db, cmd.villageId, input.noticeId);
  if (!notice) throw new DomainError('not_found', { what: 'notice' });
  if (notice.published_on > today) throw new DomainError('notice_not_yet_published');
  return cmd.db.transaction(async (tx) => {
    const { profile } = await loadVillageProfile(tx, cmd.villageId, askedOn);
    const window = questionWindow(
      { publishedOn: notice.published_on, periodEndsOn: notice.period_ends_on },
      profile.params,
    );
    const outside = questionOutOfPeriod(window, askedOn);
    if (outside) throw new RuleRefusal(outside);
    const id = randomUUID();
    const due = answerDueOn(askedOn, profile.params);
    await insertQuestion(tx, cmd.villageId, {
      id,
      noticeId: notice.id,
      kind: input.kind,
      text: input.text,
      askerPersonId,
      enteredBy: actingAccount(cmd),
      onBehalf,
      askedOn,
      answerDueOn: due,
      profile: { id: profile.id, version: profile.version },
    });
    await recordEvent(
      cmd,
      tx,
      'question.asked',
      { type: 'notice', id: notice.id },
      {
        questionId: id,
        kind: input.kind,
        text: input.text,
        askerPersonId,
        onBehalf,
        askedOn,
        answerDueOn: due,
        profile: { id: profile.id, version: profile.version },
      },
    );
    return (await findQuestion(tx, cmd.villageId, id))!;
  });
}

/** The asker and the day: the villager themselves today, or a named villager entered by a cadre. */
async function whoAsks(
  cmd: CommandContext,
  input: AskInput,
  today: CalendarDate,
): Promise<{ askerPersonId: string; askedOn: CalendarDate; onBehalf: boolean }> {
  const onBehalf = input.askerPersonId !== undefined && input.askerPersonId !== cmd.personId;
  if (!onBehalf) {
    if (!cmd.personId) fieldError('askerPersonId', 'asker_needed');
    return { askerPersonId: cmd.personId, askedOn: today, onBehalf: false };
  }
  const roles = seatRoles(cmd);
  if (roles && !isCadre(roles)) throw new DomainError('forbidden');
  const person = await findPerson(cmd.db, cmd.villageId, input.askerPersonId!);
  if (!person) fieldError('askerPersonId', 'asker_not_villager');
  const askedOn = input.askedOn ? dateField('askedOn', input.askedOn) : today;
  if (askedOn > today) fieldError('askedOn', 'date_in_future');
  return { askerPersonId: person.id, askedOn, onBehalf: true };
}
