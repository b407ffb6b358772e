import { randomUUID } from 'node:crypto';
import { ymd } from '@cunzhi/core/calendarDate';
import { DomainError } from '@cunzhi/core/errors';
import type { MoralListKind } from '@cunzhi/core/moralList/rules';
import { refuseOnViolation } from '@cunzhi/core/rules/findings';
import { checkContent } from '@cunzhi/core/villageRules/content';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { actingAccount, fieldError } from '../../matters/commands/shared.ts';
import { personName } from '../../services/repository.ts';
import { findListing, insertListing, rulesInForce } from '../repository.ts';

/**
 * A proposal with its facts, under the rules in force (none: refused — a board without adopted
 * rules is a cadre's list). The facts of a black listing pass the content check as a penalty:
 * a listing for petitioning or for a woman who married out is refused, citing the law.
 */
export async function proposeListing(
  cmd: CommandContext,
  input: { kind: MoralListKind; personId: string; facts: string },
) {
  const proposedBy = actingAccount(cmd);
  const id = randomUUID();
  const today = cmd.clock.today();
  return cmd.db.transaction(async (tx) => {
    const rules = await rulesInForce(tx, cmd.villageId, today);
    if (!rules) throw new DomainError('moral_no_rules');
    if (!(await personName(tx, cmd.villageId, input.personId)))
      fieldError('personId', 'not_found', { what: 'person' });
    if (input.kind === 'black')
      refuseOnViolation(checkContent(input.facts, today, { penalty: true }));
    const year = ymd(today).year;
    const number = await insertListing(tx, cmd.villageId, {
      id,
      year,
      rulesId: rules.id,
      kind: input.kind,
      personId: input.personId,
      facts: input.facts,
      proposedBy,
      proposedOn: today,
    });
    // the event names the person by id: the chain is read by many, the facts stay in the record
    await recordEvent(
      cmd,
      tx,
      'moralListing.proposed',
      { type: 'moralListing', id },
      {
        year,
        number,
        kind: input.kind,
        personId: input.personId,
        rulesVersion: rules.version,
      },
    );
    const row = await findListing(tx, cmd.villageId, id);
    if (!row) throw new Error('listing not inserted');
    return row;
  });
}
