import { consentRefusal, consentState } from '@cunzhi/core/disputes/rules';
import { DomainError } from '@cunzhi/core/errors';
import { findingWithCitation } from '@cunzhi/core/rules/findings';
import type { CommandContext } from '../../../platform/command.ts';
import { fieldError } from '../../matters/commands/shared.ts';
import { endStage, partiesOf, setConsent } from '../repository.ts';
import { disputeStep, stepDate } from './step.ts';

/**
 * A party's answer to mediation. An express refusal ends the matter at once (不予调解,
 * RMTJ-17-CONSENT: 当事人一方明确拒绝调解的，不得调解), its reason in the law's words closing the
 * people's stage; an agreement waits for the others.
 */
export async function recordConsent(
  cmd: CommandContext,
  disputeId: string,
  input: { partyId: string; consent: 'agreed' | 'refused'; on?: string | undefined },
): Promise<void> {
  await disputeStep(cmd, disputeId, 'recordConsent', async (tx, row) => {
    const parties = await partiesOf(tx, cmd.villageId, row.id);
    const party = parties.find((p) => p.id === input.partyId);
    if (!party) fieldError('partyId', 'dispute_party_unknown');
    const on = stepDate(cmd, 'on', input.on, row.received_on);
    await setConsent(tx, cmd.villageId, row.id, party.id, input.consent, on);
    if (input.consent === 'agreed') return { data: { party: party.seq, consent: 'agreed', on } };
    // the refusal ends it in the same act (the machine's 'refuse' step), the law's words its outcome
    const reason = findingWithCitation(consentRefusal(on, party.name), 'zh-CN');
    await endStage(tx, cmd.villageId, row.id, { on, outcome: reason });
    return {
      data: { party: party.seq, consent: 'refused', on, ruleId: 'RMTJ-17-CONSENT' },
      set: { closed_on: on, outcome: reason },
      then: 'refuse',
    };
  });
}

/**
 * 受理: once every party has agreed (RMTJ-17-CONSENT), the committee accepts the dispute for
 * mediation; until then it names those who have not answered.
 */
export async function acceptDispute(
  cmd: CommandContext,
  disputeId: string,
  input: { on?: string | undefined },
): Promise<void> {
  await disputeStep(cmd, disputeId, 'accept', async (tx, row) => {
    const parties = await partiesOf(tx, cmd.villageId, row.id);
    const state = consentState(parties);
    if (state.kind !== 'ready')
      throw new DomainError('dispute_consent_waiting', {
        parties: parties
          .filter((p) => p.consent !== 'agreed')
          .map((p) => p.name)
          .join('、'),
      });
    const lastConsent = parties.reduce(
      (d, p) => (p.consent_on! > d ? p.consent_on! : d),
      row.received_on,
    );
    const on = stepDate(cmd, 'on', input.on, lastConsent);
    return { data: { acceptedOn: on }, set: { accepted_on: on } };
  });
}
