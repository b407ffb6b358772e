import type { BodyKind } from '@cunzhi/core/bodies/bodyKinds';

/** Bodies whose composition the law regulates (core's checkComposition). */
const CHECKED: readonly BodyKind[] = [
  'villagersCommittee',
  'representativesMeeting',
  'villageAffairsSupervisionCommittee',
  'villagersDeliberationCouncil',
];

export function hasCompositionRules(kind: BodyKind): boolean {
  return CHECKED.includes(kind);
}
