import { randomUUID } from 'node:crypto';
import { DomainError } from '@cunzhi/core/errors';
import { MORAL_RULES_ADOPTERS } from '@cunzhi/core/moralList/rules';
import { refuseOnViolation } from '@cunzhi/core/rules/findings';
import { checkContent } from '@cunzhi/core/villageRules/content';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { actingAccount, fieldError } from '../../matters/commands/shared.ts';
import { findResolution } from '../../matters/repository.ts';
import { findRules, insertRules, type RulesValues } from '../repository.ts';

/**
 * Records a version of the board rules (红黑榜评议办法) as the representatives' meeting or the
 * assembly adopted it — the resolution names the meeting, and its day is the rules' day. What a
 * listing means passes the village-rules content check: a board may not carry a fine, take land
 * or shares, or punish a petition (VCOL Art. 27).
 */
export async function adoptRules(cmd: CommandContext, input: RulesValues) {
  const recordedBy = actingAccount(cmd);
  const id = randomUUID();
  return cmd.db.transaction(async (tx) => {
    const r = await findResolution(tx, cmd.villageId, input.resolutionId);
    if (!r) fieldError('resolutionId', 'not_found', { what: 'resolution' });
    if (
      !(MORAL_RULES_ADOPTERS as readonly string[]).includes(r.meeting_kind) ||
      r.revoked_on ||
      r.meeting_invalid_reason
    )
      fieldError('resolutionId', 'moral_rules_resolution');
    refuseOnViolation(checkContent(input.consequences, r.adopted_on));
    const version = await insertRules(tx, cmd.villageId, {
      id,
      ...input,
      adoptedOn: r.adopted_on,
      recordedBy,
      at: cmd.clock.now(),
    });
    await recordEvent(
      cmd,
      tx,
      'moralListRules.adopted',
      { type: 'moralListRules', id },
      {
        version,
        ...input,
        adoptedOn: r.adopted_on,
      },
    );
    const rules = await findRules(tx, cmd.villageId, id);
    if (!rules) throw new DomainError('not_found', { what: 'moralListRules' });
    return rules;
  });
}
