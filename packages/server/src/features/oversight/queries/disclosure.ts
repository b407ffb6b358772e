import { fromYmd, type CalendarDate } from '@cunzhi/core/calendarDate';
import { overdueCount } from '@cunzhi/core/disclosure/calendar';
import type { VillageFigures } from '@cunzhi/core/oversight/figures';
import type { AppContext } from '../../../platform/http/context.ts';
import type { VillageProfile } from '../../../platform/rules/villageProfile.ts';
import { calendarItems, paramsOfProfile, type PostingFacts } from '../../disclosure/queries.ts';
import type { DisclosureNoticeRow } from '../../disclosure/repository.ts';

type Row<T> = T & { village_id: string };

function byVillage<T extends { village_id: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.village_id);
    if (list) list.push(r);
    else out.set(r.village_id, [r]);
  }
  return out;
}

/**
 * 三务公开 periods passed unpublished this year in every village of the scope: the facts of all
 * of them in four statements, each village's calendar then read by core's disclosure calendar,
 * exactly as the village's own disclosure page reads it.
 */
export async function disclosureFigures(
  ctx: Pick<AppContext, 'db' | 'config'>,
  ids: string[],
  today: CalendarDate,
  profilesRead: Promise<ReadonlyMap<string, VillageProfile>>,
  out: Map<string, VillageFigures>,
) {
  const { db } = ctx;
  const year = Number(today.slice(0, 4));
  const period = [fromYmd(year, 1, 1), fromYmd(year, 12, 31)];
  // the three reads and the profiles (read once for the dashboard's figures) are independent: sent at once, a cold county waits for the slowest of them,
  // not for their sum (each a cold read of its own table)
  const [profiles, began, noticeRows, postingRows] = await Promise.all([
    profilesRead,
    db.query<{ village_id: string; started: string | Date | null; first: CalendarDate | null }>(
      `SELECT v.id AS village_id,
         (SELECT occurred_at FROM audit_event WHERE chain_id = v.id AND seq = 1) AS started,
         (SELECT min(published_on) FROM notice WHERE village_id = v.id) AS first
       FROM village v WHERE v.id = ANY($1::uuid[])`,
      [ids],
    ),
    db.query<Row<DisclosureNoticeRow>>(
      `SELECT n.village_id, n.id, n.kind, n.title, n.published_on, n.period_ends_on FROM notice n
        WHERE n.village_id = ANY($1::uuid[]) AND n.published_on BETWEEN $2 AND $3
        ORDER BY n.published_on, n.created_at`,
      [ids, ...period],
    ),
    db.query<Row<PostingFacts>>(
      `SELECT b.village_id, b.id, b.notice_id, b.posted_on, b.taken_down_on FROM board_posting b
        JOIN notice n ON n.village_id = b.village_id AND n.id = b.notice_id
        WHERE b.village_id = ANY($1::uuid[]) AND n.published_on BETWEEN $2 AND $3
        ORDER BY b.posted_on, b.recorded_at`,
      [ids, ...period],
    ),
  ]);
  const notices = byVillage(noticeRows);
  const postings = byVillage(postingRows);
  // villages on the same profile with the same charter overrides (most of a county: the province's
  // profile, none) share one resolver, so a rule's parameters on a day are resolved once for all
  // of them, not once per village (300 resolutions of each month-end cost most of a county's read)
  const resolvers = new Map<string, ReturnType<typeof paramsOfProfile>>();
  const paramsFor = (villageId: string) => {
    const { base, overrides } = profiles.get(villageId)!;
    const key = JSON.stringify([base.id, overrides]);
    let resolver = resolvers.get(key);
    if (!resolver) resolvers.set(key, (resolver = paramsOfProfile(base, overrides)));
    return resolver;
  };
  for (const b of began) {
    const items = calendarItems(ctx, {
      year,
      today,
      began: { chainStartedAt: b.started ? new Date(b.started) : null, firstNoticeOn: b.first },
      paramsOn: paramsFor(b.village_id),
      notices: notices.get(b.village_id) ?? [],
      postings: postings.get(b.village_id) ?? [],
    });
    out.get(b.village_id)!.overdueDisclosures = overdueCount(items);
  }
}
