import { Tag } from 'antd';
import type { DisputeState } from './api.ts';
import { useT } from '../../i18n/index.tsx';

const STATE_COLOURS: Record<DisputeState, string> = {
  received: 'default',
  notMediated: 'default',
  mediating: 'processing',
  agreed: 'gold',
  performing: 'blue',
  terminated: 'orange',
  atTown: 'purple',
  inCourt: 'magenta',
  closed: 'green',
};

export function DisputeStateTag({ state }: { state: DisputeState }) {
  const t = useT();
  return (
    <Tag color={STATE_COLOURS[state]} data-testid="dispute-state">
      {t(`disputes.state.${state}`)}
    </Tag>
  );
}

export const disputesApi = (villageId: string) => `/api/villages/${villageId}/disputes`;
