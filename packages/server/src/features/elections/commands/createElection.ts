import { randomUUID } from 'node:crypto';
import { DomainError } from '@cunzhi/core/errors';
import { newElection } from '@cunzhi/core/elections/machine';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import { insertElection, insertPosts } from '../repository.ts';

export interface CreateElectionInput {
  title: string;
  body: 'villagersCommittee' | 'supervisionCommittee';
  electorate: 'villagers' | 'representatives';
  organiser: 'villagersCommittee' | 'partyBranch' | 'town' | 'jointMeeting';
  posts: ReadonlyArray<{
    id: string;
    name: { zh: string; en: string };
    seats: number;
    writeIns: boolean;
  }>;
}

/**
 * Opens an election: which body it fills, who votes, who organises its preparation and the
 * posts with their seats. The villagers' committee is elected by the villagers directly
 * (VCOL-11-TERM: 由村民直接选举产生), so only the supervision committee may be elected by
 * the representatives' meeting (seed 002).
 */
export async function createElection(cmd: CommandContext, input: CreateElectionInput) {
  const fields = [];
  if (input.body === 'villagersCommittee' && input.electorate !== 'villagers')
    fields.push({ field: 'electorate', error: 'field_invalid' as const });
  const ids = input.posts.map((p) => p.id);
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i)
      fields.push({ field: `posts.${i}.id`, error: 'election_post_duplicate' as const });
  });
  if (fields.length) throw new DomainError('validation_failed', {}, fields);
  const today = cmd.clock.today();
  return cmd.db.transaction(async (tx) => {
    const { profile } = await loadVillageProfile(tx, cmd.villageId, today);
    const id = randomUUID();
    const record = newElection(input.body, input.electorate);
    const title = input.title.trim();
    await insertElection(tx, cmd.villageId, {
      id,
      title,
      body: input.body,
      electorate: input.electorate,
      organiser: input.organiser,
      record,
      profile: { id: profile.id, version: profile.version },
      createdBy: cmd.actorAccountId,
    });
    await insertPosts(tx, cmd.villageId, id, input.posts);
    await recordEvent(
      cmd,
      tx,
      'election.created',
      { type: 'election', id },
      {
        title,
        body: input.body,
        electorate: input.electorate,
        organiser: input.organiser,
        posts: input.posts,
      },
    );
    return { id, findings: [] };
  });
}
