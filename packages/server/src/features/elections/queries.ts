import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { RuleParams } from '@cunzhi/core/rules/profile';
import type { Queryable } from '../../platform/db/database.ts';
import { loadVillageProfile } from '../../platform/rules/villageProfile.ts';
import {
  committeeOf,
  findElection,
  findResolution,
  nominationsOf,
  objectionsOf,
  postsOf,
  type ElectionRow,
} from './repository.ts';

/** Read models of 选举 for pages (routes pass their AppContext). */
type App = { db: Queryable };

export async function electionList({ db }: App, villageId: string): Promise<ElectionRow[]> {
  return db.query<ElectionRow>(
    `SELECT * FROM election WHERE village_id = $1 ORDER BY election_day DESC NULLS FIRST, created_at DESC`,
    [villageId],
  );
}

export async function electionPage({ db }: App, villageId: string, id: string) {
  const election = await findElection(db, villageId, id);
  if (!election) return null;
  const [posts, committee, objections, nominations, classes, resolution] = await Promise.all([
    postsOf(db, villageId, id),
    committeeOf(db, villageId, id),
    objectionsOf(db, villageId, id),
    nominationsOf(db, villageId, id),
    db.query<{ voter_class: number; n: number }>(
      `SELECT voter_class, count(*)::int AS n FROM election_voter
       WHERE village_id = $1 AND election_id = $2 AND removed_on IS NULL GROUP BY voter_class`,
      [villageId, id],
    ),
    election.rules_resolution_id
      ? findResolution(db, villageId, election.rules_resolution_id)
      : null,
  ]);
  return { election, posts, committee, objections, nominations, classes, resolution };
}
export type ElectionPage = NonNullable<Awaited<ReturnType<typeof electionPage>>>;

export interface VoterRow {
  person_id: string;
  name: string;
  gender: 'male' | 'female';
  birth_date: CalendarDate;
  group_name: string;
  household_number: string;
  voter_class: 1 | 2 | 3;
  registered_on: CalendarDate;
  resident_id_number: string | null;
  phone: string | null;
}

/** The roll now, by villager group and name (as it is posted). */
export async function rollOf(
  { db }: App,
  villageId: string,
  electionId: string,
): Promise<VoterRow[]> {
  return db.query<VoterRow>(
    `SELECT v.person_id, p.name, p.gender, p.birth_date, g.name AS group_name,
            h.number AS household_number, v.voter_class,
            v.registered_on, p.resident_id_number, p.phone
     FROM election_voter v
     JOIN person p ON p.village_id = v.village_id AND p.id = v.person_id
     JOIN household h ON h.village_id = p.village_id AND h.id = p.household_id
     JOIN villager_group g ON g.village_id = h.village_id AND g.id = h.villager_group_id
     WHERE v.village_id = $1 AND v.election_id = $2 AND v.removed_on IS NULL
     ORDER BY g.number, p.name, v.person_id`,
    [villageId, electionId],
  );
}

export async function registrationOf(
  { db }: App,
  villageId: string,
  electionId: string,
  personId: string | null,
): Promise<{ voter_class: 1 | 2 | 3 } | null> {
  if (!personId) return null;
  const [row] = await db.query<{ voter_class: 1 | 2 | 3 }>(
    `SELECT voter_class FROM election_voter
     WHERE village_id = $1 AND election_id = $2 AND person_id = $3 AND removed_on IS NULL`,
    [villageId, electionId, personId],
  );
  return row ?? null;
}

export async function electionById({ db }: App, villageId: string, id: string) {
  return findElection(db, villageId, id);
}

/** Whether a person sits on the election's committee now (its steps and its personal data). */
export async function seatedOnCommittee(
  { db }: App,
  villageId: string,
  electionId: string,
  personId: string | null,
): Promise<boolean> {
  if (!personId) return false;
  const members = await committeeOf(db, villageId, electionId);
  return members.some((m) => m.status === 'seated' && m.person_id === personId);
}

/** The numbers a page shows (deadlines, 差额) by the village's profile on a day. */
export async function paramsOf(
  { db }: App,
  villageId: string,
  on: CalendarDate,
): Promise<RuleParams> {
  return (await loadVillageProfile(db, villageId, on)).profile.params;
}
