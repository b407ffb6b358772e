import type { BodyKind } from '@cunzhi/core/bodies/bodyKinds';
import { useApi } from '../../api/useApi.ts';
import { useVillage } from '../../app/villageContext.ts';
import type { CompositionResponse } from './api.ts';

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

/** The body's composition findings, violations first; undefined while loading. */
export function useCompositionFindings(
  bodyId: string,
): CompositionResponse['findings'] | undefined {
  const { villageId } = useVillage();
  const { data } = useApi<CompositionResponse>(
    `/api/villages/${villageId}/bodies/${bodyId}/composition`,
  );
  if (!data) return undefined;
  return [...data.findings].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'violation' ? -1 : 1,
  );
}
