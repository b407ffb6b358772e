import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { VoterFacts } from '@cunzhi/core/elections/eligibility';
import type { PersonFacts } from '../repository.ts';

/** What a person's class-2 or class-3 registration brings besides the registry's facts. */
export interface Declared {
  declaredOn: CalendarDate | null;
  residentSince: CalendarDate | null;
  villageWorkSince: CalendarDate | null;
  consented: boolean;
  deprived: boolean;
  registeredElsewhere: string | null;
}

/**
 * The registry's facts as core's registerVoter reads them: 常住 (resident) is hukou here and
 * living here (class 1); 外出 (migrantOut) is hukou here, living away (class 2, on a
 * declaration); 迁入 (movedIn) is living here without hukou here (class 3, with consent).
 */
export function voterFacts(p: PersonFacts, d: Declared): VoterFacts {
  const hukouHere = p.residence_status !== 'movedIn';
  const livesHere = p.residence_status !== 'migrantOut';
  return {
    personId: p.id,
    name: p.name,
    birthDate: p.birth_date,
    hukouHere,
    livesHere,
    declaredToTakePart: d.declaredOn !== null,
    residentSince: livesHere ? (d.residentSince ?? p.residence_since) : null,
    villageWorkSince: d.villageWorkSince,
    applied: d.consented,
    consented: d.consented,
    deprivedOfPoliticalRights: d.deprived,
    registeredElsewhere: d.registeredElsewhere,
  };
}
