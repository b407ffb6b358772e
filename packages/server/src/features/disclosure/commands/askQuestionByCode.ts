import type { QuestionKind } from '@cunzhi/core/disclosure/kinds';
import { codeRefusal, PHONE_CODE } from '@cunzhi/core/disclosure/phoneCodes';
import type { CommandContext } from '../../../platform/command.ts';
import { isUuid } from '../../../platform/http/access.ts';
import { fieldError } from '../../matters/commands/shared.ts';
import {
  findQuestionCode,
  spendQuestionCode,
  tryQuestionCode,
  type QuestionCodeRow,
  type QuestionRow,
} from '../repository.ts';
import { recordQuestion } from './askQuestion.ts';
import { codeMatches } from './sendQuestionCode.ts';

export interface CodeQuestion {
  noticeId: string;
  /** The code row step one answered with (sendQuestionCode). */
  codeId: string;
  code: string;
  kind: QuestionKind;
  text: string;
}

const CODE_FORMAT = new RegExp(`^\\d{${PHONE_CODE.digits}}$`);

/** Why a code that may not be tried is refused, as a field error on the code. */
export function refuse(row: QuestionCodeRow | null, now: Date): never {
  // no row: a made-up id, or a code forgotten a day after it was sent — ask for a new one
  const why = row
    ? codeRefusal(
        {
          usedAtMs: row.used_at?.getTime() ?? null,
          expiresAtMs: row.expires_at.getTime(),
          attempts: row.attempts,
        },
        now.getTime(),
      )
    : null;
  if (why === 'phone_code_used') fieldError('code', why);
  if (why === 'phone_code_exhausted') fieldError('code', why, { max: PHONE_CODE.maxAttempts });
  fieldError('code', 'phone_code_expired', { minutes: PHONE_CODE.validMinutes });
}

/**
 * Step two of asking by phone: with the code texted to their registered number, the villager's
 * question or objection is recorded in their name, dated today, not on behalf of anyone —
 * through the same rules as any question (recordQuestion: the period, the answer's deadline,
 * question.asked on the audit chain, which names the person and `via: 'phoneCode'`, never the
 * number). Every try counts before the comparison; a code is single-use, spent in the
 * question's own transaction, so a question refused (say, the period ended meanwhile) leaves
 * it unspent. A code of an unknown number fails exactly as a wrong code does.
 */
export async function askQuestionByCode(
  cmd: CommandContext,
  input: CodeQuestion,
): Promise<QuestionRow> {
  const code = input.code.replace(/\s+/g, '');
  if (!CODE_FORMAT.test(code))
    fieldError('code', 'phone_code_format', { digits: PHONE_CODE.digits });
  const now = cmd.clock.now();
  // a made-up code row (or notice) reads as a code that is gone: ask for a new one
  if (!isUuid(input.codeId) || !isUuid(input.noticeId)) refuse(null, now);
  const key = { id: input.codeId, noticeId: input.noticeId };
  const tried = await tryQuestionCode(cmd.db, cmd.villageId, key, now, PHONE_CODE.maxAttempts);
  if (!tried) refuse(await findQuestionCode(cmd.db, cmd.villageId, key), now);
  const personId = tried.person_id;
  if (!personId || !codeMatches(input.codeId, code, tried.code_hash)) {
    const left = PHONE_CODE.maxAttempts - tried.attempts;
    if (left > 0) fieldError('code', 'phone_code_wrong', { left });
    fieldError('code', 'phone_code_exhausted', { max: PHONE_CODE.maxAttempts });
  }
  const asker = {
    askerPersonId: personId,
    askedOn: cmd.clock.today(),
    onBehalf: false,
    byPhoneCode: true,
  } as const;
  return recordQuestion(cmd, input, asker, async (tx) => {
    if (!(await spendQuestionCode(tx, cmd.villageId, input.codeId, now)))
      fieldError('code', 'phone_code_used');
  });
}
