import { describe, expect, it } from 'vitest';
import { ageOn, calendarDate } from '@cunzhi/core/calendarDate';
import { addYears, birthDateForAge, dayNumber, fromDayNumber } from './dates.ts';
import { chineseNumeral } from './names.ts';
import { planCounty } from './places.ts';
import { gridPartition } from './registry.ts';
import { apportion } from './representation.ts';
import { createRng, sampleOf, weightedSample } from './rng.ts';
import { termsAround } from './terms.ts';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('seeded random numbers', () => {
  it('repeats a stream for the same seed and name, and differs across seeds and names', () => {
    const draw = (seed: number, stream: string) => {
      const r = createRng(seed, stream);
      return Array.from({ length: 5 }, () => r.uint32());
    };
    expect(draw(1, 'a')).toEqual(draw(1, 'a'));
    expect(draw(1, 'a')).not.toEqual(draw(2, 'a'));
    expect(draw(1, 'a')).not.toEqual(draw(1, 'b'));
  });

  it('gives floats in [0, 1) and integers within their bounds, both ends reachable', () => {
    const r = createRng(7);
    const floats = Array.from({ length: 2000 }, () => r.float());
    expect(floats.filter((f) => f < 0 || f >= 1)).toEqual([]);
    const ints = new Set(Array.from({ length: 2000 }, () => r.int(3, 6)));
    expect([...ints].sort()).toEqual([3, 4, 5, 6]);
  });

  it('makes version-4 UUIDs', () => {
    const r = createRng(9);
    const ids = Array.from({ length: 500 }, () => r.uuid());
    expect(ids.filter((id) => !UUID_V4.test(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('draws distinct items in proportion to weight', () => {
    const r = createRng(11);
    let heavy = 0;
    for (let i = 0; i < 2000; i++)
      if (weightedSample(r, ['light', 'heavy'], 1, (x) => (x === 'heavy' ? 3 : 1))[0] === 'heavy')
        heavy++;
    expect(heavy / 2000).toBeGreaterThan(0.7);
    expect(heavy / 2000).toBeLessThan(0.8);
    const three = weightedSample(r, [1, 2, 3, 4, 5], 3, () => 1);
    expect(new Set(three).size).toBe(3);
    expect(sampleOf(r, [1, 2, 3], 5).sort()).toEqual([1, 2, 3]);
  });
});

describe('dates', () => {
  it('round-trips day numbers and keeps 29 February sane', () => {
    for (const d of ['1970-01-01', '2000-02-29', '2026-11-21'])
      expect(fromDayNumber(dayNumber(calendarDate(d)))).toBe(d);
    expect(addYears(calendarDate('2024-02-29'), 1)).toBe('2025-02-28');
  });

  it('makes birth dates of exactly the asked age', () => {
    const r = createRng(3);
    const today = calendarDate('2024-02-29');
    for (let age = 0; age <= 100; age += 7)
      expect(ageOn(birthDateForAge(r, today, age), today)).toBe(age);
  });
});

describe('terms', () => {
  it('finds the five-year term in force and the one before (elected 2021, 2026, …)', () => {
    expect(termsAround(calendarDate('2026-11-21'), 5, 2021, '05-01')).toEqual({
      previous: { startsOn: '2021-05-01', endsOn: '2026-04-30' },
      current: { startsOn: '2026-05-01', endsOn: '2031-04-30' },
    });
    // the day before the election the old term is still running
    expect(termsAround(calendarDate('2026-04-30'), 5, 2021, '05-01').current).toEqual({
      startsOn: '2021-05-01',
      endsOn: '2026-04-30',
    });
  });

  it('runs three-year mediation terms on their own cycle', () => {
    expect(termsAround(calendarDate('2026-11-21'), 3, 2024, '05-01').current).toEqual({
      startsOn: '2024-05-01',
      endsOn: '2027-04-30',
    });
  });
});

describe('sizes', () => {
  it('splits households into grids of 30–50', () => {
    const r = createRng(5);
    for (const n of [30, 50, 60, 99, 100, 101, 263, 1373]) {
      const sizes = gridPartition(r, n);
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(n);
      for (const s of sizes) expect(s >= 30 && s <= 50).toBe(true);
    }
    expect(() => gridPartition(r, 55)).toThrow(RangeError);
  });

  it('apportions seats by largest remainder with a seat for every group', () => {
    expect(apportion(78, [100, 100, 100])).toEqual([26, 26, 26]);
    const seats = apportion(10, [50, 30, 1, 19]);
    expect(seats.reduce((a, b) => a + b, 0)).toBe(10);
    expect(Math.min(...seats)).toBe(1);
  });

  it('writes group and grid numbers in Chinese', () => {
    expect([1, 10, 11, 15, 20, 99].map(chineseNumeral)).toEqual([
      '一',
      '十',
      '十一',
      '十五',
      '二十',
      '九十九',
    ]);
  });

  it('plans three towns per scale unit with the showcase community first', () => {
    const towns = planCounty(createRng(1), 2);
    expect(towns).toHaveLength(6);
    expect(towns[0]!.villages[0]).toMatchObject({
      name: '花乡社区',
      kind: 'community',
      persons: 4185,
      groups: 15,
      showcase: true,
    });
    const names = towns.flatMap((t) => t.villages.map((v) => v.name));
    expect(new Set(names).size).toBe(names.length);
    for (const v of towns.flatMap((t) => t.villages).filter((v) => !v.showcase)) {
      expect(v.persons).toBeGreaterThanOrEqual(800);
      expect(v.persons).toBeLessThanOrEqual(2500);
    }
    expect(() => planCounty(createRng(1), 0)).toThrow(RangeError);
  });
});
