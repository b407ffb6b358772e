import type { RuleId } from '../rules/citations.ts';

/**
 * What a matter (议题) is about decides who may decide it. The first nine
 * are VCOL Art. 24's reserved list; the village charter and rules are the
 * assembly's own (Art. 27); revocation is Art. 23; the last three are the
 * tiers of seed 002 §五(四): 较重大 → representatives, 一般 → council,
 * 日常 → joint meeting of the two committees.
 */
export const MATTER_CATEGORIES = [
  'lostWorkAllowance',
  'collectiveIncomeUse',
  'publicWelfareProject',
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
  /** Art. 24 matters the assembly may hand to the representatives' meeting by authorisation. */
  delegable: boolean;
  /** Land contracting: two-thirds of all members (VCOL-22-SPECIAL). */
  special: boolean;
}

const art24 = (zh: string, en: string, item: string): CategoryInfo => ({
  zh,
  en: `${en} (Art. 24 ${item})`,
  tier: 'assembly',
  ruleId: 'VCOL-24-RESERVED',
  delegable: true,
  special: false,
});

export const MATTER_CATEGORY_INFO: Record<MatterCategory, CategoryInfo> = {
  lostWorkAllowance: art24('享受误工补贴的人员及补贴标准', 'Lost-work allowances', '(1)'),
  collectiveIncomeUse: art24('从村集体经济所得收益的使用', 'Use of collective income', '(2)'),
  publicWelfareProject: art24(
    '公益事业的兴办和筹资筹劳方案及建设承包方案',
    'Public-welfare projects, fund and labour raising',
    '(3)',
  ),
  landContractingPlan: {
    zh: '土地承包经营方案',
    en: 'Land contracting plan (Art. 24 (4); Land Contracting Law)',
    tier: 'assembly',
    ruleId: 'VCOL-22-SPECIAL',
    // the Land Contracting Law lets two-thirds of all representatives decide it directly
    delegable: true,
    special: true,
  },
  collectiveProject: art24('村集体经济项目的立项、承包方案', 'Collective economic projects', '(5)'),
  homesteadPlan: art24('宅基地的使用方案', 'Homestead allocation plan', '(6)'),
  expropriationCompensation: art24(
    '征地补偿费的使用、分配方案',
    'Use of land expropriation compensation',
    '(7)',
  ),
  collectivePropertyDisposal: art24(
    '以借贷、租赁或者其他方式处分村集体财产',
    'Disposal of collective property',
    '(8)',
  ),
  assemblyReserved: art24(
    '村民会议认为应当由村民会议讨论决定的其他事项',
    'Other matters the assembly reserves',
    '(9)',
  ),
  villageCharter: {
    zh: '村民自治章程、村规民约',
    en: 'Village charter and rules (Art. 27)',
    tier: 'assembly',
    ruleId: 'VCOL-27-RULES',
    delegable: false,
    special: false,
  },
  revokeDecision: {
    zh: '撤销或者变更不适当的决定',
    en: 'Revoking or changing an improper decision (Art. 23)',
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
