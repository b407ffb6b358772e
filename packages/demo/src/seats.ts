import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { Person } from '@cunzhi/core/registry/person';
import { weightedSample, type Rng } from './rng.ts';

/** Who may be drawn for a seat. */
export interface SeatRule {
  /** Age range (inclusive) on `from`. */
  ages: readonly [number, number];
  /** The span the seat covers: the person must live in the village throughout (not away for work, moved in before). Defaults to today. */
  from?: CalendarDate;
  until?: CalendarDate;
  /**
   * `only`: Party members who joined by `from`; `required`: those first, others
   * (who must then join) only if too few; `preferred`: members weigh more.
   */
  party?: 'only' | 'required' | 'preferred' | 'any';
  exclude?: ReadonlySet<string>;
  /** Only persons of these households (a villager group, a grid). */
  households?: ReadonlySet<string>;
  /** At least this many women among the drawn. */
  women?: number;
  /** How much more likely a man is drawn (village cadres are still mostly men). */
  maleWeight?: number;
  weight?: (p: Person) => number;
}

/** YYYYMMDD as a number: the whole-year difference of two such numbers is an age (as `ageOn` counts it). */
function dateNumber(date: CalendarDate): number {
  return (
    Number(date.slice(0, 4)) * 10000 + Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10))
  );
}

/** A person with the facts seat rules test, parsed once (seats are drawn thousands of times over one register). */
interface Entry {
  person: Person;
  birth: number;
}

/** Draws seat holders from one village's register. */
export class SeatPool {
  private readonly entries: Entry[];
  private readonly entryOf = new Map<Person, Entry>();
  private readonly byHousehold = new Map<string, Entry[]>();

  constructor(
    private readonly rng: Rng,
    private readonly today: CalendarDate,
    persons: readonly Person[],
  ) {
    this.entries = persons.map((person) => ({ person, birth: dateNumber(person.birthDate) }));
    for (const e of this.entries) {
      this.entryOf.set(e.person, e);
      const members = this.byHousehold.get(e.person.householdId);
      if (members) members.push(e);
      else this.byHousehold.set(e.person.householdId, [e]);
    }
  }

  /** Lived in the village from `from` to `until`. */
  presentThroughout(p: Person, from: CalendarDate, until: CalendarDate): boolean {
    if (
      p.residenceStatus === 'migrantOut' &&
      (p.residenceSince === null || p.residenceSince <= until)
    )
      return false;
    if (p.residenceStatus === 'movedIn' && (p.residenceSince === null || p.residenceSince > from))
      return false;
    return true;
  }

  /** Whether `p` may be drawn under `rule` (Party membership aside). */
  fits(p: Person, rule: SeatRule): boolean {
    const entry = this.entryOf.get(p) ?? { person: p, birth: dateNumber(p.birthDate) };
    return this.fitsOn(entry, rule, dateNumber(rule.from ?? this.today));
  }

  private fitsOn(e: Entry, rule: SeatRule, on: number): boolean {
    const p = e.person;
    if (rule.exclude?.has(p.id) || (rule.households && !rule.households.has(p.householdId)))
      return false;
    const age = Math.floor((on - e.birth) / 10000);
    return (
      age >= rule.ages[0] &&
      age <= rule.ages[1] &&
      this.presentThroughout(p, rule.from ?? this.today, rule.until ?? this.today)
    );
  }

  candidates(rule: SeatRule): Person[] {
    const on = dateNumber(rule.from ?? this.today);
    const scope = rule.households
      ? [...rule.households].flatMap((h) => this.byHousehold.get(h) ?? [])
      : this.entries;
    const out: Person[] = [];
    for (const e of scope) if (this.fitsOn(e, rule, on)) out.push(e.person);
    return out;
  }

  /** `count` distinct persons in random order. Throws if the village has too few. */
  pick(count: number, rule: SeatRule): Person[] {
    return this.pickAmong(this.candidates(rule), count, rule);
  }

  pickOne(rule: SeatRule): Person {
    return this.pick(1, rule)[0]!;
  }

  /**
   * Like `pick`, from candidates already found with `rule` (drawing one seat
   * at a time from one candidate list saves scanning the register each time).
   */
  pickAmong(all: readonly Person[], count: number, rule: SeatRule): Person[] {
    if (count === 0) return [];
    const from = rule.from ?? this.today;
    const joined = (p: Person) =>
      p.partyMember && p.partyJoinedOn !== null && p.partyJoinedOn <= from;
    const weight = (p: Person): number =>
      (p.gender === 'male' ? (rule.maleWeight ?? 1) : 1) *
      (rule.party === 'preferred' && joined(p) ? 4 : 1) *
      (rule.weight?.(p) ?? 1);

    const chosen: Person[] = [];
    const draw = (pool: readonly Person[], n: number) => {
      if (n <= 0) return;
      const taken = new Set(chosen.map((p) => p.id));
      chosen.push(
        ...weightedSample(
          this.rng,
          pool.filter((p) => !taken.has(p.id)),
          n,
          weight,
        ),
      );
    };
    const tiers =
      rule.party === 'only'
        ? [all.filter(joined)]
        : rule.party === 'required'
          ? [all.filter(joined), all.filter((p) => !joined(p))]
          : [all];
    const women = Math.min(rule.women ?? 0, count);
    for (const tier of tiers)
      draw(
        tier.filter((p) => p.gender === 'female'),
        women - chosen.filter((p) => p.gender === 'female').length,
      );
    for (const tier of tiers) draw(tier, count - chosen.length);
    if (chosen.length < count || chosen.filter((p) => p.gender === 'female').length < women) {
      throw new Error(
        `demo: only ${chosen.length} of ${count} seats could be filled (${all.length} candidates)`,
      );
    }
    // women drawn for the quota first would otherwise always take the chair
    return this.rng.shuffled(chosen);
  }
}
