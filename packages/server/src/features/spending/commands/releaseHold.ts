import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { finding, RuleRefusal } from '@cunzhi/core/rules/findings';
import { checkRelease, type ReleaseBasis } from '@cunzhi/core/spending/holds';
import { committeeVote } from '@cunzhi/core/supervision/committee';
import type { CommandContext } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import {
  findResolutionBasis,
  setHoldReleased,
  type HoldDecision,
  type HoldRow,
} from '../repository.ts';
import {
  actDate,
  fieldError,
  refuseFallenResolution,
  requireHold,
  requireInForce,
} from './shared.ts';
import { supervisionMembersOn } from '../../supervision/repository.ts';

export interface ReleaseInput {
  holdId: string;
  on?: string | undefined;
  basis: 'resolution' | 'committeeVote';
  resolutionId?: string | undefined;
  present?: number | undefined;
  yes?: number | undefined;
}

/** The representatives' (or the assembly's) standing resolution, on the matter the hold was referred as. */
async function requireReleasingResolution(
  tx: Tx,
  cmd: CommandContext,
  hold: HoldRow,
  resolutionId: string | undefined,
  on: CalendarDate,
): Promise<void> {
  if (!resolutionId) fieldError('resolutionId', 'field_required');
  const r = await findResolutionBasis(tx, cmd.villageId, resolutionId);
  if (!r) fieldError('resolutionId', 'field_invalid');
  if (r.meeting_kind !== 'representativesMeeting' && r.meeting_kind !== 'villagersAssembly')
    throw new RuleRefusal(finding(on, 'SEED002-SUPERVISION', 'hold_release_needs_resolution'));
  if (hold.referred_matter_id !== null && r.matter_id !== hold.referred_matter_id)
    fieldError('resolutionId', 'field_invalid');
  refuseFallenResolution(on, r);
}

/** The committee's own release vote, as counted at its meeting (present and in favour, of its members that day). */
async function committeeCount(
  tx: Tx,
  cmd: CommandContext,
  input: ReleaseInput,
  on: CalendarDate,
): Promise<{ members: number; present: number; yes: number }> {
  if (input.present === undefined) fieldError('present', 'field_required');
  if (input.yes === undefined) fieldError('yes', 'field_required');
  const members = (await supervisionMembersOn(tx, cmd.villageId, on)).length;
  if (input.present > members) fieldError('present', 'field_invalid');
  if (input.yes > input.present) fieldError('yes', 'field_invalid');
  return { members, present: input.present, yes: input.yes };
}

/**
 * Releases a hold in force, with the inspection that justified it already
 * recorded: by the representatives' meeting's resolution on the referred
 * matter, or — where the profile allows — by the committee's own vote,
 * carried by the same rule as the hold. The payment may then be made.
 */
export async function releaseHold(cmd: CommandContext, input: ReleaseInput): Promise<void> {
  const on = actDate(cmd, 'on', input.on);
  const { profile } = await loadVillageProfile(cmd.db, cmd.villageId, on);
  await cmd.db.transaction(async (tx) => {
    const hold = await requireHold(tx, cmd, input.holdId, { forUpdate: true });
    requireInForce(hold);
    let basis: ReleaseBasis = { kind: 'resolution' };
    let decision: HoldDecision | null = null;
    if (input.basis === 'resolution')
      await requireReleasingResolution(tx, cmd, hold, input.resolutionId, on);
    else {
      const count = await committeeCount(tx, cmd, input, on);
      basis = { kind: 'committeeVote', count };
      const outcome = committeeVote(count, on, profile.params);
      decision = {
        ...count,
        no: count.present - count.yes,
        abstain: 0,
        requiredPresent: outcome.requiredPresent,
        requiredYes: outcome.requiredYes,
        carried: outcome.carried,
      };
    }
    const refusal = checkRelease({ inspectedOn: hold.inspected_on }, basis, on, profile.params);
    if (refusal) throw new RuleRefusal(refusal);
    const resolutionId = input.basis === 'resolution' ? (input.resolutionId ?? null) : null;
    await setHoldReleased(tx, cmd.villageId, hold.id, {
      on,
      basis: input.basis,
      resolutionId,
      decision,
    });
    await recordEvent(
      cmd,
      tx,
      'spending.holdReleased',
      { type: 'spendingHold', id: hold.id },
      {
        on,
        basis: input.basis,
        resolutionId,
        decision,
        inspectedOn: hold.inspected_on,
        profileVersion: profile.version,
      },
    );
  });
}
