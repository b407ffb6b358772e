import { randomUUID } from 'node:crypto';
import { fromYmd } from '@cunzhi/core/calendarDate';
import {
  NOMINEE_OF,
  requireNotSelf,
  requireQuarterBegun,
  requireSelectionState,
  reviewOutcome,
  tallySelection,
  type NominationSource,
  type SelectionCategory,
} from '@cunzhi/core/activities/selection';
import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import { actingAccount, fieldError } from '../../matters/commands/shared.ts';
import { findResolution } from '../../matters/repository.ts';
import {
  findMeeting,
  findSelection,
  findUnit,
  householdMembers,
  insertNomination,
  insertSelection,
  listNominations,
  personExists,
  representativesOn,
  setNominationResult,
  updateSelection,
  type SelectionRow,
} from '../repository.ts';

async function loadSelection(tx: Tx, cmd: CommandContext, id: string): Promise<SelectionRow> {
  const s = await findSelection(tx, cmd.villageId, id, true);
  if (!s) throw new DomainError('not_found', { what: 'selection' });
  return s;
}

/** Opens a quarter's selection of one category (once per quarter; the quarter must have begun). */
export async function openSelection(
  cmd: CommandContext,
  input: { category: SelectionCategory; year: number; quarter: number; quota: number },
) {
  const by = actingAccount(cmd);
  const today = cmd.clock.today();
  requireQuarterBegun(fromYmd(input.year, (input.quarter - 1) * 3 + 1, 1), today);
  const id = randomUUID();
  return cmd.db.transaction(async (tx) => {
    // two openings at once: the second finds the quarter taken, as one after the other would
    const opened = await insertSelection(tx, cmd.villageId, {
      id,
      ...input,
      openedBy: by,
      openedOn: today,
    });
    if (!opened)
      throw new DomainError('selection_exists', { year: input.year, quarter: input.quarter });
    await recordEvent(cmd, tx, 'selection.opened', { type: 'selection', id }, input);
    return id;
  });
}

interface NominateInput {
  householdId?: string | undefined;
  personId?: string | undefined;
  source?: NominationSource | undefined;
  byUnitId?: string | undefined;
  byPersonId?: string | undefined;
  reason: string;
}

/** Who nominates: a villager as themselves; a cadre enters an organisation's or a villager's paper. */
async function nominator(tx: Tx, cmd: CommandContext, input: NominateInput, runs: boolean) {
  if (!runs) {
    if (!cmd.personId) throw new DomainError('forbidden');
    return { source: 'person' as const, byUnitId: null, byPersonId: cmd.personId };
  }
  if ((input.source ?? 'organization') === 'organization') {
    if (!input.byUnitId) fieldError('byUnitId', 'field_required');
    const unit = await findUnit(tx, cmd.villageId, input.byUnitId);
    if (!unit) fieldError('byUnitId', 'not_found', { what: 'microUnit' });
    if (unit.kind !== 'organization')
      fieldError('byUnitId', 'micro_unit_kind', { what: 'micro_organization' });
    return { source: 'organization' as const, byUnitId: unit.id, byPersonId: null };
  }
  if (!input.byPersonId) fieldError('byPersonId', 'field_required');
  if (!(await personExists(tx, cmd.villageId, input.byPersonId)))
    fieldError('byPersonId', 'not_found', { what: 'person' });
  return { source: 'person' as const, byUnitId: null, byPersonId: input.byPersonId };
}

/** The nominee as the category has it: a household for a courtyard, a villager for a star. */
async function nominee(tx: Tx, cmd: CommandContext, s: SelectionRow, input: NominateInput) {
  if (NOMINEE_OF[s.category] === 'household') {
    if (!input.householdId || input.personId) fieldError('householdId', 'selection_nominee_kind');
    const members = await householdMembers(tx, cmd.villageId, input.householdId);
    if (!members) fieldError('householdId', 'not_found', { what: 'household' });
    return { householdId: input.householdId, personId: null, householdMemberIds: members };
  }
  if (!input.personId || input.householdId) fieldError('personId', 'selection_nominee_kind');
  if (!(await personExists(tx, cmd.villageId, input.personId)))
    fieldError('personId', 'not_found', { what: 'person' });
  return { householdId: null, personId: input.personId, householdMemberIds: [] };
}

/**
 * 组织推荐 or 个人推荐, while the selection takes nominations; one nomination per nominee.
 * `runs`: the actor runs selections (a cadre entering others' nominations), else a villager.
 */
export async function nominate(
  cmd: CommandContext,
  selectionId: string,
  input: NominateInput,
  runs: boolean,
) {
  const enteredBy = actingAccount(cmd);
  return cmd.db.transaction(async (tx) => {
    const s = await loadSelection(tx, cmd, selectionId);
    requireSelectionState(s.state, 'nominating');
    const by = await nominator(tx, cmd, input, runs);
    const who = await nominee(tx, cmd, s, input);
    requireNotSelf(by.byPersonId, who);
    const id = randomUUID();
    const on = cmd.clock.today();
    const inserted = await insertNomination(tx, cmd.villageId, {
      id,
      selectionId,
      householdId: who.householdId,
      personId: who.personId,
      ...by,
      reason: input.reason,
      enteredBy,
      on,
    });
    if (!inserted) throw new DomainError('selection_duplicate');
    await recordEvent(
      cmd,
      tx,
      'selection.nominated',
      { type: 'selection', id: selectionId },
      {
        nominationId: id,
        householdId: who.householdId,
        personId: who.personId,
        ...by,
      },
    );
    return id;
  });
}

