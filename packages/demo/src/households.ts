import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { Gender, RelationToHead } from '@cunzhi/core/registry/person';
import { birthDateForAge } from './dates.ts';
import { personName, type SurnamePool } from './names.ts';
import { weightedTable, type Rng } from './rng.ts';

/**
 * One rural household as the register records it: who heads it and how
 * everyone relates to the head. Shapes follow what Chinese villages look like
 * now: elderly couples and widows living alone, three generations under one
 * roof, grandparents raising grandchildren while the parents work away.
 */
export interface MemberDraft {
  relation: RelationToHead;
  gender: Gender;
  birthDate: CalendarDate;
  name: string;
}

/**
 * Ties among members that "relation to head" cannot express (tiesFromHousehold
 * gives in-laws none): a daughter-in-law is the spouse of the head's son and the
 * mother of the grandchildren; a parent-in-law is the spouse's parent.
 * Indexes point into `members`.
 */
export interface DraftTie {
  kind: 'spouse' | 'parent';
  a: number;
  b: number;
}

export interface HouseholdDraft {
  members: MemberDraft[];
  ties: DraftTie[];
}

interface Slot {
  relation: RelationToHead;
  gender: Gender;
  age: number;
  surname: string;
}

class Builder {
  readonly slots: Slot[] = [];
  readonly ties: DraftTie[] = [];
  constructor(
    readonly rng: Rng,
    readonly surnames: SurnamePool,
    readonly settledSurname: () => string,
  ) {}

  add(relation: RelationToHead, gender: Gender, age: number, surname: string): number {
    this.slots.push({ relation, gender, age: Math.max(0, Math.min(100, age)), surname });
    return this.slots.length - 1;
  }

  /** A surname other than `not` (surname exogamy is still the rule in villages). */
  outsiderSurname(not: string): string {
    let s = this.surnames.outsider(this.rng);
    for (let i = 0; s === not && i < 10; i++) s = this.surnames.outsider(this.rng);
    return s;
  }

  /** Head and spouse; returns the couple's indexes and the surname their children take. */
  couple(headAge: number): {
    head: number;
    spouse: number;
    childSurname: string;
    motherAge: number;
  } {
    const r = this.rng;
    const headMale = r.chance(0.9);
    const husbandAge = headMale ? headAge : headAge + r.int(-1, 4);
    const wifeAge = headMale ? headAge - r.int(-2, 5) : headAge;
    const husbandSurname = this.settledSurname();
    const wifeSurname = this.outsiderSurname(husbandSurname);
    const head = headMale
      ? this.add('head', 'male', husbandAge, husbandSurname)
      : this.add('head', 'female', wifeAge, wifeSurname);
    const spouse = headMale
      ? this.add('spouse', 'female', wifeAge, wifeSurname)
      : this.add('spouse', 'male', husbandAge, husbandSurname);
    const childSurname = headMale || r.chance(0.5) ? husbandSurname : wifeSurname;
    return { head, spouse, childSurname, motherAge: wifeAge };
  }

  /** A widowed or single head living without a spouse. */
  single(age: number, gender: Gender): { head: number; childSurname: string } {
    // a widow heads her late husband's household: her children carry his surname
    const own = gender === 'female' ? this.surnames.outsider(this.rng) : this.settledSurname();
    const head = this.add('head', gender, age, own);
    return { head, childSurname: gender === 'female' ? this.settledSurname() : own };
  }

  /** Children of the head (or, as `grandchild`, of someone else) born to a mother aged `motherAge`. */
  children(
    motherAge: number,
    count: number,
    surname: string,
    relation: RelationToHead = 'child',
  ): number[] {
    return childAges(this.rng, motherAge, count).map((age) =>
      this.add(relation, this.rng.chance(0.52) ? 'male' : 'female', age, surname),
    );
  }

  /** A married child living at home with their spouse (usually a son and daughter-in-law). */
  marriedChild(
    parentsSurname: string,
    motherAge: number,
  ): { child: number; inLaw: number; mother: number; surname: string } {
    const r = this.rng;
    const [age] = childAges(r, motherAge, 1, 22, 32);
    const childAge = Math.max(21, age ?? 21);
    const isSon = r.chance(0.85);
    const child = this.add('child', isSon ? 'male' : 'female', childAge, parentsSurname);
    // a daughter who stays home brings in a husband (上门女婿)
    const inLawSurname = this.outsiderSurname(parentsSurname);
    const inLaw = this.add(
      'childInLaw',
      isSon ? 'female' : 'male',
      childAge + (isSon ? -r.int(0, 4) : r.int(0, 4)),
      inLawSurname,
    );
    this.ties.push({ kind: 'spouse', a: child, b: inLaw });
    const grandchildSurname = isSon || r.chance(0.6) ? parentsSurname : inLawSurname;
    return { child, inLaw, mother: isSon ? inLaw : child, surname: grandchildSurname };
  }

