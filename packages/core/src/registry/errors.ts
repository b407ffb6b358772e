import { defineErrors, defineNouns } from '../errorCatalog.ts';

/** The errors of 户籍与人员（registry）: ids are stable (API, UI, tests); messages zh-CN first. */
export const REGISTRY_ERRORS = defineErrors({
  resident_id_format: {
    status: 400,
    zh: '身份证号码应为 18 位（前 17 位为数字，末位为数字或 X）',
    en: 'a resident ID number has 18 characters (17 digits, then a digit or X)',
  },
  resident_id_birth_date: {
    status: 400,
    zh: '身份证号码中的出生日期无效',
    en: 'the birth date inside the ID number is not a real date',
  },
  resident_id_checksum: {
    status: 400,
    zh: '身份证号码校验位不正确（GB 11643）',
    en: 'the ID number check character is wrong (GB 11643)',
  },
  resident_id_mismatch: {
    status: 400,
    zh: '与身份证号码中的{what}不一致',
    en: 'does not match the {what} in the ID number',
  },
  resident_id_taken: {
    status: 409,
    zh: '该身份证号码已登记在本村其他人名下',
    en: 'this ID number is already registered to another person in this village',
  },
  resident_id_edit_needs_ability: {
    status: 403,
    zh: '此人已登记身份证号码，修改身份证号码或出生日期须由可查看完整身份证号码的村民委员会成员或乡镇干部办理',
    en: "this person's ID number is on record: their ID number or birth date is changed by a committee member or town official who may see full ID numbers",
  },
  phone_invalid: {
    status: 400,
    zh: '手机号码应为 11 位，以 1 开头',
    en: 'a mobile number has 11 digits starting with 1',
  },
  account_needs_phone: {
    status: 400,
    zh: '请先为此人登记手机号码，账号用手机号登录',
    en: 'record a mobile number first: accounts sign in with it',
  },
  phone_taken: {
    status: 409,
    zh: '该手机号码已被其他账号使用',
    en: 'this phone number is already used by another account',
  },
  household_head_required: {
    status: 409,
    zh: '每户必须有且只有一名户主',
    en: 'a household needs exactly one head',
  },
  household_number_taken: {
    status: 409,
    zh: '户号已存在',
    en: 'this household number already exists',
  },
  kin_tie_parent_younger: {
    status: 400,
    zh: '父母的出生日期须早于子女',
    en: 'a parent must be born before the child',
  },
  kin_tie_exists: {
    status: 409,
    zh: '该亲属关系已登记',
    en: 'this family tie is already recorded',
  },
});

/** What these messages can name (`not_found`'s `{what}`). */
export const REGISTRY_NOUNS = defineNouns({
  household: { zh: '户', en: 'household' },
  person: { zh: '人员', en: 'person' },
  birthDate: { zh: '出生日期', en: 'birth date' },
  gender: { zh: '性别', en: 'gender' },
});
