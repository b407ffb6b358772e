import { describe, expect, it } from 'vitest';
import { findingWithCitation } from '../rules/findings.ts';
import {
  candidateFindings,
  registerVoter,
  supervisionIneligibility,
  type VoterFacts,
} from './eligibility.ts';
import { d, zj } from './testing.ts';

const base: VoterFacts = {
  personId: 'p1',
  name: '王五',
  birthDate: d('1980-01-01'),
  hukouHere: true,
  livesHere: true,
  declaredToTakePart: false,
  residentSince: null,
  villageWorkSince: null,
  applied: false,
  consented: false,
  deprivedOfPoliticalRights: false,
  registeredElsewhere: null,
};
const ON = d('2026-03-01');
const POLLING = d('2026-03-20');
const P = zj('2026-03-01');

describe('VCOL-13-ELIGIBLE: 18 by polling day', () => {
  it.each([
    ['2008-03-21', false],
    ['2008-03-20', true],
    ['2008-03-19', true],
  ])('born %s, polling 2026-03-20 → registrable %s', (birth, ok) => {
    const r = registerVoter({ ...base, birthDate: d(birth) }, ON, POLLING, P);
    expect(r.voterClass).toBe(ok ? 1 : null);
  });

  it('not one deprived of political rights', () => {
    const r = registerVoter({ ...base, deprivedOfPoliticalRights: true }, ON, POLLING, P);
    expect(r.findings.map((f) => f.code)).toEqual(['voter_deprived']);
  });
});

describe('the three classes', () => {
  it('class 2 only on their declaration', () => {
    expect(registerVoter({ ...base, livesHere: false }, ON, POLLING, P).voterClass).toBeNull();
    expect(
      registerVoter({ ...base, livesHere: false, declaredToTakePart: true }, ON, POLLING, P)
        .voterClass,
    ).toBe(2);
  });

  const class3 = { ...base, hukouHere: false, applied: true, consented: true };
  it.each([
    ['2025-03-02', false],
    ['2025-03-01', true],
    ['2025-02-28', true],
  ])(
    'class 3 living here since %s, registered 2026-03-01 → %s (one year inclusive)',
    (since, ok) => {
      const r = registerVoter({ ...class3, residentSince: d(since) }, ON, POLLING, P);
      expect(r.voterClass).toBe(ok ? 3 : null);
    },
  );

  it('class 3 needs the application and the consent of the assembly or representatives', () => {
    const r = registerVoter(
      { ...class3, residentSince: d('2020-01-01'), consented: false },
      ON,
      POLLING,
      P,
    );
    expect(r.findings.map((f) => f.code)).toEqual(['voter_class3_unapproved']);
  });

  it('class 3 by village-affairs work: only under the 2025 text (acts from 2026)', () => {
    const worker = { ...class3, livesHere: false, villageWorkSince: d('2024-06-01') };
    const in2025 = registerVoter(worker, d('2025-12-01'), d('2025-12-25'), zj('2025-12-01'));
    expect(in2025.voterClass).toBeNull();
    expect(in2025.findings[0]).toMatchObject({ code: 'voter_class3_years' });
    expect(findingWithCitation(in2025.findings[0]!, 'zh-CN')).toContain('第十三条');
    expect(registerVoter(worker, ON, POLLING, P).voterClass).toBe(3);
  });
});

describe('VCOL-13-SINGLE: one registration across villages', () => {
  it('a voter registered elsewhere is refused here', () => {
    const r = registerVoter({ ...base, registeredElsewhere: '东村' }, ON, POLLING, P);
    expect(r.voterClass).toBeNull();
    expect(findingWithCitation(r.findings[0]!, 'zh-CN')).toBe(
      '王五 已在 东村 登记参加选举，不得再参加本村的选举（《中华人民共和国村民委员会组织法》第十六条第三款）',
    );
  });
});

describe('who may stand', () => {
  const c = {
    personId: 'p1',
    name: '赵六',
    onRoll: true,
    expelledFromParty: false,
    criminalPenalty: true,
    clanOrGangForces: false,
    illegalReligion: false,
  };
  it('a criminal penalty disqualifies from 2026 (2025 text Art. 18), not before', () => {
    expect(candidateFindings(c, d('2025-12-31'))).toEqual([]);
    const [f] = candidateFindings(c, d('2026-01-01'));
    expect(findingWithCitation(f!, 'zh-CN')).toBe(
      '赵六 因犯罪受过刑事处罚，不得作为候选人（《中华人民共和国村民委员会组织法》第十八条第一款）',
    );
  });

  it('each disqualification of the 2025 text, and the roll', () => {
    const all = {
      ...c,
      onRoll: false,
      expelledFromParty: true,
      clanOrGangForces: true,
      illegalReligion: true,
    };
    expect(candidateFindings(all, d('2026-01-01')).map((f) => f.code)).toEqual([
      'voter_not_registered',
      'candidate_party_expelled',
      'candidate_criminal',
      'candidate_clan_gang',
      'candidate_illegal_religion',
    ]);
  });

  it('VCOL-32-SUPERVISOR-ELIG: no committee member and no near relative of one', () => {
    const on = d('2026-01-05');
    expect(
      supervisionIneligibility({ personId: 'm', name: '甲' }, on, new Set(['m']), null)[0]?.code,
    ).toBe('supervision_committee_member');
    expect(
      supervisionIneligibility({ personId: 's', name: '乙' }, on, new Set(['m']), '甲')[0]?.code,
    ).toBe('supervision_close_relative');
    expect(
      supervisionIneligibility({ personId: 'x', name: '丙' }, on, new Set(['m']), null),
    ).toEqual([]);
  });
});
