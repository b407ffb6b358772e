import { Tag } from 'antd';
import { useT } from '../../i18n/index.tsx';

/** A period of 三会一课 as met, due (this period, not yet) or overdue (ended short). */
export function CadenceTag({ state }: { state: 'met' | 'due' | 'overdue' }) {
  const t = useT();
  const color = state === 'met' ? 'success' : state === 'overdue' ? 'error' : 'warning';
  return (
    <Tag color={color} data-testid={`cadence-${state}`}>
      {t(`party.cadence.${state}`)}
    </Tag>
  );
}
