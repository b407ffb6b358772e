import { describe, expect, it } from 'vitest';
import type { Actor, StaffUnit } from './actor.ts';
import { canReadReferral, inboxAddressees, readsDisciplineInbox } from './townInbox.ts';

const staff = (level: 'town' | 'county', id: string, unit: StaffUnit): Actor => ({
  accountId: 'a',
  kind: 'staff',
  home: null,
  posts: [],
  staffScopes: [{ level, id, unit }],
});
const villager: Actor = {
  accountId: 'v',
  kind: 'villager',
  home: { villageId: 'V1', personId: 'p' },
  posts: [{ villageId: 'V1', bodyKind: 'villageAffairsSupervisionCommittee', role: 'chair' }],
  staffScopes: [],
};
const place = { townId: 'T1', countyId: 'C1' };

describe('who reads the town inbox', () => {
  it.each([
    [
      'town discipline of the town',
      staff('town', 'T1', 'discipline'),
      ['disciplineCommission', 'supervisoryCommission'],
    ],
    [
      'county discipline of the county',
      staff('county', 'C1', 'discipline'),
      ['disciplineCommission', 'supervisoryCommission'],
    ],
    [
      'town government of the town',
      staff('town', 'T1', 'government'),
      ['townGovernment', 'department'],
    ],
    ['town discipline of another town', staff('town', 'T2', 'discipline'), []],
    ['county discipline of another county', staff('county', 'C2', 'discipline'), []],
    ['the supervision chair of the village', villager, []],
  ] as const)('%s', (_, actor, addressees) => {
    expect(inboxAddressees(actor, place)).toEqual(addressees);
    expect(canReadReferral(actor, place, 'disciplineCommission')).toBe(
      addressees.includes('disciplineCommission' as never),
    );
  });

  it('the discipline inbox is the discipline unit’s only', () => {
    expect(readsDisciplineInbox(staff('town', 'T1', 'discipline'))).toBe(true);
    expect(readsDisciplineInbox(staff('town', 'T1', 'government'))).toBe(false);
    expect(readsDisciplineInbox(villager)).toBe(false);
  });
});

describe('a department’s inbox', () => {
  const inDept = (departmentId: string | null): Actor => ({
    ...staff('town', 'T1', 'government'),
    staffScopes: [{ level: 'town', id: 'T1', unit: 'government', departmentId }],
  });
  it.each([
    ['an official of that department', inDept('D1'), true],
    ['an official of another department', inDept('D2'), false],
    ['a town leader in no department', inDept(null), true],
    ['the town discipline commission', staff('town', 'T1', 'discipline'), false],
    ['a government official of another town', staff('town', 'T2', 'government'), false],
  ] as const)('%s reads it: %s', (_, actor, reads) => {
    expect(canReadReferral(actor, place, 'department', 'D1')).toBe(reads);
  });

  it('an official in a department reads only its referrals, not the town government’s own', () => {
    expect(inboxAddressees(inDept('D1'), place)).toEqual(['department']);
    expect(canReadReferral(inDept('D1'), place, 'townGovernment')).toBe(false);
    expect(inboxAddressees(inDept(null), place)).toEqual(['townGovernment', 'department']);
  });
});
