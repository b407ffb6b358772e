import type { RelationToHead, ResidenceStatus } from '@cunzhi/core/registry/person';
import type { Queryable } from '../../platform/db/database.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { listGroups } from '../../platform/tenancy/repository.ts';
import { importJobOf } from '../../platform/jobs/importJob.ts';
import { findColumnMapping } from './repository.ts';
import { ROSTER_IMPORT, type RosterImportResult } from './commands/importRoster.ts';
import { rosterLayout, type RosterLayout } from './layout.ts';
import type { RawRow } from './workbook.ts';

export interface RosterExportRow {
  household_number: string;
  group_number: number;
  grid_name: string | null;
  address: string;
  name: string;
  gender: 'male' | 'female';
  birth_date: string;
  resident_id_number: string | null;
  phone: string | null;
  relation_to_head: RelationToHead;
  residence_status: ResidenceStatus;
  residence_since: string | null;
  party_member: boolean;
  party_joined_on: string | null;
}

/** The whole roster for export, in household order with heads first (read in the export's transaction). */
export async function rosterRows(db: Queryable, villageId: string): Promise<RosterExportRow[]> {
  return db.query<RosterExportRow>(
    `SELECT h.number AS household_number, g.number AS group_number, gr.name AS grid_name, h.address, p.name, p.gender, p.birth_date,
       p.resident_id_number, p.phone, p.relation_to_head, p.residence_status, p.residence_since, p.party_member, p.party_joined_on
     FROM person p
     JOIN household h ON h.village_id = p.village_id AND h.id = p.household_id
     JOIN villager_group g ON g.village_id = h.village_id AND g.id = h.villager_group_id
     LEFT JOIN grid gr ON gr.village_id = h.village_id AND gr.id = h.grid_id
     WHERE p.village_id = $1
     ORDER BY h.number, (p.relation_to_head <> 'head'), p.birth_date`,
    [villageId],
  );
}

/** An import job of the village (the page polls it), or not_found. */
export const importJob = (ctx: AppContext, villageId: string, importId: string) =>
  importJobOf<RosterImportResult>(ctx, villageId, ROSTER_IMPORT, importId, 'rosterImport');

/** The village's groups, listed in the template's instructions. */
export const templateGroups = (ctx: AppContext, villageId: string) => listGroups(ctx.db, villageId);

/** What an import of this file would read, with the village's remembered columns; nothing is written. */
export async function rosterPreview(
  ctx: AppContext,
  villageId: string,
  raw: readonly RawRow[],
): Promise<RosterLayout> {
  return rosterLayout(raw, await findColumnMapping(ctx.db, villageId));
}
