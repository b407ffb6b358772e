import { randomUUID } from 'node:crypto';
import { DomainError } from '@cunzhi/core/errors';
import {
  capFinding,
  capPeriodOf,
  reviewFindings,
  type ProposerRole,
} from '@cunzhi/core/points/awards';
import { unadoptedFinding, versionInForce } from '@cunzhi/core/points/scheme';
import { areCloseRelatives } from '@cunzhi/core/registry/kinship';
import { refuseOnViolation, RuleRefusal } from '@cunzhi/core/rules/findings';
import { actDate, type CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { loadKinNeighbourhood } from '../../registry/queries/kinGraph.ts';
import { publishedHonour } from '../../activities/repository.ts';
import {
  accountName,
  evidenceFileCount,
  findAward,
  findItems,
  findPerson,
  findSchemes,
  householdExists,
  householdMembers,
  insertAward,
  pointsInPeriod,
  seatedIn,
  setAwardChecked,
  type AwardRow,
  type ItemRow,
} from '../repository.ts';

export interface ProposeInput {
  itemId: string;
  householdId: string;
  personId?: string | undefined;
  occurredOn?: string | undefined;
  facts: string;
  proposerRole: ProposerRole;
  proposerOrganization?: string | undefined;
  evidenceRecordKind?: string | undefined;
  evidenceRecordId?: string | undefined;
}

const invalid = (field: string): never => {
  throw new DomainError('validation_failed', {}, [{ field, error: 'field_invalid' }]);
};

/** The item, from the version in force on the day of the deed (refused if none is). */
async function itemInForce(
  tx: Tx,
  cmd: CommandContext,
  itemId: string,
  on: ReturnType<typeof actDate>,
) {
  const scheme = versionInForce(
    (await findSchemes(tx, cmd.villageId)).map((s) => ({ ...s, effectiveFrom: s.effective_from })),
    on,
  );
  if (!scheme) throw new RuleRefusal(unadoptedFinding(on));
  const item = (await findItems(tx, cmd.villageId, [scheme.id])).find((i) => i.id === itemId);
  if (!item)
    throw new DomainError('validation_failed', {}, [
      {
        field: 'itemId',
        error: 'points_item_not_in_scheme',
        params: { on, version: scheme.version },
      },
    ]);
  return { scheme, item };
}

/** The beneficiary: the household, and the person for a person's item (a member of it). */
async function beneficiary(tx: Tx, cmd: CommandContext, item: ItemRow, input: ProposeInput) {
  if (!(await householdExists(tx, cmd.villageId, input.householdId))) invalid('householdId');
  if (item.beneficiary === 'household') return null;
  if (!input.personId)
    throw new DomainError('validation_failed', {}, [
      { field: 'personId', error: 'points_beneficiary_required', params: { item: item.name } },
    ]);
  const person = await findPerson(tx, cmd.villageId, input.personId);
  if (!person || person.household_id !== input.householdId) invalid('personId');
  return person!.id;
}

/**
 * A selection cited as evidence (a scheme item may award points for a 最美庭院 or 最美民星) must
 * be this household's honour in a published selection — and this villager's, for a star.
 */
async function checkHonourCited(tx: Tx, cmd: CommandContext, input: ProposeInput) {
  if (input.evidenceRecordKind !== 'selectionNomination') return;
  const honour = await publishedHonour(tx, cmd.villageId, input.evidenceRecordId!);
  const fits =
    honour?.householdId === input.householdId &&
    (honour.personId === null || !input.personId || honour.personId === input.personId);
  if (!fits)
    throw new DomainError('validation_failed', {}, [
      { field: 'evidenceRecordId', error: 'points_evidence_not_honour' },
    ]);
}

/**
 * Proposes an award (积分申报) under the version in force on the day of the deed, for the
 * item's points: facts always; photos and documents are attached to it afterwards, or a
 * platform record is named now.
 */
export async function proposeAward(
  cmd: CommandContext,
  input: ProposeInput,
): Promise<{ id: string }> {
  const occurredOn = actDate(cmd, 'occurredOn', input.occurredOn);
  if ((input.evidenceRecordKind ? 1 : 0) + (input.evidenceRecordId ? 1 : 0) === 1)
    invalid(input.evidenceRecordKind ? 'evidenceRecordId' : 'evidenceRecordKind');
  return cmd.db.transaction(async (tx) => {
    const { scheme, item } = await itemInForce(tx, cmd, input.itemId, occurredOn);
    const personId = await beneficiary(tx, cmd, item, input);
    await checkHonourCited(tx, cmd, input);
    const id = randomUUID();
    await insertAward(tx, cmd.villageId, {
      id,
      scheme_id: scheme.id,
      item_id: item.id,
      household_id: input.householdId,
      person_id: personId,
      points: item.points,
      occurred_on: occurredOn,
      facts: input.facts,
      evidence_record_kind: input.evidenceRecordKind ?? null,
      evidence_record_id: input.evidenceRecordId ?? null,
      proposer_role: input.proposerRole,
      proposer_organization: input.proposerOrganization ?? null,
      proposed_by: cmd.actorAccountId!,
      proposed_on: cmd.clock.today(),
    });
    await recordEvent(
      cmd,
      tx,
      'pointsAward.proposed',
      { type: 'pointsAward', id },
      {
        item: item.name,
        points: item.points,
        householdId: input.householdId,
        personId,
        occurredOn,
        schemeVersion: scheme.version,
      },
    );
    return { id };
  });
}

/** The beneficiary's name, and the first of them the checker is close kin to or lives with. */
async function kinOfChecker(tx: Tx, cmd: CommandContext, award: AwardRow) {
  const members = await householdMembers(tx, cmd.villageId, award.household_id);
  const beneficiaries = award.person_id ? members.filter((m) => m.id === award.person_id) : members;
  const checker = cmd.personId;
  if (!checker) return { name: beneficiaries[0]?.name ?? '', relative: null };
  const { graph } = await loadKinNeighbourhood(tx, cmd.villageId, [
    checker,
    ...beneficiaries.map((b) => b.id),
  ]);
  // a household's award benefits everyone in it: its own members stand aside too
  const relative = beneficiaries.find(
    (b) =>
      b.id === checker ||
      areCloseRelatives(graph, checker, b.id) ||
      (!award.person_id && members.some((m) => m.id === checker)),
  );
  return { name: beneficiaries[0]?.name ?? '', relative: relative?.name ?? null };
}

/**
 * Checks an award (审核) or returns it with a reason. Checking is refused, naming the scheme's
 * article, to the proposer, to anyone without a seat in the scheme's reviewing body, to a close
 * relative or household member of the beneficiary, without the evidence the item requires, and
 * past the item's cap for the period. Returning needs only the seat.
 */
export async function checkAward(
  cmd: CommandContext,
  awardId: string,
  input: { action: 'check' } | { action: 'return'; reason: string },
): Promise<void> {
  const on = cmd.clock.today();
  await cmd.db.transaction(async (tx) => {
    const award = await findAward(tx, cmd.villageId, awardId, { forUpdate: true });
    if (!award) throw new DomainError('not_found', { what: 'pointsAward' });
    if (award.state !== 'proposed')
      throw new DomainError('points_award_state', {
        state: `points_${award.state}`,
        action: `points_${input.action}`,
      });
    const scheme = (await findSchemes(tx, cmd.villageId)).find((s) => s.id === award.scheme_id)!;
    const item = (await findItems(tx, cmd.villageId, [scheme.id])).find(
      (i) => i.id === award.item_id,
    )!;
    // the seat on the day of the check, from the register (a command run by the demo or the CLI has no session)
    const seated =
      cmd.personId !== null &&
      (await seatedIn(tx, cmd.villageId, cmd.personId, scheme.reviewer_body_kind, on));
    const kin = await kinOfChecker(tx, cmd, award);
    const findings = reviewFindings({
      on,
      reviewerBody: scheme.reviewer_body_kind,
      checkerName: await accountName(tx, cmd.actorAccountId!),
      checkerSeated: seated,
      checkerIsProposer: award.proposed_by === cmd.actorAccountId,
      relativeOf: kin.relative,
      item: item.name,
      evidenceRequired: item.evidence_required && input.action === 'check',
      hasEvidence:
        award.evidence_record_id !== null ||
        (await evidenceFileCount(tx, cmd.villageId, award.id)) > 0,
    });
    refuseOnViolation(
      input.action === 'check'
        ? findings
        : findings.filter((f) => f.code === 'points_checker_not_reviewer'),
    );
    if (input.action === 'check' && item.cap_points !== null && item.cap_period !== null) {
      const period = capPeriodOf(award.occurred_on, item.cap_period);
      const already = await pointsInPeriod(tx, cmd.villageId, {
        itemId: item.id,
        householdId: award.household_id,
        personId: award.person_id,
        ...period,
      });
      const over = capFinding(
        on,
        { points: item.cap_points, period: item.cap_period },
        already,
        award.points,
        {
          item: item.name,
          who: award.person_id ? kin.name : `${kin.name}户`,
        },
      );
      if (over) throw new RuleRefusal(over);
    }
    const returnReason = input.action === 'return' ? input.reason : null;
    await setAwardChecked(tx, cmd.villageId, award.id, {
      by: cmd.actorAccountId!,
      on,
      returnReason,
    });
    await recordEvent(
      cmd,
      tx,
      returnReason ? 'pointsAward.returned' : 'pointsAward.checked',
      { type: 'pointsAward', id: award.id },
      returnReason ? { reason: returnReason } : { points: award.points },
    );
  });
}
