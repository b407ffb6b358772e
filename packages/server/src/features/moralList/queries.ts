import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { onBoard, type MoralListingRole } from '@cunzhi/core/moralList/rules';
import type { Queryable } from '../../platform/db/database.ts';
import { presentBoardLine, presentListing, presentRules } from './present.ts';
import {
  boardFingerprint,
  councilBody,
  councilMembersOn,
  findRules,
  listingFingerprints,
  listListings,
  rulesInForce,
  villageName,
  type ListingRow,
} from './repository.ts';

/** Each listing with the consequences of the rules it was proposed under. */
async function withConsequences(
  db: Queryable,
  villageId: string,
  rows: ListingRow[],
  today: CalendarDate,
  roles: MoralListingRole[],
) {
  const words = new Map<string, string>();
  for (const id of new Set(rows.map((r) => r.rules_id)))
    words.set(id, (await findRules(db, villageId, id))?.consequences ?? '');
  const prints = await listingFingerprints(
    db,
    villageId,
    rows.map((r) => r.id),
  );
  return rows.map((r) =>
    presentListing(r, words.get(r.rules_id) ?? '', today, roles, prints.get(r.id) ?? null),
  );
}

/** A listing after a step, as the one who took it sees it. */
export async function listingView(
  { db }: { db: Queryable },
  villageId: string,
  row: ListingRow,
  today: CalendarDate,
  role: MoralListingRole,
) {
  const rules = await findRules(db, villageId, row.rules_id);
  const prints = await listingFingerprints(db, villageId, [row.id]);
  return {
    listing: presentListing(
      row,
      rules?.consequences ?? '',
      today,
      [role],
      prints.get(row.id) ?? null,
    ),
  };
}

/** The console: the rules in force, every listing, the council's size today. */
export async function moralListConsole(
  { db }: { db: Queryable },
  villageId: string,
  today: CalendarDate,
  canRecord: boolean,
) {
  const rules = await rulesInForce(db, villageId, today);
  const rows = await listListings(db, villageId);
  return {
    rules: rules ? presentRules(rules) : null,
    listings: await withConsequences(db, villageId, rows, today, canRecord ? ['recorder'] : []),
    councilMembers: await councilMembersOn(db, villageId, today),
    councilBodyId: await councilBody(db, villageId),
  };
}

/** A person's own listings: what was proposed about them, and their answer while they may give it. */
export async function ownListings(
  { db }: { db: Queryable },
  villageId: string,
  personId: string | null,
  today: CalendarDate,
) {
  if (!personId) return [];
  const rows = await listListings(db, villageId, personId);
  return withConsequences(db, villageId, rows, today, ['subject']);
}

/** The board as it stands today (listed and within term), red first, then black. */
export async function moralBoard(
  { db }: { db: Queryable },
  villageId: string,
  today: CalendarDate,
) {
  const rules = await rulesInForce(db, villageId, today);
  const rows = (await listListings(db, villageId)).filter((l) =>
    onBoard({ state: l.state, publishedOn: l.published_on, expiresOn: l.expires_on }, today),
  );
  rows.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'red' ? -1 : 1));
  return {
    villageName: await villageName(db, villageId),
    on: today,
    rules: rules ? presentRules(rules) : null,
    lines: rows.map(presentBoardLine),
    fingerprint: await boardFingerprint(db, villageId),
  };
}
