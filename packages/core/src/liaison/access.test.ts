import { describe, expect, it } from 'vitest';
import type { VillageRole } from '../policies/actor.ts';
import { caseRoles, caseVisible, type CaseFacts, type LiaisonReader } from './access.ts';

const who = (roles: VillageRole[], extra: Partial<LiaisonReader> = {}): LiaisonReader => ({
  roles: new Set(roles),
  personId: 'me',
  gridsHeaded: [],
  bodyKinds: [],
  ...extra,
});
const gridCase: CaseFacts = {
  level: 'grid',
  gridId: 'g1',
  reporterPersonId: 'r',
  category: 'environment',
  concernsPersonIds: [],
  routedBody: null,
};
const aboutChair: CaseFacts = { ...gridCase, level: 'supervision', concernsPersonIds: ['chair'] };

describe('who plays which part in a 民情 case, and who sees it', () => {
  it.each([
    [
      'the chief of its grid holds a grid case',
      who(['villager', 'gridChief'], { gridsHeaded: ['g1'] }),
      gridCase,
      ['handler'],
      true,
    ],
    [
      'another grid’s chief neither holds nor sees it',
      who(['villager', 'gridChief'], { gridsHeaded: ['g2'] }),
      gridCase,
      [],
      false,
    ],
    ['a cadre sees it without holding it', who(['committeeChair']), gridCase, [], true],
    [
      'the reporter plays the reporter, and may see it',
      who(['villager'], { personId: 'r' }),
      gridCase,
      ['reporter'],
      true,
    ],
    [
      'the body it was handed to',
      who(['stationStaff'], { bodyKinds: ['convenienceServiceStation'] }),
      { ...gridCase, routedBody: 'convenienceServiceStation' },
      ['assignee'],
      true,
    ],
    [
      'the two committees hold a village case',
      who(['partySecretary']),
      { ...gridCase, level: 'village' },
      ['handler'],
      true,
    ],
    [
      'the town holds a town case',
      who(['townOfficial']),
      { ...gridCase, level: 'town' },
      ['handler'],
      true,
    ],
    [
      'the supervision committee holds a case about a cadre',
      who(['supervisionMember']),
      aboutChair,
      ['handler'],
      true,
    ],
    [
      'another cadre never sees a case about cadres',
      who(['partySecretary']),
      aboutChair,
      [],
      false,
    ],
    [
      'nor does a grid chief of its grid',
      who(['gridChief'], { gridsHeaded: ['g1'] }),
      aboutChair,
      [],
      false,
    ],
    [
      'the cadre it names, even on the supervision committee, plays no part',
      who(['supervisionMember'], { personId: 'chair' }),
      aboutChair,
      [],
      false,
    ],
    [
      'a case of category 干部作风 is about cadres',
      who(['committeeChair']),
      { ...gridCase, category: 'cadreConduct' as const },
      [],
      false,
    ],
  ] as const)('%s', (_, reader, facts, roles, visible) => {
    expect(caseRoles(reader, facts)).toEqual(roles);
    expect(caseVisible(reader, facts)).toBe(visible);
  });
});
