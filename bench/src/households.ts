import type { RelationToHead } from '@cunzhi/core/registry/person';
import { surname } from './names.ts';
import { weighted, type Rng } from './random.ts';

export type Gender = 'male' | 'female';

/** One member of a household before it gets a name, birth date and ID number. */
export interface MemberDraft {
  relation: RelationToHead;
  gender: Gender;
  age: number;
  surname: string;
}

/** Rural household sizes: many elderly living alone or as a couple, few of five or six (mean ≈ 2.9). */
// prettier-ignore
export const householdSize = weighted<number>([[1, 18], [2, 27], [3, 22], [4, 17], [5, 10], [6, 6]]);

/** Head, spouse, then children, a child-in-law, grandchildren or a parent of the head. */
export function composeHousehold(rng: Rng, size: number): MemberDraft[] {
  const headMale = rng.chance(0.85);
  const headAge =
    size === 1 ? (rng.chance(0.6) ? rng.int(60, 90) : rng.int(25, 59)) : rng.int(28, 78);
  const family = surname(rng);
  const members: MemberDraft[] = [
    { relation: 'head', gender: headMale ? 'male' : 'female', age: headAge, surname: family },
  ];
  if (size >= 2 && (size > 2 || rng.chance(0.8))) {
    const spouseAge = Math.max(20, headMale ? headAge - rng.int(0, 4) : headAge + rng.int(0, 4));
    members.push({
      relation: 'spouse',
      gender: headMale ? 'female' : 'male',
      age: spouseAge,
      surname: surname(rng),
    });
  }
  let parent = false;
  let inLaw = false;
  while (members.length < size) {
    const adultChild = members.find((m) => m.relation === 'child' && m.age >= 22);
    const gender: Gender = rng.chance(0.52) ? 'male' : 'female';
    if (headAge < 50 && !parent && rng.chance(0.35)) {
      parent = true;
      members.push({
        relation: 'parent',
        gender,
        age: Math.min(98, headAge + rng.int(24, 32)),
        surname: gender === 'male' ? family : surname(rng),
      });
    } else if (adultChild && !inLaw && rng.chance(0.5)) {
      inLaw = true;
      const partner: Gender = adultChild.gender === 'male' ? 'female' : 'male';
      members.push({
        relation: 'childInLaw',
        gender: partner,
        age: Math.max(20, adultChild.age + rng.int(-3, 3)),
        surname: surname(rng),
      });
    } else if (adultChild && headAge >= 50) {
      members.push({
        relation: 'grandchild',
        gender,
        age: rng.int(0, Math.min(20, adultChild.age - 20)),
        surname: family,
      });
    } else {
      members.push({
        relation: 'child',
        gender,
        age: Math.max(0, headAge - rng.int(22, 34)),
        surname: family,
      });
    }
  }
  return members;
}
