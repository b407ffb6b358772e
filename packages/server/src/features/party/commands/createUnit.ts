import { randomUUID } from 'node:crypto';
import { DomainError } from '@cunzhi/core/errors';
import { refuseOnViolation } from '@cunzhi/core/rules/findings';
import {
  isBranchLike,
  organisationFindings,
  PARTY_ORGANISATION_KINDS,
  type PartyOrganisationKind,
  type PartyUnitKind,
} from '@cunzhi/core/party/structure';
import { actDate, type CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import { fieldError } from '../../matters/commands/shared.ts';
import { insertUnit, lockParty, unitNameTaken, villagerGroupExists } from '../repository.ts';
import { structureOn } from '../structure.ts';

const isOrganisation = (kind: PartyUnitKind): kind is PartyOrganisationKind =>
  (PARTY_ORGANISATION_KINDS as readonly string[]).includes(kind);

/**
 * Sets up a unit. The village organisation's kind must suit its formal members on the day
 * (PARTY-BRANCH: a branch needs 3, a Party committee 100 and the county's approval) — a
 * general branch for fewer than 51 stands with a warning, as work may need it. A sub-branch
 * hangs under a general branch or committee, a Party group under any branch.
 */
export async function createUnit(
  cmd: CommandContext,
  input: {
    kind: PartyUnitKind;
    parentId?: string | undefined;
    name: string;
    basis?: 'villagerGroup' | 'kind' | undefined;
    villagerGroupId?: string | undefined;
    themeDay?: number | undefined;
    approvalRef?: string | undefined;
    foundedOn?: string | undefined;
  },
): Promise<{ id: string }> {
  const foundedOn = actDate(cmd, 'foundedOn', input.foundedOn);
  const id = randomUUID();
  const basis = input.basis ?? null;
  if (basis === 'villagerGroup' && !input.villagerGroupId)
    fieldError('villagerGroupId', 'party_basis_group');
  const villagerGroupId = basis === 'villagerGroup' ? (input.villagerGroupId ?? null) : null;
  return cmd.db.transaction(async (tx) => {
    await lockParty(tx, cmd.villageId);
    const structure = await structureOn(tx, cmd.villageId, foundedOn);
    if (isOrganisation(input.kind)) {
      if (input.parentId) fieldError('parentId', 'party_unit_parent');
      if (structure.top)
        throw new DomainError('party_unit_exists', { name: structure.top.unit.name });
      const { profile } = await loadVillageProfile(tx, cmd.villageId, foundedOn);
      const formal = structure.members.filter((m) => m.status === 'formal').length;
      refuseOnViolation(
        organisationFindings(
          input.kind,
          formal,
          input.approvalRef ?? null,
          foundedOn,
          profile.params,
        ),
      );
    } else {
      const parent = structure.units.find((s) => s.unit.id === input.parentId)?.unit;
      if (!parent) fieldError('parentId', 'party_unit_parent');
      const fits =
        input.kind === 'group'
          ? isBranchLike(parent.kind)
          : parent.kind === 'generalBranch' || parent.kind === 'committee';
      if (!fits) fieldError('parentId', 'party_unit_parent');
    }
    if (villagerGroupId && !(await villagerGroupExists(tx, cmd.villageId, villagerGroupId)))
      fieldError('villagerGroupId', 'not_found', { what: 'villagerGroup' });
    if (await unitNameTaken(tx, cmd.villageId, input.name))
      throw new DomainError('party_unit_name_taken', {}, [
        { field: 'name', error: 'party_unit_name_taken' },
      ]);
    await insertUnit(tx, cmd.villageId, {
      id,
      kind: input.kind,
      parentId: input.parentId ?? null,
      name: input.name,
      basis,
      villagerGroupId,
      themeDay: isBranchLike(input.kind) ? (input.themeDay ?? null) : null,
      approvalRef: input.approvalRef ?? null,
      foundedOn,
      by: cmd.actorAccountId,
      at: cmd.clock.now(),
    });
    await recordEvent(
      cmd,
      tx,
      'partyUnit.created',
      { type: 'partyUnit', id },
      {
        kind: input.kind,
        parentId: input.parentId ?? null,
        name: input.name,
        foundedOn,
      },
    );
    return { id };
  });
}
