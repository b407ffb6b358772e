import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { DomainError, type Locale } from '@cunzhi/core/errors';
import type { Actor } from '@cunzhi/core/policies/actor';
import type { AppContext } from './http/context.ts';
import { dateField } from './fields.ts';

/**
 * What every command (one use-case: load → core decides → write → audit, in
 * one transaction) is given: the running server (database, clock, settings),
 * the village it acts in — whose audit chain records it — who acts, and the
 * reader's language for messages it returns. Routes build it with
 * `commandContext(request)` (http/commandContext.ts); the CLI, the demo and
 * background jobs with `systemContext`.
 */
export interface CommandContext extends AppContext {
  /** The village (tenant) the command acts in; its audit chain records the act. */
  villageId: string;
  /** The account that acts; null when the system acts (demo seeding, jobs). */
  actorAccountId: string | null;
  /** The actor's own person in this village (a villager's); null for staff and the system. */
  personId: string | null;
  /** The actor's roles and seats on today's date (policy checks inside a command); null for the system. */
  actor: Actor | null;
  locale: Locale;
}

/** A command context for an act of the system itself, or of a named account outside a request (CLI, demo). */
export function systemContext(
  app: AppContext,
  villageId: string,
  actorAccountId: string | null = null,
  locale: Locale = 'zh-CN',
): CommandContext {
  return { ...app, villageId, actorAccountId, personId: null, actor: null, locale };
}

/** The day an act is recorded for: the one given (not in the future), or today. */
export function actDate(
  cmd: CommandContext,
  field: string,
  value: string | undefined,
): CalendarDate {
  const today = cmd.clock.today();
  if (value === undefined || value === '') return today;
  const on = dateField(field, value);
  if (on > today)
    throw new DomainError('validation_failed', {}, [{ field, error: 'date_in_future' }]);
  return on;
}
