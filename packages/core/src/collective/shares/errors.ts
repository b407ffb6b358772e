import { defineErrors, defineNouns } from '../../errorCatalog.ts';

/** The errors of 股权量化 that are not a rule's refusal (those cite their rule). */
export const SHARES_ERRORS = defineErrors({
  shares_already_quantified: {
    status: 409,
    zh: '本组织的股权已于{on}量化；此后的变动请登记配股、转让或继承，重新量化须成员大会另行决议并先作废原量化',
    en: "The organisation's shares were quantified on {on}: later changes are grants, transfers or inheritances",
  },
  shares_not_held: {
    status: 422,
    zh: '{name}在{on}持有的{shareClass}为{held}股，不足{units}股',
    en: '{name} holds {held} {shareClass} on {on}, fewer than {units}',
  },
  shares_import_duplicate_file: {
    status: 409,
    zh: '该文件（SHA-256 {sha256}）已于{on}导入，不能重复导入',
    en: 'This file (SHA-256 {sha256}) was imported on {on}; it cannot be imported twice',
  },
  shares_reform_date: {
    status: 400,
    zh: '没有成员大会决议的股东名册只能是2025年5月1日《农村集体经济组织法》施行前产权制度改革量化的，改革日期须早于该日',
    en: 'A register without a members’ assembly resolution can only be the earlier reform’s: its date must be before 2025-05-01',
  },
  shares_nothing_held: {
    status: 422,
    zh: '该户在{on}没有任何成员持股，不能发放股权证',
    en: 'No one in this household holds shares on {on}: there is no certificate to issue',
  },
  shares_certificate_voided: {
    status: 409,
    zh: '该股权证已于{on}作废',
    en: 'This certificate was voided on {on}',
  },
  shares_no_charter: {
    status: 422,
    zh: '本组织在{on}没有施行的章程；股权的类别和折算以章程为准，请先登记章程',
    en: 'The organisation has no charter in force on {on}: share classes and weights come from it, record the charter first',
  },
  shares_not_member: {
    status: 400,
    zh: '{name}在{on}不是本组织成员，不能量化股份',
    en: '{name} is not a member on {on}: no shares can be quantified to them',
  },
  shares_class_not_in_charter: {
    status: 400,
    zh: '本组织章程没有设这类股份',
    en: 'the charter sets no shares of this class',
  },
  shares_count_invalid: {
    status: 400,
    zh: '须为 0 至 {max} 的整数',
    en: 'must be a whole number from 0 to {max}',
  },
  shares_person_twice: {
    status: 400,
    zh: '同一人只能有一行',
    en: 'one line per person',
  },
  shares_already_held: {
    status: 409,
    zh: '{name}已持有本组织股份{units}股，不再配股',
    en: '{name} already holds {units} units: no further grant',
  },
  shares_not_deceased: {
    status: 422,
    zh: '登记继承前，须先在成员名册中登记{name}因死亡丧失成员身份（{on}前）',
    en: "Record {name}'s membership lost by death (by {on}) in the register before the inheritance",
  },
  shares_nothing_to_inherit: {
    status: 422,
    zh: '{name}在{on}没有持股，没有可继承的股份',
    en: '{name} holds no shares on {on}: there is nothing to inherit',
  },
  shares_reform_missing: {
    status: 400,
    zh: '请选择成员大会通过股东名册的决议；只有组织信息中登记了产权制度改革日期，才能按改革时的股东名册导入（并写明改革决议的名称）',
    en: "Choose the members' assembly resolution that adopted the register; without one, the organisation must have its reform date recorded and the reform's resolution named",
  },
  shares_import_has_errors: {
    status: 422,
    zh: '股东名册有 {count} 处问题，未导入任何一行，请改正后重新上传',
    en: 'The register has {count} problems: nothing was imported; correct them and upload again',
  },
  shares_same_person: {
    status: 400,
    zh: '转出人和受让人不能是同一人',
    en: 'The giver and the receiver cannot be the same person',
  },
});

/** What these messages can name. */
export const SHARES_NOUNS = defineNouns({
  shareCertificate: { zh: '股权证', en: 'share certificate' },
  shareRegisterFile: { zh: '股东名册文件', en: 'register of shareholders file' },
});
