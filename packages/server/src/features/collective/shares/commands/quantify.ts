import { randomUUID } from 'node:crypto';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { SHARE_CLASSES, type CharterTerms, type ShareClass } from '@cunzhi/core/collective/charter';
import { MAX_CLASS_COUNT, unitsOfCounts } from '@cunzhi/core/collective/shares/holdings';
import { DomainError, type FieldProblem } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../../platform/command.ts';
import { recordEvent } from '../../../../platform/audit/record.ts';
import {
  appendShareEntries,
  quantifiedOn,
  sharePeople,
  type NewShareEntry,
  type SharePerson,
} from '../repository.ts';
import { lockedOrg, memberIdsOn, resolutionNumber, sharesResolution, termsOn } from './shared.ts';

export type QuantifyLine = { personId: string } & Partial<Record<ShareClass, number>>;

/** Each line's problems by field: a registry person, a member on the day, once, counts the charter sets. */
function lineProblems(
  lines: readonly QuantifyLine[],
  people: ReadonlyMap<string, SharePerson>,
  members: ReadonlySet<string>,
  terms: CharterTerms,
  on: CalendarDate,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  lines.forEach((line, i) => {
    const person = people.get(line.personId);
    if (!person) problems.push({ field: `lines.${i}.personId`, error: 'field_invalid' });
    else if (!members.has(person.id))
      problems.push({
        field: `lines.${i}.personId`,
        error: 'shares_not_member',
        params: { name: person.name, on },
      });
    else if (seen.has(person.id))
      problems.push({ field: `lines.${i}.personId`, error: 'shares_person_twice' });
    seen.add(line.personId);
    for (const c of SHARE_CLASSES) {
      const n = line[c] ?? 0;
      if (!Number.isSafeInteger(n) || n < 0 || n > MAX_CLASS_COUNT)
        problems.push({
          field: `lines.${i}.${c}`,
          error: 'shares_count_invalid',
          params: { max: MAX_CLASS_COUNT },
        });
      else if (n > 0 && !terms.shareClasses.some((t) => t.shareClass === c))
        problems.push({ field: `lines.${i}.${c}`, error: 'shares_class_not_in_charter' });
    }
  });
  return problems;
}

/**
 * Records the members' assembly's quantification (股权量化方案): each member's count of each share
 * class the charter sets, weighed into units, effective on the resolution's day. Once per
 * organisation: later changes are grants, transfers and inheritances. Every line is checked
 * before anything is written; each problem names its line and field.
 */
export async function quantifyShares(
  cmd: CommandContext,
  orgId: string,
  input: { resolutionId: string; lines: QuantifyLine[] },
): Promise<{ members: number; units: number }> {
  return cmd.db.transaction(async (tx) => {
    await lockedOrg(tx, cmd, orgId);
    const resolution = await sharesResolution(
      tx,
      cmd.villageId,
      orgId,
      input.resolutionId,
      'resolutionId',
    );
    const on = resolution.adopted_on;
    const earlier = await quantifiedOn(tx, cmd.villageId, orgId);
    if (earlier) throw new DomainError('shares_already_quantified', { on: earlier });
    const terms = await termsOn(tx, cmd.villageId, orgId, on);
    const members = await memberIdsOn(tx, cmd.villageId, orgId, on);
    const people = new Map(
      (
        await sharePeople(
          tx,
          cmd.villageId,
          input.lines.map((l) => l.personId),
        )
      ).map((p) => [p.id, p]),
    );
    const problems = lineProblems(input.lines, people, members, terms, on);
    if (problems.length > 0) throw new DomainError('validation_failed', {}, problems);
    const entries: NewShareEntry[] = input.lines.flatMap((line) =>
      unitsOfCounts(line, terms.shareClasses).map((u) => ({
        id: randomUUID(),
        orgId,
        personId: line.personId,
        shareClass: u.shareClass,
        kind: 'quantified' as const,
        units: u.units,
        effectiveOn: on,
        resolutionId: resolution.id,
        fileId: null,
        counterpartPersonId: null,
        note: '',
      })),
    );
    if (entries.length === 0)
      throw new DomainError('validation_failed', {}, [{ field: 'lines', error: 'field_required' }]);
    await appendShareEntries(tx, cmd.villageId, entries, cmd.actorAccountId, cmd.clock.now());
    const units = entries.reduce((sum, e) => sum + e.units, 0);
    await recordEvent(
      cmd,
      tx,
      'collectiveShares.quantified',
      { type: 'collectiveOrg', id: orgId },
      {
        resolutionId: resolution.id,
        resolution: resolutionNumber(resolution),
        effectiveOn: on,
        members: input.lines.length,
        units,
        weights: terms.shareClasses,
      },
    );
    return { members: input.lines.length, units };
  });
}
