import type { Translator } from '../../i18n/index.tsx';
import type { DashboardVillage } from './api.ts';

/** 三会一课 short, by kind: 今年已结束的期间少开5次：党员大会1次、支部委员会会议4次. */
export function partyShortText(t: Translator, v: DashboardVillage): string {
  const kinds = v.partyShort.map((k) =>
    t('oversight.partyShort.kind', { kind: t(`party.kind.${k.kind}`), n: k.missing }),
  );
  return t('oversight.partyShort', {
    n: v.figures.partyMeetingsShort,
    kinds: kinds.join(t.lang === 'en' ? ', ' : '、'),
  });
}
