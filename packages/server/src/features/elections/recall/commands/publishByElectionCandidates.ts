import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../../platform/command.ts';
import { actDate } from '../../../../platform/command.ts';
import { recordEvent } from '../../../../platform/audit/record.ts';
import { findingViews } from '../../commands/shared.ts';
import { personsById } from '../../repository.ts';
import { applyByElection, loadByElection } from './byElection.ts';

/**
 * The candidates per post (Art. 15 procedure): persons of the village, each once; core refuses
 * the list published fewer than the province's days before polling day (ZJ-18-CAND-LIST) or
 * without more candidates than seats (差额, VCOL-15-SURPLUS), citing the article.
 */
export async function publishByElectionCandidates(
  cmd: CommandContext,
  input: {
    byElectionId: string;
    posts: ReadonlyArray<{ role: string; candidates: readonly string[] }>;
    on?: string | undefined;
  },
) {
  const on = actDate(cmd, 'on', input.on);
  return cmd.db.transaction(async (tx) => {
    const row = await loadByElection(tx, cmd, input.byElectionId);
    const ids = input.posts.flatMap((p) => p.candidates);
    const persons = await personsById(tx, cmd.villageId, ids);
    const fields = [];
    for (const [i, post] of input.posts.entries()) {
      if (!row.record.posts.some((p) => p.id === post.role))
        fields.push({ field: `posts.${i}.role`, error: 'election_post_unknown' as const });
      for (const [j, id] of post.candidates.entries()) {
        const field = `posts.${i}.candidates.${j}`;
        if (!persons.has(id)) fields.push({ field, error: 'election_person_unknown' as const });
        else if (ids.indexOf(id) !== ids.lastIndexOf(id))
          fields.push({ field, error: 'election_person_duplicate' as const });
      }
    }
    row.record.posts.forEach((p) => {
      if (!input.posts.some((x) => x.role === p.id))
        fields.push({ field: 'posts', error: 'field_required' as const });
    });
    if (fields.length) throw new DomainError('validation_failed', {}, fields);
    const posts = row.record.posts.map((p) => ({
      ...p,
      candidates: [...input.posts.find((x) => x.role === p.id)!.candidates],
    }));
    const { findings } = await applyByElection(
      tx,
      cmd,
      row,
      { step: 'publishCandidates', on, posts },
      { candidates_published_on: on },
    );
    await recordEvent(
      cmd,
      tx,
      'byElection.candidatesPublished',
      { type: 'byElection', id: row.id },
      {
        on,
        posts: posts.map((p) => ({
          role: p.id,
          seats: p.seats,
          candidates: p.candidates.map((id) => ({ personId: id, name: persons.get(id)!.name })),
        })),
        findings: findingViews(findings, 'zh-CN'),
      },
    );
    return { id: row.id, findings };
  });
}
