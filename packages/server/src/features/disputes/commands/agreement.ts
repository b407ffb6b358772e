import { formatChineseDate, ymd } from '@cunzhi/core/calendarDate';
import { agreementEffect, confirmationLastDay } from '@cunzhi/core/disputes/rules';
import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../platform/command.ts';
import { fieldError } from '../../matters/commands/shared.ts';
import { numberText } from '../present.ts';
import {
  agreementOf,
  endStage,
  insertAgreement,
  mediatorIdsOf,
  nextNumber,
  partiesOf,
  setPartyMark,
  updateAgreement,
} from '../repository.ts';
import { disputeParams, disputeStep, stepDate } from './step.ts';

/**
 * The parties reach an agreement (Art. 28). Written, it is the 调解协议书 numbered 〔year〕第N号,
 * in effect only once signed and sealed (RMTJ-29-EFFECT); oral, it is in effect the day it is
 * reached (Art. 30) and performance starts at once. Either way the last day to apply for
 * judicial confirmation (RMTJ-33-CONFIRM) is stored the day it takes effect.
 */
export async function reachAgreement(
  cmd: CommandContext,
  disputeId: string,
  input: {
    form: 'written' | 'oral';
    terms: string;
    performance: string;
    mediatorPersonId: string;
    reachedOn?: string | undefined;
  },
): Promise<void> {
  const action = input.form === 'written' ? 'reachWritten' : 'reachOral';
  await disputeStep(cmd, disputeId, action, async (tx, row) => {
    const mediators = await mediatorIdsOf(tx, cmd.villageId, row.id);
    if (mediators.length === 0) throw new DomainError('dispute_no_mediator');
    if (!mediators.includes(input.mediatorPersonId))
      fieldError('mediatorPersonId', 'dispute_not_mediator');
    const reachedOn = stepDate(cmd, 'reachedOn', input.reachedOn, row.accepted_on);
    const year = ymd(reachedOn).year;
    const oral = input.form === 'oral';
    const params = await disputeParams(tx, cmd.villageId, row.received_on);
    const lastDay = oral ? confirmationLastDay(reachedOn, params['RMTJ-33-CONFIRM']) : null;
    // an oral agreement ends the people's stage the day it is reached (a written one when in effect)
    if (oral)
      await endStage(tx, cmd.villageId, row.id, {
        on: reachedOn,
        outcome: '达成口头调解协议，当日生效（《人民调解法》第三十条）',
      });
    await insertAgreement(tx, cmd.villageId, row.id, {
      form: input.form,
      year,
      number: oral ? null : await nextNumber(tx, cmd.villageId, 'agreement', year),
      reached_on: reachedOn,
      terms: input.terms,
      performance: input.performance,
      mediator_person_id: input.mediatorPersonId,
      effective_on: oral ? reachedOn : null,
      confirm_last_day: lastDay,
    });
    return { data: { form: input.form, reachedOn, effectiveOn: oral ? reachedOn : null } };
  });
}

/**
 * A mark on the written agreement: a party's signature, seal or fingerprint, the mediator's
 * signature, or the committee's seal. The one that completes them brings the agreement into
 * effect that day (RMTJ-29-EFFECT) and sets the last day for judicial confirmation.
 */
export async function signAgreement(
  cmd: CommandContext,
  disputeId: string,
  input: {
    who: 'party' | 'mediator' | 'seal';
    partyId?: string | undefined;
    mark?: 'signature' | 'seal' | 'fingerprint' | undefined;
    on?: string | undefined;
  },
): Promise<void> {
  await disputeStep(cmd, disputeId, 'sign', async (tx, row) => {
    const agreement = (await agreementOf(tx, cmd.villageId, row.id))!;
    const on = stepDate(cmd, 'on', input.on, agreement.reached_on);
    const parties = await partiesOf(tx, cmd.villageId, row.id);
    let signed = agreement;
    if (input.who === 'party') {
      const party = parties.find((p) => p.id === input.partyId);
      if (!party) fieldError('partyId', 'dispute_party_unknown');
      const mark = input.mark ?? 'signature';
      await setPartyMark(tx, cmd.villageId, row.id, party.id, { on, mark });
      party.signed_on = on;
      party.mark = mark;
    } else {
      const set = input.who === 'mediator' ? { mediator_signed_on: on } : { sealed_on: on };
      await updateAgreement(tx, cmd.villageId, row.id, set);
      signed = { ...agreement, ...set };
    }
    const effect = agreementEffect({
      form: 'written',
      parties: parties.map((p) => ({ name: p.name, signedOn: p.signed_on })),
      mediatorSignedOn: signed.mediator_signed_on,
      sealedOn: signed.sealed_on,
    });
    const data = { who: input.who, on, effective: effect.effective };
    if (!effect.effective) return { data };
    const params = await disputeParams(tx, cmd.villageId, row.received_on);
    const lastDay = confirmationLastDay(effect.on, params['RMTJ-33-CONFIRM']);
    await updateAgreement(tx, cmd.villageId, row.id, {
      effective_on: effect.on,
      confirm_last_day: lastDay,
    });
    await endStage(tx, cmd.villageId, row.id, {
      on: effect.on,
      outcome: `达成书面调解协议${numberText(agreement.year, agreement.number!)}，${formatChineseDate(effect.on)}生效（《人民调解法》第二十九条）`,
    });
    return {
      data: { ...data, effectiveOn: effect.on, confirmLastDay: lastDay },
      then: 'takeEffect',
    };
  });
}
