import type { Translator } from '../../i18n/index.tsx';

// the notice's period and standing: no rule catalogue here, so the villager's phone pages that
// list notices do not download core's citations (text.ts has the citation helpers)

/** 2026年11月21日至2026年11月28日 */
export function periodText(t: Translator, from: string, to: string | null): string {
  if (!to) return t('notices.publishedOnDate', { date: t.date(from) });
  return t('notices.period.range', { from: t.date(from), to: t.date(to) });
}

/** Today's date on the viewer's clock, `YYYY-MM-DD`. */
export function todayText(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

interface NoticeResolutionValidity {
  resolution?: {
    validity: {
      valid: boolean;
      revoked: { on: string | null } | null;
      invalidReason: string | null;
    };
  } | null;
}

/**
 * Is the notice in its publicity period today? Notices without a period (meeting notices) are not,
 * nor a notice of a resolution since found invalid or revoked.
 */
export function noticeInForce(
  n: { publishedOn: string; periodEndsOn: string | null } & NoticeResolutionValidity,
  today: string,
): boolean {
  if (n.resolution && !n.resolution.validity.valid) return false;
  return n.periodEndsOn !== null && n.publishedOn <= today && today <= n.periodEndsOn;
}

/** Why a notice no longer stands (its resolution invalid or revoked), or null while it does. */
export function noticeVoidText(t: Translator, n: NoticeResolutionValidity): string | null {
  const v = n.resolution?.validity;
  if (!v || v.valid) return null;
  if (v.invalidReason) return t('notices.void.invalid', { reason: v.invalidReason });
  return v.revoked?.on
    ? t('notices.void.revokedOn', { date: t.date(v.revoked.on) })
    : t('notices.void.revoked');
}
