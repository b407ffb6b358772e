import { DomainError } from '@cunzhi/core/errors';
import { parseCalendarDate, type CalendarDate } from '@cunzhi/core/calendarDate';

/** A date field of a command's input: a calendar date, or a validation error naming the field. */
export function dateField(field: string, value: string): CalendarDate {
  const d = parseCalendarDate(value);
  if (!d) throw new DomainError('validation_failed', {}, [{ field, error: 'date_invalid' }]);
  return d;
}
