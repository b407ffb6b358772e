import { Space, Tag, Tooltip } from 'antd';
import { useT } from '../../i18n/index.tsx';
import type { RequestState, RequestSummary } from './api.ts';

const STATE_COLOURS: Record<RequestState, string> = {
  ordered: 'blue',
  accepted: 'cyan',
  awaitingMaterials: 'gold',
  processing: 'geekblue',
  agency: 'purple',
  completed: 'green',
  rated: 'green',
  refused: 'default',
  withdrawn: 'default',
};

export function StateTag({ state }: { state: RequestState }) {
  const t = useT();
  return (
    <Tag color={STATE_COLOURS[state]} data-testid="service-state">
      {t(`services.state.${state}`)}
    </Tag>
  );
}

/** Overdue by how many days and how far up the ladder, with the day of the next rung. */
export function EscalationTag({ e }: { e: RequestSummary['escalation'] }) {
  const t = useT();
  if (!e.overdue && !e.level) return null;
  const level = e.level ? t(`services.level.${e.level}`) : null;
  const tag = (
    <Space size={4} wrap data-testid="service-escalation">
      {e.overdue && <Tag color="red">{t('services.overdue', { days: e.daysOverdue })}</Tag>}
      {level && <Tag color={e.overdue ? 'volcano' : 'orange'}>{level}</Tag>}
    </Space>
  );
  return e.nextOn ? (
    <Tooltip title={t('services.nextLevel', { date: t.date(e.nextOn) })}>{tag}</Tooltip>
  ) : (
    tag
  );
}

/** 即办, N个工作日 or N日. */
export function usePromised() {
  const t = useT();
  return (days: number, unit: 'working' | 'calendar') =>
    days === 0 ? t('services.promised.instant') : t(`services.promised.${unit}`, { days });
}
