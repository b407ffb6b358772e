import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { DomainError } from '@cunzhi/core/errors';
import type { Actor } from '@cunzhi/core/policies/actor';
import type { AppContext } from '../../../platform/http/context.ts';

/** An act of a county or town official (above the villages): who, and the running server. */
export interface StaffAct extends AppContext {
  actor: Actor;
  /** null: the system acts (the demo, for towns without a demo official). */
  accountId: string | null;
}

/** A day that may not lie before today (a version's effective date, a task's deadline). */
export function notBeforeToday(field: string, on: CalendarDate, today: CalendarDate): void {
  if (on < today)
    throw new DomainError('validation_failed', {}, [
      { field, error: 'date_order', params: { other: today } },
    ]);
}
