import { calendarDateOf, type CalendarDate } from '@cunzhi/core/calendarDate';

/** The server's one source of time, replaced in tests to fix the clock. */
export interface Clock {
  now(): Date;
  today(): CalendarDate;
}

export function systemClock(timeZone: string): Clock {
  return { now: () => new Date(), today: () => calendarDateOf(new Date(), timeZone) };
}

export function fixedClock(instant: Date, timeZone = 'Asia/Shanghai'): Clock {
  return { now: () => new Date(instant), today: () => calendarDateOf(instant, timeZone) };
}
