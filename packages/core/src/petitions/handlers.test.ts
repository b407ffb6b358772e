import { describe, expect, it } from 'vitest';
import type { Actor } from '../policies/actor.ts';
import { petitionRoles } from './handlers.ts';

const scope = { townId: 'town-1', countyId: 'county-1' };
const petition = { registeredBy: 'acc-secretary', departmentId: 'dept-civil' };
const KINDS: Record<string, string> = {
  'dept-civil': 'civilAffairs',
  'dept-office': 'petitionOffice',
  'dept-justice': 'justice',
};
const kind = (id: string) => KINDS[id];

function staff(
  level: 'town' | 'county',
  id: string,
  unit: 'government' | 'discipline',
  departmentId: string | null = null,
): Actor {
  return {
    accountId: 'acc-staff',
    kind: 'staff',
    home: null,
    posts: [],
    staffScopes: [{ level, id, unit, departmentId }],
  };
}

describe('who handles a petition (and so sees who petitioned)', () => {
  it.each([
    ['the town’s leaders (no department)', staff('town', 'town-1', 'government'), ['office']],
    ['the town’s 信访办', staff('town', 'town-1', 'government', 'dept-office'), ['office']],
    [
      'the department it was handed to',
      staff('town', 'town-1', 'government', 'dept-civil'),
      ['office'],
    ],
    ['another department', staff('town', 'town-1', 'government', 'dept-justice'), []],
    ['the discipline commission', staff('town', 'town-1', 'discipline'), []],
    ['another town’s leaders', staff('town', 'town-2', 'government'), []],
    ['the county’s government', staff('county', 'county-1', 'government'), ['office']],
  ] as const)('%s → %o', (_, actor, roles) => {
    expect(petitionRoles(actor, scope, petition, kind)).toEqual(roles);
  });

  it('the cadre who registered it, and no other cadre', () => {
    const cadre = (accountId: string): Actor => ({
      accountId,
      kind: 'villager',
      home: { villageId: 'v', personId: 'p' },
      posts: [{ villageId: 'v', bodyKind: 'villagersCommittee', role: 'chair' }],
      staffScopes: [],
    });
    expect(petitionRoles(cadre('acc-secretary'), scope, petition, kind)).toEqual(['registrar']);
    expect(petitionRoles(cadre('acc-chair'), scope, petition, kind)).toEqual([]);
    expect(
      petitionRoles(cadre('acc-chair'), scope, { ...petition, registeredBy: null }, kind),
    ).toEqual([]);
  });
});
