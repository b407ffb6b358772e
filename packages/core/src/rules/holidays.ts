import { calendarDate } from '../calendarDate.ts';
import { addDays, type HolidayCalendar } from './dayCount.ts';

/**
 * Public holidays as the State Council's General Office announces them each
 * year (国务院办公厅关于2026年部分节假日安排的通知). Later years are added as
 * they are announced; a year missing here counts weekends only, which can
 * only make a period end earlier, so a deployment should add the new year's
 * table each November.
 */
const TABLE: Record<number, { off: [string, string][]; working: string[] }> = {
  2025: {
    off: [
      ['2025-01-01', '2025-01-01'],
      ['2025-01-28', '2025-02-04'],
      ['2025-04-04', '2025-04-06'],
      ['2025-05-01', '2025-05-05'],
      ['2025-05-31', '2025-06-02'],
      ['2025-10-01', '2025-10-08'],
    ],
    working: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  2026: {
    off: [
      ['2026-01-01', '2026-01-03'],
      ['2026-02-15', '2026-02-23'],
      ['2026-04-04', '2026-04-06'],
      ['2026-05-01', '2026-05-05'],
      ['2026-06-19', '2026-06-21'],
      ['2026-09-25', '2026-09-27'],
      ['2026-10-01', '2026-10-07'],
    ],
    working: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
  // Provisional: only the statutory days of 全国年节及纪念日放假办法 (2024 revision:
  // 春节 from 除夕 to 初三, 劳动节 two days), not yet the State Council's bridging
  // days and swapped weekends (调休) for 2027, which are not in our sources yet.
  // Replace with the announced table.
  2027: {
    off: [
      ['2027-01-01', '2027-01-01'],
      ['2027-02-05', '2027-02-08'],
      ['2027-04-05', '2027-04-05'],
      ['2027-05-01', '2027-05-02'],
      ['2027-06-09', '2027-06-09'],
      ['2027-09-15', '2027-09-15'],
      ['2027-10-01', '2027-10-03'],
    ],
    working: [],
  },
};

function expand(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = calendarDate(from); ; d = addDays(d, 1)) {
    out.push(d);
    if (d === to) return out;
  }
}

export const CHINA_HOLIDAYS: HolidayCalendar = {
  holidays: new Set(Object.values(TABLE).flatMap((y) => y.off.flatMap(([a, b]) => expand(a, b)))),
  workingWeekends: new Set(Object.values(TABLE).flatMap((y) => y.working)),
};
