import { randomUUID } from 'node:crypto';
import { BODY_KIND_INFO } from '@cunzhi/core/bodies/bodyKinds';
import { DomainError } from '@cunzhi/core/errors';
import { contestTimeFinding, type ContestOutcome } from '@cunzhi/core/points/awards';
import { correctionEffectiveOn } from '@cunzhi/core/points/ledger';
import { finding, RuleRefusal } from '@cunzhi/core/rules/findings';
import { actDate, type CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import {
  appendEntries,
  awardEntry,
  contestsOfAward,
  decideContest,
  findAward,
  findContest,
  findNotice,
  findPerson,
  findSchemes,
  insertContest,
  lockAccount,
} from '../repository.ts';

export interface ContestInput {
  awardId: string;
  grounds: string;
  /** paper: the person who signed it (a cadre types it in); phone: the villager themself */
  lodgedByPersonId: string;
  channel: 'phone' | 'paper';
  lodgedOn?: string | undefined;
}

/**
 * Lodges a contest (异议) of a published award, by the beneficiary or a member of their
 * household, within the notice's publicity (posting day to last day); on the phone, or from
 * paper typed in by a cadre with the day it was handed in. It goes to the scheme's contest body,
 * and the award's line waits until that body decides.
 */
export async function lodgeContest(
  cmd: CommandContext,
  input: ContestInput,
): Promise<{ id: string }> {
  const lodgedOn =
    input.channel === 'paper' ? actDate(cmd, 'lodgedOn', input.lodgedOn) : cmd.clock.today();
  return cmd.db.transaction(async (tx) => {
    const award = await findAward(tx, cmd.villageId, input.awardId, { forUpdate: true });
    if (!award || award.state !== 'inPublicity')
      throw new DomainError('not_found', { what: 'pointsAward' });
    const person = await findPerson(tx, cmd.villageId, input.lodgedByPersonId);
    if (!person || person.household_id !== award.household_id)
      throw new RuleRefusal(finding(lodgedOn, 'POINTS-PUBLICITY', 'points_contest_not_party'));
    const notice = (await findNotice(tx, cmd.villageId, award.notice_id!))!;
    const late = contestTimeFinding(lodgedOn, notice.starts_on, notice.ends_on);
    if (late) throw new RuleRefusal(late);
    const scheme = (await findSchemes(tx, cmd.villageId)).find((s) => s.id === award.scheme_id)!;
    const body = BODY_KIND_INFO[scheme.contest_body_kind];
    const earlier = await contestsOfAward(tx, cmd.villageId, award.id);
    // the body's decision settles the award: a further objection goes to the body as a new matter
    const decided = earlier.find((c) => c.decided_on !== null);
    if (decided) throw new DomainError('points_contest_decided', { on: decided.decided_on! });
    if (earlier.some((c) => c.state === 'open'))
      throw new DomainError('points_contest_open', {
        body: cmd.locale === 'en' ? body.en : body.zh,
      });
    const id = randomUUID();
    await insertContest(tx, cmd.villageId, {
      id,
      award_id: award.id,
      channel: input.channel,
      lodged_by_person_id: person.id,
      lodged_on: lodgedOn,
      grounds: input.grounds,
      body_kind: scheme.contest_body_kind,
      recordedBy: cmd.actorAccountId!,
    });
    await recordEvent(
      cmd,
      tx,
      'pointsContest.lodged',
      { type: 'pointsContest', id },
      {
        awardId: award.id,
        channel: input.channel,
        lodgedOn,
        body: scheme.contest_body_kind,
      },
    );
    return { id };
  });
}

export interface DecisionInput {
  outcome: ContestOutcome;
  reason: string;
  /** upheld: the points the award should have had (0: struck out) */
  correctedPoints?: number | undefined;
  decidedOn?: string | undefined;
}

/**
 * Records the contest body's decision, with its reason either way. Upheld: the award's line is
 * reversed and, unless struck out, a corrected line is appended, both dated the decision's day
 * and naming the contest; nothing already written changes. Dismissed: the line counts again.
 */
export async function decidePointsContest(
  cmd: CommandContext,
  contestId: string,
  input: DecisionInput,
): Promise<void> {
  const on = actDate(cmd, 'decidedOn', input.decidedOn);
  await cmd.db.transaction(async (tx) => {
    const contest = await findContest(tx, cmd.villageId, contestId, { forUpdate: true });
    if (!contest) throw new DomainError('not_found', { what: 'pointsContest' });
    if (contest.state !== 'open')
      throw new DomainError('points_contest_decided', { on: contest.decided_on! });
    if (on < contest.lodged_on)
      throw new DomainError('validation_failed', {}, [
        { field: 'decidedOn', error: 'date_order', params: { other: contest.lodged_on } },
      ]);
    const upheld = input.outcome === 'upheld';
    if (upheld && input.correctedPoints === undefined)
      throw new DomainError('validation_failed', {}, [
        { field: 'correctedPoints', error: 'field_required' },
      ]);
    const corrected = upheld ? input.correctedPoints! : null;
    await decideContest(tx, cmd.villageId, contest.id, {
      outcome: input.outcome,
      by: cmd.actorAccountId!,
      on,
      reason: input.reason,
      correctedPoints: corrected,
    });
    if (upheld)
      await correctLedger(cmd, tx, contest.award_id, contest.id, corrected!, on, input.reason);
    await recordEvent(
      cmd,
      tx,
      `pointsContest.${input.outcome}`,
      { type: 'pointsContest', id: contest.id },
      {
        awardId: contest.award_id,
        reason: input.reason,
        correctedPoints: corrected,
        decidedOn: on,
      },
    );
  });
}

async function correctLedger(
  cmd: CommandContext,
  tx: Parameters<typeof lockAccount>[0],
  awardId: string,
  contestId: string,
  corrected: number,
  on: ReturnType<typeof actDate>,
  reason: string,
): Promise<void> {
  const award = (await findAward(tx, cmd.villageId, awardId))!;
  const line = (await awardEntry(tx, cmd.villageId, awardId))!;
  await lockAccount(tx, cmd.villageId, award.household_id);
  const common = {
    villageId: cmd.villageId,
    householdId: award.household_id,
    personId: award.person_id,
    countsForHousehold: line.counts_for_household,
    effectiveOn: correctionEffectiveOn(on, line.effective_on),
    itemId: award.item_id,
    schemeId: award.scheme_id,
    awardId: award.id,
    contestId,
    note: reason,
    recordedBy: cmd.actorAccountId,
    recordedAt: cmd.clock.now(),
  };
  await appendEntries(tx, [
    { ...common, points: -line.points, kind: 'reversal', reversesEntryId: line.id },
    ...(corrected !== 0 ? [{ ...common, points: corrected, kind: 'correction' as const }] : []),
  ]);
}
