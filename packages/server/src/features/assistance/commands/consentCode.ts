import { PHONE_CODE } from '@cunzhi/core/disclosure/phoneCodes';
import type { CommandContext } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { isUuid } from '../../../platform/http/access.ts';
import { fieldError } from '../../matters/commands/shared.ts';
import {
  findComplaintCode,
  spendComplaintCode,
  tryComplaintCode,
} from '../../complaints/repository.ts';
import { refuse } from '../../disclosure/commands/askQuestionByCode.ts';
import { codeMatches } from '../../disclosure/commands/sendQuestionCode.ts';

/**
 * Checks the code the villager read out, bound to the terms (sendConsentCode). Every try counts,
 * outside the consent's transaction so a wrong one stays counted; a wrong code says how many
 * tries are left, as the other one-time codes do. Answers the code row's id, to spend.
 */
export async function tryConsentCode(
  cmd: CommandContext,
  given: { codeId?: string | undefined; code?: string | undefined },
  termsKey: string,
): Promise<string> {
  const code = (given.code ?? '').replace(/\s+/g, '');
  if (!given.codeId || !code) fieldError('code', 'consent_evidence_needed');
  if (!new RegExp(`^\\d{${PHONE_CODE.digits}}$`).test(code))
    fieldError('code', 'phone_code_format', { digits: PHONE_CODE.digits });
  const now = cmd.clock.now();
  if (!isUuid(given.codeId)) refuse(null, now);
  const tried = await tryComplaintCode(
    cmd.db,
    cmd.villageId,
    given.codeId,
    now,
    PHONE_CODE.maxAttempts,
    'consent',
  );
  if (!tried) refuse(await findComplaintCode(cmd.db, cmd.villageId, given.codeId, 'consent'), now);
  if (!codeMatches(given.codeId, `${code}\0${termsKey}`, tried.code_hash)) {
    const left = PHONE_CODE.maxAttempts - tried.attempts;
    if (left > 0) fieldError('code', 'phone_code_wrong', { left });
    fieldError('code', 'phone_code_exhausted', { max: PHONE_CODE.maxAttempts });
  }
  return given.codeId;
}

/** Spends the code in the consent's transaction: a code used meanwhile is refused. */
export async function spendConsentCode(tx: Tx, cmd: CommandContext, codeId: string) {
  if (!(await spendComplaintCode(tx, cmd.villageId, codeId, cmd.clock.now(), 'consent')))
    fieldError('code', 'phone_code_used');
}
