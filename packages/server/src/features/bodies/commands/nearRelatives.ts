import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { BodyKind } from '@cunzhi/core/bodies/bodyKinds';
import { closeRelation } from '@cunzhi/core/registry/kinship';
import { ruleInForce } from '@cunzhi/core/rules/citations';
import { finding, type Finding } from '@cunzhi/core/rules/findings';
import type { Tx } from '../../../platform/db/database.ts';
import { loadKinNeighbourhood } from '../../registry/queries/kinGraph.ts';
import { servingMembers } from '../../rules/queries/composition.ts';
import { collectiveKinChecks, type KinCheck } from '@cunzhi/core/collective/meetings/seating';

/**
 * Who may not be seated beside whom, by law, on the day of seating:
 * - on the villagers' committee, a near relative of a serving member (VCOL25-KIN-AVOID,
 *   2025 text Art. 8 para. 2, from 2026);
 * - on the supervision committee, a near relative of a serving committee member
 *   (VCOL-32-SUPERVISOR-ELIG: 村民委员会成员及其近亲属不得担任村务监督机构成员);
 * - on the committee, a near relative of a serving supervisor (the same rule, seen from the
 *   other side: the supervisor would become ineligible);
 * - the collective organisation's council and supervisors likewise (NJJ-29-COUNCIL, NJJ-34-
 *   SUPERVISOR-ELIG): core's collectiveKinChecks.
 * Returns the finding that refuses the seating, or null.
 */
export async function nearRelativeFinding(
  tx: Tx,
  villageId: string,
  bodyKind: BodyKind,
  person: { id: string; name: string },
  on: CalendarDate,
): Promise<Finding | null> {
  const checks: KinCheck[] = collectiveKinChecks(bodyKind, person.name, on);
  if (bodyKind === 'villagersCommittee') {
    if (ruleInForce('VCOL25-KIN-AVOID', on))
      checks.push({
        kind: 'villagersCommittee',
        found: (relative) =>
          finding(on, 'VCOL25-KIN-AVOID', 'committee_kin', { name: person.name, relative }),
      });
    checks.push({
      kind: 'villageAffairsSupervisionCommittee',
      found: (relative) =>
        finding(on, 'VCOL-32-SUPERVISOR-ELIG', 'supervision_close_relative', {
          name: relative,
          relative: person.name,
        }),
    });
  }
  if (bodyKind === 'villageAffairsSupervisionCommittee')
    checks.push({
      kind: 'villagersCommittee',
      found: (relative) =>
        finding(on, 'VCOL-32-SUPERVISOR-ELIG', 'supervision_close_relative', {
          name: person.name,
          relative,
        }),
    });
  if (!checks.length) return null;
  const serving = (
    await servingMembers(tx, villageId, on, { kinds: checks.map((c) => c.kind) })
  ).filter((m) => m.personId !== person.id);
  if (!serving.length) return null;
  const { graph } = await loadKinNeighbourhood(tx, villageId, [person.id]);
  for (const check of checks) {
    const relative = serving.find(
      (m) =>
        m.bodyKind === check.kind &&
        (!check.seatsOnly || m.role !== 'staff') &&
        closeRelation(graph, person.id, m.personId) !== null,
    );
    if (relative) return check.found(relative.name, relative.role);
  }
  return null;
}
