import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { finding, RuleRefusal } from '@cunzhi/core/rules/findings';
import { checkRelease } from '@cunzhi/core/spending/holds';
import type { CommandContext } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import { findResolutionBasis, setHoldReleased, type HoldRow } from '../repository.ts';
import {
  actDate,
  fieldError,
  refuseFallenResolution,
  requireHold,
  requireInForce,
} from './shared.ts';

export interface ReleaseInput {
  holdId: string;
  on?: string | undefined;
  resolutionId: string;
}

/** The representatives' (or the assembly's) standing resolution, on the matter the hold was referred as. */
async function requireReleasingResolution(
  tx: Tx,
  cmd: CommandContext,
  hold: HoldRow,
  resolutionId: string,
  on: CalendarDate,
): Promise<void> {
  const r = await findResolutionBasis(tx, cmd.villageId, resolutionId);
  if (!r) fieldError('resolutionId', 'field_invalid');
  if (r.meeting_kind !== 'representativesMeeting' && r.meeting_kind !== 'villagersAssembly')
    throw new RuleRefusal(finding(on, 'SEED002-SUPERVISION', 'hold_release_needs_resolution'));
  if (hold.referred_matter_id !== null && r.matter_id !== hold.referred_matter_id)
    fieldError('resolutionId', 'field_invalid');
  refuseFallenResolution(on, r);
}

/**
 * Releases a hold in force on the representatives' meeting's resolution on
 * the referred matter, with the inspection that justified it already
 * recorded. The payment may then be made. (The committee's own release is a
 * motion of kind holdRelease: commands/holdMotions.ts.)
 */
export async function releaseHold(cmd: CommandContext, input: ReleaseInput): Promise<void> {
  const on = actDate(cmd, 'on', input.on);
  const { profile } = await loadVillageProfile(cmd.db, cmd.villageId, on);
  await cmd.db.transaction(async (tx) => {
    const hold = await requireHold(tx, cmd, input.holdId, { forUpdate: true });
    requireInForce(hold);
    await requireReleasingResolution(tx, cmd, hold, input.resolutionId, on);
    const refusal = checkRelease(
      { inspectedOn: hold.inspected_on },
      { kind: 'resolution' },
      on,
      profile.params,
    );
    if (refusal) throw new RuleRefusal(refusal);
    await setHoldReleased(tx, cmd.villageId, hold.id, {
      on,
      basis: 'resolution',
      resolutionId: input.resolutionId,
    });
    await recordEvent(
      cmd,
      tx,
      'spending.holdReleased',
      { type: 'spendingHold', id: hold.id },
      {
        on,
        basis: 'resolution',
        resolutionId: input.resolutionId,
        inspectedOn: hold.inspected_on,
        profileVersion: profile.version,
      },
    );
  });
}
