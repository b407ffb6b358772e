/**
 * The county dashboard as the bench reads it. Placeholder until the oversight dashboard lands:
 * returns null (the bench then measures the raw aggregates alone and says so).
 */
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { Database } from '@cunzhi/server/platform/db/database';

export interface DashboardReader {
  read: (db: Database) => Promise<unknown>;
  note: string;
}

export async function countyDashboardReader(
  _db: Database,
  _countyId: string,
  _today: CalendarDate,
): Promise<DashboardReader | null> {
  return null;
}
