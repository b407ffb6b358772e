import { defineErrors, defineNouns } from '../../errorCatalog.ts';

/** The dues errors that are not a rule's refusal (those cite their rule). */
export const PARTY_DUES_ERRORS = defineErrors({
  party_dues_not_member: {
    status: 422,
    zh: '{name}不是本村党员，不能登记党费',
    en: '{name} is not a Party member of this village: no dues are recorded for them',
  },
  party_dues_paid: {
    status: 409,
    zh: '{month}的党费已于{on}登记交纳，不能重复登记',
    en: 'Dues for {month} were recorded as paid on {on}: they are not recorded twice',
  },
  party_dues_too_many_months: {
    status: 400,
    zh: '一次最多登记 {max} 个月的党费',
    en: 'at most {max} months in one record',
  },
  party_dues_income_required: {
    status: 400,
    zh: '在职和离退休党员须填写月收入（税后工资或离退休费）',
    en: 'Salaried and retired members need their monthly income (wage after tax, or pension)',
  },
});

export const PARTY_DUES_NOUNS = defineNouns({
  partyDuesPayment: { zh: '党费交纳记录', en: 'dues payment' },
});
