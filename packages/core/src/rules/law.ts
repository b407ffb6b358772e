import type { CalendarDate } from '../calendarDate.ts';

/**
 * The texts of the Villagers' Committee Organic Law the product judges by,
 * oldest first, each with the day it came into force. An act is judged by
 * the text in force on its date (RULES.md §0.1): a meeting held on
 * 2025-12-20 by the 2018 text, one on 2026-01-05 by the 2025 amendment.
 * The next amendment is one more entry here and one more column in
 * `citations.ts` (docs/rules.md).
 */
export const LAW_VERSIONS = [
  {
    id: '2018-12-29',
    inForceFrom: '2018-12-29',
    name: { zh: '2018年修正文本', en: '2018 text' },
  },
  {
    id: '2025-10-28',
    inForceFrom: '2026-01-01',
    name: {
      zh: '2025年修正文本（2026年1月1日起施行）',
      en: '2025 amendment (in force 2026-01-01)',
    },
  },
] as const;

export type LawVersion = (typeof LAW_VERSIONS)[number]['id'];

/** The text of the law in force on a day (the oldest one before it was enacted). */
export function lawOn(on: CalendarDate): LawVersion {
  let inForce: LawVersion = LAW_VERSIONS[0].id;
  for (const v of LAW_VERSIONS) if (v.inForceFrom <= on) inForce = v.id;
  return inForce;
}

/** The text before this one, if any: what a rule page compares against. */
export function previousLaw(law: LawVersion): LawVersion | null {
  const i = LAW_VERSIONS.findIndex((v) => v.id === law);
  return i > 0 ? LAW_VERSIONS[i - 1]!.id : null;
}

export function lawName(law: LawVersion): { zh: string; en: string } {
  return LAW_VERSIONS.find((v) => v.id === law)!.name;
}
