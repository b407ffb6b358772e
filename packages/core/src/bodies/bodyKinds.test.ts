import { describe, expect, it } from 'vitest';
import { BODY_KIND_INFO, BODY_KINDS, memberRoleName } from './bodyKinds.ts';

describe('bodies', () => {
  it('names roles as each body calls them', () => {
    expect(memberRoleName('villagersCommittee', 'chair').zh).toBe('主任');
    expect(memberRoleName('partyBranch', 'secretary').zh).toBe('书记');
    expect(memberRoleName('collectiveSupervisoryBoard', 'member').zh).toBe('监事');
    expect(memberRoleName('socialOrganization', 'chair').zh).toBe('会长');
  });

  it('gives the mediation committee a 3-year term and the committee a 5-year one (RULES.md §13.7)', () => {
    expect(BODY_KIND_INFO.mediationCommittee.termYears).toBe(3);
    expect(BODY_KIND_INFO.villagersCommittee.termYears).toBe(5);
  });

  it('places every body in one of the five powers', () => {
    for (const kind of BODY_KINDS)
      expect(['lead', 'decide', 'execute', 'supervise', 'takePart']).toContain(
        BODY_KIND_INFO[kind].power,
      );
  });
});
