import { describe, expect, it } from 'vitest';
import { calendarDate } from '../calendarDate.ts';
import { composeResidentId } from '../registry/residentIdNumber.ts';
import { checkRoster, type RosterCell } from './checkRoster.ts';
import { ROSTER_COLUMNS, villagerGroupNumber, type RosterColumnKey } from './rosterColumns.ts';

const ctx = {
  today: calendarDate('2026-11-21'),
  groupIdByKey: new Map([
    ['1', 'g1'],
    ['第一村民小组', 'g1'],
  ]),
  gridIdByName: new Map([['一网格', 'grid1']]),
  existingHouseholdNumbers: new Set(['OLD-1']),
  existingResidentIds: new Set([
    composeResidentId('330226', calendarDate('1950-01-01'), 1, 'male'),
  ]),
};

let seq = 10;
function row(
  rowNumber: number,
  values: Partial<Record<RosterColumnKey, string>>,
  numeric: RosterColumnKey[] = [],
) {
  const birth = values.birthDate ?? '1970-01-01';
  const gender = values.gender ?? '男';
  const all: Record<string, string> = {
    householdNumber: 'H-1',
    villagerGroup: '1',
    grid: '',
    address: '',
    name: '某人',
    gender,
    birthDate: birth,
    residentIdNumber:
      values.residentIdNumber ??
      composeResidentId(
        '330226',
        calendarDate(birth),
        (seq += 2),
        gender === '男' ? 'male' : 'female',
      ),
    phone: '',
    relationToHead: '户主',
    residenceStatus: '',
    residenceSince: '',
    partyMember: '',
    partyJoinedOn: '',
    ...values,
  };
  const cells = Object.fromEntries(
    ROSTER_COLUMNS.map((c) => [
      c.key,
      { text: all[c.key] ?? '', numeric: numeric.includes(c.key) } satisfies RosterCell,
    ]),
  ) as Record<RosterColumnKey, RosterCell>;
  return { rowNumber, cells };
}

const errorsOf = (rows: ReturnType<typeof row>[]) => {
  const r = checkRoster(rows, ctx);
  return r.ok ? [] : r.problems.map((p) => `${p.row}:${p.column}:${p.error}`);
};

