import { randomUUID } from 'node:crypto';
import { ymd } from '@cunzhi/core/calendarDate';
import type { CommandContext } from '../../../platform/command.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import { fieldError } from '../../matters/commands/shared.ts';
import { insertDispute, insertParty, nextNumber, openStage, personNames } from '../repository.ts';
import { recordDisputeEvent, stepDate } from './step.ts';

export interface DisputeRegistration {
  category: string;
  origin: 'application' | 'initiative';
  subject: string;
  facts: string;
  parties: Array<{
    personId?: string | undefined;
    name?: string | undefined;
    address?: string | undefined;
  }>;
  receivedOn?: string | undefined;
}

/**
 * Registers a dispute (调解登记): on a party's application or on the committee's own initiative
 * (《人民调解法》第十七条). Each party is a registered villager or a name typed for someone from
 * outside the village; every party must then agree before mediation is accepted. The people's
 * stage of 三调联动 opens with it; the profile its deadlines will come from is stored.
 */
export async function registerDispute(
  cmd: CommandContext,
  input: DisputeRegistration,
  committeeName: string,
): Promise<string> {
  const receivedOn = stepDate(cmd, 'receivedOn', input.receivedOn, null);
  if (input.parties.length < 2) fieldError('parties', 'dispute_parties_min');
  const ids = input.parties.flatMap((p) => (p.personId ? [p.personId] : []));
  const names = await personNames(cmd.db, cmd.villageId, ids);
  const parties = input.parties.map((p, i) => {
    if (p.personId) {
      const name = names.get(p.personId);
      if (!name) fieldError(`parties.${i}.personId`, 'not_found', { what: 'person' });
      return { personId: p.personId, name, address: p.address || null };
    }
    if (!p.name) fieldError(`parties.${i}.name`, 'field_required');
    return { personId: null, name: p.name, address: p.address || null };
  });
  const seen = new Set<string>();
  // the same villager twice is one party, not two
  ids.forEach((id, i) => {
    if (seen.has(id)) fieldError(`parties.${i}.personId`, 'field_invalid');
    seen.add(id);
  });
  const { profile } = await loadVillageProfile(cmd.db, cmd.villageId, receivedOn);
  const id = randomUUID();
  await cmd.db.transaction(async (tx) => {
    const year = ymd(receivedOn).year;
    const number = await nextNumber(tx, cmd.villageId, 'dispute', year);
    await insertDispute(tx, cmd.villageId, {
      id,
      number,
      year,
      category: input.category,
      origin: input.origin,
      subject: input.subject,
      facts: input.facts,
      status: 'received',
      received_on: receivedOn,
      profile_id: profile.id,
      profile_version: profile.version,
      registeredBy: cmd.actorAccountId,
    });
    for (const [seq, p] of parties.entries())
      await insertParty(tx, cmd.villageId, id, { id: randomUUID(), seq: seq + 1, ...p });
    await openStage(tx, cmd.villageId, id, {
      stage: 'people',
      body: committeeName,
      handler: null,
      department_id: null,
      referral_id: null,
      started_on: receivedOn,
    });
    await recordDisputeEvent(tx, cmd, 'dispute.registered', id, {
      number,
      year,
      origin: input.origin,
      category: input.category,
      parties: parties.length,
      receivedOn,
      profile: { id: profile.id, version: profile.version },
    });
  });
  return id;
}
