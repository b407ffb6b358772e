import type {
  LiaisonCategory,
  LiaisonLevel,
  LiaisonSource,
  LiaisonState,
  LiaisonUrgency,
  Rating,
} from '@cunzhi/core/liaison/cases';

/** The Chinese words of the 台账 (a document of the village, in Chinese whatever the reader's language). */
export const LEDGER_WORDS: {
  source: Record<LiaisonSource, string>;
  category: Record<LiaisonCategory, string>;
  urgency: Record<LiaisonUrgency, string>;
  level: Record<LiaisonLevel, string>;
  state: Record<LiaisonState, string>;
  rating: Record<Rating, string>;
} = {
  source: { villager: '村民反映', gridChief: '片长收集', visit: '走访发现' },
  category: {
    infrastructure: '基础设施',
    environment: '环境卫生',
    safety: '安全隐患',
    dispute: '矛盾纠纷',
    livelihood: '民生保障',
    policy: '政策咨询',
    cadreConduct: '干部作风',
    other: '其他',
  },
  urgency: { urgent: '紧急', normal: '一般', low: '不急' },
  level: { grid: '片长', village: '村两委', supervision: '村务监督委员会', town: '乡镇' },
  state: {
    reported: '已上报',
    acknowledged: '已签收',
    handling: '处置中',
    routed: '已流转',
    answered: '已反馈',
    rated: '已评价',
    unrated: '未评价',
    closed: '已关闭',
    merged: '已合并',
  },
  rating: { satisfied: '满意', basicallySatisfied: '基本满意', dissatisfied: '不满意' },
};
