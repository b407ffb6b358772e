import { useVillageView } from '../../../app/villageContext.ts';

/**
 * The two elected committees (村民委员会, 村务监督委员会) with their serving and departed members,
 * from the whole village's answer (the frame carries no bodies); empty until it has come.
 * antd-free: the villager's own recall form on the phone reads it too.
 */
export function useElectedCommittees() {
  const view = useVillageView();
  const bodies = (view.data?.bodies ?? []).filter(
    (b) => b.kind === 'villagersCommittee' || b.kind === 'villageAffairsSupervisionCommittee',
  );
  return { bodies, loading: view.loading, reload: view.reload };
}
