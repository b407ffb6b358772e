import { randomUUID } from 'node:crypto';
import { calendarDate, type CalendarDate } from '@cunzhi/core/calendarDate';
import { composeResidentId } from '@cunzhi/core/registry/residentIdNumber';
import { composeHousehold, householdSize, type Gender, type MemberDraft } from './households.ts';
import { givenName } from './names.ts';
import type { Rng } from './random.ts';

/** The rows of one village's register, in the column order of the `*_COLUMNS` lists. */
export interface VillageRows {
  groups: Row[];
  grids: Row[];
  households: Row[];
  persons: Row[];
  householdIds: string[];
  /** A resident household head of working age: the committee chair if this is the target village. */
  chairCandidate: { id: string; name: string };
}

type Row = readonly unknown[];

export const GROUP_COLUMNS = ['village_id', 'id', 'number', 'name'] as const;
export const GRID_COLUMNS = ['village_id', 'id', 'name'] as const;
export const HOUSEHOLD_COLUMNS = [
  'village_id',
  'id',
  'number',
  'villager_group_id',
  'grid_id',
  'address',
] as const;
// prettier-ignore
export const PERSON_COLUMNS = [
  'village_id', 'id', 'household_id', 'name', 'gender', 'birth_date', 'resident_id_number', 'phone',
  'relation_to_head', 'residence_status', 'residence_since', 'party_member', 'party_joined_on',
] as const;

/** Birthplace code of people who moved in from elsewhere. */
const ELSEWHERE_AREA_CODE = '510123';
const HOUSEHOLDS_PER_GROUP = 170;
const HOUSEHOLDS_PER_GRID = 40;
// prettier-ignore
const PHONE_PREFIXES = ['135', '136', '137', '138', '139', '150', '151', '152', '158', '159', '177', '182', '186', '187', '189', '199'];

export interface VillageSpec {
  id: string;
  name: string;
  areaCode: string;
  persons: number;
}

/**
 * Households of 1–6 until `persons` are placed, in villager groups of about
 * 170 households and grids of 40. About one household in 25 moved in from
 * elsewhere; three in ten working-age natives work away (migrantOut).
 */
export function buildVillageRows(rng: Rng, village: VillageSpec, today: CalendarDate): VillageRows {
  const todayYear = Number(today.slice(0, 4));
  const drafts: MemberDraft[][] = [];
  for (let left = village.persons; left > 0;) {
    const members = composeHousehold(rng, Math.min(householdSize(rng), left));
    drafts.push(members);
    left -= members.length;
  }
  const groupCount = Math.max(1, Math.round(drafts.length / HOUSEHOLDS_PER_GROUP));
  const groupIds = Array.from({ length: groupCount }, () => randomUUID());
  const gridIds = Array.from({ length: Math.ceil(drafts.length / HOUSEHOLDS_PER_GRID) }, () =>
    randomUUID(),
  );
  const out: VillageRows = {
    groups: groupIds.map((id, i) => [village.id, id, i + 1, `第${i + 1}村民小组`]),
    grids: gridIds.map((id, i) => [village.id, id, `第${i + 1}网格`]),
    households: [],
    persons: [],
    householdIds: [],
    chairCandidate: { id: '', name: '' },
  };
  const residentIds = new Set<string>();
  const seqInGroup = new Array<number>(groupCount).fill(0);

  drafts.forEach((members, i) => {
    const group = Math.floor((i * groupCount) / drafts.length);
    const seq = (seqInGroup[group] = seqInGroup[group]! + 1);
    const householdId = randomUUID();
    out.householdIds.push(householdId);
    const number = `${pad(group + 1, 2)}-${pad(seq, 3)}`;
    out.households.push([
      village.id,
      householdId,
      number,
      groupIds[group]!,
      gridIds[Math.floor(i / HOUSEHOLDS_PER_GRID)]!,
      `${village.name}${group + 1}组${seq}号`,
    ]);
    const movedInYear = rng.chance(0.04) ? todayYear - rng.int(1, 15) : null;

    for (const m of members) {
      const birthYear = todayYear - m.age - 1;
      const birthDate = calendarDate(
        `${birthYear}-${pad(rng.int(1, 12), 2)}-${pad(rng.int(1, 28), 2)}`,
      );
      const name = m.surname + givenName(rng, m.gender, birthYear);
      const bornElsewhere = movedInYear !== null && birthYear < movedInYear;
      const residentId = uniqueResidentId(
        rng,
        residentIds,
        bornElsewhere ? ELSEWHERE_AREA_CODE : village.areaCode,
        birthDate,
        m.gender,
      );
      let status: 'resident' | 'movedIn' | 'migrantOut' = 'resident';
      let since: string | null = null;
      if (movedInYear !== null) {
        status = 'movedIn';
        since = `${Math.max(movedInYear, birthYear + 1)}-04-01`;
      } else if (m.age >= 18 && m.age < 55 && rng.chance(0.3)) {
        status = 'migrantOut';
        since = `${Math.min(todayYear - 1, Math.max(birthYear + 18, todayYear - rng.int(1, 12)))}-02-20`;
      }
      const phone =
        m.age >= 16 && rng.chance(0.8)
          ? rng.pick(PHONE_PREFIXES) + pad(rng.int(0, 99_999_999), 8)
          : null;
      const partyMember = m.age >= 25 && rng.chance(0.05);
      const partyJoinedOn = partyMember
        ? `${Math.min(todayYear - 1, birthYear + rng.int(22, 40))}-07-01`
        : null;
      const id = randomUUID();
      out.persons.push([
        village.id,
        id,
        householdId,
        name,
        m.gender,
        birthDate,
        residentId,
        phone,
        m.relation,
        status,
        since,
        partyMember,
        partyJoinedOn,
      ]);
      if (
        !out.chairCandidate.id &&
        m.relation === 'head' &&
        m.age >= 35 &&
        m.age <= 58 &&
        status === 'resident'
      ) {
        out.chairCandidate = { id, name };
      }
    }
  });
  if (!out.chairCandidate.id)
    throw new Error(`${village.name}: no household head fit to chair the committee`);
  return out;
}

/** A well-formed 身份证 number not yet used in the village (the schema keeps them unique per village). */
function uniqueResidentId(
  rng: Rng,
  taken: Set<string>,
  areaCode: string,
  birthDate: CalendarDate,
  gender: Gender,
): string {
  let sequence = rng.int(0, 999);
  for (let tries = 0; tries < 500; tries++, sequence += 2) {
    const id = composeResidentId(areaCode, birthDate, sequence, gender);
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
  throw new Error(`no free 身份证 sequence for ${birthDate}`);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
