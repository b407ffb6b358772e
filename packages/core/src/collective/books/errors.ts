import { defineErrors, defineNouns } from '../../errorCatalog.ts';

/** The errors of the organisation's accounts, books and requests that are not a rule's refusal. */
export const COLLECTIVE_BOOKS_ERRORS = defineErrors({
  collective_account_registered: {
    status: 409,
    zh: '账号{accountNo}已登记，不能重复登记',
    en: 'Account {accountNo} is already registered',
  },
  collective_account_closed: {
    status: 409,
    zh: '该账户已于{on}销户',
    en: 'This account was closed on {on}',
  },
  collective_derivative_answered: {
    status: 409,
    zh: '监事会（监事）已于{on}作出答复，不能再次记录',
    en: 'The supervisors answered on {on}: the answer cannot be recorded again',
  },
});

export const COLLECTIVE_BOOKS_NOUNS = defineNouns({
  collectiveBankAccount: { zh: '集体经济组织银行账户', en: 'bank account of the organisation' },
  derivativeRequest: { zh: '请求监事会提起诉讼的书面请求', en: 'written request to sue' },
});
