import { DomainError } from '@cunzhi/core/errors';
import { electionProxyFindings } from '@cunzhi/core/elections/polling';
import { stepName } from '@cunzhi/core/elections/steps';
import { areCloseRelatives } from '@cunzhi/core/registry/kinship';
import { citationText } from '@cunzhi/core/rules/citations';
import { refuseOnViolation } from '@cunzhi/core/rules/findings';
import type { CommandContext } from '../../../platform/command.ts';
import { actDate } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { loadKinNeighbourhood } from '../../registry/queries/kinGraph.ts';
import { rollPersonIds } from '../repository.ts';
import { approveProxies, insertProxy, proxiesOf } from '../repository/polling.ts';
import { requirePersons } from './rounds.ts';
import { findingViews, loadElection, paramsOn, refuseOrder, requireCommittee } from './shared.ts';

export interface LodgeProxyInput {
  electionId: string;
  principalId: string;
  holderId: string;
  /** The principal's written authorisation (委托书) is in the committee's hands. */
  written: boolean;
  on?: string | undefined;
}

/**
 * 委托投票 lodged with the committee (VCOL-15-PROXY, ZJ-25-PROXY), judged by core's
 * electionProxyFindings under the law of the day it is lodged: written; the holder on this
 * roll; a near relative where the law or the province says so; never a candidate; within
 * the profile's principals per holder; lodged the profile's days ahead; no passing on. It
 * counts at polling only once approved and published (approveProxies).
 */
export async function lodgeProxy(cmd: CommandContext, input: LodgeProxyInput) {
  const on = actDate(cmd, 'on', input.on);
  return cmd.db.transaction(async (tx) => {
    const election = await loadElection(tx, cmd, input.electionId);
    await requireCommittee(tx, cmd, election, 'lodgeProxy', on);
    if (!election.roll_published_on) refuseOrder(on, 'VCOL-15-PROXY', 'lodgeProxy', 'publishRoll');
    const persons = await requirePersons(tx, cmd.villageId, [
      { id: input.principalId, field: 'principalId' },
      { id: input.holderId, field: 'holderId' },
    ]);
    const principal = persons.get(input.principalId)!;
    const holder = persons.get(input.holderId)!;
    const roll = await rollPersonIds(tx, cmd.villageId, election.id);
    if (!roll.has(principal.id))
      throw new DomainError('election_not_on_roll', { name: principal.name });
    if (input.principalId === input.holderId)
      throw new DomainError('validation_failed', {}, [
        { field: 'holderId', error: 'election_person_duplicate' },
      ]);
    const proxies = await proxiesOf(tx, cmd.villageId, election.id);
    const { graph } = await loadKinNeighbourhood(tx, cmd.villageId, [principal.id, holder.id]);
    const candidates = new Set(election.record.posts.flatMap((p) => p.candidates));
    const findings = electionProxyFindings(
      {
        lodgedOn: on,
        pollingOn: election.record.pollingOn!,
        written: input.written,
        holderName: holder.name,
        holderOnRoll: roll.has(holder.id),
        holderIsNearRelative: areCloseRelatives(graph, principal.id, holder.id),
        holderIsCandidate: candidates.has(holder.id),
        holderIsPrincipal: proxies.some((x) => x.principal_id === holder.id),
        holderPrincipals: proxies.filter((x) => x.holder_id === holder.id).length,
      },
      await paramsOn(tx, cmd, on),
    );
    refuseOnViolation(findings);
    // one who holds others' votes cannot give their own away either (no passing on)
    if (proxies.some((x) => x.holder_id === principal.id))
      throw new DomainError('election_proxy_passed_on', {
        name: principal.name,
        law: citationText('VCOL-15-PROXY', cmd.locale, on),
      });
    const lodged = await insertProxy(tx, cmd.villageId, election.id, {
      principalId: principal.id,
      holderId: holder.id,
      lodgedOn: on,
      warnings: findingViews(findings, 'zh-CN'),
      recordedBy: cmd.actorAccountId,
    });
    if (!lodged) throw new DomainError('election_proxy_exists', { name: principal.name });
    await recordEvent(
      cmd,
      tx,
      'election.proxyLodged',
      { type: 'election', id: election.id },
      {
        on,
        principal: { personId: principal.id, name: principal.name },
        holder: { personId: holder.id, name: holder.name },
        findings: findingViews(findings, 'zh-CN'),
      },
    );
    return { id: election.id, findings };
  });
}

/** 审核公告: the committee approves lodged proxies and publishes them the same day. */
export async function approveElectionProxies(
  cmd: CommandContext,
  input: { electionId: string; principalIds: readonly string[]; on?: string | undefined },
) {
  const on = actDate(cmd, 'on', input.on);
  return cmd.db.transaction(async (tx) => {
    const election = await loadElection(tx, cmd, input.electionId);
    await requireCommittee(tx, cmd, election, 'lodgeProxy', on);
    const lodged = await proxiesOf(tx, cmd.villageId, election.id);
    const unknown = input.principalIds.findIndex(
      (id) => !lodged.some((x) => x.principal_id === id),
    );
    if (unknown >= 0)
      throw new DomainError('validation_failed', {}, [
        { field: `principalIds.${unknown}`, error: 'election_person_unknown' },
      ]);
    const approved = await approveProxies(tx, cmd.villageId, election.id, input.principalIds, on);
    await recordEvent(
      cmd,
      tx,
      'election.proxiesApproved',
      { type: 'election', id: election.id },
      { on, step: stepName('lodgeProxy').step, principals: input.principalIds, approved },
    );
    return { id: election.id, findings: [] };
  });
}
