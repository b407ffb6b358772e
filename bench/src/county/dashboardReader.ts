/**
 * The county dashboard as the console's route calls it (`dashboard(ctx, actor, scope)`), for the
 * generated county's official, and the check that it and the raw aggregates count the same.
 */
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { VillageFigures } from '@cunzhi/core/oversight/figures';
import type { Database } from '@cunzhi/server/platform/db/database';
import { dashboard } from '@cunzhi/server/features/oversight/queries/dashboard';
import { loadActor } from '@cunzhi/server/platform/auth/loadActor';
import { findAccountByPhone } from '@cunzhi/server/platform/auth/repository/accounts';
import { fixedClock } from '@cunzhi/server/platform/clock';
import { testConfig } from '@cunzhi/server/platform/config';
import { COUNTY_OFFICIAL_PHONE } from '@cunzhi/server/testing/countyAtScale';
import type { RawVillageFigures } from './rawFigures.ts';

export interface DashboardReader {
  read: (db: Database) => Promise<{ total: VillageFigures }>;
}

export async function countyDashboardReader(
  db: Database,
  countyId: string,
  today: CalendarDate,
): Promise<DashboardReader> {
  const account = await findAccountByPhone(db, COUNTY_OFFICIAL_PHONE);
  if (!account) throw new Error('the generated county has no official');
  const { actor } = await loadActor(db, account, today);
  const config = testConfig({ WEB_DIST: '/nonexistent' });
  // noon in China on the day the county was generated for
  const clock = fixedClock(new Date(`${today}T04:00:00Z`));
  return {
    read: (d) => dashboard({ db: d, config, clock }, actor, { level: 'county', id: countyId }),
  };
}

/** The figures both count, summed over the county: equal when both read the same facts. */
export function sameFigures(total: VillageFigures, raw: RawVillageFigures[]) {
  const sum = (k: keyof RawVillageFigures) => raw.reduce((s, r) => s + Number(r[k] ?? 0), 0);
  const pairs: [string, number, number][] = [
    ['unanswered questions', total.unansweredQuestions, sum('unanswered_questions')],
    ['overdue answers', total.overdueAnswers, sum('overdue_answers')],
    ['open holds', total.openHolds, sum('open_holds')],
    ['open complaints', total.openComplaints, sum('open_complaints')],
    ['overdue complaints', total.overdueComplaints, sum('overdue_complaints')],
    ['open petitions', total.openPetitions, sum('open_petitions')],
    ['overdue petitions', total.overduePetitions, sum('overdue_petitions')],
    ['open services', total.openServices, sum('open_services')],
    ['overdue services', total.overdueServices, sum('overdue_services')],
    ['refused tasks', total.refusedTasks, sum('refused_tasks')],
    ['terms ending', total.termsEnding, sum('terms_ending')],
    [
      'Party meetings this quarter',
      total.partyMeetingsThisQuarter,
      sum('party_meetings_this_quarter'),
    ],
    ['meetings without quorum', total.meetingsWithoutQuorum, sum('meetings_without_quorum')],
  ];
  return pairs.map(([what, dashboard, raw]) => ({ what, dashboard, raw }));
}
