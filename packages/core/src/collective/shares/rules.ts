import type { CalendarDate } from '../../calendarDate.ts';
import { finding, type Finding } from '../../rules/findings.ts';
import type { NewbornRule, ShareClassTerm } from '../charter.ts';

/**
 * NJJ-26-SHARES (《农村集体经济组织法》第二十六条、第二十八条): quantifying the operating assets
 * to the members (and every later adjustment of the quantification) is the members' assembly's
 * power, one the members' representatives' assembly may not exercise. Any other body's
 * resolution is refused; `body` is its name as the village says it, for the message.
 */
export function checkSharesDecision(
  byMembersAssembly: boolean,
  body: { zh: string; en: string },
  on: CalendarDate,
): Finding | null {
  if (byMembersAssembly) return null;
  return finding(on, 'NJJ-26-SHARES', 'shares_wrong_body', { body: body.zh, bodyEn: body.en });
}

/**
 * NJJ-SHARES-TRANSFER (the reform's opinions, 保障农民集体资产股份权利: 有偿退出不得突破本集体
 * 经济组织的范围，可以在本集体内部转让): the one who receives must be a member on the day.
 */
export function checkTransfer(
  to: { name: string; memberOnDay: boolean },
  on: CalendarDate,
): Finding | null {
  if (to.memberOnDay) return null;
  return finding(on, 'NJJ-SHARES-TRANSFER', 'shares_transfer_outside', { name: to.name, on });
}

/**
 * NJJ-SHARES-INHERIT (the charter): a deceased holder's shares pass to an heir of the same
 * household who is a member on the day (so the shares stay inside the organisation, as a
 * transfer's must).
 */
export function checkInheritance(
  deceased: { name: string; householdId: string },
  heir: { name: string; householdId: string; memberOnDay: boolean },
  on: CalendarDate,
): Finding | null {
  if (deceased.householdId !== heir.householdId)
    return finding(on, 'NJJ-SHARES-INHERIT', 'shares_inherit_outside_household', {
      deceased: deceased.name,
      heir: heir.name,
    });
  if (!heir.memberOnDay)
    return finding(on, 'NJJ-SHARES-INHERIT', 'shares_heir_not_member', { heir: heir.name, on });
  return null;
}

/** What a confirmed newborn is given, and from when, or the finding that refuses it. */
export type NewbornGrant =
  | { ok: true; units: number; effectiveOn: CalendarDate; needsAssembly: boolean }
  | { ok: false; finding: Finding };

/**
 * NJJ-SHARES-STATIC (the charter's 股权管理方式): static shares (生不增、死不减) give a newborn
 * nothing; dynamic ones give the 人口股 — one person's worth of the population class — either from
 * the day the members' assembly confirmed the membership, or at the next adjustment, which is a
 * new quantification and so itself a members' assembly's resolution (`needsAssembly`; its date
 * is then the grant's). Never before the membership is confirmed (NJJ-12-CONFIRM decides that).
 */
export function newbornGrant(
  rule: NewbornRule,
  classes: readonly ShareClassTerm[],
  child: { name: string; confirmedOn: CalendarDate | null },
  on: CalendarDate,
): NewbornGrant {
  if (rule === 'none')
    return {
      ok: false,
      finding: finding(on, 'NJJ-SHARES-STATIC', 'shares_static_no_newborn', { name: child.name }),
    };
  if (child.confirmedOn === null || child.confirmedOn > on)
    return {
      ok: false,
      finding: finding(on, 'NJJ-12-CONFIRM', 'shares_newborn_unconfirmed', {
        name: child.name,
        on,
      }),
    };
  const population = classes.find((c) => c.shareClass === 'population');
  if (!population)
    return {
      ok: false,
      finding: finding(on, 'NJJ-SHARES-STATIC', 'shares_no_population_class', {
        name: child.name,
      }),
    };
  return rule === 'onConfirmation'
    ? { ok: true, units: population.weight, effectiveOn: child.confirmedOn, needsAssembly: false }
    : { ok: true, units: population.weight, effectiveOn: on, needsAssembly: true };
}
