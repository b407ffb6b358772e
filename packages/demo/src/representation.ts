import type { Person } from '@cunzhi/core/registry/person';
import type { Seat } from './bodyWriter.ts';
import { ids, union, type VillageContext } from './context.ts';
import { addDays, daysBetween } from './dates.ts';
import type { TwoCommittees } from './leadership.ts';
import type { Oversight } from './oversight.ts';
import type { SeatRule } from './seats.ts';
import type { TermSpan } from './terms.ts';
import type { DemoBodyTerm } from './types.ts';

/**
 * The deciding bodies: the assembly (every adult, no member list), the
 * representatives' meeting and the standing council.
 *
 * The representatives' meeting is made of the committee members and the
 * representatives (VCOL Art. 25). Only the representatives are seated in the
 * body (the committee's members come from the committee's own terms), but the
 * numbers obey the rule over the whole meeting (VCOL-25-COMPOSITION:
 * representatives ≥ 4/5, women representatives ≥ 1/3 of its members).
 * Representatives are chosen group by group (由各村民小组推选若干人), in
 * proportion to households.
 */
export function electRepresentatives(
  ctx: VillageContext,
  two: TwoCommittees,
  oversight: Oversight,
): { representatives: Person[] } {
  const { writer, profile, spans, today, names } = ctx;
  writer.body('villagersAssembly', names.villagersAssembly, null);
  const composition = profile.representatives + profile.committee;
  const body = writer.body(
    'representativesMeeting',
    names.representativesMeeting,
    profile.representatives,
  );
  const terms = {
    previous: writer.term(body, spans.committee.previous),
    current: writer.term(body, spans.committee.current),
  };
  // VCOL Art. 25: women representatives ≥ 1/3 of all members of the meeting
  const womenReps = Math.ceil(composition / 3);
  const committeeIds = ids(two.committeeCurrent.map((s) => s.person));
  const supervisorIds = ids(oversight.supervisionCurrent.map((s) => s.person));

  const current = byGroup(
    ctx,
    spans.committee.current,
    today,
    womenReps,
    () => undefined,
    union(committeeIds, supervisorIds),
  );
  // in the previous term, the previous committee sat in the meeting as members and the previous supervisors watched it
  const previousCommittee = new Set(
    ctx.writer.memberships
      .filter((m) => m.termId === two.committeeTerms.previous.id)
      .map((m) => m.personId),
  );
  const previousSupervisors = ids(oversight.supervisionPrevious.map((s) => s.person));
  const previous = byGroup(
    ctx,
    spans.committee.previous,
    spans.committee.previous.endsOn,
    womenReps,
    (g) => current[g]!,
    union(previousCommittee, previousSupervisors),
  );

  for (const p of previous.flat())
    writer.seat(terms.previous, { person: p, role: 'representative' });
  const serving = seatCurrentRepresentatives(ctx, terms.current, current);
  return { representatives: serving };
}

/** Representatives of each group for one term; `incumbents(g)` may carry over from the other term. */
function byGroup(
  ctx: VillageContext,
  span: TermSpan,
  until: TermSpan['endsOn'],
  womenReps: number,
  incumbents: (group: number) => readonly Person[] | undefined,
  exclude: ReadonlySet<string>,
): Person[][] {
  const { registry, pool, rng, profile } = ctx;
  const groups = registry.groups.map(
    (g) => new Set(registry.households.filter((h) => h.villagerGroupId === g.id).map((h) => h.id)),
  );
  const seats = apportion(
    profile.representatives,
    groups.map((g) => g.size),
  );
  const women = apportion(womenReps, seats);
  return groups.map((households, g) => {
    const count = seats[g]!;
    // beyond the women's quota, representatives are still mostly men
    const rule: SeatRule = {
      ages: [28, 72],
      from: span.startsOn,
      until,
      households,
      maleWeight: 8,
    };
    const kept = (incumbents(g) ?? [])
      .filter((p) => rng.chance(0.55) && !exclude.has(p.id) && pool.fits(p, rule))
      .slice(0, count);
    const womenWanted =
      Math.min(count, women[g]!) - kept.filter((p) => p.gender === 'female').length;
    const fresh = pool.pick(count - kept.length, {
      ...rule,
      women: Math.max(0, womenWanted),
      exclude: union(exclude, ids(kept)),
    });
    return [...kept, ...fresh];
  });
}

