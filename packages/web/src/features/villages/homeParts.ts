import { BODY_KIND_INFO, type BodyKindInfo } from '@cunzhi/core/bodies/bodyKinds';
import type { BodyView, VillageStats } from '../../api/types.ts';
import type { MessageKey } from '../../i18n/index.tsx';

// antd-free: the console's home (VillageHomePage) and the villager's (villager/) share these

export type Power = BodyKindInfo['power'];

export const POWERS: Power[] = ['lead', 'decide', 'execute', 'supervise', 'takePart'];

export const STATS: { key: keyof VillageStats; label: MessageKey }[] = [
  { key: 'households', label: 'home.stats.households' },
  { key: 'population', label: 'home.stats.population' },
  { key: 'adults', label: 'home.stats.adults' },
  { key: 'partyMembers', label: 'home.stats.partyMembers' },
  { key: 'migrantsOut', label: 'home.stats.migrantsOut' },
  { key: 'groups', label: 'home.stats.groups' },
  { key: 'grids', label: 'home.stats.grids' },
];

/** Top-level bodies by power; sub-branches go inside their parent's card. */
export function groupBodies(bodies: readonly BodyView[]): {
  byPower: Map<Power, BodyView[]>;
  children: Map<string, BodyView[]>;
} {
  const ids = new Set(bodies.map((b) => b.id));
  const children = new Map<string, BodyView[]>();
  const byPower = new Map<Power, BodyView[]>();
  for (const body of bodies) {
    if (body.parentBodyId && ids.has(body.parentBodyId)) {
      children.set(body.parentBodyId, [...(children.get(body.parentBodyId) ?? []), body]);
      continue;
    }
    const power = BODY_KIND_INFO[body.kind]?.power ?? 'takePart';
    byPower.set(power, [...(byPower.get(power) ?? []), body]);
  }
  return { byPower, children };
}
