import type { CalendarDate } from '../calendarDate.ts';
import type { RuleId } from '../rules/citations.ts';
import { lawOn, type LawVersion } from '../rules/law.ts';

/**
 * What a matter (议题) is about decides who may decide it. The assembly's
 * reserved list is the Organic Law's (2018 text Art. 24, nine items; 2025
 * text Art. 28, six items); the village charter and rules are the
 * assembly's own; revocation is the assembly's; the last three are the tiers
 * of seed 002 §五(四): 较重大 → representatives, 一般 → council, 日常 → joint
 * meeting of the two committees.
 */
export const MATTER_CATEGORIES = [
  'villagePlanning',
  'lostWorkAllowance',
  'collectiveIncomeUse',
  'publicWelfareProject',
  'assistancePlan',
  'landContractingPlan',
  'collectiveProject',
  'homesteadPlan',
  'expropriationCompensation',
  'collectivePropertyDisposal',
  'assemblyReserved',
  'villageCharter',
  'revokeDecision',
  'majorMatter',
  'generalMatter',
  'routineMatter',
] as const;
export type MatterCategory = (typeof MATTER_CATEGORIES)[number];

/** The four tiers of seed 002's graded deliberation (分级议事机制). */
export type Tier = 'assembly' | 'representatives' | 'council' | 'joint';

export interface CategoryInfo {
  zh: string;
  en: string;
  tier: Tier;
  ruleId: RuleId;
  /** Reserved matters the assembly may hand to the representatives' meeting by authorisation. */
  delegable: boolean;
  /** Land contracting: two-thirds of all members (VCOL-22-SPECIAL). */
  special: boolean;
  /**
   * Its item in the reserved list of each text of the law ("（一）"); a text
   * without it: new items fall under "other matters" before 2026, and the
   * items the 2025 text removed go to the collective economic organisation.
   */
  items?: Partial<Record<LawVersion, string>>;
  /** Left the villagers' bodies in this text: decided by the collective's members' assembly. */
  toCollectiveFrom?: LawVersion;
}

const reserved = (
  zh: string,
  en: string,
  items: Partial<Record<LawVersion, string>>,
  toCollectiveFrom?: LawVersion,
): CategoryInfo => ({
  zh,
  en,
  tier: 'assembly',
  ruleId: 'VCOL-24-RESERVED',
  delegable: true,
  special: false,
  items,
  ...(toCollectiveFrom ? { toCollectiveFrom } : {}),
});

export const MATTER_CATEGORY_INFO: Record<MatterCategory, CategoryInfo> = {
  villagePlanning: reserved(
    '村庄规划、建设等乡村建设重要事项',
    'Village planning and construction',
    { '2025-10-28': '（一）' },
  ),
  lostWorkAllowance: reserved('享受误工补贴的人员及补贴标准', 'Lost-work allowances', {
    '2018-12-29': '（一）',
    '2025-10-28': '（二）',
  }),
  collectiveIncomeUse: reserved(
    '从村集体经济所得资金和物资的使用',
    'Use of collective income, funds and goods',
    { '2018-12-29': '（二）', '2025-10-28': '（三）' },
  ),
  publicWelfareProject: reserved(
    '公益事业的兴办和筹资筹劳方案及建设承包方案',
    'Public-welfare projects, fund and labour raising',
    { '2018-12-29': '（三）', '2025-10-28': '（四）' },
  ),
  assistancePlan: reserved('本村重点帮扶人员、帮扶方案', 'Key assistance recipients and plans', {
    '2025-10-28': '（五）',
  }),
  landContractingPlan: {
    zh: '土地承包经营方案',
    en: 'Land contracting plan (Land Contracting Law)',
    tier: 'assembly',
    ruleId: 'VCOL-22-SPECIAL',
    // the Land Contracting Law lets two-thirds of all representatives decide it directly
    delegable: true,
    special: true,
    items: { '2018-12-29': '（四）' },
    toCollectiveFrom: '2025-10-28',
  },
  collectiveProject: reserved(
    '村集体经济项目的立项、承包方案',
    'Collective economic projects',
    { '2018-12-29': '（五）' },
    '2025-10-28',
  ),
  homesteadPlan: reserved(
    '宅基地的使用方案',
    'Homestead allocation plan',
    { '2018-12-29': '（六）' },
    '2025-10-28',
  ),
  expropriationCompensation: reserved(
    '征地补偿费的使用、分配方案',
    'Use of land expropriation compensation',
    { '2018-12-29': '（七）' },
    '2025-10-28',
  ),
  collectivePropertyDisposal: reserved(
    '以借贷、租赁或者其他方式处分村集体财产',
    'Disposal of collective property',
    { '2018-12-29': '（八）' },
    '2025-10-28',
  ),
  assemblyReserved: reserved(
    '村民会议认为应当由村民会议讨论决定的其他事项',
    'Other matters the assembly reserves',
    { '2018-12-29': '（九）', '2025-10-28': '（六）' },
  ),
  villageCharter: {
    zh: '村民自治章程、村规民约',
    en: 'Village charter and rules',
    tier: 'assembly',
    ruleId: 'VCOL-27-RULES',
    delegable: false,
    special: false,
  },
  revokeDecision: {
    zh: '撤销或者变更不适当的决定',
    en: 'Revoking or changing an improper decision',
    tier: 'assembly',
    ruleId: 'VCOL-23-REVOKE',
    delegable: true,
    special: false,
  },
  majorMatter: {
    zh: '较重大事务',
    en: 'Major matter',
    tier: 'representatives',
    ruleId: 'SEED002-TIERS',
    delegable: false,
    special: false,
  },
  generalMatter: {
    zh: '一般性事务',
    en: 'General matter',
    tier: 'council',
    ruleId: 'SEED002-TIERS',
    delegable: false,
    special: false,
  },
  routineMatter: {
    zh: '日常性事务',
    en: 'Routine matter',
    tier: 'joint',
    ruleId: 'SEED002-TIERS',
    delegable: false,
    special: false,
  },
};

/**
 * Whether, on a day, the matter belongs to the collective economic
 * organisation rather than the villagers' bodies (the 2025 text moved land
 * contracting, collective projects, homesteads, compensation and disposals
 * of collective property out of the assembly's list).
 */
export function belongsToCollective(category: MatterCategory, on: CalendarDate): boolean {
  const from = MATTER_CATEGORY_INFO[category].toCollectiveFrom;
  return from !== undefined && lawOn(on) >= from;
}

/** Its item in the reserved list of the law in force on a day ("（二）"), if it has one. */
export function reservedItem(category: MatterCategory, on: CalendarDate): string | null {
  return MATTER_CATEGORY_INFO[category].items?.[lawOn(on)] ?? null;
}