  grandchildren(
    child: number,
    inLaw: number,
    count: number,
    surname: string,
    mother: number,
  ): void {
    const motherAge = this.slots[mother]!.age;
    for (const g of this.children(motherAge, count, surname, 'grandchild')) {
      this.ties.push({ kind: 'parent', a: child, b: g }, { kind: 'parent', a: inLaw, b: g });
    }
  }

  /** The head's own parents (or, sometimes, the spouse's: 岳父母/公婆 living with the couple). */
  parents(headAge: number, count: 1 | 2, head: number, spouse: number | null): void {
    const r = this.rng;
    const ofSpouse = spouse !== null && r.chance(0.2);
    const child = ofSpouse ? spouse : head;
    const relation: RelationToHead = ofSpouse ? 'parentInLaw' : 'parent';
    const childSurname = this.slots[child]!.surname;
    const fatherAge = Math.min(98, headAge + r.int(23, 34));
    const motherAge = Math.min(97, fatherAge - r.int(0, 5));
    const widowedMother = count === 1 && r.chance(0.7);
    const indexes: number[] = [];
    if (count === 2 || !widowedMother)
      indexes.push(this.add(relation, 'male', fatherAge, childSurname));
    if (count === 2 || widowedMother)
      indexes.push(this.add(relation, 'female', motherAge, this.outsiderSurname(childSurname)));
    // the register implies neither the parents' marriage nor the spouse's parents' tie to the spouse
    if (indexes.length === 2) this.ties.push({ kind: 'spouse', a: indexes[0]!, b: indexes[1]! });
    if (ofSpouse) for (const p of indexes) this.ties.push({ kind: 'parent', a: p, b: child });
  }
}

/** Ages of `count` children of a mother aged `motherAge`, eldest first, 1–5 years apart. */
function childAges(
  rng: Rng,
  motherAge: number,
  count: number,
  minAtBirth = 21,
  maxAtBirth = 34,
): number[] {
  const ages: number[] = [];
  const latestStart = Math.max(minAtBirth, Math.min(maxAtBirth - 2 * (count - 1), motherAge));
  let ageAtBirth = rng.int(Math.min(minAtBirth, latestStart), latestStart);
  for (let i = 0; i < count; i++) {
    ages.push(Math.max(0, motherAge - ageAtBirth));
    ageAtBirth += rng.int(1, 5);
  }
  return ages;
}

type Shape = (b: Builder) => void;

const elderSingle: Shape = (b) => {
  b.single(b.rng.int(65, 94), b.rng.chance(0.65) ? 'female' : 'male');
};
const adultSingle: Shape = (b) => {
  b.single(b.rng.int(28, 64), b.rng.chance(0.75) ? 'male' : 'female');
};
const coupleOnly =
  (lo: number, hi: number): Shape =>
  (b) => {
    b.couple(b.rng.int(lo, hi));
  };
const parentAndChild: Shape = (b) => {
  const r = b.rng;
  if (r.chance(0.7)) {
    const h = b.single(r.int(58, 90), r.chance(0.6) ? 'female' : 'male');
    b.children(b.slots[h.head]!.age - r.int(0, 3), 1, h.childSurname);
    const c = b.slots[1]!;
    if (c.age < 18) c.age = 18 + r.int(0, 10);
  } else {
    const h = b.single(r.int(30, 50), r.chance(0.6) ? 'female' : 'male');
    b.children(b.slots[h.head]!.age, 1, h.childSurname);
  }
};
const nuclear =
  (kids: number): Shape =>
  (b) => {
    const r = b.rng;
    const c = b.couple(r.int(26, 56));
    b.children(c.motherAge, kids, c.childSurname);
  };
const elderCoupleAdultChild: Shape = (b) => {
  const c = b.couple(b.rng.int(52, 80));
  const [child] = b.children(c.motherAge, 1, c.childSurname);
  const slot = b.slots[child!]!;
  if (slot.age < 20) slot.age = 20 + b.rng.int(0, 8);
};
const coupleWithParents =
  (kids: number, parents: 1 | 2): Shape =>
  (b) => {
    const r = b.rng;
    const headAge = r.int(30, 62);
    const c = b.couple(headAge);
    if (kids > 0) b.children(c.motherAge, kids, c.childSurname);
    b.parents(headAge, parents, c.head, c.spouse);
  };
