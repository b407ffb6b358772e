import type { ArchiveType } from './types.ts';

/**
 * How long each kind is kept (保管期限): permanent, or a number of years from the end of
 * the year the document belongs to. Configuration, not statute: the defaults are the
 * product's reading of
 * - 《村级档案管理办法》(国家档案局、民政部、农业部令第12号, in force 2018-01-01), whose
 *   appendix 《村级文件材料归档范围和档案保管期限表》 keeps election results, meeting
 *   records and resolutions, contracts on land and collective assets, construction and
 *   public-facility records permanently, and which lets a county archive set its own table
 *   (its Art. 7) — a county's table is one more entry in `RETENTION_TABLES`;
 * - 《会计档案管理办法》(财政部、国家档案局令第79号, 2016) Art. 14 and its table, which the
 *   rural collective accounting system follows: vouchers and ledgers 30 years, monthly
 *   reports 10 years, the annual report permanently.
 * Ballots are an exception kept with the election's file; the product keeps them with it.
 */
export type Retention = { kind: 'permanent' } | { kind: 'years'; years: number };

const PERMANENT: Retention = { kind: 'permanent' };
const years = (n: number): Retention => ({ kind: 'years', years: n });

export const NATIONAL_RETENTION: Record<ArchiveType, Retention> = {
  electionFiles: PERMANENT,
  meetingRecords: PERMANENT,
  resolutions: PERMANENT,
  financeAccounts: years(30),
  financeStatements: years(10),
  landContracting: PERMANENT,
  economicContracts: years(30),
  assetRegisters: PERMANENT,
  publicFacilities: PERMANENT,
  construction: PERMANENT,
  homesteadPlans: PERMANENT,
  landCompensation: PERMANENT,
  supervisionReports: years(30),
  responsibilityAudits: PERMANENT,
  other: years(10),
};

/** Retention tables by the village's rule profile; a profile without one uses the national. */
export const RETENTION_TABLES: Record<string, Record<ArchiveType, Retention>> = {
  national: NATIONAL_RETENTION,
};

export function retentionOf(type: ArchiveType, profileId = 'national'): Retention {
  return (RETENTION_TABLES[profileId] ?? NATIONAL_RETENTION)[type];
}

/** The last year a document of `year` is kept (null: permanently). 30 years from 2026 → 2056. */
export function keptThrough(retention: Retention, year: number): number | null {
  return retention.kind === 'permanent' ? null : year + retention.years;
}

export function retentionWords(r: Retention): { zh: string; en: string } {
  return r.kind === 'permanent'
    ? { zh: '永久', en: 'Permanent' }
    : { zh: `${r.years}年`, en: `${r.years} years` };
}