/**
 * The representatives' vote, taken at a representatives' meeting: its day is the vote's day, the
 * seated representatives that day are the base, quorum and majority are the village profile's
 * (VCOL Art. 26); every nomination's votes are entered; the quota's best passing are elected.
 */
export async function recordVote(
  cmd: CommandContext,
  selectionId: string,
  input: {
    meetingId: string;
    present: number;
    votes: Array<{ nominationId: string; yes: number }>;
  },
) {
  return cmd.db.transaction(async (tx) => {
    const s = await loadSelection(tx, cmd, selectionId);
    requireSelectionState(s.state, 'nominating');
    const meeting = await findMeeting(tx, cmd.villageId, input.meetingId);
    if (!meeting) fieldError('meetingId', 'not_found', { what: 'meeting' });
    if (meeting.kind !== 'representativesMeeting') fieldError('meetingId', 'selection_meeting');
    const nominations = await listNominations(tx, cmd.villageId, [s.id]);
    if (nominations.length === 0) throw new DomainError('selection_no_nominations');
    const yes = new Map(input.votes.map((v) => [v.nominationId, v.yes]));
    if (nominations.some((n) => !yes.has(n.id)) || yes.size !== nominations.length)
      fieldError('votes', 'selection_votes_missing');
    const on = meeting.meeting_on;
    const members = await representativesOn(tx, cmd.villageId, on);
    const { profile } = await loadVillageProfile(tx, cmd.villageId, on);
    const tally = tallySelection(
      { members, present: input.present, yes },
      profile.params['VCOL-26-QUORUM'],
      s.quota,
    );
    for (const line of tally.lines)
      await setNominationResult(tx, cmd.villageId, line.nominationId, {
        yes: line.yes,
        outcome: line.elected ? 'elected' : 'notElected',
      });
    await updateSelection(tx, cmd.villageId, s.id, {
      state: 'voted',
      meeting_id: meeting.id,
      voted_on: on,
      members,
      present: input.present,
    });
    await recordEvent(
      cmd,
      tx,
      'selection.voted',
      { type: 'selection', id: s.id },
      {
        meetingId: meeting.id,
        votedOn: on,
        members,
        present: input.present,
        lines: tally.lines,
      },
    );
  });
}

/**
 * The resolution of the two committees' joint meeting that reviews a voted selection: adopted on
 * or after the representatives' vote, not revoked, of a meeting not found invalid.
 */
async function reviewResolution(tx: Tx, cmd: CommandContext, s: SelectionRow, id: string) {
  const r = await findResolution(tx, cmd.villageId, id);
  if (!r) fieldError('resolutionId', 'not_found', { what: 'resolution' });
  if (
    r.meeting_kind !== 'twoCommitteesJointMeeting' ||
    r.revoked_on ||
    r.meeting_invalid_reason ||
    (s.voted_on !== null && r.adopted_on < s.voted_on)
  )
    fieldError('resolutionId', 'selection_review_resolution');
  return r;
}

/**
 * The two committees' review (村"两委"复审), decided at their joint meeting: its resolution is the
 * review and its day the review's day; every winner confirmed, or struck with its reason.
 */
export async function reviewSelection(
  cmd: CommandContext,
  selectionId: string,
  input: {
    resolutionId: string;
    decisions: Array<{ nominationId: string; confirm: boolean; reason?: string | undefined }>;
  },
) {
  return cmd.db.transaction(async (tx) => {
    const s = await loadSelection(tx, cmd, selectionId);
    requireSelectionState(s.state, 'voted');
    const r = await reviewResolution(tx, cmd, s, input.resolutionId);
    const elected = (await listNominations(tx, cmd.villageId, [s.id])).filter(
      (n) => n.outcome === 'elected',
    );
    const decided = new Map(input.decisions.map((d) => [d.nominationId, d]));
    if (elected.some((n) => !decided.has(n.id)) || decided.size !== elected.length)
      throw new DomainError('selection_unreviewed');
    const outcomes = elected.map((n) => {
      const d = decided.get(n.id)!;
      return {
        id: n.id,
        outcome: reviewOutcome(d.confirm, d.reason ?? ''),
        note: d.reason ?? null,
      };
    });
    for (const o of outcomes)
      await setNominationResult(tx, cmd.villageId, o.id, {
        outcome: o.outcome,
        reviewNote: o.note || null,
      });
    const on = r.adopted_on;
    await updateSelection(tx, cmd.villageId, s.id, {
      state: 'reviewed',
      reviewed_on: on,
      review_resolution_id: r.id,
    });
    await recordEvent(
      cmd,
      tx,
      'selection.reviewed',
      { type: 'selection', id: s.id },
      { reviewedOn: on, resolutionId: r.id, outcomes },
    );
  });
}

/** Published: the confirmed winners go on the picture sheet and the year's honours roll. */
export async function publishSelection(cmd: CommandContext, selectionId: string) {
  return cmd.db.transaction(async (tx) => {
    const s = await loadSelection(tx, cmd, selectionId);
    requireSelectionState(s.state, 'reviewed');
    const on = cmd.clock.today();
    await updateSelection(tx, cmd.villageId, s.id, { state: 'published', published_on: on });
    const confirmed = (await listNominations(tx, cmd.villageId, [s.id]))
      .filter((n) => n.outcome === 'confirmed')
      .map((n) => ({ nominationId: n.id, householdId: n.household_id, personId: n.person_id }));
    await recordEvent(
      cmd,
      tx,
      'selection.published',
      { type: 'selection', id: s.id },
      {
        publishedOn: on,
        confirmed,
      },
    );
  });
}
