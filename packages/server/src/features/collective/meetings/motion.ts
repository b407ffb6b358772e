import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { DomainError, type FieldProblem } from '@cunzhi/core/errors';
import {
  COLLECTIVE_POWERS,
  checkPartyStudy,
  checkRepresentativesPower,
  type CollectivePower,
} from '@cunzhi/core/collective/meetings/powers';
import type { MeetingKind } from '@cunzhi/core/meetings/meetingKinds';
import { RuleRefusal, type Finding } from '@cunzhi/core/rules/findings';
import type { Queryable } from '../../../platform/db/database.ts';
import { dateField } from '../../../platform/fields.ts';
import { meetingProfile } from './profile.ts';

export interface CollectiveMotionInput {
  collectivePower?: string | null | undefined;
  partyStudiedOn?: string | null | undefined;
  nonMemberRights?: boolean | undefined;
}

/** What a motion at the organisation's assembly stores (null at every other meeting). */
export interface CollectiveMotion {
  power: CollectivePower;
  partyStudiedOn: CalendarDate | null;
  nonMemberRights: boolean;
}

const ASSEMBLIES: readonly MeetingKind[] = ['membersAssembly', 'membersRepresentativesAssembly'];

/**
 * A motion put to the organisation's members' or representatives' assembly:
 * the Art. 26 power it exercises (named: the representatives' assembly may not
 * exercise five of them, Art. 28), the Party organisation's prior study (Art.
 * 26 last para.: refused without it where the charter says so, else a warning
 * returned), and a grant of rights to a non-member only at the members'
 * assembly. The council's and the villagers' meetings take none of these.
 */
export async function checkCollectiveMotion(
  db: Queryable,
  villageId: string,
  m: { kind: MeetingKind; collective_org_id: string | null; meeting_on: CalendarDate },
  input: CollectiveMotionInput,
): Promise<{ motion: CollectiveMotion | null; warnings: Finding[] }> {
  const problems: FieldProblem[] = [];
  const assembly = ASSEMBLIES.includes(m.kind);
  if (!assembly) {
    for (const field of ['collectivePower', 'partyStudiedOn'] as const)
      if (input[field]) problems.push({ field, error: 'field_invalid' });
    if (input.nonMemberRights) problems.push({ field: 'nonMemberRights', error: 'field_invalid' });
    if (problems.length > 0) throw new DomainError('validation_failed', {}, problems);
    return { motion: null, warnings: [] };
  }
  const power = (COLLECTIVE_POWERS as readonly string[]).includes(input.collectivePower ?? '')
    ? (input.collectivePower as CollectivePower)
    : null;
  if (!input.collectivePower) problems.push({ field: 'collectivePower', error: 'field_required' });
  else if (!power) problems.push({ field: 'collectivePower', error: 'enum_invalid' });
  let studiedOn: CalendarDate | null = null;
  if (input.partyStudiedOn) {
    try {
      // a study dated after the meeting is no study first: checkPartyStudy says so
      studiedOn = dateField('partyStudiedOn', input.partyStudiedOn);
    } catch {
      problems.push({ field: 'partyStudiedOn', error: 'date_invalid' });
    }
  }
  const nonMemberRights = input.nonMemberRights ?? false;
  if (nonMemberRights && m.kind !== 'membersAssembly')
    problems.push({ field: 'nonMemberRights', error: 'field_invalid' });
  if (problems.length > 0 || !power) throw new DomainError('validation_failed', {}, problems);
  if (m.kind === 'membersRepresentativesAssembly') {
    const refused = checkRepresentativesPower(power, m.meeting_on);
    if (refused) throw new RuleRefusal(refused);
  }
  const profile = await meetingProfile(db, villageId, m);
  const party = checkPartyStudy(studiedOn, m.meeting_on, profile.params['NJJ-26-PARTY-FIRST']);
  if (party?.severity === 'violation') throw new RuleRefusal(party);
  return {
    motion: { power, partyStudiedOn: studiedOn, nonMemberRights },
    warnings: party ? [party] : [],
  };
}
