import type { CalendarDate } from '../calendarDate.ts';
import { lawOn, type LawVersion } from '../rules/law.ts';

/**
 * 村务档案 (VCOL-34-ARCHIVE): the kinds of document the village keeps. The 2018 text's
 * Art. 34 lists ten (选举文件和选票，会议记录，土地发包方案和承包合同，经济合同，集体财务账目，
 * 集体资产登记文件，公益设施基本资料，基本建设资料，宅基地使用方案，征地补偿费使用及分配方案);
 * the 2025 text's Art. 39 keeps four and "等" (选举文件和选票，会议记录，公益设施基本资料，
 * 基本建设资料等). Both end in 等, so the product keeps every kind whatever the date; what
 * the date decides is whether the law of that day *names* the kind (shown on the index, and
 * what makes a missing document a breach of that article rather than of the archive rules).
 *
 * `source` says where an item comes from: `records` are filed automatically, as an index over
 * what the product already holds (no copy); `manual` are filed by hand with their file.
 */
export const ARCHIVE_TYPES = [
  'electionFiles',
  'meetingRecords',
  'resolutions',
  'financeAccounts',
  'financeStatements',
  'landContracting',
  'economicContracts',
  'assetRegisters',
  'publicFacilities',
  'construction',
  'homesteadPlans',
  'landCompensation',
  'supervisionReports',
  'responsibilityAudits',
  'other',
] as const;
export type ArchiveType = (typeof ARCHIVE_TYPES)[number];

export interface ArchiveTypeInfo {
  zh: string;
  en: string;
  /** The texts of the law whose archive article names this kind. */
  listedBy: readonly LawVersion[];
  source: 'records' | 'manual';
}

const BOTH = ['2018-12-29', '2025-10-28'] as const;
const OLD = ['2018-12-29'] as const;

export const ARCHIVE_TYPE_INFO: Record<ArchiveType, ArchiveTypeInfo> = {
  electionFiles: {
    zh: '选举文件和选票',
    en: 'Election files and ballots',
    listedBy: BOTH,
    source: 'manual',
  },
  meetingRecords: {
    zh: '会议记录（含表决结果）',
    en: 'Meeting records (with the votes)',
    listedBy: BOTH,
    source: 'records',
  },
  resolutions: { zh: '会议决议', en: 'Resolutions', listedBy: BOTH, source: 'records' },
  financeAccounts: {
    zh: '集体财务账目',
    en: 'Collective accounts',
    listedBy: OLD,
    source: 'records',
  },
  financeStatements: {
    zh: '财务公开报表',
    en: 'Published financial statements',
    listedBy: OLD,
    source: 'records',
  },
  landContracting: {
    zh: '土地发包方案和承包合同',
    en: 'Land contracting plans and contracts',
    listedBy: OLD,
    source: 'manual',
  },
  economicContracts: { zh: '经济合同', en: 'Economic contracts', listedBy: OLD, source: 'manual' },
  assetRegisters: {
    zh: '集体资产登记文件',
    en: 'Collective asset registers',
    listedBy: OLD,
    source: 'manual',
  },
  publicFacilities: {
    zh: '公益设施基本资料',
    en: 'Public facilities records',
    listedBy: BOTH,
    source: 'manual',
  },
  construction: {
    zh: '基本建设资料',
    en: 'Construction records',
    listedBy: BOTH,
    source: 'manual',
  },
  homesteadPlans: { zh: '宅基地使用方案', en: 'Homestead plans', listedBy: OLD, source: 'manual' },
  landCompensation: {
    zh: '征地补偿费使用及分配方案',
    en: 'Land compensation use and distribution',
    listedBy: OLD,
    source: 'manual',
  },
  supervisionReports: {
    zh: '村务监督报告',
    en: 'Supervision reports',
    listedBy: [],
    source: 'records',
  },
  responsibilityAudits: {
    zh: '经济责任审计报告',
    en: 'Responsibility audit reports',
    listedBy: [],
    source: 'records',
  },
  other: { zh: '其他村务档案', en: 'Other village records', listedBy: [], source: 'manual' },
};

/** Kinds a clerk files by hand (with a file); the others are filed from the records. */
export const MANUAL_ARCHIVE_TYPES = ARCHIVE_TYPES.filter(
  (t) => ARCHIVE_TYPE_INFO[t].source === 'manual',
);

/** Whether the archive article of the law in force on a day names this kind. */
export function listedOn(type: ArchiveType, on: CalendarDate): boolean {
  return ARCHIVE_TYPE_INFO[type].listedBy.includes(lawOn(on));
}

/** The kinds the law in force on a day lists, in the article's order. */
export function listedTypesOn(on: CalendarDate): ArchiveType[] {
  return ARCHIVE_TYPES.filter((t) => listedOn(t, on));
}