/** Largest-remainder apportionment of `total` seats by `weights`, at least one seat each. */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * total);
  const seats = exact.map((x) => Math.max(1, Math.floor(x)));
  const order = exact
    .map((x, i) => ({ i, r: x - Math.floor(x) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  const assigned = () => seats.reduce((a, b) => a + b, 0);
  for (let k = 0; assigned() < total; k++) seats[order[k % order.length]!.i]! += 1;
  // the one-seat floor can overshoot: take seats back from the smallest remainders
  for (
    let k = order.length - 1;
    assigned() > total && seats.some((s) => s > 1);
    k = k === 0 ? order.length - 1 : k - 1
  ) {
    const i = order[k]!.i;
    if (seats[i]! > 1) seats[i]! -= 1;
  }
  return seats;
}

/**
 * Seats the current representatives. Where the profile says so, one
 * representative resigned half-way through the term so far and the group
 * elected a successor three weeks later (if that date has come).
 */
function seatCurrentRepresentatives(
  ctx: VillageContext,
  term: DemoBodyTerm,
  byGroupReps: Person[][],
): Person[] {
  const { writer, pool, rng, today } = ctx;
  const all = byGroupReps.flat();
  const elapsed = daysBetween(term.startsOn, today);
  if (!ctx.profile.currentRepresentativeByElection || elapsed < 60) {
    for (const p of all) writer.seat(term, { person: p, role: 'representative' });
    return all;
  }
  const g = byGroupReps.findIndex((reps) => reps.length >= 2);
  const leaver = rng.pick(byGroupReps[g]!);
  const leftOn = addDays(term.startsOn, Math.floor(elapsed / 2));
  const successorFrom = addDays(leftOn, 21);
  for (const p of all)
    writer.seat(
      term,
      { person: p, role: 'representative' },
      term.startsOn,
      p === leaver ? leftOn : null,
    );
  if (successorFrom > today) return all.filter((p) => p !== leaver);
  const households = new Set(
    ctx.registry.households
      .filter((h) => h.villagerGroupId === ctx.registry.groups[g]!.id)
      .map((h) => h.id),
  );
  const seated = new Set(writer.memberships.map((m) => m.personId));
  const successor = pool.pickOne({
    ages: [28, 72],
    from: successorFrom,
    households,
    women: leaver.gender === 'female' ? 1 : 0,
    exclude: seated,
  });
  writer.seat(term, { person: successor, role: 'representative' }, successorFrom);
  return [...all.filter((p) => p !== leaver), successor];
}

/** 协商议事会 / 村民议事会: mostly representatives, plus villagers the topics concern. */
export function electCouncil(ctx: VillageContext, representatives: readonly Person[]): Seat[] {
  const { writer, profile, spans, pool, rng, today } = ctx;
  const body = writer.body(
    'villagersDeliberationCouncil',
    ctx.names.villagersDeliberationCouncil,
    profile.council,
  );
  const term = writer.term(body, spans.committee.current);
  const fromReps = rng.shuffled(representatives).slice(0, profile.councilFromRepresentatives);
  const seated = new Set(
    writer.memberships.filter((m) => m.endedOn === null).map((m) => m.personId),
  );
  const others = pool.pick(profile.council - fromReps.length, {
    ages: [30, 75],
    from: term.startsOn,
    until: today,
    exclude: seated,
    women: 2,
    maleWeight: 3,
  });
  const seats: Seat[] = [...fromReps, ...others].map((person) => ({ person, role: 'member' }));
  writer.seatAll(term, seats);
  return seats;
}
