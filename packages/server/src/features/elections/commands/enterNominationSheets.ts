import { randomUUID } from 'node:crypto';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { DomainError, type FieldProblem } from '@cunzhi/core/errors';
import { checkNominationTurnout, nominationSheetFindings } from '@cunzhi/core/elections/nomination';
import { tallySheets, type Marks, type Post } from '@cunzhi/core/elections/sheets';
import { refuseOnViolation, type Finding } from '@cunzhi/core/rules/findings';
import type { CommandContext } from '../../../platform/command.ts';
import { actDate } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import {
  addNominationVotes,
  insertNomination,
  nominationsOf,
  personsById,
  postsOf,
  rollPersonIds,
  type ElectionRow,
} from '../repository.ts';
import { applyCommitteeWithdrawals } from './committeeWithdrawals.ts';
import { eligibility, requireNominating, tiesOf } from './nominate.ts';
import { findingViews, loadElection, requireCommittee } from './shared.ts';

export interface NominationSheetsInput {
  electionId: string;
  on?: string | undefined;
  sheets: ReadonlyArray<{ marks: Marks; byProxy: boolean }>;
}

/** Every post and person a sheet names exists; field errors name the sheet otherwise. */
async function checkSheets(
  tx: Tx,
  cmd: CommandContext,
  posts: readonly Post[],
  input: NominationSheetsInput,
) {
  const ids = [...new Set(input.sheets.flatMap((s) => Object.values(s.marks).flat()))];
  const persons = await personsById(tx, cmd.villageId, ids);
  const fields: FieldProblem[] = [];
  input.sheets.forEach((s, i) => {
    for (const [postId, names] of Object.entries(s.marks)) {
      if (!posts.some((p) => p.id === postId))
        fields.push({ field: `sheets.${i}.marks.${postId}`, error: 'election_post_unknown' });
      else if (names.some((n) => !persons.has(n)))
        fields.push({ field: `sheets.${i}.marks.${postId}`, error: 'election_person_unknown' });
    }
  });
  if (fields.length) throw new DomainError('validation_failed', {}, fields);
  return persons;
}

/**
 * Records the named persons' votes as nominations (route 海选), each post apart; those who
 * may not stand are left out with the reason. Returns what was left out.
 */
async function recordVotes(
  tx: Tx,
  cmd: CommandContext,
  election: ElectionRow,
  tally: ReturnType<typeof tallySheets>,
  persons: Awaited<ReturnType<typeof checkSheets>>,
  on: CalendarDate,
) {
  const existing = await nominationsOf(tx, cmd.villageId, election.id);
  const leftOut: Finding[] = [];
  const nominated = new Set<string>();
  for (const t of tally)
    for (const [personId, votes] of t.votes) {
      const person = persons.get(personId)!;
      const problems = await eligibility(tx, cmd, election, person, { disqualifications: [] }, on);
      if (problems.some((f) => f.severity === 'violation')) {
        leftOut.push(...problems);
        continue;
      }
      nominated.add(personId);
      const had = existing.find((n) => n.post_id === t.postId && n.person_id === personId);
      if (had) await addNominationVotes(tx, cmd.villageId, election.id, had.id, votes);
      else
        await insertNomination(tx, cmd.villageId, election.id, {
          id: randomUUID(),
          postId: t.postId,
          personId,
          route: 'openNomination',
          on,
          supporters: 0,
          votes,
          recordedBy: cmd.actorAccountId,
        });
    }
  return { leftOut, nominated: [...nominated].map((id) => persons.get(id)!) };
}

/**
 * 海选 (ZJ-17-NOMINATION, ZJ-18-CAND-LIST): the committee enters the round's nomination
 * sheets. A sheet by proxy does not count; on each sheet a post naming more than its seats,
 * or a person named for two posts, is void (core's readSheet); the round needs more than
 * half of the registered voters taking part. The votes rank the nominees for the list; a
 * committee member named (or from 2026 their near relative) leaves the committee.
 */
export async function enterNominationSheets(cmd: CommandContext, input: NominationSheetsInput) {
  const on = actDate(cmd, 'on', input.on);
  return cmd.db.transaction(async (tx) => {
    const election = await loadElection(tx, cmd, input.electionId);
    await requireCommittee(tx, cmd, election, 'openNominations', on);
    requireNominating(election, on);
    const posts: Post[] = (await postsOf(tx, cmd.villageId, election.id)).map((p) => ({
      id: p.id,
      name: { zh: p.name_zh, en: p.name_en },
      seats: p.seats,
      writeIns: true,
      candidates: [],
    }));
    const persons = await checkSheets(tx, cmd, posts, input);
    const counted = input.sheets.filter((s) => !s.byProxy).map((s) => s.marks);
    const registered = (await rollPersonIds(tx, cmd.villageId, election.id)).size;
    refuseOnViolation(checkNominationTurnout(on, registered, counted.length));
    const voids = input.sheets.flatMap((s) =>
      nominationSheetFindings(on, posts, s.marks, s.byProxy),
    );
    const tally = tallySheets(posts, counted);
    const { leftOut, nominated } = await recordVotes(tx, cmd, election, tally, persons, on);
    const ties = await Promise.all(nominated.map((p) => tiesOf(tx, cmd, election, p)));
    const withdrawals = await applyCommitteeWithdrawals(tx, cmd, election, ties, on);
    const findings = [...leftOut, ...withdrawals];
    await recordEvent(
      cmd,
      tx,
      'election.nominationSheets',
      { type: 'election', id: election.id },
      {
        on,
        sheets: input.sheets.length,
        counted: counted.length,
        registered,
        voidPosts: voids.length,
        tally: tally.map((t) => ({ ...t, votes: Object.fromEntries(t.votes) })),
        findings: findingViews(findings, 'zh-CN'),
      },
    );
    return { id: election.id, findings };
  });
}
