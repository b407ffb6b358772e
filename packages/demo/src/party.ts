import { ageOn, type CalendarDate } from '@cunzhi/core/calendarDate';
import type { Person } from '@cunzhi/core/registry/person';
import { addDays, addYears, minDate, randomDateBetween } from './dates.ts';
import { weightedSample, type Rng } from './rng.ts';

/**
 * Party membership of demo villagers. Posts that need a Party member are
 * filled first (their holders join here); the rest of the village's members
 * are then drawn to reach the village's count exactly.
 */

/** Makes `p` a Party member who joined on or before `by` (re-dating an existing join if it is later). */
export function joinParty(
  rng: Rng,
  p: Person,
  today: CalendarDate,
  by: CalendarDate = addDays(today, -180),
): void {
  if (p.partyMember && p.partyJoinedOn !== null && p.partyJoinedOn <= by) return;
  // most villagers who join do so between 21 and 40; nobody before 18
  const earliest = addYears(p.birthDate, 18);
  const usual = addYears(p.birthDate, 21);
  const latest = minDate(by, minDate(addYears(p.birthDate, 40), addDays(today, -180)));
  const from = usual <= latest ? usual : earliest;
  const to = latest >= from ? latest : minDate(by, addDays(today, -180));
  if (to < earliest)
    throw new Error(`demo: ${p.name} is too young to have joined the Party by ${by}`);
  p.partyMember = true;
  p.partyJoinedOn = randomDateBetween(rng, from, to);
}

/** Members of the village, weighted as rural Party rolls are: mostly men, many retired. */
function memberWeight(p: Person, today: CalendarDate): number {
  const age = ageOn(p.birthDate, today);
  if (age < 20) return 0;
  const byAge = age < 35 ? 0.6 : age < 60 ? 1 : age < 80 ? 1.6 : 0.8;
  return byAge * (p.gender === 'male' ? 2.5 : 1);
}

/**
 * Brings the village's Party roll to exactly `target`: draws new members, or
 * removes drawn ones that hold no post needing membership.
 */
export function settlePartyRoll(
  rng: Rng,
  persons: readonly Person[],
  target: number,
  today: CalendarDate,
  postHolders: ReadonlySet<string>,
): void {
  const members = persons.filter((p) => p.partyMember);
  if (members.length > target) {
    const removable = members.filter((p) => !postHolders.has(p.id));
    const excess = members.length - target;
    if (removable.length < excess)
      throw new Error(
        `demo: ${members.length - removable.length} Party posts exceed the roll of ${target}`,
      );
    for (const p of rng.shuffled(removable).slice(0, excess)) {
      p.partyMember = false;
      p.partyJoinedOn = null;
    }
    return;
  }
  const drawn = weightedSample(
    rng,
    persons.filter((p) => !p.partyMember),
    target - members.length,
    (p) => memberWeight(p, today),
  );
  for (const p of drawn) joinParty(rng, p, today);
}
