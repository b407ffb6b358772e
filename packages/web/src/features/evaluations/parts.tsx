import { Tag } from 'antd';
import type { Rating, RoundStatus } from './api.ts';
import { useT } from '../../i18n/index.tsx';

const STATUS_COLOR: Record<RoundStatus, string> = {
  open: 'processing',
  counted: 'orange',
  published: 'green',
};

export function RoundStatusTag({ status }: { status: RoundStatus }) {
  const t = useT();
  return (
    <Tag color={STATUS_COLOR[status]} data-testid="round-status" data-status={status}>
      {t(`evaluations.status.${status}`)}
    </Tag>
  );
}

const RATING_COLOR: Record<Rating, string> = {
  competent: 'green',
  basicallyCompetent: 'gold',
  incompetent: 'red',
};

export function RatingTag({ rating }: { rating: Rating }) {
  const t = useT();
  return (
    <Tag color={RATING_COLOR[rating]} data-testid="rating-tag" data-rating={rating}>
      {t(`evaluations.rating.${rating}`)}
    </Tag>
  );
}