/** 留守: grandparents raising grandchildren whose parents are registered elsewhere. */
const skipped =
  (kids: number): Shape =>
  (b) => {
    const r = b.rng;
    const c = b.couple(r.int(50, 76));
    const parentAge = Math.max(21, c.motherAge - r.int(22, 30));
    b.children(parentAge, kids, c.childSurname, 'grandchild');
  };
const stem =
  (grandkids: number, widowed: boolean, extraChild = false): Shape =>
  (b) => {
    const r = b.rng;
    const headAge = grandkids > 0 ? r.int(50, 82) : r.int(48, 76);
    let surname: string;
    let motherAge: number;
    if (widowed) {
      const h = b.single(headAge, r.chance(0.65) ? 'female' : 'male');
      surname = h.childSurname;
      motherAge = headAge;
    } else {
      const c = b.couple(headAge);
      surname = c.childSurname;
      motherAge = c.motherAge;
    }
    const m = b.marriedChild(surname, motherAge);
    if (grandkids > 0) b.grandchildren(m.child, m.inLaw, grandkids, m.surname, m.mother);
    if (extraChild) {
      // a younger, unmarried brother or sister still at home
      const [i] = b.children(motherAge - r.int(3, 8), 1, surname);
      const slot = b.slots[i!]!;
      slot.age = Math.max(0, Math.min(slot.age, b.slots[m.child]!.age - 2));
    }
  };
const coupleWithSibling: Shape = (b) => {
  const r = b.rng;
  const c = b.couple(r.int(40, 65));
  const head = b.slots[c.head]!;
  b.add('sibling', r.chance(0.7) ? 'male' : 'female', head.age + r.int(-8, 8), head.surname);
};

/** Household size in villages now: many one- and two-person elderly households, mean ≈ 2.9. */
const householdSize = weightedTable<number>([
  [1, 16],
  [2, 29],
  [3, 21],
  [4, 16],
  [5, 11],
  [6, 7],
]);

const SHAPES: Record<number, (rng: Rng) => Shape> = {
  1: weightedTable<Shape>([
    [elderSingle, 62],
    [adultSingle, 38],
  ]),
  2: weightedTable<Shape>([
    [coupleOnly(60, 88), 46],
    [coupleOnly(42, 62), 24],
    [coupleOnly(23, 36), 10],
    [parentAndChild, 20],
  ]),
  3: weightedTable<Shape>([
    [nuclear(1), 36],
    [elderCoupleAdultChild, 18],
    [coupleWithParents(0, 1), 12],
    [skipped(1), 18],
    [stem(0, true), 12],
    [coupleWithSibling, 4],
  ]),
  4: weightedTable<Shape>([
    [nuclear(2), 32],
    [stem(0, false), 14],
    [coupleWithParents(1, 1), 18],
    [skipped(2), 16],
    [stem(1, true), 20],
  ]),
  5: weightedTable<Shape>([
    [stem(1, false), 45],
    [coupleWithParents(2, 1), 18],
    [nuclear(3), 10],
    [stem(2, true), 20],
    [coupleWithParents(1, 2), 7],
  ]),
  6: weightedTable<Shape>([
    [stem(2, false), 50],
    [coupleWithParents(2, 2), 25],
    [stem(1, false, true), 25],
  ]),
};

export function randomHouseholdSize(rng: Rng): number {
  return householdSize(rng);
}

/**
 * Composes one household of exactly `size` members (1–6). `settledSurname`
 * gives the surname of the family line (a village lineage for natives).
 */
export function composeHousehold(
  rng: Rng,
  size: number,
  today: CalendarDate,
  surnames: SurnamePool,
  settledSurname: () => string,
): HouseholdDraft {
  const shapeOf = SHAPES[size];
  if (!shapeOf) throw new RangeError(`household size must be 1–6, got ${size}`);
  const b = new Builder(rng, surnames, settledSurname);
  shapeOf(rng)(b);
  if (b.slots.length !== size)
    throw new Error(`household shape produced ${b.slots.length} members, wanted ${size}`);
  const taken = new Set<string>();
  const members = b.slots.map((s): MemberDraft => {
    const birthDate = birthDateForAge(rng, today, s.age);
    const name = personName(rng, s.surname, s.gender, Number(birthDate.slice(0, 4)), taken);
    taken.add(name);
    return { relation: s.relation, gender: s.gender, birthDate, name };
  });
  return { members, ties: b.ties };
}
