import type { CalendarDate } from '../calendarDate.ts';
import { finding, type Finding } from '../rules/findings.ts';
import type { PartyParams } from './params.ts';

/** The village's own Party organisation and what hangs under it (seeds 002 and 004). */
export const PARTY_ORGANISATION_KINDS = [
  'committee',
  'generalBranch',
  'branch',
  'jointBranch',
] as const;
export type PartyOrganisationKind = (typeof PARTY_ORGANISATION_KINDS)[number];
export const PARTY_UNIT_KINDS = [...PARTY_ORGANISATION_KINDS, 'subBranch', 'group'] as const;
export type PartyUnitKind = (typeof PARTY_UNIT_KINDS)[number];

/** Units that hold a branch's meetings (党员大会, 主题党日 …); a Party group holds 党小组会 only. */
export const isBranchLike = (kind: PartyUnitKind): boolean => kind !== 'group';

/**
 * PARTY-BRANCH (农村基层组织工作条例 Art. 5) on the village organisation's formal members:
 * fewer than 3 → only a joint branch; 3 or more → its own branch; a general branch above 50
 * (fewer only where work needs it: a warning); a Party committee from 100 and only with the
 * county committee's approval. A members' congress above 500 is allowed, never required.
 */
export function organisationFindings(
  kind: PartyOrganisationKind,
  formal: number,
  approvalRef: string | null,
  on: CalendarDate,
  params: PartyParams,
): Finding[] {
  const p = params['PARTY-BRANCH'];
  const out: Finding[] = [];
  const f = (code: Finding['code'], values: Finding['params'], severity?: Finding['severity']) =>
    out.push(finding(on, 'PARTY-BRANCH', code, values, severity));
  if (kind === 'jointBranch') {
    if (formal >= p.minFormalForBranch)
      f('party_joint_branch_enough', { count: formal, min: p.minFormalForBranch }, 'warning');
    return out;
  }
  if (formal < p.minFormalForBranch)
    f('party_branch_too_few', { count: formal, min: p.minFormalForBranch });
  if (kind === 'generalBranch' && formal <= p.generalBranchAbove)
    f('party_general_branch_small', { count: formal, above: p.generalBranchAbove }, 'warning');
  if (kind === 'committee') {
    if (formal < p.committeeFrom)
      f('party_committee_too_few', { count: formal, min: p.committeeFrom });
    if (approvalRef === null) f('party_committee_unapproved', {});
  }
  return out;
}

/** A village with formal members and no organisation recorded (a warning: the record is missing). */
export function missingOrganisationFindings(
  formal: number,
  on: CalendarDate,
  params: PartyParams,
): Finding[] {
  if (formal === 0) return [];
  const min = params['PARTY-BRANCH'].minFormalForBranch;
  return [
    finding(on, 'PARTY-BRANCH', 'party_organisation_missing', { count: formal, min }, 'warning'),
  ];
}

/** May the organisation's committee be elected by a members' congress (党员代表大会)? */
export const congressAllowed = (formal: number, params: PartyParams): boolean =>
  formal > params['PARTY-BRANCH'].congressAbove;

/**
 * PARTY-BRANCH for a sub-branch: a branch needs 3 formal members of its own.
 * PARTY-COMMITTEE for any branch: from 7 formal members it elects a committee of 3 to 7 (the
 * regulations: 3 to 5, 一般不超过7人); below 7 a secretary (and a deputy) suffice.
 */
export function branchFindings(
  kind: PartyUnitKind,
  formal: number,
  seats: number,
  on: CalendarDate,
  params: PartyParams,
): Finding[] {
  const out: Finding[] = [];
  const b = params['PARTY-BRANCH'];
  if (kind === 'subBranch' && formal < b.minFormalForBranch)
    out.push(
      finding(on, 'PARTY-BRANCH', 'party_branch_too_few', {
        count: formal,
        min: b.minFormalForBranch,
      }),
    );
  const c = params['PARTY-COMMITTEE'];
  if (formal >= c.formalFrom) {
    if (seats === 0)
      out.push(
        finding(on, 'PARTY-COMMITTEE', 'party_committee_missing', {
          count: formal,
          from: c.formalFrom,
        }),
      );
    else if (seats < c.minSeats || seats > c.maxSeats)
      out.push(
        finding(on, 'PARTY-COMMITTEE', 'party_committee_size', {
          count: seats,
          min: c.minSeats,
          max: c.maxSeats,
        }),
      );
  }
  return out;
}
