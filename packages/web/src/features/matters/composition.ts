import { hasCompositionRules } from '@cunzhi/core/rules/composition';
import { useApi } from '../../api/useApi.ts';
import { useVillage } from '../../app/villageContext.ts';
import type { CompositionResponse } from './api.ts';

export { hasCompositionRules };

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
