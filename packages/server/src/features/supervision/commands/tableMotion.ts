import { randomUUID } from 'node:crypto';
import { DomainError } from '@cunzhi/core/errors';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { RuleRefusal } from '@cunzhi/core/rules/findings';
import { addDays } from '@cunzhi/core/rules/dayCount';
import type { SittingInput } from '@cunzhi/contract/supervision';
import type { z } from 'zod';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { dateField } from '../../../platform/fields.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import {
  findMotion,
  insertMotion,
  insertSitting,
  openMotionOn,
  upsertVote,
  type MemberRow,
} from '../repository.ts';
import { countAndSettle } from './decide.ts';
import {
  actDate,
  actingAccount,
  fieldError,
  requireMember,
  requireServing,
  sittingField,
} from './shared.ts';
import { prepareSubject, withoutReferralSummary, type ProposalInput } from './subjects.ts';

/** The longest a remote vote stays open: a month, so nothing waits on an absent member for ever. */
const MAX_WINDOW_DAYS = 30;

type Sitting = z.infer<typeof SittingInput>;

/**
 * A member puts a motion to the committee (委员票决制): at a sitting in
 * person, recorded with who came and how each voted, and decided at once —
 * refused if too few members came to act (须半数以上委员到场方可进行); or
 * remotely, members voting on their phones until a day, the member who
 * tables it voting in favour. What a carried motion decides is done in the
 * same transaction (subjects.ts). Returns the motion and its subject (a hold
 * is made by its motion).
 */
export async function tableMotion(
  cmd: CommandContext,
  input: {
    proposal: ProposalInput;
    sitting: Sitting;
    /** The member the system records for (demo, CLI); a signed-in member is themself. */
    memberId?: string;
  },
): Promise<{ id: string; subjectId: string }> {
  const { sitting } = input;
  const heldOn =
    sitting.mode === 'inPerson'
      ? actDate(cmd, sittingField('heldOn'), sitting.heldOn)
      : cmd.clock.today();
  const { personId, members } = await requireMember(cmd.db, cmd, heldOn, input.memberId);
  const closesOn = sitting.mode === 'remote' ? windowEnd(heldOn, sitting.closesOn) : null;
  if (sitting.mode === 'inPerson') checkInPersonRecord(sitting, members);
  const { profile } = await loadVillageProfile(cmd.db, cmd.villageId, heldOn);
  const sittingId = randomUUID();
  const id = randomUUID();
  return cmd.db.transaction(async (tx) => {
    const subjectId = await prepareSubject(
      tx,
      cmd,
      input.proposal,
      heldOn,
      members,
      profile.params,
      personId,
    );
    if (await openMotionOn(tx, cmd.villageId, subjectId)) throw new DomainError('motion_pending');
    const recordedBy = actingAccount(cmd);
    await insertSitting(tx, cmd.villageId, {
      id: sittingId,
      mode: sitting.mode,
      heldOn,
      closesOn,
      attendance: sitting.mode === 'inPerson' ? sitting.attendance : [],
      convenedBy: personId,
      createdBy: recordedBy,
    });
    await insertMotion(tx, cmd.villageId, {
      id,
      sittingId,
      kind: input.proposal.kind,
      subjectId,
      proposal: input.proposal,
      tabledBy: personId,
      profileId: profile.id,
      profileVersion: profile.version,
    });
    const votes =
      sitting.mode === 'inPerson' ? sitting.votes : [{ personId, choice: 'yes' as const }];
    for (const v of votes) await upsertVote(tx, cmd.villageId, { motionId: id, ...v, recordedBy });
    await recordEvent(
      cmd,
      tx,
      'supervision.motionTabled',
      { type: 'supervisionMotion', id },
      {
        proposal: withoutReferralSummary(input.proposal),
        sitting: { ...sitting, heldOn, closesOn },
        tabledBy: personId,
      },
    );
    const outcome = await countAndSettle(
      tx,
      cmd,
      (await findMotion(tx, cmd.villageId, id))!,
      heldOn,
    );
    if (outcome.status === 'lapsed' && outcome.finding) throw new RuleRefusal(outcome.finding);
    return { id, subjectId };
  });
}

function windowEnd(today: CalendarDate, closesOn: string): CalendarDate {
  const on = dateField(sittingField('closesOn'), closesOn);
  if (on < today || on > addDays(today, MAX_WINDOW_DAYS))
    throw new DomainError('validation_failed', {}, [
      {
        field: sittingField('closesOn'),
        error: 'sitting_window',
        params: { days: MAX_WINDOW_DAYS },
      },
    ]);
  return on;
}

/** In person: those recorded present serve on the committee, and only they vote, once each. */
function checkInPersonRecord(
  sitting: Extract<Sitting, { mode: 'inPerson' }>,
  members: readonly MemberRow[],
): void {
  requireServing(members, sitting.attendance, sittingField('attendance'));
  const present = new Set(sitting.attendance);
  const seen = new Set<string>();
  for (const v of sitting.votes) {
    if (!present.has(v.personId)) {
      const name = members.find((m) => m.person_id === v.personId)?.name ?? v.personId;
      fieldError(sittingField('votes'), 'voter_not_present', { name });
    }
    if (seen.has(v.personId)) fieldError(sittingField('votes'), 'field_invalid');
    seen.add(v.personId);
  }
}
