import { describe, expect, it } from 'vitest';
import { calendarDate as d, type CalendarDate } from '../calendarDate.ts';
import { DomainError } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import {
  checkDesignRefs,
  checkReviewResolution,
  PROJECT_MACHINE,
  projectActors,
} from './projects.ts';
import {
  listsDueOn,
  listsStatus,
  previousQuarter,
  quarterContaining,
  quarterName,
} from './quarters.ts';

const idOf = (f: () => void): string => {
  try {
    f();
  } catch (e) {
    if (e instanceof DomainError)
      return e.fields[0] ? `${e.id}:${e.fields[0].field}:${e.fields[0].error}` : e.id;
    throw e;
  }
  return 'ok';
};

describe('the quarter of the three lists', () => {
  it.each([
    ['2026-01-01', 2026, 1, '2026-01-31'],
    ['2026-03-31', 2026, 1, '2026-01-31'],
    ['2026-04-01', 2026, 2, '2026-04-30'],
    ['2026-08-15', 2026, 3, '2026-07-31'],
    ['2026-12-31', 2026, 4, '2026-10-31'],
  ])('%s is in %i Q%i, whose lists are due by %s', (day, year, quarter, due) => {
    const q = quarterContaining(d(day));
    expect(q).toEqual({ year, quarter });
    expect(listsDueOn(q)).toBe(due);
  });

  it('names a quarter in both languages and steps back over a new year', () => {
    expect(quarterName({ year: 2026, quarter: 4 }, 'zh-CN')).toBe('2026年第四季度');
    expect(quarterName({ year: 2026, quarter: 4 }, 'en')).toBe('Q4 2026');
    expect(previousQuarter({ year: 2027, quarter: 1 })).toEqual({ year: 2026, quarter: 4 });
    expect(previousQuarter({ year: 2026, quarter: 3 })).toEqual({ year: 2026, quarter: 2 });
  });

  // due 2026-10-31: the day before, the day, the day after
  const q4 = { year: 2026, quarter: 4 };
  it.each<[string | null, string, string]>([
    [null, '2026-09-30', 'future'],
    [null, '2026-10-30', 'notDue'],
    [null, '2026-10-31', 'notDue'],
    [null, '2026-11-01', 'overdue'],
    ['2026-10-30', '2026-12-01', 'published'],
    ['2026-10-31', '2026-12-01', 'published'],
    ['2026-11-01', '2026-12-01', 'publishedLate'],
  ])('published %s, on %s: %s', (published, today, status) => {
    expect(listsStatus(q4, published ? d(published) : null, d(today))).toBe(status);
  });
});

describe('a service project', () => {
  it('goes designed → reviewed → declared → filed → running → completed, the town alone filing', () => {
    const m = PROJECT_MACHINE;
    expect(m.step('designed', 'review', ['committees'])).toBe('reviewed');
    expect(m.step('reviewed', 'declare', ['committees'])).toBe('declared');
    expect(idOf(() => m.step('declared', 'file', ['committees']))).toBe('case_role_refused');
    expect(m.step('declared', 'file', ['town'])).toBe('filed');
    expect(m.step('declared', 'return', ['town'])).toBe('returned');
    expect(m.step('returned', 'revise', ['committees'])).toBe('designed');
    expect(idOf(() => m.step('designed', 'start', ['committees']))).toBe('case_step_refused');
    expect(m.step('filed', 'start', ['committees'])).toBe('running');
    expect(m.step('running', 'complete', ['committees'])).toBe('completed');
    expect(idOf(() => m.step('declared', 'withdraw', ['committees']))).toBe('case_step_refused');
    expect(m.actionsFor('declared', ['town'])).toEqual(['file', 'return']);
    expect(m.actionsFor('declared', ['committees'])).toEqual([]);
    // the design is amended while in the village's hands, and stays where it is
    expect(m.step('returned', 'amend', ['committees'])).toBe('returned');
    expect(m.step('designed', 'amend', ['committees'])).toBe('designed');
    expect(idOf(() => m.step('reviewed', 'amend', ['committees']))).toBe('case_step_refused');
    expect(idOf(() => m.step('returned', 'amend', ['town']))).toBe('case_role_refused');
  });

  const designedOn = d('2026-10-10');
  const joint = (adoptedOn: CalendarDate, revokedOn: CalendarDate | null = null) => ({
    meetingKind: 'twoCommitteesJointMeeting' as const,
    adoptedOn,
    revokedOn,
  });
  it.each<[string, string]>([
    ['2026-10-09', 'service_project_resolution_early'],
    ['2026-10-10', 'ok'],
    ['2026-10-11', 'ok'],
  ])('is reviewed by a joint meeting resolution adopted %s: %s', (adopted, result) => {
    expect(idOf(() => checkReviewResolution(joint(d(adopted)), designedOn))).toBe(result);
  });

  it('is not reviewed by another meeting, nor by a revoked resolution', () => {
    const reps = { ...joint(d('2026-10-12')), meetingKind: 'representativesMeeting' as const };
    expect(idOf(() => checkReviewResolution(reps, designedOn))).toBe(
      'service_project_not_joint_meeting',
    );
    expect(
      idOf(() => checkReviewResolution(joint(d('2026-10-12'), d('2026-10-20')), designedOn)),
    ).toBe('service_project_resolution_revoked');
  });

  it('serves at least one need of its own quarter and draws on that quarter’s resources', () => {
    const listed = { needs: new Set(['n1', 'n2']), resources: new Set(['r1']) };
    expect(idOf(() => checkDesignRefs([], [], listed))).toBe(
      'validation_failed:needIds:service_project_needs_required',
    );
    expect(idOf(() => checkDesignRefs(['n1'], [], listed))).toBe('ok');
    expect(idOf(() => checkDesignRefs(['n1', 'n3'], [], listed))).toBe(
      'validation_failed:needIds:service_project_need_unlisted',
    );
    expect(idOf(() => checkDesignRefs(['n2'], ['r1', 'r9'], listed))).toBe(
      'validation_failed:resourceIds:service_project_resource_unlisted',
    );
  });
});

describe('who acts on a project', () => {
  const scope = { villageId: 'v1', townId: 't1', countyId: 'c1' };
  const staff = (unit: 'government' | 'discipline', level: 'town' | 'county' = 'town'): Actor => ({
    accountId: 's',
    kind: 'staff',
    home: null,
    posts: [],
    staffScopes: [{ level, id: level === 'town' ? 't1' : 'c1', unit }],
  });
  const member: Actor = {
    accountId: 'a',
    kind: 'villager',
    home: { villageId: 'v1', personId: 'p1' },
    posts: [{ villageId: 'v1', bodyKind: 'villagersCommittee', role: 'member' }],
    staffScopes: [],
  };
  it.each<[string, Actor, string[]]>([
    ['a committee member', member, ['committees']],
    ['a town government official', staff('government'), ['town']],
    ['the town discipline commission', staff('discipline'), []],
    ['a county official', staff('government', 'county'), []],
  ])('%s: %j', (_, actor, roles) => {
    expect(projectActors(actor, scope)).toEqual(roles);
  });
});
