import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { DomainError } from '@cunzhi/core/errors';
import { countRound } from '@cunzhi/core/elections/count';
import { standing } from '@cunzhi/core/elections/result';
import type { Post } from '@cunzhi/core/elections/sheets';
import type { CommandContext } from '../../../../platform/command.ts';
import { actDate } from '../../../../platform/command.ts';
import type { Tx } from '../../../../platform/db/database.ts';
import { recordEvent } from '../../../../platform/audit/record.ts';
import { findingViews, paramsOn, refuseOrder } from '../../commands/shared.ts';
import { ballotsFromTally } from '../tally.ts';
import { applyByElection, loadByElection } from './byElection.ts';
import { registryAdultIds } from '../repository.ts';
import { representativesOn } from './shared.ts';

type Field = {
  field: string;
  error:
    | 'recall_count_exceeds'
    | 'byelection_candidate_unknown'
    | 'election_post_unknown'
    | 'election_person_duplicate'
    | 'field_required'
    | 'byelection_members_mismatch';
  params?: Record<string, string | number>;
};

interface TallyInput {
  members: number;
  voted: number;
  ballotsCast: number;
  posts: ReadonlyArray<{
    role: string;
    votes: ReadonlyArray<{ personId: string; votes: number }>;
  }>;
}

const exceeds = (field: string, what: string, whatEn: string, max: number): Field => ({
  field,
  error: 'recall_count_exceeds',
  params: { what, whatEn, max },
});

/**
 * The tally sheet's numbers that cannot be (400, each field named): more voting than members, a
 * name not printed, more votes than ballots, more marks than seats on every ballot. More ballots
 * than voters is no input error: core voids that round (VCOL-15-VALID).
 */
function tallyFields(input: TallyInput, printedPosts: readonly Post[]): Field[] {
  const fields: Field[] = [];
  if (input.voted > input.members)
    fields.push(exceeds('voted', '应到人数', 'the members', input.members));
  for (const [i, post] of input.posts.entries()) {
    const printed = printedPosts.find((p) => p.id === post.role);
    if (!printed) {
      fields.push({ field: `posts.${i}.role`, error: 'election_post_unknown' });
      continue;
    }
    let sum = 0;
    for (const [j, v] of post.votes.entries()) {
      sum += v.votes;
      if (post.votes.findIndex((x) => x.personId === v.personId) !== j)
        fields.push({
          field: `posts.${i}.votes.${j}.personId`,
          error: 'election_person_duplicate',
        });
      else if (!printed.candidates.includes(v.personId))
        fields.push({
          field: `posts.${i}.votes.${j}.personId`,
          error: 'byelection_candidate_unknown',
        });
      else if (v.votes > input.ballotsCast)
        fields.push(
          exceeds(
            `posts.${i}.votes.${j}.votes`,
            '已投选票数',
            'the ballots cast',
            input.ballotsCast,
          ),
        );
    }
    if (sum > printed.seats * input.ballotsCast)
      fields.push(
        exceeds(
          `posts.${i}.votes`,
          '选票数乘以应选名额',
          'ballots times seats',
          printed.seats * input.ballotsCast,
        ),
      );
  }
  for (const p of printedPosts)
    if (!input.posts.some((x) => x.role === p.id))
      fields.push({ field: 'posts', error: 'field_required' });
  return fields;
}

/**
 * The meeting's members on the day, the base of 浙江's turnout: the serving representatives, or
 * the assembly's, the village's adults (as the meetings feature counts them).
 */
async function meetingMembers(
  tx: Tx,
  villageId: string,
  meeting: 'assembly' | 'representatives',
  on: CalendarDate,
): Promise<number> {
  const ids =
    meeting === 'representatives'
      ? await representativesOn(tx, villageId, on)
      : await registryAdultIds(tx, villageId, on, 'all');
  return ids.size;
}

/**
 * The count of a round from the paper tally sheet: the meeting's members (checked against those
 * serving or registered on the day) and those voting,
 * the ballots taken out, each candidate's votes. Core counts it (countRound: valid only with
 * more than half voting; a win needs more than half of those voting) and applies 浙江's
 * turnout of the meeting (VCOL-19-BYELECTION: a round short of it is void). A tie or open seats
 * call for the next round (a re-vote or 另行选举), counted here the same way.
 */
export async function countByElection(
  cmd: CommandContext,
  input: TallyInput & { byElectionId: string; on?: string | undefined },
) {
  const on = actDate(cmd, 'on', input.on);
  return cmd.db.transaction(async (tx) => {
    const row = await loadByElection(tx, cmd, input.byElectionId);
    if (row.stage === 'vacant') refuseOrder(on, 'VCOL-19-BYELECTION', 'count', 'publishCandidates');
    const next = standing(row.record.posts, row.record.rounds).next;
    if (!next) refuseOrder(on, 'VCOL-19-BYELECTION', 'count', 'certify');
    const fields = tallyFields(input, next.posts);
    const members = await meetingMembers(tx, cmd.villageId, row.meeting, on);
    if (input.members !== members)
      fields.unshift({
        field: 'members',
        error: 'byelection_members_mismatch',
        params: { expected: members },
      });
    if (fields.length) throw new DomainError('validation_failed', {}, fields);
    const ballots = ballotsFromTally(
      input.ballotsCast,
      input.posts.map((p) => ({
        postId: p.role,
        votes: p.votes.map((v) => ({ id: v.personId, votes: v.votes })),
      })),
    );
    const result = countRound(
      {
        on,
        kind: next.kind,
        registered: input.members,
        voted: input.voted,
        posts: next.posts,
        ballots,
      },
      await paramsOn(tx, cmd, on),
    );
    const { findings } = await applyByElection(
      tx,
      cmd,
      row,
      { step: 'count', on, members: input.members, voting: input.voted, result },
      { counted_on: on },
    );
    await recordEvent(
      cmd,
      tx,
      'byElection.counted',
      { type: 'byElection', id: row.id },
      {
        on,
        kind: next.kind,
        members: input.members,
        voted: input.voted,
        ballotsCast: input.ballotsCast,
        posts: input.posts,
        findings: findingViews(findings, 'zh-CN'),
      },
    );
    return { id: row.id, findings };
  });
}
