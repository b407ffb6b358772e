import { defineErrors, defineNouns } from '../../errorCatalog.ts';

/** The errors of income distribution that are not a rule's refusal (those cite their rule). */
export const DISTRIBUTION_ERRORS = defineErrors({
  collective_distribution_income: {
    status: 400,
    zh: '须大于零',
    en: 'must be more than zero',
  },
  collective_distribution_rate: {
    status: 400,
    zh: '公积公益金比例须在 0.01% 至 99.99% 之间（最多两位小数）',
    en: 'The reserve rate is between 0.01% and 99.99% (at most two decimals)',
  },
  collective_distribution_no_charter: {
    status: 422,
    zh: '{on}没有施行中的章程：收益分配按章程规定的公积公益金比例和向村民委员会支付的款项计算，请先登记章程',
    en: 'No charter is in force on {on}: the reserve and the committee’s payment come from the charter',
  },
  collective_distribution_no_shares: {
    status: 422,
    zh: '{on}没有成员持有股份（收益权份额），不能按股分配；请先完成股权量化',
    en: 'No member holds shares on {on}: quantify the shares first',
  },
  collective_distribution_committee_exceeds: {
    status: 422,
    zh: '章程规定向村民委员会支付{committee}，超过提取公积公益金后的收益{afterReserve}',
    en: 'The charter’s payment to the committee ({committee}) is more than the income after the reserve ({afterReserve})',
  },
  collective_distribution_state: {
    status: 409,
    zh: '该收益分配方案当前为“{state}”，不能{action}',
    en: 'This plan is {state}: it cannot be {action}',
  },
  collective_distribution_year_adopted: {
    status: 409,
    zh: '{year}年度的收益分配方案已于{on}经成员大会通过；如需变更，须另行提交成员大会',
    en: 'The plan for {year} was adopted on {on}',
  },
  collective_distribution_resolution_unfit: {
    status: 422,
    zh: '所选决议不能作为通过本方案的依据：{reason}',
    en: 'This resolution cannot adopt the plan: {reason}',
  },
  collective_dividend_paid: {
    status: 409,
    zh: '该笔分红已于{on}支付给{name}，不能重复支付',
    en: 'This dividend was paid to {name} on {on}: it is never paid twice',
  },
  collective_dividend_unadopted: {
    status: 409,
    zh: '收益分配方案尚未经成员大会通过，不能支付分红',
    en: 'The plan is not adopted by the members’ assembly: no dividend is paid yet',
  },
  collective_dividend_receiver: {
    status: 400,
    zh: '领款人须是{who}',
    en: 'The receiver must be {who}',
  },
  collective_dividend_heir_evidence: {
    status: 400,
    zh: '{name}已去世，其分红由继承人领取：请写明继承依据（如继承公证书、遗嘱或法定继承人的证明）',
    en: '{name} has died: the heir receives the dividend — state the evidence of succession',
  },
  collective_dividend_zero: {
    status: 422,
    zh: '该笔分红金额为零，无需支付',
    en: 'This dividend is zero: there is nothing to pay',
  },
});

/** What these messages can name. */
export const DISTRIBUTION_NOUNS = defineNouns({
  collectiveDistribution: { zh: '收益分配方案', en: 'distribution plan' },
  collectiveDividend: { zh: '分红', en: 'dividend' },
  distribution_draft: { zh: '草案', en: 'a draft' },
  distribution_published: { zh: '已公布待表决', en: 'published, awaiting the vote' },
  distribution_adopted: { zh: '已通过', en: 'adopted' },
  distribution_publish: { zh: '公布', en: 'published' },
  distribution_adopt: { zh: '登记通过', en: 'adopted' },
});
