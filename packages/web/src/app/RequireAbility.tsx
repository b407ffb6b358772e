import { Navigate, Outlet, useParams } from 'react-router-dom';
import type { VillageAbilities } from '../api/types.ts';
import { useMe } from './session.tsx';
import { useVillage } from './villageContext.ts';

type Ability = keyof VillageAbilities;

/**
 * Pages of the village a reader may open, by the abilities the server
 * evaluated for them: the menu offers only these (VillageShell), and a page
 * opened by its address without the ability goes back to the village's home
 * rather than showing an empty page and "您没有权限".
 */
export function RequireAbility({
  any,
  ownHousehold = false,
}: {
  /** Any one of these opens the pages below. */
  any: readonly Ability[];
  /** Also opens the reader's own household (a villager's 我的家庭) without them. */
  ownHousehold?: boolean;
}) {
  const { villageId, data } = useVillage();
  const me = useMe();
  const { householdId } = useParams();
  const abilities = data.abilities as Partial<Record<Ability, boolean>>;
  if (any.some((a) => abilities[a])) return <Outlet />;
  if (ownHousehold && me.home?.villageId === villageId && householdId === me.home.householdId)
    return <Outlet />;
  return <Navigate to={`/v/${villageId}`} replace />;
}
