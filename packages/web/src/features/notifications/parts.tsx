import { Tag } from 'antd';
import { useT } from '../../i18n/index.tsx';
import type { HouseholdDelivery } from './api.ts';

const COLOR = {
  pending: 'processing',
  sending: 'processing',
  sent: 'success',
  failed: 'error',
  none: 'default',
} as const;

/** How a household's SMS fared, as a tag. */
export function SmsTag({ status }: { status: HouseholdDelivery['sms'] }) {
  const t = useT();
  return (
    <Tag color={COLOR[status]} data-testid={`sms-${status}`}>
      {t(`notifications.status.${status}`)}
    </Tag>
  );
}
