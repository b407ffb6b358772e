import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { DemandRoute } from '@cunzhi/core/meetings/convening';
import type { RuleParams } from '@cunzhi/core/rules/profile';
import type { CommandContext } from '../../../platform/command.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import {
  demandBases,
  demandsSignedBy,
  findDemand,
  listDemands,
  type DemandRow,
} from '../repository/demands.ts';

/** Who reads a page: the village, the reader's person in it, the day (a route's command context). */
export type Reader = Pick<CommandContext, 'db' | 'clock' | 'villageId' | 'personId'>;

/** Demands with what their live threshold check needs: today's bases, the profile, the reader's signatures. */
export interface DemandsData {
  /** The day they are read: checks and citations are as of it. */
  on: CalendarDate;
  rows: DemandRow[];
  bases: Record<DemandRoute, number>;
  params: RuleParams;
  signedByMe: Set<string>;
}

/** The village's demands (or one of them) as the reader sees them today. */
export async function loadDemands(reader: Reader, only?: string): Promise<DemandsData> {
  const { db, villageId, personId } = reader;
  const today = reader.clock.today();
  const { profile } = await loadVillageProfile(db, villageId, today);
  const rows = only
    ? [await findDemand(db, villageId, only)].filter((d): d is DemandRow => d !== null)
    : await listDemands(db, villageId);
  const bases = await demandBases(db, villageId, today);
  const signedByMe = personId ? await demandsSignedBy(db, villageId, personId) : new Set<string>();
  return { on: today, rows, bases, params: profile.params, signedByMe };
}
