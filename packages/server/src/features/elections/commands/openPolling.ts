import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { CommandContext } from '../../../platform/command.ts';
import { actDate } from '../../../platform/command.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { listBodies, listTerms } from '../../bodies/repository.ts';
import { listAudits } from '../../responsibilityAudits/repository.ts';
import type { ElectionRow } from '../repository.ts';
import { createRoundBox } from '../repository/ballots.ts';
import { mobileBoxesOf, openRound } from '../repository/polling.ts';
import { currentRound, nextRound } from './rounds.ts';
import { applyAct, findingViews, loadElection, refuseOrder, requireCommittee } from './shared.ts';

/**
 * VCOL-35-AUDIT: 离任经济责任审计结果应当在下一届村民委员会选举之前公布. For a villagers'
 * committee, the outgoing term is the committee's latest begun by polling day; its departure
 * audit must be published before that day. No term on record: none is due (null), as for
 * the supervision committee.
 */
async function departureAudit(
  db: Queryable,
  villageId: string,
  election: ElectionRow,
  pollingOn: CalendarDate,
): Promise<{ published: boolean | null; auditId: string | null }> {
  if (election.body !== 'villagersCommittee') return { published: null, auditId: null };
  const body = (await listBodies(db, villageId)).find((b) => b.kind === 'villagersCommittee');
  const term = body
    ? (await listTerms(db, villageId, body.id)).filter((t) => t.starts_on <= pollingOn).at(-1)
    : undefined;
  if (!term) return { published: null, auditId: null };
  const audit = (await listAudits(db, villageId)).find(
    (a) =>
      a.kind === 'departure' &&
      a.body_term_id === term.id &&
      a.published_on !== null &&
      a.published_on < pollingOn,
  );
  return { published: audit !== undefined, auditId: audit?.id ?? null };
}

/**
 * 投票 opens on the round's polling day (the machine's openPolling): the notice published,
 * a secret writing booth (秘密写票处) on record, the departure audit out, no objection to
 * the roll undecided, every mobile box approved with its lists and scrutineers, the list
 * still 差额. The round's ballot is fixed now; electronic rounds get their secret box.
 */
export async function openPolling(
  cmd: CommandContext,
  input: { electionId: string; booth: string; on?: string | undefined },
) {
  const on = actDate(cmd, 'on', input.on);
  return cmd.db.transaction(async (tx) => {
    const election = await loadElection(tx, cmd, input.electionId);
    await requireCommittee(tx, cmd, election, 'openPolling', on);
    const round = await currentRound(tx, cmd.villageId, election.id);
    if (!round || round.opened_on)
      refuseOrder(on, 'ZJ-22-TELLER-RECUSAL', 'openPolling', 'publishPollingNotice');
    const audit = await departureAudit(tx, cmd.villageId, election, on);
    const boxes = (await mobileBoxesOf(tx, cmd.villageId, election.id)).filter(
      (b) => b.round === round.round,
    );
    const { findings } = await applyAct(tx, cmd, election, {
      step: 'openPolling',
      on,
      secretBoothRecorded: input.booth.trim() !== '',
      departureAuditPublished: audit.published,
      mobileBoxes: boxes.map((b) => ({
        townshipApproved: b.town_approved_on !== null && b.town_approved_on <= on,
        listsPublished: b.published_on <= on,
        scrutineers: new Set(b.scrutineers).size,
      })),
    });
    const posts = nextRound(election.record).posts;
    await openRound(tx, cmd.villageId, election.id, round.round, {
      on,
      booth: input.booth,
      departureAuditId: audit.auditId,
      posts,
    });
    if (round.method === 'electronic') await createRoundBox(tx, round.id);
    await recordEvent(
      cmd,
      tx,
      'election.pollingOpened',
      { type: 'election', id: election.id },
      {
        on,
        round: round.round,
        kind: round.kind,
        method: round.method,
        booth: input.booth,
        departureAuditId: audit.auditId,
        posts,
        findings: findingViews(findings, 'zh-CN'),
      },
    );
    return { id: election.id, findings };
  });
}
