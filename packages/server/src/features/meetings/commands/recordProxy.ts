import { DomainError, type FieldProblem } from '@cunzhi/core/errors';
import { checkProxy } from '@cunzhi/core/meetings/convening';
import { MEETING_KIND_INFO } from '@cunzhi/core/meetings/meetingKinds';
import { closeRelation } from '@cunzhi/core/registry/kinship';
import { finding, refuseOnViolation, RuleRefusal } from '@cunzhi/core/rules/findings';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { dateField } from '../../../platform/fields.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import { loadKinNeighbourhood } from '../../registry/queries/kinGraph.ts';
import { facts, VOTING_CAPACITIES, type EligibleVoter } from '../presence.ts';
import { loadVoters } from '../queries/presence.ts';
import { countProxiesHeld, insertProxy } from '../repository/attendance.ts';
import { accountOf, lockedMeeting } from './shared.ts';

export interface ProxyInput {
  meetingId: string;
  principalId: string;
  holderId: string;
  lodgedOn: string;
}

/** Both are due at the meeting; the principal has not come in person; neither has lodged a proxy already. */
function checkParties(
  input: ProxyInput,
  voters: EligibleVoter[],
): { principal: EligibleVoter; holder: EligibleVoter } {
  const principal = voters.find((v) => v.personId === input.principalId);
  const holder = voters.find((v) => v.personId === input.holderId);
  const problems: FieldProblem[] = [];
  if (!principal) problems.push({ field: 'principalId', error: 'not_meeting_member' });
  if (!holder) problems.push({ field: 'holderId', error: 'not_meeting_member' });
  if (principal?.capacity && VOTING_CAPACITIES.includes(principal.capacity))
    problems.push({ field: 'principalId', error: 'field_invalid' });
  if (problems.length > 0 || !principal || !holder)
    throw new DomainError('validation_failed', {}, problems);
  if (principal.proxyHolderId) throw new DomainError('conflict_stale');
  // no sub-delegation
  if (holder.proxyHolderId)
    throw new DomainError('validation_failed', {}, [{ field: 'holderId', error: 'field_invalid' }]);
  return { principal, holder };
}

/**
 * A written proxy (委托) for the assembly or a group meeting: the holder is a
 * close relative due at the meeting, carries at most the profile's number of
 * principals, and (where the profile says so) it was lodged in time
 * (VCOL-15-PROXY). No sub-delegation: a holder has lodged no proxy of their own.
 */
export async function recordProxy(cmd: CommandContext, input: ProxyInput) {
  const lodgedOn = dateField('lodgedOn', input.lodgedOn);
  if (lodgedOn > cmd.clock.today())
    throw new DomainError('validation_failed', {}, [
      { field: 'lodgedOn', error: 'date_in_future' },
    ]);
  if (input.principalId === input.holderId)
    throw new DomainError('validation_failed', {}, [{ field: 'holderId', error: 'field_invalid' }]);
  return cmd.db.transaction(async (tx) => {
    const m = await lockedMeeting(tx, cmd.villageId, input.meetingId, ['planned', 'open']);
    const { profile } = await loadVillageProfile(tx, cmd.villageId, m.meeting_on);
    const info = MEETING_KIND_INFO[m.kind];
    if (!info.proxies)
      throw new RuleRefusal(
        finding(m.meeting_on, 'VCOL-15-PROXY', 'proxies_not_allowed', { meeting: info.zh }),
      );
    const voters = await loadVoters(tx, cmd.villageId, facts(m), [
      input.principalId,
      input.holderId,
    ]);
    const { principal, holder } = checkParties(input, voters);
    const held = await countProxiesHeld(tx, cmd.villageId, m.id, holder.personId);
    const { graph } = await loadKinNeighbourhood(tx, cmd.villageId, [principal.personId]);
    refuseOnViolation(
      checkProxy(
        m.kind,
        {
          holderName: holder.name,
          holderPrincipals: held,
          isCloseRelative: closeRelation(graph, principal.personId, holder.personId) !== null,
          sameHousehold: principal.householdId === holder.householdId,
          lodgedOn,
          meetingOn: m.meeting_on,
        },
        profile.params,
      ),
    );
    await insertProxy(tx, cmd.villageId, m.id, {
      principalId: principal.personId,
      holderId: holder.personId,
      lodgedOn,
      recordedBy: accountOf(cmd),
    });
    const proxy = {
      principalId: principal.personId,
      principalName: principal.name,
      holderId: holder.personId,
      holderName: holder.name,
      lodgedOn,
    };
    await recordEvent(cmd, tx, 'proxy.recorded', { type: 'meeting', id: m.id }, proxy);
    return proxy;
  });
}
