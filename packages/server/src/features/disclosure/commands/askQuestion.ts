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
import { isUuid } from '../../../platform/http/access.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { dateField } from '../../../platform/fields.ts';
import { loadVillageProfile, type VillageProfile } from '../../../platform/rules/villageProfile.ts';
import { findPerson } from '../../registry/repository/persons.ts';
import { actingAccount, fieldError } from '../../matters/commands/shared.ts';
import type { Queryable, Tx } from '../../../platform/db/database.ts';
import {
  findDisclosureNotice,
  findQuestion,
  insertQuestion,
  type DisclosureNoticeRow,
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

/** Who asks and on which day, however they were identified. */
export interface Asker {
  askerPersonId: string;
  askedOn: CalendarDate;
  onBehalf: boolean;
  /** The villager proved their registered mobile number with a one-time code (no account). */
  byPhoneCode?: true;
}

/**
 * A villager's question or objection (质询/异议) on a published notice, within its publicity
 * period: asked by the signed-in villager in their own name (today), or entered by a cadre on
 * behalf of a named villager of the village (on the day they asked). A villager without an
 * account asks on the public portal with a code sent to their phone (askQuestionByCode.ts),
 * through the same rules (recordQuestion). Audited as question.asked.
 */
export async function askQuestion(cmd: CommandContext, input: AskInput): Promise<QuestionRow> {
  const asker = await whoAsks(cmd, input, cmd.clock.today());
  return recordQuestion(cmd, input, asker);
}

/** The published notice a question is about: unknown or not yet published is refused. */
export async function askableNotice(
  cmd: CommandContext,
  noticeId: string,
): Promise<DisclosureNoticeRow> {
  // the portal's forms take the id from the address as typed
  const notice = isUuid(noticeId)
    ? await findDisclosureNotice(cmd.db, cmd.villageId, noticeId)
    : null;
  if (!notice) throw new DomainError('not_found', { what: 'notice' });
  if (notice.published_on > cmd.clock.today()) throw new DomainError('notice_not_yet_published');
  return notice;
}

/** Refuses a question asked outside the notice's publicity period, with the rule in words. */
export async function refuseOutsidePeriod(
  db: Queryable,
  cmd: CommandContext,
  notice: DisclosureNoticeRow,
  askedOn: CalendarDate,
): Promise<VillageProfile['profile']> {
  const { profile } = await loadVillageProfile(db, cmd.villageId, askedOn);
  const window = questionWindow(
    { publishedOn: notice.published_on, periodEndsOn: notice.period_ends_on },
    profile.params,
  );
  const outside = questionOutOfPeriod(window, askedOn);
  if (outside) throw new RuleRefusal(outside);
  return profile;
}

/**
 * The rules every question goes through, however its asker was identified: the notice is
 * published, the day is within its period, the answer is due by the profile's deadline, and
 * the act is on the audit chain (question.asked). `first` runs at the start of the transaction
 * (a phone code is spent there, so a refused question leaves the code unspent); `then` at its
 * end (a question asked for a villager by 代办 is recorded there: features/assistance).
 */
export async function recordQuestion(
  cmd: CommandContext,
  input: Pick<AskInput, 'noticeId' | 'kind' | 'text'>,
  asker: Asker,
  first?: (tx: Tx) => Promise<void>,
  then?: (tx: Tx, questionId: string) => Promise<void>,
): Promise<QuestionRow> {
  const { askerPersonId, askedOn, onBehalf } = asker;
  const notice = await askableNotice(cmd, input.noticeId);
  return cmd.db.transaction(async (tx) => {
    if (first) await first(tx);
    const profile = await refuseOutsidePeriod(tx, cmd, notice, askedOn);
    const id = randomUUID();
    const due = answerDueOn(askedOn, profile.params);
    const profileRef = { id: profile.id, version: profile.version };
    await insertQuestion(tx, cmd.villageId, {
      ...{ id, noticeId: notice.id, kind: input.kind, text: input.text, askerPersonId },
      // asked by phone code, no account entered it
      enteredBy: asker.byPhoneCode ? null : actingAccount(cmd),
      ...{ onBehalf, askedOn, answerDueOn: due, profile: profileRef },
    });
    await recordEvent(
      cmd,
      tx,
      'question.asked',
      { type: 'notice', id: notice.id },
      {
        ...{ questionId: id, kind: input.kind, text: input.text, askerPersonId, onBehalf },
        // how the asker was identified; never the phone number itself
        ...(asker.byPhoneCode ? { via: 'phoneCode' } : {}),
        ...{ askedOn, answerDueOn: due, profile: profileRef },
      },
    );
    if (then) await then(tx, id);
    return (await findQuestion(tx, cmd.villageId, id))!;
  });
}

/** The asker and the day: the villager themselves today, or a named villager entered by a cadre. */
async function whoAsks(cmd: CommandContext, input: AskInput, today: CalendarDate): Promise<Asker> {
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