describe('checkRoster', () => {
  it('groups rows into households by 户号, reading group by number or name and defaulting residence to 在村', () => {
    const r = checkRoster(
      [
        row(2, {}),
        row(3, { relationToHead: '妻子', gender: '女', birthDate: '1972-02-02' }),
        row(4, { householdNumber: 'H-2', villagerGroup: '第一村民小组', grid: '一网格' }),
      ],
      ctx,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(
      r.households.map((h) => [h.number, h.villagerGroupId, h.gridId, h.members.length]),
    ).toEqual([
      ['H-1', 'g1', null, 2],
      ['H-2', 'g1', 'grid1', 1],
    ]);
    expect(r.households[0]!.members[1]).toMatchObject({
      relationToHead: 'spouse',
      residenceStatus: 'resident',
    });
  });

  it('requires exactly one head per household', () => {
    expect(errorsOf([row(2, { relationToHead: '子女' })])).toEqual([
      '2:relationToHead:household_head_required',
    ]);
    expect(errorsOf([row(2, {}), row(3, {})])).toEqual([
      '3:relationToHead:household_head_required',
    ]);
  });

  it('finds duplicate ID numbers within the file and against the village', () => {
    const id = composeResidentId('330226', calendarDate('1970-01-01'), 999, 'male');
    expect(
      errorsOf([
        row(2, { residentIdNumber: id }),
        row(3, { householdNumber: 'H-2', residentIdNumber: id }),
      ]),
    ).toEqual(['3:residentIdNumber:roster_duplicate_id']);
    expect(
      errorsOf([
        row(2, { birthDate: '1950-01-01', residentIdNumber: [...ctx.existingResidentIds][0]! }),
      ]),
    ).toEqual(['2:residentIdNumber:resident_id_taken']);
  });

  it('names the cell holding text the database cannot store (a NUL byte, a lone surrogate)', () => {
    expect(errorsOf([row(2, { address: '东村\u00001号' })])).toEqual(['2:address:text_unstorable']);
    expect(errorsOf([row(2, { name: '吴\uD800' })])).toContain('2:name:text_unstorable');
    expect(errorsOf([row(2, { name: '𠀀吴' })])).toEqual([]);
  });

  it('refuses an existing household number, an unknown group or grid, and conflicting household fields', () => {
    expect(errorsOf([row(2, { householdNumber: 'OLD-1' })])).toEqual([
      '2:householdNumber:household_number_taken',
    ]);
    expect(errorsOf([row(2, { villagerGroup: '9', grid: '九网格' })]).sort()).toEqual([
      '2:grid:roster_grid_unknown',
      '2:villagerGroup:roster_group_unknown',
    ]);
    expect(
      errorsOf([
        row(2, { address: '东街1号' }),
        row(3, { relationToHead: '子女', address: '西街2号' }),
      ]),
    ).toEqual(['3:address:roster_household_mismatch']);
  });

  it('catches ID numbers that Excel stored as numbers', () => {
    expect(
      errorsOf([row(2, { residentIdNumber: '330226197001010000' }, ['residentIdNumber'])]),
    ).toEqual(['2:residentIdNumber:roster_id_as_number']);
  });

  describe('出生年月 and blank cells completed from the ID number', () => {
    const id = composeResidentId('330226', calendarDate('1965-03-12'), 31, 'female');
    const birthOf = (
      values: Partial<Record<RosterColumnKey, string>>,
      numeric: RosterColumnKey[] = [],
    ) => {
      const r = checkRoster(
        [row(2, { gender: '女', residentIdNumber: id, ...values }, numeric)],
        ctx,
      );
      return r.ok
        ? r.households[0]!.members[0]!.birthDate
        : r.problems
            // a person who fails is not counted as the household's head
            .filter((p) => p.column !== 'relationToHead')
            .map((p) => `${p.column}:${p.error}`);
    };

    it.each([
      '1965.03',
      '1965.3',
      '1965年3月',
      '1965-03',
      '1965年3月12日',
      '1965/3/12',
      '19650312',
    ])('%s with the ID number is 1965-03-12', (birthDate) => {
      expect(birthOf({ birthDate })).toBe('1965-03-12');
    });

    it('an Excel date serial or the number 1965.03 works too', () => {
      expect(birthOf({ birthDate: '23813' }, ['birthDate'])).toBe('1965-03-12');
      expect(birthOf({ birthDate: '1965.03' }, ['birthDate'])).toBe('1965-03-12');
    });

    it('a month that differs from the ID number is a mismatch', () => {
      expect(birthOf({ birthDate: '1965.04' })).toEqual(['birthDate:resident_id_mismatch']);
      expect(birthOf({ birthDate: '1966年3月' })).toEqual(['birthDate:resident_id_mismatch']);
    });

    it('a month without an ID number cannot say the day', () => {
      expect(birthOf({ birthDate: '1965.03', residentIdNumber: '' })).toEqual([
        'birthDate:roster_birth_day_missing',
      ]);
    });

    it('blank birth date and gender are read from the ID number; without one they are required', () => {
      const r = checkRoster([row(2, { gender: '', birthDate: '', residentIdNumber: id })], ctx);
      expect(r.ok && r.households[0]!.members[0]).toMatchObject({
        birthDate: '1965-03-12',
        gender: 'female',
      });
      expect(birthOf({ gender: '', birthDate: '', residentIdNumber: '' })).toEqual([
        'gender:field_required',
        'birthDate:field_required',
      ]);
    });

    it('an impossible date is still reported as invalid; 入党时间 written 1995.7.1 is read', () => {
      expect(birthOf({ birthDate: '1965.02.30' })).toEqual(['birthDate:date_invalid']);
      const r = checkRoster(
        [row(2, { partyMember: '中共党员', partyJoinedOn: '1995年7月1日' })],
        ctx,
      );
      expect(r.ok && r.households[0]!.members[0]).toMatchObject({
        partyMember: true,
        partyJoinedOn: '1995-07-01',
      });
    });
  });

  it('reports progress while checking', () => {
    const seen: number[] = [];
    const rows = Array.from({ length: 600 }, (_, i) => row(i + 2, { householdNumber: `H-${i}` }));
    checkRoster(rows, ctx, (n) => seen.push(n));
    expect(seen).toEqual([250, 500, 600]);
  });
});

describe('villagerGroupNumber: how villages write a group', () => {
  it.each([
    ['3', 3],
    ['3组', 3],
    ['第3组', 3],
    ['三组', 3],
    ['第三组', 3],
    ['第三村民小组', 3],
    ['十二社', 12],
    ['第 12 小组', 12],
    ['二十队', 20],
  ])('%s is group %i', (text, n) => {
    expect(villagerGroupNumber(text)).toBe(n);
  });

  it.each(['东山组', '3号', '', '组'])('%s is not a group number', (text) => {
    expect(villagerGroupNumber(text)).toBeNull();
  });

  it('a roster may write 第一组 for group 1', () => {
    expect(
      errorsOf([
        row(2, { villagerGroup: '第一组' }),
        row(3, { householdNumber: 'H-2', villagerGroup: '1组' }),
      ]),
    ).toEqual([]);
    expect(errorsOf([row(2, { villagerGroup: '第二组' })])).toEqual([
      '2:villagerGroup:roster_group_unknown',
    ]);
  });
});
