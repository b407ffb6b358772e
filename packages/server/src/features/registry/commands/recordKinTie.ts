import { randomUUID } from 'node:crypto';
import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import {
  findPerson,
  insertKinTie,
  kinTiesTouching,
  type KinTieRow,
} from '../repository/persons.ts';

/**
 * Records a family tie the household register does not show — a daughter
 * married into another household, a parent living apart — so conflict-of-
 * interest checks (近亲属) see it. `parent` means A is a parent of B.
 */
export async function recordKinTie(
  cmd: CommandContext,
  input: { kind: KinTieRow['kind']; personA: string; personB: string },
) {
  if (input.personA === input.personB)
    throw new DomainError('validation_failed', {}, [{ field: 'personB', error: 'field_invalid' }]);
  const [a, b] = await Promise.all([
    findPerson(cmd.db, cmd.villageId, input.personA),
    findPerson(cmd.db, cmd.villageId, input.personB),
  ]);
  const problems = [
    ...(a ? [] : [{ field: 'personA', error: 'field_invalid' as const }]),
    ...(b ? [] : [{ field: 'personB', error: 'field_invalid' as const }]),
  ];
  if (!a || !b) throw new DomainError('validation_failed', {}, problems);
  if (input.kind === 'parent' && a.birth_date >= b.birth_date) {
    throw new DomainError('validation_failed', {}, [
      { field: 'personA', error: 'kin_tie_parent_younger' },
    ]);
  }
  const id = randomUUID();
  return cmd.db.transaction(async (tx) => {
    const existing = await kinTiesTouching(tx, cmd.villageId, [a.id]);
    const same = existing.some(
      (t) =>
        t.kind === input.kind &&
        ((t.person_a === a.id && t.person_b === b.id) ||
          (input.kind !== 'parent' && t.person_a === b.id && t.person_b === a.id)),
    );
    if (same) throw new DomainError('kin_tie_exists');
    await insertKinTie(tx, cmd.villageId, { id, kind: input.kind, personA: a.id, personB: b.id });
    await recordEvent(
      cmd,
      tx,
      'kinTie.recorded',
      { type: 'person', id: a.id },
      {
        kinTieId: id,
        kind: input.kind,
        personA: a.id,
        personAName: a.name,
        personB: b.id,
        personBName: b.name,
      },
    );
    return { id, kind: input.kind, personA: a.id, personB: b.id };
  });
}
