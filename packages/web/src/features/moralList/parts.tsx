import { Tag } from 'antd';
import { useT } from '../../i18n/index.tsx';
import type { Listing } from './api.ts';

const STATE_COLOR: Record<string, string> = {
  proposed: 'processing',
  notified: 'processing',
  answered: 'processing',
  listed: 'success',
  expired: 'default',
  rejected: 'default',
  removed: 'default',
};

/** A listing's state; a listed one past its term reads 期满撤榜 (no act ends it: the term does). */
export function StateTag({ listing }: { listing: Listing }) {
  const t = useT();
  const state = listing.state === 'listed' && !listing.onBoard ? 'expired' : listing.state;
  return <Tag color={STATE_COLOR[state]}>{t(`moralList.state.${state}`)}</Tag>;
}
