import type { ErrorId } from '../errors.ts';
import { fromYmd, ymd, type CalendarDate } from '../calendarDate.ts';
import { checkResidentId } from '../registry/residentIdNumber.ts';
import { validatePerson, type PersonFields } from '../registry/validatePerson.ts';
import { readRosterDate } from './rosterDates.ts';
import { isStorableText } from '../storableText.ts';
import {
  readGender,
  readRelation,
  readResidence,
  readYesNo,
  villagerGroupNumber,
  type RosterColumnKey,
  type RosterRow,
} from './rosterColumns.ts';

/** One problem in the sheet: the Excel row number (header is row 1), the column and why. */
export interface RosterProblem {
  row: number;
  column: RosterColumnKey;
  error:
    | ErrorId
    | 'roster_household_mismatch'
    | 'roster_duplicate_id'
    | 'roster_group_unknown'
    | 'roster_grid_unknown'
    | 'roster_id_as_number'
    | 'roster_birth_day_missing';
  params?: Record<string, string | number>;
}

export const ROSTER_PROBLEM_MESSAGES: Record<
  Exclude<RosterProblem['error'], ErrorId>,
  { zh: string; en: string }
> = {
  roster_household_mismatch: {
    zh: '与同户第 {firstRow} 行填写的不一致',
    en: 'differs from row {firstRow} of the same household',
  },
  roster_duplicate_id: {
    zh: '与第 {otherRow} 行的身份证号码重复',
    en: 'same ID number as row {otherRow}',
  },
  roster_group_unknown: {
    zh: '本村没有这个村民小组（填写小组序号，如 3）',
    en: 'no such villager group here (write its number, e.g. 3)',
  },
  roster_grid_unknown: { zh: '本村没有这个网格', en: 'no such grid here' },
  roster_id_as_number: {
    zh: '身份证号码被 Excel 存成了数字，末几位已丢失，请把该列设为“文本”后重新填写',
    en: 'Excel stored the ID number as a number and lost digits; format the column as text and re-enter it',
  },
  roster_birth_day_missing: {
    zh: '只写了出生年月，又没有身份证号码可以补全日子，请写完整的出生日期（如 1965-03-12）',
    en: 'only the year and month are given and there is no ID number to complete the day; write the full birth date (e.g. 1965-03-12)',
  },
};

export interface RosterContext {
  today: CalendarDate;
  /** Villager groups by number and by name. */
  groupIdByKey: ReadonlyMap<string, string>;
  gridIdByName: ReadonlyMap<string, string>;
  existingHouseholdNumbers: ReadonlySet<string>;
  existingResidentIds: ReadonlySet<string>;
}

export interface RosterHousehold {
  number: string;
  villagerGroupId: string;
  gridId: string | null;
  address: string;
  members: PersonFields[];
}

export interface RosterCell {
  text: string;
  /** Excel stored a number where text was expected (long ID numbers lose digits). */
  numeric: boolean;
}

/** A group by its name or number as written (3, 3组, 第三组, 三社 …). */
function groupOf(ctx: RosterContext, written: string): string | undefined {
  const byName = ctx.groupIdByKey.get(written);
  if (byName) return byName;
  const n = villagerGroupNumber(written);
  return n === null ? undefined : ctx.groupIdByKey.get(String(n));
}

/** A date cell as ISO text when it is a full date; otherwise as written, for validation to report. */
function fullDate(cell: RosterCell): string {
  const d = readRosterDate(cell);
  return d.kind === 'date' ? d.date : cell.text.trim();
}

/**
 * The birth date and gender to check. A blank cell takes the value the ID
 * number encodes; a birth month alone (出生年月 1965.03) takes its day from the
 * ID number when the two agree — when they do not, the first of the month is
 * checked so the mismatch is reported; without an ID number the day is missing.
 */
function birthAndGender(
  cells: Record<RosterColumnKey, RosterCell>,
  idText: string,
): { birthDate: string; gender: string; dayMissing: boolean } {
  const id = idText ? checkResidentId(idText) : null;
  const facts = id?.ok ? id.facts : null;
  const genderText = cells.gender.text.trim();
  const gender = genderText ? readGender(genderText) : (facts?.gender ?? '');
  const birth = readRosterDate(cells.birthDate);
  switch (birth.kind) {
    case 'blank':
      return { birthDate: facts?.birthDate ?? '', gender, dayMissing: false };
    case 'date':
      return { birthDate: birth.date, gender, dayMissing: false };
    case 'invalid':
      return { birthDate: cells.birthDate.text.trim(), gender, dayMissing: false };
    case 'month': {
      const fromId = facts ? ymd(facts.birthDate) : null;
      if (facts && fromId?.year === birth.year && fromId.month === birth.month)
        return { birthDate: facts.birthDate, gender, dayMissing: false };
      return { birthDate: fromYmd(birth.year, birth.month, 1), gender, dayMissing: !facts };
    }
  }
}

/**
 * Checks a whole roster: every person's fields, every household's shared
 * fields and its single head, ID numbers unique in the file and the village.
 * All problems are reported together; the roster is imported only when there
 * are none (all-or-nothing). `onProgress` is called every 250 rows.
 */
