import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { NoticeView } from './api.ts';
import { noticeInForce, todayText } from './noticeText.ts';

/**
 * The notices board's tab and filters, kept in the address (a link shared or reloaded opens the
 * same list): the console's table and the phone's list read them alike.
 */
export function useNoticeFilters() {
  const [params, setParams] = useSearchParams();
  const setParam = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  return {
    tab: params.get('tab') === 'resolutions' ? ('resolutions' as const) : ('notices' as const),
    kind: params.get('kind') ?? '',
    current: params.get('current') === '1',
    setParam,
  };
}

/** The notices of one kind (all when empty), and only those in their publicity period if asked. */
export function useFilteredNotices(
  items: readonly NoticeView[] | undefined,
  kind: string,
  current: boolean,
): NoticeView[] {
  const today = todayText();
  return useMemo(
    () =>
      (items ?? []).filter(
        (n) => (!kind || n.kind === kind) && (!current || noticeInForce(n, today)),
      ),
    [items, kind, current, today],
  );
}
