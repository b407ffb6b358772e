import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { reconcileElectionRound, reconcileMeeting, type Report } from '../queries.ts';
import { insertSignature, type ReportSubject } from '../repository.ts';

interface Signable {
  report: Report;
  subject: ReportSubject;
  /** The audit event's target. */
  target: { type: string; id: string };
  /** Figures the audit event records beside the groups' counts. */
  figures: Record<string, unknown>;
}

/**
 * A member of the supervision committee signs a reconciliation report as it stands: the
 * signature keeps the report's fingerprint, so a later change to the records shows against it.
 * Each member signs once; audited as reconciliation.signed with the counts (never a name).
 */
async function signReport(cmd: CommandContext, load: (tx: Tx) => Promise<Signable>) {
  const personId = cmd.personId;
  const signedBy = cmd.actorAccountId;
  if (!personId || !signedBy) throw new DomainError('forbidden');
  return cmd.db.transaction(async (tx) => {
    const { report: r, subject, target, figures } = await load(tx);
    const inserted = await insertSignature(tx, cmd.villageId, subject, {
      ...{ personId, fingerprint: r.fingerprint },
      ...{ signedBy, signedAt: cmd.clock.now() },
    });
    if (!inserted) throw new DomainError('reconciliation_already_signed');
    const count = (k: keyof typeof r.groups) => r.groups[k].length;
    await recordEvent(cmd, tx, 'reconciliation.signed', target, {
      fingerprint: r.fingerprint,
      ...figures,
      ...{ paperOnly: count('paperOnly'), onlineOnly: count('onlineOnly'), both: count('both') },
      ...{ neither: count('neither'), countedOnce: r.countedOnce, due: r.dueCount },
    });
  });
}

/** Signs a meeting's sign-in reconciliation. */
export async function signReconciliation(cmd: CommandContext, meetingId: string) {
  return signReport(cmd, async (tx) => {
    const r = await reconcileMeeting(tx, cmd.villageId, meetingId);
    return {
      report: r,
      subject: { kind: 'meeting', meetingId: r.meeting.id },
      target: { type: 'meeting', id: r.meeting.id },
      figures: {},
    };
  });
}

/** Signs an election round's ballot reconciliation; the event adds the round, notDue and the ballots. */
export async function signElectionReconciliation(
  cmd: CommandContext,
  electionId: string,
  round: number,
) {
  return signReport(cmd, async (tx) => {
    const r = await reconcileElectionRound(tx, cmd.villageId, electionId, round);
    return {
      report: r,
      subject: { kind: 'electionRound', electionId: r.election.id, round: r.round.round },
      target: { type: 'election', id: r.election.id },
      figures: { round: r.round.round, notDue: r.groups.notDue.length, ballots: r.ballots },
    };
  });
}