export function checkRoster(
  rows: ReadonlyArray<{ rowNumber: number; cells: Record<RosterColumnKey, RosterCell> }>,
  ctx: RosterContext,
  onProgress: (checkedRows: number) => void = () => undefined,
): { ok: true; households: RosterHousehold[] } | { ok: false; problems: RosterProblem[] } {
  const problems: RosterProblem[] = [];
  const households = new Map<
    string,
    RosterHousehold & {
      firstRow: number;
      heads: number[];
      shared: Pick<RosterRow, 'villagerGroup' | 'grid' | 'address'>;
    }
  >();
  const idRows = new Map<string, number>();

  rows.forEach(({ rowNumber, cells }, index) => {
    const text = (k: RosterColumnKey) => cells[k].text.trim();
    // a NUL or a broken character in a cell (a damaged file) is that cell's problem, not the import's
    for (const [column, cell] of Object.entries(cells) as [RosterColumnKey, RosterCell][])
      if (!isStorableText(cell.text))
        problems.push({ row: rowNumber, column, error: 'text_unstorable' });
    const number = text('householdNumber');
    if (!number)
      problems.push({ row: rowNumber, column: 'householdNumber', error: 'field_required' });
    else if (ctx.existingHouseholdNumbers.has(number))
      problems.push({ row: rowNumber, column: 'householdNumber', error: 'household_number_taken' });

    // an 18-digit number keeps only 15 digits in Excel; a CSV writes it shortened (3.30226E+17)
    const idNumber = text('residentIdNumber');
    if (cells.residentIdNumber.numeric && (idNumber.length > 15 || /e\+/i.test(idNumber))) {
      problems.push({ row: rowNumber, column: 'residentIdNumber', error: 'roster_id_as_number' });
    }
    const idText = cells.residentIdNumber.numeric ? '' : text('residentIdNumber');
    const born = birthAndGender(cells, idText);
    if (born.dayMissing)
      problems.push({ row: rowNumber, column: 'birthDate', error: 'roster_birth_day_missing' });
    const checked = validatePerson(
      {
        name: text('name'),
        gender: born.gender,
        birthDate: born.birthDate,
        residentIdNumber: idText,
        phone: text('phone'),
        relationToHead: readRelation(text('relationToHead')),
        residenceStatus: readResidence(text('residenceStatus') || '在村'),
        residenceSince: fullDate(cells.residenceSince),
        partyMember: readYesNo(text('partyMember')),
        partyJoinedOn: fullDate(cells.partyJoinedOn),
      },
      ctx.today,
    );
    if (!checked.ok) {
      for (const p of checked.problems)
        problems.push({
          row: rowNumber,
          column: p.field as RosterColumnKey,
          error: p.error,
          ...(p.params ? { params: p.params } : {}),
        });
    } else if (checked.value.residentIdNumber) {
      const id = checked.value.residentIdNumber;
      const other = idRows.get(id);
      if (other !== undefined)
        problems.push({
          row: rowNumber,
          column: 'residentIdNumber',
          error: 'roster_duplicate_id',
          params: { otherRow: other },
        });
      else if (ctx.existingResidentIds.has(id))
        problems.push({ row: rowNumber, column: 'residentIdNumber', error: 'resident_id_taken' });
      idRows.set(id, rowNumber);
    }

    if (number) {
      let h = households.get(number);
      if (!h) {
        const groupId = groupOf(ctx, text('villagerGroup'));
        if (!groupId)
          problems.push({
            row: rowNumber,
            column: 'villagerGroup',
            error: text('villagerGroup') ? 'roster_group_unknown' : 'field_required',
          });
        const gridName = text('grid');
        const gridId = gridName ? (ctx.gridIdByName.get(gridName) ?? null) : null;
        if (gridName && !gridId)
          problems.push({ row: rowNumber, column: 'grid', error: 'roster_grid_unknown' });
        h = {
          number,
          villagerGroupId: groupId ?? '',
          gridId,
          address: text('address'),
          members: [],
          firstRow: rowNumber,
          heads: [],
          shared: {
            villagerGroup: text('villagerGroup'),
            grid: gridName,
            address: text('address'),
          },
        };
        households.set(number, h);
      } else {
        for (const key of ['villagerGroup', 'grid', 'address'] as const) {
          const value = text(key);
          if (value && value !== h.shared[key])
            problems.push({
              row: rowNumber,
              column: key,
              error: 'roster_household_mismatch',
              params: { firstRow: h.firstRow },
            });
        }
      }
      if (checked.ok) {
        h.members.push(checked.value);
        if (checked.value.relationToHead === 'head') h.heads.push(rowNumber);
      }
    }
    if ((index + 1) % 250 === 0) onProgress(index + 1);
  });

  for (const h of households.values()) {
    if (h.heads.length === 0)
      problems.push({
        row: h.firstRow,
        column: 'relationToHead',
        error: 'household_head_required',
      });
    for (const extra of h.heads.slice(1))
      problems.push({ row: extra, column: 'relationToHead', error: 'household_head_required' });
  }
  onProgress(rows.length);
  if (problems.length > 0) return { ok: false, problems: problems.sort((a, b) => a.row - b.row) };
  return {
    ok: true,
    households: [...households.values()].map(
      ({ number, villagerGroupId, gridId, address, members }) => ({
        number,
        villagerGroupId,
        gridId,
        address,
        members,
      }),
    ),
  };
}
