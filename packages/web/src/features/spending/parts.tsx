import { Tag } from 'antd';
import type { HoldStatus, SpendingStatus } from './api.ts';
import { useT } from '../../i18n/index.tsx';

const STATUS_COLOR: Record<SpendingStatus, string> = {
  pending: 'processing',
  refused: 'default',
  paid: 'success',
};

export function SpendingStatusTag({ status, onHold }: { status: SpendingStatus; onHold: boolean }) {
  const t = useT();
  return (
    <>
      <Tag color={STATUS_COLOR[status]}>{t(`spending.status.${status}`)}</Tag>
      {onHold && (
        <Tag color="error" data-testid="spending-on-hold">
          {t('spending.onHold')}
        </Tag>
      )}
    </>
  );
}

const HOLD_COLOR: Record<HoldStatus, string> = {
  proposed: 'processing',
  adopted: 'error',
  rejected: 'default',
  released: 'success',
  lapsed: 'default',
};

export function HoldStatusTag({ status }: { status: HoldStatus }) {
  const t = useT();
  return <Tag color={HOLD_COLOR[status]}>{t(`spending.hold.status.${status}`)}</Tag>;
}
