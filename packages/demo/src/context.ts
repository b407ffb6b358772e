import type { MemberRole } from '@cunzhi/core/bodies/bodyKinds';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { KinGraph } from '@cunzhi/core/registry/kinship';
import type { Person } from '@cunzhi/core/registry/person';
import { BodyWriter, type Seat } from './bodyWriter.ts';
import { conflictedWith } from './kin.ts';
import { joinParty } from './party.ts';
import type { BodyProfile, bodyNames } from './profiles.ts';
import type { VillageRegistry } from './registry.ts';
import type { Rng } from './rng.ts';
import { SeatPool, type SeatRule } from './seats.ts';
import type { TermSpan } from './terms.ts';
import type { DemoVillage } from './types.ts';

export interface TermPair {
  previous: TermSpan;
  current: TermSpan;
}

/** Everything the body-building steps of one village share. */
export interface VillageContext {
  rng: Rng;
  today: CalendarDate;
  village: DemoVillage;
  registry: VillageRegistry;
  graph: KinGraph;
  pool: SeatPool;
  writer: BodyWriter;
  profile: BodyProfile;
  names: ReturnType<typeof bodyNames>;
  spans: { party: TermPair; committee: TermPair; collective: TermPair; mediation: TermPair };
}

export function family(ctx: VillageContext, persons: Iterable<Person>): Set<string> {
  return conflictedWith(ctx.graph, persons, ctx.registry.membersOf);
}

export function union(...sets: Array<ReadonlySet<string> | undefined>): Set<string> {
  const out = new Set<string>();
  for (const s of sets) if (s) for (const x of s) out.add(x);
  return out;
}

export function ids(persons: Iterable<Person>): Set<string> {
  return new Set([...persons].map((p) => p.id));
}

/** The seat's holder joins the Party by the term's start when the seat needs a member. */
function joinIfNeeded(ctx: VillageContext, p: Person, rule: SeatRule, by: CalendarDate): void {
  if (rule.party === 'required') joinParty(ctx.rng, p, ctx.today, by);
}

/**
 * `n` persons none of whom is family of another (a committee of relatives is
 * what the law's recusal rules exist to prevent); the first `women` are women.
 */
export function pickApart(ctx: VillageContext, n: number, rule: SeatRule, women = 0): Person[] {
  const chosen: Person[] = [];
  let candidates = ctx.pool.candidates(rule);
  for (let i = 0; i < n; i++) {
    const [p] = ctx.pool.pickAmong(candidates, 1, { ...rule, women: i < women ? 1 : 0 });
    joinIfNeeded(ctx, p!, rule, rule.from ?? ctx.today);
    chosen.push(p!);
    const kin = family(ctx, [p!]);
    candidates = candidates.filter((c) => !kin.has(c.id));
  }
  return ctx.rng.shuffled(chosen);
}

/**
 * The seats of the term before `current`: each holder was already there with
 * probability `keep` (if they could have been: age, residence, Party
 * membership), the others are drawn fresh for the same roles, keeping at
 * least `women` women.
 */
export function carryOver(
  ctx: VillageContext,
  current: readonly Seat[],
  keep: number,
  span: TermSpan,
  ruleFor: (role: MemberRole) => SeatRule,
  women = 0,
): Seat[] {
  const during = { from: span.startsOn, until: span.endsOn };
  const could = (s: Seat): boolean => {
    const rule = { ...ruleFor(s.role), ...during };
    const joinedInTime =
      rule.party !== 'required' && rule.party !== 'only'
        ? true
        : s.person.partyJoinedOn !== null && s.person.partyJoinedOn <= span.startsOn;
    return ctx.pool.fits(s.person, rule) && joinedInTime;
  };
  const kept = current.map((s) => ctx.rng.chance(keep) && could(s));
  // if the kept holders are all men, free a seat so a woman can be drawn for it
  const keptWomen = () => current.filter((s, i) => kept[i] && s.person.gender === 'female').length;
  const vacancies = () => kept.filter((k) => !k).length;
  for (let i = current.length - 1; i >= 0 && vacancies() < women - keptWomen(); i--) {
    if (kept[i] && current[i]!.person.gender === 'male') kept[i] = false;
  }
  let womenNeeded = Math.max(0, women - keptWomen());
  let exclude = union(
    ids(current.map((s) => s.person)),
    family(
      ctx,
      current.filter((_, i) => kept[i]).map((s) => s.person),
    ),
  );
  return current.map((s, i) => {
    if (kept[i]) return s;
    const rule = { ...ruleFor(s.role), ...during };
    const person = ctx.pool.pickOne({
      ...rule,
      exclude: union(rule.exclude, exclude),
      women: womenNeeded > 0 ? 1 : 0,
    });
    if (person.gender === 'female') womenNeeded -= 1;
    joinIfNeeded(ctx, person, rule, span.startsOn);
    exclude = union(exclude, family(ctx, [person]));
    return { person, role: s.role };
  });
}
